//! Checks on the release bundle in `dist/` (run by `make test-bundle` after `make dist`).
//!
//! Both wasm modules — the app and the background worker (a Web Worker) — must load in
//! Chromium 86-based browsers (SPEC §7): they may use only the WebAssembly features those have —
//! no reference types (Chromium 96), SIMD, tail calls, etc. The worker must not carry the user
//! interface (it would double what the browser downloads for it), and the app must not carry
//! the document code the worker holds (docx-rs, the zip code, the Word reader): that is what
//! keeps the first load small (issue 19).

use std::path::PathBuf;

use wasmparser::{Validator, WasmFeatures};

fn dist_files(extension: &str) -> Vec<PathBuf> {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    let entries = std::fs::read_dir(&dist).unwrap_or_else(|e| panic!("{}: {e}; run `make dist` first", dist.display()));
    let mut files: Vec<PathBuf> =
        entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == extension)).collect();
    files.sort();
    files
}

/// The app's module and the worker's, in that order.
fn dist_wasm() -> [PathBuf; 2] {
    let wasm = dist_files("wasm");
    assert_eq!(wasm.len(), 2, "the app's and the worker's wasm modules in dist/: {wasm:?}");
    let name = |p: &PathBuf| p.file_name().unwrap().to_string_lossy().into_owned();
    let app = wasm.iter().find(|p| name(p).starts_with("app-")).expect("app module").clone();
    let worker = wasm
        .iter()
        .find(|p| name(p) == "worker_bg.wasm")
        .expect("worker module (unhashed: the app names it at run time)")
        .clone();
    [app, worker]
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
fn wasm_modules_use_only_features_of_chromium_86() {
    for path in dist_wasm() {
        let bytes = std::fs::read(&path).unwrap();
        let mut validator = Validator::new_with_features(chromium_86());
        if let Err(e) = validator.validate_all(&bytes) {
            panic!("{} needs a WebAssembly feature Chromium 86 lacks: {e}", path.display());
        }
    }
}

#[test]
fn the_worker_carries_no_user_interface() {
    let js = |prefix: &str| {
        let path = dist_files("js")
            .into_iter()
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
            .expect(prefix);
        std::fs::read_to_string(path).unwrap()
    };
    // DOM bindings Leptos needs to render: the app has them, the worker must not.
    for binding in ["__wbg_createElement", "__wbg_appendChild", "__wbg_addEventListener"] {
        assert!(js("app-").contains(binding), "the check can fail: the app binds {binding}");
        assert!(!js("worker.").contains(binding), "the worker binds {binding}: the user interface was linked in");
    }
    // A classic worker's loader (public/worker-loader.js), loading the worker's unhashed files.
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    let loader = std::fs::read_to_string(dist.join("worker-loader.js")).unwrap();
    assert!(loader.contains("importScripts('./worker.js')") && loader.contains("'./worker_bg.wasm'"), "{loader}");
    assert!(dist.join("worker.js").exists() && dist.join("worker_bg.wasm").exists());
}

/// Text only the document code has: docx-rs's namespaces, the package and workbook part names
/// our zip code writes, a refusal of the zip reader, the Word reader's numbering part. Symbols
/// are stripped from the release modules, so their static data is what shows what was linked.
const DOCUMENT_CODE_MARKS: [&str; 5] = [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "[Content_Types].xml",
    "xl/worksheets/sheet1.xml",
    "word/numbering.xml",
    "w:numPr",
];

#[test]
fn the_app_links_no_document_code() {
    let [app, worker] = dist_wasm().map(|p| std::fs::read(p).unwrap());
    let has = |module: &[u8], text: &str| module.windows(text.len()).any(|w| w == text.as_bytes());
    for mark in DOCUMENT_CODE_MARKS {
        assert!(has(&worker, mark), "the check can fail: the worker has {mark:?}");
        assert!(!has(&app, mark), "the app's module has {mark:?}: document code was linked into the first load");
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
