# Two commands do everything on a fresh Debian 12 machine, installing what is missing:
#   make serve   build and serve the app at http://$(HOST):$(PORT)
#   make test    lint, native tests, release bundle, bundle checks, end-to-end tests in Chromium
# Other targets: make dist (static bundle in dist/), make tools (install only).
# README.md (Build and test) says why the toolchain steps look like this.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

HOST ?= 127.0.0.1
# CSP_LEGACY=1 also allows 'unsafe-eval' in the Content-Security-Policy (see csp.mjs).
CSP_LEGACY ?= 0
export CSP_LEGACY
PORT ?= 8080
E2E_PORT ?= 8099

TRUNK_SERIES := 0.21
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)

# Which way wasm is built: a rustup toolchain that already has the wasm32 target (a normal
# developer machine), or Debian's Rust with the standard library rebuilt (-Zbuild-std), which
# works offline. Either way the module is built for the MVP CPU so Chromium 86 can load it.
# MVP CPU for Chromium 86; no panic locations and no Debug formatting in the bundle (smaller);
# Leptos's erase_components (every component's view type-erased to AnyView): far fewer
# monomorphised view types, 594 → 538 KB gzip.
WASM_RUSTFLAGS := -Ctarget-cpu=mvp -Zlocation-detail=none -Zfmt-debug=none --cfg=erase_components
RUSTUP_WASM := $(shell rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown && echo yes)
ifeq ($(RUSTUP_WASM),yes)
  CARGO := cargo
  WASM_ENV := RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)"
  RUST_TOOLCHAIN_DEPS :=
  RUST_LLD := $(shell rustc --print sysroot)/lib/rustlib/$(shell rustc -vV | sed -n 's/^host: //p')/bin/rust-lld
else
  CARGO := /usr/bin/cargo
  # std's optimize_for_size (smaller sort and formatting code): 538 → 528 KB gzip.
  WASM_ENV := PATH="/usr/bin:$(PATH)" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)"
  RUST_TOOLCHAIN_DEPS := debian-rust
  RUST_LLD := /usr/bin/rust-lld
endif
NATIVE_ENV := PATH="$(dir $(CARGO)):$(PATH)"

APT_PACKAGES := chromium chromium-driver libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk \
  python3-lxml
# Debian's Python, which python3-lxml is installed for (a python3 earlier on PATH may lack it).
PYTHON := /usr/bin/python3
DEBIAN_RUST_PACKAGES := rustc-web cargo-web rust-web-src
# Web servers for the deployment test and the compressed Lighthouse run (README, Deploying): nginx
# with its brotli_static module, Apache (mod_brotli built in). Started only by the tests, each on
# its own port with its own config; the packages' services are not used.
DEPLOY_APT_PACKAGES := nginx libnginx-mod-http-brotli-static apache2

.PHONY: help tools debian-rust apt-tools deploy-tools trunk wasm-bindgen wasm-split-cli node-modules wasm-fetch dist dist-test serve test \
        test-native test-bundle test-deploy test-e2e test-ooxml test-render lint fuzz bench clean

help:
	@echo "make serve   build and serve the app at http://$(HOST):$(PORT)"
	@echo "make test    run the whole test suite"
	@echo "make dist    write the static bundle to dist/"

## ---- tools (each installed only when missing) -------------------------------------------

tools: $(RUST_TOOLCHAIN_DEPS) apt-tools trunk wasm-bindgen wasm-split-cli node-modules

# Debian's Rust (newer than rustup's here) plus std source and an lld for the wasm linker.
# rustc-web ships /usr/bin/rust-lld as a link to lld-N; the lld-N package it names is the one to
# install (guessing the newest lld from stale package lists once picked the wrong one).
debian-rust:
	@if ! { [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library ]; }; then \
	  echo "installing Debian Rust toolchain: $(DEBIAN_RUST_PACKAGES)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBIAN_RUST_PACKAGES); \
	fi; \
	if ! [ -e /usr/bin/rust-lld ]; then \
	  lld=$$(basename "$$(readlink /usr/bin/rust-lld)"); \
	  case "$$lld" in lld-[0-9]*) ;; *) echo "rust-lld should link to lld-N, found '$$lld'"; exit 1;; esac; \
	  echo "installing $$lld for rust-lld"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$lld \
	    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$lld; }; \
	fi; \
	[ -e /usr/bin/rust-lld ] || { echo "rust-lld is missing or dangling after installing lld"; exit 1; }

