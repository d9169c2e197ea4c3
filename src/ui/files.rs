//! Files in the browser: downloading what the app produces and reading files the user picks or
//! drops (plan files here; .docx files — exported by this app or written in Word — by the
//! background worker). The names and contents of what is offered are decided in
//! [`crate::export::downloads`].

use gloo_file::{Blob, BlobContents, File, ObjectUrl};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::Plan;
use crate::planfile;
use crate::review::reading::ImportReply;

/// Offers bytes as a download (under a safe name: a name too long for the disk would make the
/// browser cancel the download without a word).
pub fn download(name: &str, mime: &str, contents: impl BlobContents) {
    let name = &crate::filename::safe(name);
    let blob = Blob::new_with_options(contents, Some(mime));
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
    /// A plan file, or a .docx exported by this app (its embedded plan), with what to tell the
    /// user about it.
    Plan { plan: Plan, notices: Vec<String> },
    /// A plan written in Word, made into a draft by the background worker.
    Word(ImportReply),
}

/// Reads a plan the user picked or dropped: a plan file, or (through the background worker) a
/// .docx exported by this app or a plan written in Word. The current draft is not touched.
pub async fn read_plan(file: &File) -> Result<Picked, String> {
    crate::wordplan::check_size(file.size() as usize).map_err(|e| e.message())?;
    let buffer = super::worker::file_bytes(file).await?;
    let array = js_sys::Uint8Array::new(&buffer);
    if array.subarray(0, 4).to_vec() == b"PK\x03\x04" {
        let reply = super::worker::import(buffer).await?;
        return Ok(match reply.profile {
            None => Picked::Plan { plan: reply.plan, notices: reply.notices },
            Some(_) => Picked::Word(reply),
        });
    }
    let loaded = planfile::load(&array.to_vec()).map_err(|e| e.message())?;
    Ok(Picked::Plan { plan: loaded.plan, notices: loaded.notices.iter().map(|n| n.message()).collect() })
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
