//! The app's background worker, a second WebAssembly module in a Web Worker (classic, no
//! modules: Chromium 86 and Firefox ESR 78 run it), loaded when the page first needs it. It
//! does everything that reads or writes documents — exports, review, Word import — so the
//! page's own module links none of that code and the page stays responsive meanwhile. All the
//! work is [`gongyi_plan::background`]; this only carries messages. It never touches the user
//! interface, so Leptos is not linked into it.
//!
//! Message in: `{ id, job: "<JSON of a Job>", bytes?: ArrayBuffer }`;
//! message out: `{ id, json, bytes?: ArrayBuffer }` (the bytes transferred, not copied); once
//! started: `{ ready: true }` (the page sends nothing before, since a worker drops messages that
//! arrive before its handler is set).

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        let get = |key: &str| Reflect::get(&data, &key.into()).unwrap_or_default();
        let id = get("id");
        let job = get("job").as_string().unwrap_or_default();
        let bytes = get("bytes");
        let bytes = if bytes.is_undefined() { Vec::new() } else { Uint8Array::new(&bytes).to_vec() };
        let done = gongyi_plan::background::run(&job, &bytes);
        let reply = Object::new();
        let _ = Reflect::set(&reply, &"id".into(), &id);
        let _ = Reflect::set(&reply, &"json".into(), &done.json.into());
        let transfer = Array::new();
        if let Some(bytes) = done.bytes {
            let buffer = Uint8Array::from(bytes.as_slice()).buffer();
            let _ = Reflect::set(&reply, &"bytes".into(), &buffer);
            transfer.push(&buffer);
        }
        let _ = reply_to.post_message_with_transfer(&reply, &transfer);
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
    eprintln!("This binary is the app's background worker (a Web Worker); `make dist` builds it.");
    std::process::exit(2);
}
