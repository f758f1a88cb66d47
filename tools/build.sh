#!/usr/bin/env bash
# The release build: the server binary (target/release/server) and the files it serves
# (target/site). `make build`, `make run` and `make test` call it; it needs the tools the
# Makefile installs (the wasm32 target, wasm-bindgen-cli, and the npm packages in end2end/,
# which hold wasm-opt, terser and lightningcss).
#
# It does what `cargo leptos build --release --precompress` did with the settings in
# Cargo.toml's [workspace.metadata.leptos], which still serve `cargo leptos watch` for those
# who have it: compiling cargo-leptos cost a fresh machine 17–24 minutes (BENCHMARKS.md, CI
# time), for steps that are two cargo builds and tools/site.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

# Leptos reads these when it compiles (LEPTOS_OUTPUT_NAME) or starts; the same values as
# cargo-leptos sets, so that `cargo test` in `make test` reuses this build's artifacts.
export LEPTOS_OUTPUT_NAME=vagval LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
  LEPTOS_HASH_FILES=true LEPTOS_HASH_FILE_NAME=hash.txt

# One after the other, as cargo-leptos did: side by side on 2 cores they took longer than in
# turn (a clean clone, 2026-12-07: the WebAssembly alone 12.5 min instead of 4; BENCHMARKS.md).
cargo build --package=frontend --lib --target-dir=target/front \
  --target=wasm32-unknown-unknown --no-default-features --profile=wasm-release
cargo build --package=server --bin=server --no-default-features --release

node tools/site.mjs
