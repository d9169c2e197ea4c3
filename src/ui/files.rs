//! Files in the browser: downloading what the app produces and reading files the user picks or
//! drops. The file names come from the plan's title.

use gloo_file::{Blob, File, ObjectUrl};
use wasm_bindgen::JsCast;

use crate::model::Plan;
use crate::planfile;

/// A file name from the plan's title, with characters Windows forbids removed.
pub fn file_name(plan: &Plan, suffix: &str, extension: &str) -> String {
    let title: String = plan
        .title()
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control())
        .collect();
    let base = if plan.cover.unit.trim().is_empty() { "工作方案".to_string() } else { title };
    format!("{base}{suffix}.{extension}")
}

/// Offers bytes as a download.
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
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

/// Reads a plan file the user picked or dropped; the current draft is not touched.
pub async fn read_plan(file: &File) -> Result<planfile::Loaded, String> {
    let size = file.size() as usize;
    if size > planfile::MAX_BYTES {
        return Err(planfile::LoadError::TooLarge { bytes: size }.message());
    }
    let bytes = gloo_file::futures::read_as_bytes(file)
        .await
        .map_err(|_| "无法读取该文件，请确认文件没有被其他程序占用。".to_string())?;
    planfile::load(&bytes).map_err(|e| e.message())
}
