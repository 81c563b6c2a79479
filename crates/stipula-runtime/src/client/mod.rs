//! Helpers of generated reqwest clients: errors, credentials, retries, response decoding,
//! multipart parts.
