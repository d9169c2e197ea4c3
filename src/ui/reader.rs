//! The page's side of the background reader (`src/bin/reader.rs`, a Web Worker): a file's bytes
//! go to the worker (transferred, not copied) with what to do, and its JSON answer comes back
//! as a future. One worker, started on first use, reads the files one after another; the page
//! itself never parses a Word document, so it answers clicks while reading goes on.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The worker's loader script, written by Trunk next to index.html (`data-loader-shim`).
const LOADER: &str = "reader_loader.js";

/// What the reader is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// Open a file for review: the answer is a `Reviewed`.
    Review,
    /// Make a draft from a Word document: the answer is a `Result<ImportReply, String>`.
    Import,
}

impl Task {
    fn kind(self) -> &'static str {
        match self {
            Task::Review => "review",
            Task::Import => "import",
        }
    }
}

type Pending = Rc<RefCell<HashMap<u32, (Function, Function)>>>;

struct Reader {
    worker: web_sys::Worker,
    pending: Pending,
    next: u32,
    /// Resolved when the worker says it is ready (it drops messages sent before).
    ready: Promise,
}

thread_local! {
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

const FAILED: &str = "后台读取程序无法启动或已停止，请刷新页面后重试。";

fn start() -> Result<Reader, String> {
    let worker = web_sys::Worker::new(LOADER).map_err(|_| FAILED.to_string())?;
    let pending: Pending = Rc::default();
    let answers = pending.clone();
    let mut ready_fns: Option<(Function, Function)> = None;
    let ready = Promise::new(&mut |resolve, reject| ready_fns = Some((resolve, reject)));
    let (ready_resolve, ready_reject) = ready_fns.expect("the executor runs at once");
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let data = event.data();
        if Reflect::get(&data, &"ready".into()).ok().is_some_and(|v| v.is_truthy()) {
            let _ = ready_resolve.call0(&JsValue::NULL);
            return;
        }
        let id = Reflect::get(&data, &"id".into()).ok().and_then(|v| v.as_f64()).unwrap_or(-1.0) as u32;
        let json = Reflect::get(&data, &"json".into()).unwrap_or_default();
        if let Some((resolve, _)) = answers.borrow_mut().remove(&id) {
            let _ = resolve.call1(&JsValue::NULL, &json);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A worker that fails to load or dies fails every request waiting for it.
    let failures = pending.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        let _ = ready_reject.call1(&JsValue::NULL, &FAILED.into());
        for (_, (_, reject)) in failures.borrow_mut().drain() {
            let _ = reject.call1(&JsValue::NULL, &FAILED.into());
        }
        READER.with(|r| r.borrow_mut().take());
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(Reader { worker, pending, next: 0, ready })
}

/// The started reader's readiness.
fn reader_ready() -> Result<Promise, String> {
    READER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(start()?);
        }
        Ok(slot.as_ref().expect("started").ready.clone())
    })
}

/// Sends `bytes` (an `ArrayBuffer`, transferred) to the reader and waits for its JSON answer.
pub async fn ask(task: Task, name: &str, bytes: JsValue) -> Result<String, String> {
    JsFuture::from(reader_ready()?).await.map_err(|_| FAILED.to_string())?;
    let promise = READER.with(|cell| -> Result<Promise, String> {
        let mut slot = cell.borrow_mut();
        let reader = slot.as_mut().ok_or_else(|| FAILED.to_string())?;
        reader.next += 1;
        let id = reader.next;
        let pending = reader.pending.clone();
        let promise = Promise::new(&mut |resolve, reject| {
            pending.borrow_mut().insert(id, (resolve, reject));
        });
        let message = Object::new();
        let _ = Reflect::set(&message, &"id".into(), &id.into());
        let _ = Reflect::set(&message, &"kind".into(), &task.kind().into());
        let _ = Reflect::set(&message, &"name".into(), &name.into());
        let _ = Reflect::set(&message, &"bytes".into(), &bytes);
        reader.worker.post_message_with_transfer(&message, &Array::of1(&bytes)).map_err(|_| FAILED.to_string())?;
        Ok(promise)
    })?;
    let answer = JsFuture::from(promise).await.map_err(|e| e.as_string().unwrap_or_else(|| FAILED.into()))?;
    answer.as_string().ok_or_else(|| FAILED.into())
}

/// The bytes of a picked or dropped file, as an `ArrayBuffer` (never copied into the page's
/// WebAssembly memory).
pub async fn file_bytes(file: &gloo_file::File) -> Result<JsValue, String> {
    let blob: &web_sys::Blob = file.as_ref();
    JsFuture::from(blob.array_buffer()).await.map_err(|_| "无法读取该文件，请确认文件没有被其他程序占用。".to_string())
}

/// Reads and checks one file for review in the background reader. Never fails: a file that
/// cannot be read is a [`Reviewed`](crate::review::Reviewed) with its reason.
pub async fn review(name: &str, bytes: JsValue) -> crate::review::Reviewed {
    use crate::review::Reviewed;
    match ask(Task::Review, name, bytes).await {
        Ok(json) => serde_json::from_str(&json)
            .unwrap_or_else(|_| Reviewed::failed(name, "后台读取程序的结果无法识别，请刷新页面后重试。".into())),
        Err(message) => Reviewed::failed(name, message),
    }
}

/// [`review`] of bytes already in the page's memory (a copy is sent).
pub async fn review_bytes(name: &str, bytes: &[u8]) -> crate::review::Reviewed {
    review(name, js_sys::Uint8Array::from(bytes).buffer().into()).await
}
