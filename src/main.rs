//! Entry point of the web app: mounts the Leptos app into `<body>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    gongyi_plan::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the web app. Build it with `make dist` or run `make serve`.");
    std::process::exit(2);
}
