//! Checks of the string formats OpenAPI names (`date`, `date-time`, `time`, `uuid`,
//! `email`, ...).
