# Vägval — the two commands a newcomer needs are `make run` and `make test`.
# Every tool is installed here when missing, so a fresh Debian machine with Rust, Node and
# the package registries is enough.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

WASM_BINDGEN_VERSION := 0.2.130
NODE_BIN := $(CURDIR)/end2end/node_modules/.bin
export PATH := $(NODE_BIN):$(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Leptos reads the output name when it compiles: every cargo command here sets it as the
# release build does (tools/build.sh), so that tests and lints reuse what it compiled.
export LEPTOS_OUTPUT_NAME := vagval

SERVER := target/release/server
DEMO ?= 0

.PHONY: help run run-pg test bench tools rust-tools node-tools browser poppler unzip khal postgres build lint unit e2e fmt

help:
	@echo "make run          build and start the portal on http://127.0.0.1:3000 (DEMO=1 adds demo accounts)"
	@echo "make run-pg       the same on a throwaway PostgreSQL: two instances behind nginx"
	@echo "make test         formatting, lints, unit, integration and browser tests"
	@echo "make bench        page weights and server throughput into BENCHMARKS.md"

## Tools ----------------------------------------------------------------------------

tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@# Not --locked: its lock file names a crate version the registry no longer serves.
	@wasm-bindgen --version 2>/dev/null | grep -q '$(WASM_BINDGEN_VERSION)' || \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# wasm-opt (binaryen), terser, lightningcss, Playwright and axe-core come from npm; never a
# downloaded browser.
node-tools: end2end/node_modules/.installed

end2end/node_modules/.installed: end2end/package.json end2end/package-lock.json
	cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $@

browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

# pdftotext and pdfinfo check the CV PDFs in the cv-pdf tests.
poppler:
	@command -v pdftotext >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y poppler-utils; }

# unzip opens the data export in the tests: an implementation of zip that is not ours.
unzip:
	@command -v unzip >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y unzip; }

# khal, a calendar client, reads the coach's calendar feed in the tests: a client that is
# not ours.
khal:
	@command -v khal >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y khal; }

# PostgreSQL from Debian's packages, for the second engine: no system cluster or service;
# the tests start a throwaway cluster of their own with tools/pg.sh.
postgres:
	@SUDO=$(SUDO) bash tools/pg.sh install

## Build and run --------------------------------------------------------------------

# The server and the files it serves; what cargo-leptos did, without compiling it
# (tools/build.sh says why).
build: tools
	bash tools/build.sh

run: build
	VAGVAL_DEMO=$(DEMO) $(SERVER)

# Several instances on one PostgreSQL, behind nginx (README: Running on PostgreSQL).
run-pg: build postgres
	DEMO=$(DEMO) SUDO=$(SUDO) bash tools/run-pg.sh

## Tests ----------------------------------------------------------------------------

fmt:
	cargo fmt --all

# The server and browser builds are linted separately: `app` must never be compiled with
# `ssr` and `hydrate` together. The server side is linted under the release profile, after
# the release build in `make test`: its proc macros and build scripts are the build's own,
# not compiled a second time for a debug check (BENCHMARKS.md, CI time).
lint: rust-tools
	cargo fmt --all -- --check
	cargo clippy --release -p app -p server -p cv-pdf --all-targets -- -D warnings
	cargo clippy -p app -p frontend --target wasm32-unknown-unknown -- -D warnings

# Built with the release profile after the release build, the tests reuse its compiled
# dependencies instead of compiling the whole tree again in debug (BENCHMARKS.md, CI
# time). LEPTOS_OUTPUT_NAME (exported above) is what the build sets: Leptos reads it when it
# compiles, so without it Leptos and everything above it would compile again. The server's tests
# run twice: on SQLite files with the store contracts on both engines, then the HTTP suite
# again on PostgreSQL, on a throwaway cluster stopped at the end whatever happens.
# Unit and integration tests, not the benchmark examples (clippy's `--all-targets` checks
# that they compile) nor doc tests (there are none): each example links the whole server.
# Either pass failing fails the target.
unit: build poppler unzip khal postgres
	@pg=$$(mktemp -d); trap 'bash tools/pg.sh stop "$$pg/cluster" >/dev/null 2>&1 || true; rm -rf "$$pg"' EXIT; \
	url=$$(SUDO=$(SUDO) bash tools/pg.sh start "$$pg/cluster"); \
	export VAGVAL_TEST_POSTGRES="$$url"; \
	cargo test --release -p app -p server -p cv-pdf --lib --bins --tests && \
	echo "The HTTP suite again, on PostgreSQL:" && \
	VAGVAL_TEST_ENGINE=postgres cargo test --release -p server --test it -- \
		--skip store:: --skip crash:: --skip backup:: --skip instances::

e2e: build browser unzip
	@port=$$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	data=$$(mktemp -d); trap 'rm -rf "$$data"' EXIT; status=0; \
	(cd end2end && E2E_PORT=$$port E2E_DATA=$$data npx playwright test) || status=$$?; \
	if grep -n 'panicked' "$$data/server.log"; then \
		echo "The server panicked during the browser tests (log above)."; status=1; \
	fi; \
	exit $$status

test: build lint unit e2e

## Benchmarks -----------------------------------------------------------------------

bench: build
	SUDO=$(SUDO) bash tools/bench.sh
