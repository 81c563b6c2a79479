//! stipula-codegen
