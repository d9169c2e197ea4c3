//! Files in the browser: downloading what the app produces and reading files the user picks or
//! drops (plan files and exported documents here; plans written in Word by the background
//! reader). The names and contents of what is offered are decided in
//! [`crate::export::downloads`].

use gloo_file::{Blob, File, ObjectUrl};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::planfile;
use crate::review::reading::ImportReply;

/// Offers bytes as a download (under a safe name: a name too long for the disk would make the
/// browser cancel the download without a word).
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    let name = &crate::filename::safe(name);
    let blob = Blob::new_with_options(bytes, Some(mime));
    let url = ObjectUrl::from(blob);
    let document = leptos::prelude::document();
    let Ok(a) = document.create_element("a") else { return };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // Keep the URL alive until the browser has started the download.
    gloo_timers::callback::Timeout::new(10_000, move || drop(url)).forget();
}

/// The files of a file input's change event.
pub fn files_of_input(ev: &web_sys::Event) -> Vec<File> {
    let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
    let files = input.as_ref().and_then(|i| i.files());
    let list = files.map(|f| (0..f.length()).filter_map(|i| f.get(i)).map(File::from).collect()).unwrap_or_default();
    // Let the same file be chosen again later.
    if let Some(i) = input {
        i.set_value("");
    }
    list
}

/// The files of a drop event.
pub fn files_of_drop(ev: &web_sys::DragEvent) -> Vec<File> {
    ev.data_transfer()
        .and_then(|d| d.files())
        .map(|f| (0..f.length()).filter_map(|i| f.get(i)).map(File::from).collect())
        .unwrap_or_default()
}

/// A plan the user picked or dropped.
pub enum Picked {
    /// A plan file, or a .docx exported by this app (its embedded plan).
    Plan(planfile::Loaded),
    /// A plan written in Word, made into a draft by the background reader.
    Word(ImportReply),
}

/// Reads a plan the user picked or dropped: a plan file, a .docx exported by this app, or
/// (through the background reader) a plan written in Word. The current draft is not touched.
pub async fn read_plan(file: &File) -> Result<Picked, String> {
    crate::wordplan::check_size(file.size() as usize).map_err(|e| e.message())?;
    let buffer = super::reader::file_bytes(file).await?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if bytes.starts_with(b"PK\x03\x04")
        && crate::export::embed::read_embedded(&bytes).err() == Some(crate::export::embed::EmbedError::NoPlan)
    {
        return import_word(&file.name(), buffer).await.map(Picked::Word);
    }
    plan_from_bytes(&bytes).map(Picked::Plan)
}

/// A draft from a Word document, made by the background reader.
pub async fn import_word(name: &str, bytes: wasm_bindgen::JsValue) -> Result<ImportReply, String> {
    let json = super::reader::ask(super::reader::Task::Import, name, bytes).await?;
    serde_json::from_str::<Result<ImportReply, String>>(&json)
        .map_err(|_| "后台读取程序的结果无法识别，请刷新页面后重试。".to_string())?
}

/// A plan from the bytes of a plan file or of an exported .docx.
pub fn plan_from_bytes(bytes: &[u8]) -> Result<planfile::Loaded, String> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return planfile::load(bytes).map_err(|e| e.message());
    }
    let read = crate::export::embed::read_embedded(bytes).map_err(|e| e.message())?;
    let mut loaded = read.loaded;
    if !read.plan_intact {
        return Err("文档中嵌入的方案数据与其校验值不符，数据可能被改动过，无法作为方案打开。".into());
    }
    if !read.text_unchanged {
        loaded.notices.push(planfile::LoadNotice::Note(
            "这个 Word 文档在导出后被修改过。打开的是导出时嵌入的方案数据，Word 中所做的修改不在其中。".into(),
        ));
    }
    Ok(loaded)
}

/// A file picker (a styled label for a hidden input) with a drop zone beside it.
#[component]
pub fn FileDrop(
    id: &'static str,
    label: &'static str,
    accept: &'static str,
    drop_text: &'static str,
    on_files: Callback<Vec<File>>,
    #[prop(optional)] primary: bool,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    view! {
        <input type="file" id=id class="visually-hidden" accept=accept multiple
            on:change=move |ev| on_files.run(files_of_input(&ev)) />
        <label class=if primary { "button file-button" } else { "button button--secondary file-button" } for=id>{label}</label>
        <div class="drop-zone" class:drop-zone--active=move || dragging.get()
            on:dragover=move |ev| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev| { ev.prevent_default(); dragging.set(false); on_files.run(files_of_drop(&ev)); }>
            {drop_text}
        </div>
    }
}