# $(call apt_install,PACKAGES): installs those of PACKAGES that are missing.
apt_install = missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

apt-tools:
	@$(call apt_install,$(APT_PACKAGES))

deploy-tools:
	@$(call apt_install,$(DEPLOY_APT_PACKAGES))

trunk:
	@if ! trunk --version 2>/dev/null | grep -q "^trunk $(TRUNK_SERIES)\."; then \
	  echo "installing trunk $(TRUNK_SERIES)"; \
	  cargo install --locked trunk --version '~$(TRUNK_SERIES)'; \
	fi

# Trunk uses a wasm-bindgen on PATH only when its version equals Cargo.lock's.
wasm-bindgen:
	@if ! wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$"; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version '=$(WASM_BINDGEN_VERSION)' --force; \
	fi

# Splits the page module at its lazily loaded pages (tools/wasm-split, README: Lazily loaded pages).
WASM_SPLIT_VERSION := 0.2.4
wasm-split-cli:
	@if ! cargo install --list | grep -q "^wasm_split_cli_support v$(WASM_SPLIT_VERSION):"; then \
	  echo "installing wasm-split-cli $(WASM_SPLIT_VERSION)"; \
	  cargo install --locked wasm_split_cli_support --version '=$(WASM_SPLIT_VERSION)' --features build-binary; \
	fi

node-modules: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

## ---- build --------------------------------------------------------------------------------

# wasm-opt (npm binaryen) must be on PATH for Trunk. The wasm32 linker is tools/wasm-split's:
# rust-lld, then the page module split at its lazy pages (chunks kept in WASM_SPLIT_DIR until
# Trunk's post-build hook copies them, optimised with WASM_SPLIT_OPT, into the bundle).
WASM_OPT_PARAMS := -Oz --mvp-features --enable-mutable-globals --enable-sign-ext --enable-bulk-memory \
  --enable-nontrapping-float-to-int --enable-multivalue
SPLIT_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=$(CURDIR)/tools/wasm-split/split-wasm-ld.mjs \
  WASM_SPLIT_LLD=$(RUST_LLD) WASM_SPLIT_DIR=$(CURDIR)/target/wasm-split WASM_SPLIT_OPT="$(WASM_OPT_PARAMS)"
TRUNK_ENV := $(WASM_ENV) $(SPLIT_ENV) PATH="$(CURDIR)/node_modules/.bin:$(if $(RUST_TOOLCHAIN_DEPS),/usr/bin:,)$(PATH)" TRUNK_OFFLINE=true

# Trunk runs cargo with --offline (TRUNK_OFFLINE): fetch the app's crates and, with -Zbuild-std,
# the standard library's own (dlmalloc, …) first — a fresh machine has none of them cached.
wasm-fetch: $(RUST_TOOLCHAIN_DEPS)
	$(WASM_ENV) $(CARGO) fetch --target wasm32-unknown-unknown

dist: wasm-fetch trunk wasm-bindgen wasm-split-cli node-modules
	$(TRUNK_ENV) trunk build --release

# The same bundle with a deliberate panic trigger, for the rescue-panel test only.
dist-test: wasm-fetch trunk wasm-bindgen wasm-split-cli node-modules
	$(TRUNK_ENV) trunk build --release --features test-hooks --dist out/dist-test

serve: wasm-fetch trunk wasm-bindgen wasm-split-cli node-modules
	$(TRUNK_ENV) trunk serve --release --address $(HOST) --port $(PORT)

## ---- tests --------------------------------------------------------------------------------

test: lint test-native test-ooxml test-bundle test-deploy test-e2e test-render

