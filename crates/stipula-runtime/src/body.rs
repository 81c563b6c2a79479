//! Request and response bodies: JSON, text and `application/x-www-form-urlencoded`.
