//! The reviewer's work in one session: the files opened, the decision and comment on each. The UI
//! keeps it in the browser so that a reload (a frozen tab, an accidental F5) loses nothing: the
//! files beside [`notes`], opened again with [`open`](super::open) and given back their notes
//! ([`apply_notes`]). The reviewer can also save it all as one file (审核记录, [`to_file`]) and
//! open that file on the review page later, on any computer ([`from_file`]).

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::{Deserialize, Serialize};

use super::{Decision, Reviewed};

/// Format name of the saved review session file.
pub const FORMAT: &str = "gongyi-xxgk-review-session";

/// One file of the session as it came in.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The decision and comment on one file (by its position in the list).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Note {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    decision: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    comment: String,
}

fn decision_id(d: Decision) -> &'static str {
    match d {
        Decision::Approve => "approve",
        Decision::Return => "return",
    }
}

fn decision_from(id: &str) -> Option<Decision> {
    match id {
        "approve" => Some(Decision::Approve),
        "return" => Some(Decision::Return),
        _ => None,
    }
}

/// The reviewer's notes on one file: its decision and comment.
pub type NoteRef<'a> = (Option<Decision>, &'a str);

/// The decisions and comments of a list, in its order, as JSON.
pub fn notes<'a>(list: impl IntoIterator<Item = NoteRef<'a>>) -> String {
    let notes: Vec<Note> = list
        .into_iter()
        .map(|(decision, comment)| Note { decision: decision.map(|d| decision_id(d).into()), comment: comment.into() })
        .collect();
    serde_json::to_string(&notes).expect("notes serialise")
}

/// Gives the files of a list their decisions and comments back (as many as both have; anything
/// unreadable is skipped).
pub fn apply_notes(list: &mut [Reviewed], json: &str) {
    let notes: Vec<Note> = serde_json::from_str(json).unwrap_or_default();
    for (r, note) in list.iter_mut().zip(notes) {
        r.decision = note.decision.as_deref().and_then(decision_from);
        r.comment = note.comment;
    }
}

/// Whether the reviewer has recorded anything (a decision or a comment).
pub fn has_work<'a>(list: impl IntoIterator<Item = NoteRef<'a>>) -> bool {
    list.into_iter().any(|(decision, comment)| decision.is_some() || !comment.trim().is_empty())
}

#[derive(Serialize, Deserialize)]
struct SessionFile {
    format: String,
    version: u32,
    files: Vec<SavedFile>,
}

#[derive(Serialize, Deserialize)]
struct SavedFile {
    name: String,
    /// The file as it came in, base64.
    content: String,
    #[serde(flatten)]
    note: Note,
}

/// The whole session as one file: every file opened (as it came in), with its decision and
/// comment from `notes` (see [`notes`]).
pub fn to_file(files: &[File], notes: &str) -> Vec<u8> {
    let notes: Vec<Note> = serde_json::from_str(notes).unwrap_or_default();
    let files = files
        .iter()
        .zip(notes.into_iter().chain(std::iter::repeat(Note::default())))
        .map(|(f, note)| SavedFile { name: f.name.clone(), content: BASE64.encode(&f.bytes), note })
        .collect();
    serde_json::to_vec_pretty(&SessionFile { format: FORMAT.into(), version: 1, files }).expect("session serialises")
}

/// Reads a saved session: `None` when the bytes are not a session file at all (so they are
/// opened as a plan), `Some(Err)` with a Chinese message when it is one but damaged.
pub fn from_file(bytes: &[u8]) -> Option<Result<(Vec<File>, String), String>> {
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return None;
    }
    let damaged = || "审核记录文件已损坏，无法读取。请使用本程序保存的原始文件。".to_string();
    let file: SessionFile = match SessionFile::deserialize(&value) {
        Ok(file) => file,
        Err(_) => return Some(Err(damaged())),
    };
    let mut files = Vec::new();
    let mut notes = Vec::new();
    for saved in file.files {
        let Ok(bytes) = BASE64.decode(saved.content.as_bytes()) else { return Some(Err(damaged())) };
        files.push(File { name: saved.name, bytes });
        notes.push(saved.note);
    }
    Some(Ok((files, serde_json::to_string(&notes).expect("notes serialise"))))
}

/// Opens the files of a session again and gives them their notes.
pub fn reopen(files: &[File], notes: &str) -> Vec<Reviewed> {
    let mut list: Vec<Reviewed> = files.iter().map(|f| super::open(&f.name, &f.bytes)).collect();
    apply_notes(&mut list, notes);
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;

    fn session() -> (Vec<File>, Vec<Reviewed>) {
        let files = vec![
            File { name: "民政厅方案.json".into(), bytes: crate::planfile::save(&sample_plan()).into_bytes() },
            File { name: "损坏.json".into(), bytes: b"{\"format\": \"gongyi-xxgk-plan\", \"plan\": {".to_vec() },
            File { name: "教育局方案.docx".into(), bytes: crate::export::plan_document(&sample_plan()) },
        ];
        let mut list: Vec<Reviewed> = files.iter().map(|f| super::super::open(&f.name, &f.bytes)).collect();
        list[0].decision = Some(Decision::Return);
        list[0].comment = "请补全\"投诉\"渠道。".into();
        list[2].decision = Some(Decision::Approve);
        (files, list)
    }

    #[test]
    fn notes_survive_reopening_the_files() {
        let (files, list) = session();
        assert!(has_work(list.iter().map(Reviewed::note)));
        let again = reopen(&files, &notes(list.iter().map(Reviewed::note)));
        assert_eq!(again, list);
        assert!(!has_work(reopen(&files, "[]").iter().map(Reviewed::note)));
        let unreadable = reopen(&files, "not json");
        assert!(!has_work(unreadable.iter().map(Reviewed::note)), "unreadable notes are skipped, the files still open");
    }

    #[test]
    fn a_saved_session_file_opens_again_with_every_file_and_note() {
        let (files, list) = session();
        let saved = to_file(&files, &notes(list.iter().map(Reviewed::note)));
        let (read, notes) = from_file(&saved).expect("a session file").expect("readable");
        assert_eq!(read, files);
        assert_eq!(reopen(&read, &notes), list);
    }

    #[test]
    fn other_files_are_not_sessions_and_damaged_sessions_say_so() {
        assert!(from_file(crate::planfile::save(&sample_plan()).as_bytes()).is_none());
        assert!(from_file(b"PK\x03\x04").is_none());
        let bad = format!(
            "{{\"format\": \"{FORMAT}\", \"version\": 1, \"files\": [{{\"name\": \"a\", \"content\": \"***\"}}]}}"
        );
        assert!(from_file(bad.as_bytes()).unwrap().unwrap_err().contains("审核记录文件已损坏"));
    }
}