# Formatting (rustfmt.toml) and clippy with warnings as errors, over the native code and the UI
# (compiled natively with the lint-ui feature: Debian's Rust has no clippy for wasm32), then the
# wasm-only code (entry points, worker) through rustc's own lints for wasm32. Clippy and rustfmt
# come from the machine's rustup toolchain; lint builds go to target/lint.
LINT_ENV := CARGO_TARGET_DIR=target/lint
lint: $(RUST_TOOLCHAIN_DEPS)
	cargo fmt --check
	$(LINT_ENV) cargo clippy --all-targets --features lint-ui -- -D warnings
	$(LINT_ENV) cargo clippy --all-targets -- -D warnings
	$(subst RUSTFLAGS="$(WASM_RUSTFLAGS)",RUSTFLAGS="$(WASM_RUSTFLAGS) -Dwarnings",$(WASM_ENV)) $(CARGO) check \
	  --target wasm32-unknown-unknown --bins --lib --target-dir target/lint-wasm

test-native: $(RUST_TOOLCHAIN_DEPS)
	$(NATIVE_ENV) $(CARGO) test

# Checks on the built bundle: the wasm module uses only features Chromium 86 has.
test-bundle: $(RUST_TOOLCHAIN_DEPS) dist
	$(NATIVE_ENV) $(CARGO) test --features bundle-check --test bundle

# The bundle's precompressed copies, and the README's nginx, Apache and IIS snippets
# (tests/deploy/): nginx and Apache run as they are on free ports and serve dist/ under /plan/.
test-deploy: deploy-tools node-modules dist
	node --test tests/deploy/*.test.mjs

test-e2e: apt-tools node-modules dist dist-test
	rm -rf out/site && mkdir -p out/site && cp -r dist out/site/plan && cp -r out/dist-test out/site/plan-test
	E2E_PORT=$(E2E_PORT) npx playwright test

# Every kind of .docx and .xlsx the app writes (sample, hostile, large and empty plans, letters,
# catalogues, specimen, review sheet) against the ISO/IEC 29500 schemas and the OPC rules.
test-ooxml: apt-tools $(RUST_TOOLCHAIN_DEPS)
	rm -rf out/documents
	$(NATIVE_ENV) $(CARGO) run --quiet --example documents -- out/documents > /dev/null
	$(PYTHON) tests/ooxml-check/validate.py out/documents/*.docx out/documents/*.xlsx | grep -E 'TOTAL|errors|package:|^   x'

# LibreOffice renders the sample plan, its letter, the sample issued by a 印发通知 and a body-only
# specimen and reads the catalogue workbook back; poppler measures the documents.
test-render: apt-tools $(RUST_TOOLCHAIN_DEPS)
	rm -rf out/render && mkdir -p out/render
	$(NATIVE_ENV) $(CARGO) run --quiet --bin plan -- export tests/fixtures/sample-plan.json \
	  -o out/render/sample.docx --letter out/render/letter.docx --catalogue out/render/catalogue.xlsx
	$(NATIVE_ENV) $(CARGO) run --quiet --bin plan -- export tests/fixtures/sample-plan.json \
	  -o out/render/sample.docx --catalogue out/render/catalogue.csv > /dev/null
	$(NATIVE_ENV) $(CARGO) run --quiet --bin plan -- specimen -o out/render/body.docx
	$(NATIVE_ENV) $(CARGO) run --quiet --example documents -- out/render/documents > /dev/null
	cp out/render/documents/issued-plan.docx out/render/issued.docx
	$(NATIVE_ENV) $(CARGO) run --quiet --bin plan -- report tests/fixtures/sample-plan.json --year 2018 \
	  -o out/render/report.docx > /dev/null
	python3 tests/render/check_render.py out/render

clean:
	rm -rf dist out test-results

# Longer property-test run of plan-file loading and export (make test runs a bounded one).
fuzz: $(RUST_TOOLCHAIN_DEPS)
	FUZZ_CASES=$${FUZZ_CASES:-3000} $(NATIVE_ENV) $(CARGO) test --release --test properties

# Speed and size figures (one line each); see README, Performance. BENCH_PORT: the benchmark's
# static server.
BENCH_PORT ?= 8097
bench: $(RUST_TOOLCHAIN_DEPS) dist node-modules apt-tools deploy-tools
	$(NATIVE_ENV) $(CARGO) bench --bench native
	BENCH_PORT=$(BENCH_PORT) node benches/browser.mjs
	BENCH_PORT=$(BENCH_PORT) node benches/lighthouse.mjs
