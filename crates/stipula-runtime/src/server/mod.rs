//! Helpers of generated axum servers: request decoding, security schemes, the request
//! validator, responses, multipart.
