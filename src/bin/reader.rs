//! The app's background reader, a Web Worker (classic, no modules: Chromium 86 and Firefox ESR
//! 78 run it). It reads the files the page sends — for review, or to import into a draft — and
//! answers with JSON, so that the page stays responsive while dozens of files are read. All the
//! work is [`gongyi_plan::review::reading`]; this only carries messages. It never touches the
//! user interface, so Leptos is not linked into it.
//!
//! Message in: `{ id, kind: "review" | "import", name, bytes: ArrayBuffer }`;
//! message out: `{ id, json }`; once started: `{ ready: true }` (the page sends nothing before,
//! since a worker drops messages that arrive before its handler is set).

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        let get = |key: &str| Reflect::get(&data, &key.into()).unwrap_or_default();
        let id = get("id");
        let kind = get("kind").as_string().unwrap_or_default();
        let name = get("name").as_string().unwrap_or_default();
        let bytes = Uint8Array::new(&get("bytes")).to_vec();
        let json = gongyi_plan::review::reading::answer(&kind, &name, &bytes);
        let reply = Object::new();
        let _ = Reflect::set(&reply, &"id".into(), &id);
        let _ = Reflect::set(&reply, &"json".into(), &json.into());
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive before a handler is set are lost: the page waits for this one.
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the app's background reader (a Web Worker); `make dist` builds it.");
    std::process::exit(2);
}
