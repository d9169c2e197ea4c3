//! The page's side of the background worker (`src/bin/worker.rs`, a second WebAssembly module
//! in a Web Worker): a [`Job`] goes to the worker — with a file's bytes, transferred, when it
//! reads one — and its answer comes back as a future. One worker, started on first use (or
//! warmed when the user reaches a page that will need it), does the jobs one after another; the
//! page itself never writes or parses a document, so its own module stays small and it answers
//! clicks while the worker works. If the worker cannot start or dies, every waiting job fails
//! with a Chinese message and the next job starts a new worker. A worker left idle for a while
//! after its last answer is stopped, giving back its memory (a large export leaves tens of MB);
//! the next job starts a new one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::background::{Job, Made};
use crate::review::Reviewed;
use crate::review::reading::ImportReply;

/// The worker's loader script (`public/worker-loader.js`, copied next to index.html).
const LOADER: &str = "worker-loader.js";

/// How long a worker stays after its last answer with nothing to do (short in the test build,
/// whose end-to-end test waits for it).
const IDLE_MS: u32 = if cfg!(feature = "test-hooks") { 1_000 } else { 60_000 };

const FAILED: &str = "后台程序无法启动或已停止，请刷新页面后重试。";
const UNREADABLE: &str = "后台程序的结果无法识别，请刷新页面后重试。";

/// An answer: its JSON and, for a file made, the file's bytes (an `ArrayBuffer`).
type Answer = (String, Option<JsValue>);
type Pending = Rc<RefCell<HashMap<u32, (Function, Function)>>>;

struct Worker {
    worker: web_sys::Worker,
    pending: Pending,
    next: u32,
    /// Resolved when the worker says it is ready (it drops messages sent before).
    ready: Promise,
    /// Stops the worker when it fires; set when the last waiting job is answered, dropped
    /// (cancelled) when a job is sent.
    idle: Option<gloo_timers::callback::Timeout>,
}

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

fn start() -> Result<Worker, String> {
    let worker = web_sys::Worker::new(LOADER).map_err(|_| FAILED.to_string())?;
    let pending: Pending = Rc::default();
    let answers = pending.clone();
    let mut ready_fns: Option<(Function, Function)> = None;
    let ready = Promise::new(&mut |resolve, reject| ready_fns = Some((resolve, reject)));
    let (ready_resolve, ready_reject) = ready_fns.expect("the executor runs at once");
    // A worker that fails to load or dies fails every job waiting for it; the next job starts
    // a new one.
    let failures = pending.clone();
    let this = worker.clone();
    let fail = Rc::new(move || {
        let _ = ready_reject.call1(&JsValue::NULL, &FAILED.into());
        for (_, (_, reject)) in failures.borrow_mut().drain() {
            let _ = reject.call1(&JsValue::NULL, &FAILED.into());
        }
        WORKER.with(|w| {
            let mut slot = w.borrow_mut();
            if slot.as_ref().is_some_and(|s| s.worker == this) {
                slot.take();
            }
        });
        this.terminate();
    });
    let fail_on_message = fail.clone();
    let this_idle = worker.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let fail = &fail_on_message;
        let data = event.data();
        if Reflect::get(&data, &"ready".into()).ok().is_some_and(|v| v.is_truthy()) {
            let _ = ready_resolve.call0(&JsValue::NULL);
            return;
        }
        // The loader could not load the worker's files.
        if Reflect::get(&data, &"failed".into()).ok().is_some_and(|v| !v.is_undefined()) {
            return (*fail)();
        }
        let id = Reflect::get(&data, &"id".into()).ok().and_then(|v| v.as_f64()).unwrap_or(-1.0) as u32;
        let answer = answers.borrow_mut().remove(&id);
        if let Some((resolve, _)) = answer {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
        if answers.borrow().is_empty() {
            stop_when_idle(&this_idle);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| (*fail)());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(Worker { worker, pending, next: 0, ready, idle: None })
}

/// Stops `worker` after [`IDLE_MS`] unless a job is sent to it meanwhile.
fn stop_when_idle(worker: &web_sys::Worker) {
    let worker = worker.clone();
    WORKER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let Some(current) = slot.as_mut().filter(|s| s.worker == worker) else { return };
        current.idle = Some(gloo_timers::callback::Timeout::new(IDLE_MS, move || {
            WORKER.with(|cell| {
                let mut slot = cell.borrow_mut();
                if slot.as_ref().is_some_and(|s| s.worker == worker && s.pending.borrow().is_empty())
                    && let Some(mut stopped) = slot.take()
                {
                    // This timer is the one running: let it go without cancelling it.
                    stopped.idle.take().map(gloo_timers::callback::Timeout::forget);
                    stopped.worker.terminate();
                }
            });
        }));
    });
}

/// The started worker's readiness (starting it if needed).
fn worker_ready() -> Result<Promise, String> {
    WORKER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(start()?);
        }
        Ok(slot.as_ref().expect("started").ready.clone())
    })
}

/// Starts the worker ahead of need (on the pages that will use it), so the first job does not
/// wait for the module to download and compile. Failing here is silent: the job will say.
pub fn warm() {
    let _ = worker_ready();
}

