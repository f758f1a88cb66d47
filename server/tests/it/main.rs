//! The portal over real HTTP, one test binary for the whole crate (each binary links the
//! whole server, Typst included).
mod applications;
mod backup;
mod bad_input;
mod booking;
mod coach;
mod common;
mod concurrency;
mod crash;
mod cv;
mod feed;
mod goals;
mod groups;
mod hardening;
mod http;
mod install;
mod instances;
mod jobs;
mod language_steps;
mod newcomer;
mod outcomes;
mod parts;
mod profile;
mod rights;
mod sharing;
mod store;
mod time;
