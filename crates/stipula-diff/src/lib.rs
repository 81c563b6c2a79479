//! stipula-diff