/// Sends a job (with `bytes`, an `ArrayBuffer`, transferred) and waits for the answer.
async fn ask(job: &Job, bytes: Option<JsValue>) -> Result<Answer, String> {
    // Through `Value` (as plan files are read and written): one copy of each type's serde code.
    let job = serde_json::to_value(job).map_err(|_| FAILED.to_string())?.to_string();
    JsFuture::from(worker_ready()?).await.map_err(|_| FAILED.to_string())?;
    let promise = WORKER.with(|cell| -> Result<Promise, String> {
        let mut slot = cell.borrow_mut();
        let worker = slot.as_mut().ok_or_else(|| FAILED.to_string())?;
        worker.idle = None;
        worker.next += 1;
        let id = worker.next;
        let pending = worker.pending.clone();
        let promise = Promise::new(&mut |resolve, reject| {
            pending.borrow_mut().insert(id, (resolve, reject));
        });
        let message = Object::new();
        let _ = Reflect::set(&message, &"id".into(), &id.into());
        let _ = Reflect::set(&message, &"job".into(), &job.into());
        let transfer = Array::new();
        if let Some(bytes) = bytes {
            let _ = Reflect::set(&message, &"bytes".into(), &bytes);
            transfer.push(&bytes);
        }
        if worker.worker.post_message_with_transfer(&message, &transfer).is_err() {
            pending.borrow_mut().remove(&id);
            return Err(FAILED.to_string());
        }
        Ok(promise)
    })?;
    let data = JsFuture::from(promise).await.map_err(|e| e.as_string().unwrap_or_else(|| FAILED.into()))?;
    let json =
        Reflect::get(&data, &"json".into()).ok().and_then(|j| j.as_string()).ok_or_else(|| FAILED.to_string())?;
    let bytes = Reflect::get(&data, &"bytes".into()).ok().filter(|b| !b.is_undefined());
    Ok((json, bytes))
}

/// Has the worker make a file and offers it for download; the file's name on success.
pub async fn make(job: &Job) -> Result<String, String> {
    let (json, bytes) = ask(job, None).await?;
    let made: Made = from_json::<Result<Made, String>>(&json).ok_or_else(|| UNREADABLE.to_string())??;
    let buffer: js_sys::ArrayBuffer = bytes.and_then(|b| b.dyn_into().ok()).ok_or_else(|| UNREADABLE.to_string())?;
    super::files::download(&made.name, &made.mime, buffer);
    Ok(made.name)
}

/// The bytes of a picked or dropped file, as an `ArrayBuffer` (never copied into the page's
/// WebAssembly memory).
pub async fn file_bytes(file: &gloo_file::File) -> Result<JsValue, String> {
    let blob: &web_sys::Blob = file.as_ref();
    JsFuture::from(blob.array_buffer()).await.map_err(|_| "无法读取该文件，请确认文件没有被其他程序占用。".to_string())
}

/// Reads and checks one file for review in the worker. Never fails: a file that cannot be read
/// is a [`Reviewed`] with its reason.
pub async fn review(name: &str, bytes: JsValue) -> Reviewed {
    match ask(&Job::Review { name: name.to_string() }, Some(bytes)).await {
        Ok((json, _)) => from_json(&json).unwrap_or_else(|| Reviewed::failed(name, UNREADABLE.into())),
        Err(message) => Reviewed::failed(name, message),
    }
}

/// [`review`] of bytes already in the page's memory (a copy is sent).
pub async fn review_bytes(name: &str, bytes: &[u8]) -> Reviewed {
    review(name, js_sys::Uint8Array::from(bytes).buffer().into()).await
}

/// A draft from a .docx, made by the worker: the plan this app embedded in it (`profile` is
/// `None`), or the plan read from a document written in Word.
pub async fn import(bytes: JsValue) -> Result<ImportReply, String> {
    let (json, _) = ask(&Job::Import, Some(bytes)).await?;
    from_json::<Result<ImportReply, String>>(&json).ok_or_else(|| UNREADABLE.to_string())?
}

/// An answer read through `&serde_json::Value`, as plan files are: the plan's deserialisation
/// code is then in the module once, not once per kind of JSON source (about 25 KB gzip).
fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> Option<T> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    T::deserialize(&value).ok()
}

/// A file being made for download, as a page shows it: nothing, 正在生成…, or why it failed.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Making {
    #[default]
    Idle,
    Busy,
    Failed(String),
}

/// Has the worker make a file for download, showing progress and failure in `status`. The plan
/// (or ledger, or review) is untouched whatever happens, and the user can simply try again.
pub fn make_download(status: RwSignal<Making>, job: Job) {
    make_download_then(status, job, || {});
}

/// [`make_download`], then `done` once the file was offered.
pub fn make_download_then(status: RwSignal<Making>, job: Job, done: impl FnOnce() + 'static) {
    status.set(Making::Busy);
    leptos::task::spawn_local(async move {
        match make(&job).await {
            Ok(name) => {
                status.set(Making::Idle);
                done();
                super::announce(&format!("已生成“{name}”"));
            }
            Err(error) => status.set(Making::Failed(error)),
        }
    });
}

/// The status line of [`make_download`]: 正在生成… while the worker works, the error (with
/// the assurance that nothing was changed) when it failed.
#[component]
pub fn MakingStatus(status: RwSignal<Making>) -> impl IntoView {
    move || {
        match status.get() {
        Making::Idle => ().into_any(),
        Making::Busy => view! { <p class="hint making" role="status">"正在生成文件…"</p> }.into_any(),
        Making::Failed(error) => view! {
            <p class="notice notice--error making" role="alert">{format!("未能生成文件：{error}内容没有任何改动，可以再试一次。")}</p>
        }
        .into_any(),
    }
    }
}
