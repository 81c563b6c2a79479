//! OpenAPI parameter styles: one encoder and one decoder per style, shared by generated
//! clients (encoding) and servers (decoding).
