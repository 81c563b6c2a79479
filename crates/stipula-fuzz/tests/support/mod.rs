pub mod items;
pub mod server;
