//! Checks on the release bundle in `dist/` (run by `make test-bundle` after `make dist`).
//!
//! The wasm module must load in Chromium 86-based browsers (SPEC §7): it may use only the
//! WebAssembly features those have — no reference types (Chromium 96), SIMD, tail calls, etc.

use std::path::PathBuf;

use wasmparser::{Validator, WasmFeatures};

fn dist_wasm() -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    let entries = std::fs::read_dir(&dist).unwrap_or_else(|e| panic!("{}: {e}; run `make dist` first", dist.display()));
    let wasm: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "wasm"))
        .collect();
    assert_eq!(wasm.len(), 1, "exactly one wasm module in dist/: {wasm:?}");
    wasm.into_iter().next().unwrap()
}

/// What Chromium 86 supports. (`GC_TYPES` is wasmparser's gate for reference types of any kind,
/// funcref included; the post-MVP ones are then gated by `REFERENCE_TYPES` and friends.)
fn chromium_86() -> WasmFeatures {
    WasmFeatures::GC_TYPES
        | WasmFeatures::MUTABLE_GLOBAL
        | WasmFeatures::SATURATING_FLOAT_TO_INT
        | WasmFeatures::SIGN_EXTENSION
        | WasmFeatures::BULK_MEMORY
        | WasmFeatures::MULTI_VALUE
        | WasmFeatures::FLOATS
}

#[test]
fn wasm_module_uses_only_features_of_chromium_86() {
    let bytes = std::fs::read(dist_wasm()).unwrap();
    let mut validator = Validator::new_with_features(chromium_86());
    if let Err(e) = validator.validate_all(&bytes) {
        panic!("the module needs a WebAssembly feature Chromium 86 lacks: {e}");
    }
}

#[test]
fn the_feature_check_rejects_reference_types() {
    // `(module (table 1 externref))`: valid only with reference types.
    let module = [
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
        0x04, 0x04, 0x01, 0x6f, 0x00, 0x01, // table section: 1 table, externref, min 1
    ];
    assert!(Validator::new_with_features(chromium_86()).validate_all(&module).is_err());
    let with_refs = Validator::new_with_features(chromium_86() | WasmFeatures::REFERENCE_TYPES).validate_all(&module);
    assert!(with_refs.is_ok(), "{:?}", with_refs.err());
}
