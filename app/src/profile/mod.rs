//! The career profile's parts ("Mina styrkor", the notes on earlier jobs, "Mina språk"),
//! each stored whole as one JSON document per person: the store, and the reading and
//! changing every part shares.
#[cfg(feature = "ssr")]
pub mod document;
#[cfg(feature = "ssr")]
pub mod store;
