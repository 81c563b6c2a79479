//! stipula-fuzz
