//! Checks on the release bundle in `dist/` (run by `make test-bundle` after `make dist`).
//!
//! Both wasm modules — the app and the background worker (a Web Worker) — must load in
//! Chromium 86-based browsers (SPEC §7): they may use only the WebAssembly features those have —
//! no reference types (Chromium 96), SIMD, tail calls, etc. The worker must not carry the user
//! interface (it would double what the browser downloads for it), and the app must not carry
//! the document code the worker holds (docx-rs, the zip code, the Word reader): that is what
//! keeps the first load small (issue 19). The app's pages other than the task list are split
//! off into chunks loaded on first use (tools/wasm-split): the same rules hold for each chunk,
//! and the page module's loader must name each chunk that is in the bundle.

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

fn name(path: &std::path::Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The app's module, the worker's, and the app's page chunks.
struct DistWasm {
    app: PathBuf,
    worker: PathBuf,
    chunks: Vec<PathBuf>,
}

fn dist_wasm() -> DistWasm {
    let wasm = dist_files("wasm");
    let apps: Vec<_> = wasm.iter().filter(|p| name(p).starts_with("app-")).collect();
    assert_eq!(apps.len(), 1, "one page module in dist/: {wasm:?}");
    let worker = wasm
        .iter()
        .find(|p| name(p) == "worker_bg.wasm")
        .expect("worker module (unhashed: the app names it at run time)")
        .clone();
    let chunks: Vec<_> =
        wasm.iter().filter(|p| name(p).starts_with("split_") || name(p).starts_with("chunk_")).cloned().collect();
    assert_eq!(wasm.len(), 2 + chunks.len(), "only the app's and the worker's modules and page chunks: {wasm:?}");
    DistWasm { app: apps[0].clone(), worker, chunks }
}

/// Every module the app may load: the page module and its chunks.
fn app_modules() -> Vec<PathBuf> {
    let DistWasm { app, chunks, .. } = dist_wasm();
    [vec![app], chunks].concat()
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
    let DistWasm { app, worker, chunks } = dist_wasm();
    for path in [vec![app, worker], chunks].concat() {
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
    let worker = std::fs::read(dist_wasm().worker).unwrap();
    let has = |module: &[u8], text: &str| module.windows(text.len()).any(|w| w == text.as_bytes());
    for mark in DOCUMENT_CODE_MARKS {
        assert!(has(&worker, mark), "the check can fail: the worker has {mark:?}");
    }
    for path in app_modules() {
        let module = std::fs::read(&path).unwrap();
        for mark in DOCUMENT_CODE_MARKS {
            assert!(
                !has(&module, mark),
                "{} has {mark:?}: document code was linked into the page module",
                path.display()
            );
        }
    }
}

/// The groups of pages split off the page module (src/ui/pages/lazy.rs).
const LAZY_PAGES: [&str; 4] = ["plan_pages", "file_pages", "review_pages", "progress_pages"];

#[test]
fn the_pages_are_split_off_and_their_loader_names_every_chunk() {
    let DistWasm { app, chunks, .. } = dist_wasm();
    let dist = app.parent().unwrap();
    let app_js = dist.join(name(&app).replace("_bg.wasm", ".js"));
    let app_js_text = std::fs::read_to_string(&app_js).unwrap();
    // wasm-bindgen imports the loader the page module names (split-<hash>.js).
    let at = app_js_text.find("from './split-").or_else(|| app_js_text.find("from \"./split-")).expect("loader import");
    let loader_name = app_js_text[at + 8..].split(['\'', '"']).next().unwrap().to_string();
    let loader = std::fs::read_to_string(dist.join(&loader_name)).unwrap_or_else(|e| panic!("{loader_name}: {e}"));
    // It takes the page module's memory and table from the page module's hashed JS.
    assert!(loader.contains(&format!("from \"./{}\"", name(&app_js))), "{loader_name} imports another page module");
    let named: Vec<&str> =
        loader.split('"').filter(|s| s.starts_with("./") && s.ends_with(".wasm")).map(|s| &s[2..]).collect();
    for chunk in &chunks {
        assert!(named.contains(&name(chunk).as_str()), "{} is in dist/ but its loader does not name it", name(chunk));
    }
    for file in &named {
        assert!(dist.join(file).exists(), "{loader_name} names {file}, which is not in dist/");
    }
    for page in LAZY_PAGES {
        assert!(
            chunks.iter().any(|c| name(c).starts_with(&format!("split_{page}-"))),
            "no chunk for {page}: {chunks:?}"
        );
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
