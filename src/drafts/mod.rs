//! Drafts kept in the browser, as data and decisions (no web code; the UI only does the I/O).
//!
//! Each draft is one stored record: its [`Meta`] and its plan text (a plan file). Several tabs
//! may have the same draft open, so every write is decided against the record as it is stored
//! at that moment ([`decide`], run inside the storage transaction): a plan text is written only
//! when the stored plan is still the one the tab's edits started from (`plan_rev`); otherwise the
//! tab is told its copy is stale and nothing is written. Name and page changes merge onto the
//! stored record (they never conflict with someone else's plan edits). A record that cannot be
//! read is never written over. There is no shared list record to lose: the list of drafts is the
//! set of stored records, so drafts created in two tabs cannot overwrite each other, and their
//! ids ([`new_id`]) come from the clock and a random number, not from a count.
//!
//! [`index`] is the list of drafts a tab shows; [`three_way`] merges two tabs' edits of one
//! draft; [`legacy`] moves drafts from the old localStorage layout (`gyxx.index` +
//! `gyxx.draft.<id>`), rebuilding a damaged index.

pub mod index;
pub mod legacy;
pub mod three_way;

use serde::{Deserialize, Serialize};

/// What is stored with each draft besides its plan text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub id: String,
    /// Bumped by every write of the record.
    pub rev: u64,
    /// Bumped when the plan text changes: edits based on an older `plan_rev` are stale.
    pub plan_rev: u64,
    pub name: String,
    /// Slug of the page last shown (`""` = overview).
    #[serde(default)]
    pub page: String,
    /// When the plan text was last written, in milliseconds since 1970 (0 = not known).
    #[serde(default)]
    pub saved_at: f64,
    /// When the draft was created (its place in the list).
    #[serde(default)]
    pub created: f64,
    /// Its plan text is known not to load (found so when it was moved from the old layout): it is
    /// listed as unreadable, and kept as it is for the user to download.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreadable: bool,
}

/// A write a tab asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A new draft with the given plan text; refused if the id is taken.
    Create {
        name: String,
        page: String,
    },
    /// A new plan text (and the page shown) for a draft whose stored plan was at `base`.
    Plan {
        base: u64,
        page: String,
    },
    /// A new name or page; never stale.
    Meta {
        name: Option<String>,
        page: Option<String>,
    },
    Delete,
}

impl Change {
    pub fn rename(name: &str) -> Change {
        Change::Meta { name: Some(name.to_string()), page: None }
    }
}

/// What to do with the stored record, decided against it as it is now.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Store this record; `text`: with the new plan text (else the stored text is kept).
    Write {
        meta: Meta,
        text: bool,
    },
    Delete,
    /// Nothing written: another tab saved a newer plan.
    Stale {
        stored: Meta,
    },
    /// Nothing written: the draft no longer exists (deleted in another tab).
    Gone,
    /// Nothing written: the id is taken.
    Taken,
    /// Nothing written: the stored record cannot be read and is left as it is.
    Unreadable,
}

/// Decides a write against the stored record's metadata (`None`: no record; `Some(json)`: the
/// record without its text, as JSON). Runs inside the storage transaction, so nothing can come
/// between this reading and the write.
pub fn decide(stored: Option<&str>, id: &str, change: &Change, now: f64) -> Verdict {
    let stored = stored.map(|json| serde_json::from_str::<Meta>(json).ok().filter(|m| m.id == id));
    match (change, stored) {
        (Change::Create { name, page }, None) => Verdict::Write {
            meta: Meta {
                id: id.to_string(),
                rev: 1,
                plan_rev: 1,
                name: name.clone(),
                page: page.clone(),
                saved_at: now,
                created: now,
                unreadable: false,
            },
            text: true,
        },
        (Change::Create { .. }, Some(_)) => Verdict::Taken,
        (Change::Delete, Some(_)) => Verdict::Delete,
        (_, None) => Verdict::Gone,
        (_, Some(None)) => Verdict::Unreadable,
        (Change::Plan { .. }, Some(Some(stored))) if stored.unreadable => Verdict::Unreadable,
        (Change::Plan { base, .. }, Some(Some(stored))) if stored.plan_rev != *base => Verdict::Stale { stored },
        (Change::Plan { page, .. }, Some(Some(stored))) => Verdict::Write {
            meta: Meta {
                rev: stored.rev + 1,
                plan_rev: stored.plan_rev + 1,
                page: page.clone(),
                saved_at: now,
                ..stored
            },
            text: true,
        },
        (Change::Meta { name, page }, Some(Some(stored))) => Verdict::Write {
            meta: Meta {
                rev: stored.rev + 1,
                name: name.clone().unwrap_or(stored.name),
                page: page.clone().unwrap_or(stored.page),
                ..stored
            },
            text: false,
        },
    }
}

/// A draft id that no other tab will pick: `d`, the time in base 36, `-`, 8 random base-36
/// digits (`random` in [0, 1)). Legacy ids (`d1`, `d2`, …) have no `-`, so never collide either.
/// Should an id still be in `existing`, a counter is appended.
pub fn new_id(now_ms: f64, random: f64, existing: &[&str]) -> String {
    let digits = |mut n: u64, width: usize| {
        let mut out = Vec::new();
        while n > 0 || out.len() < width {
            out.push(char::from_digit((n % 36) as u32, 36).expect("digit"));
            n /= 36;
        }
        out.iter().rev().collect::<String>()
    };
    let random = (random.clamp(0.0, 1.0) * 36f64.powi(8)) as u64 % 36u64.pow(8);
    let id = format!("d{}-{}", digits(now_ms.max(0.0) as u64, 1), digits(random, 8));
    (0..)
        .map(|n| if n == 0 { id.clone() } else { format!("{id}{n}") })
        .find(|c| !existing.contains(&c.as_str()))
        .expect("unbounded")
}

/// "草稿 N" with the first N not in use.
pub fn next_name<'a>(names: impl Iterator<Item = &'a str> + Clone) -> String {
    (1..).map(|n| format!("草稿 {n}")).find(|name| names.clone().all(|n| n != name)).expect("unbounded")
}

/// The draft a tab opens: the one it had (after a reload), else the one last opened in any tab,
/// else the one saved last; `None` when there is no draft.
pub fn pick_current(tab: Option<&str>, last: Option<&str>, drafts: &[Meta]) -> Option<String> {
    let readable = || drafts.iter().filter(|d| !d.unreadable);
    let listed = |id: Option<&str>| id.filter(|id| readable().any(|d| d.id == *id)).map(str::to_string);
    listed(tab)
        .or_else(|| listed(last))
        .or_else(|| readable().max_by(|a, b| a.saved_at.total_cmp(&b.saved_at)).map(|d| d.id.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(plan_rev: u64) -> Meta {
        Meta {
            id: "d1".into(),
            rev: plan_rev + 2,
            plan_rev,
            name: "草稿 1".into(),
            page: "cover".into(),
            saved_at: 5.0,
            created: 1.0,
            unreadable: false,
        }
    }

    fn stored(m: &Meta) -> String {
        serde_json::to_string(m).unwrap()
    }

    #[test]
    fn a_plan_write_based_on_the_stored_revision_is_written_with_both_revisions_bumped() {
        let v = decide(Some(&stored(&meta(3))), "d1", &Change::Plan { base: 3, page: "preamble".into() }, 9.0);
        let Verdict::Write { meta: m, text: true } = v else { panic!("{v:?}") };
        assert_eq!(
            (m.rev, m.plan_rev, m.page.as_str(), m.saved_at, m.name.as_str()),
            (6, 4, "preamble", 9.0, "草稿 1")
        );
    }

    #[test]
    fn a_plan_write_from_a_stale_copy_is_refused_and_names_the_stored_revision() {
        let v = decide(Some(&stored(&meta(4))), "d1", &Change::Plan { base: 3, page: String::new() }, 9.0);
        assert_eq!(v, Verdict::Stale { stored: meta(4) });
    }

    #[test]
    fn a_rename_merges_onto_whatever_is_stored_and_keeps_the_text() {
        let v = decide(Some(&stored(&meta(7))), "d1", &Change::rename("新名称"), 9.0);
        let Verdict::Write { meta: m, text: false } = v else { panic!("{v:?}") };
        assert_eq!((m.name.as_str(), m.page.as_str(), m.plan_rev, m.rev, m.saved_at), ("新名称", "cover", 7, 10, 5.0));
        let v = decide(Some(&stored(&meta(7))), "d1", &Change::Meta { name: None, page: Some("export".into()) }, 9.0);
        let Verdict::Write { meta: m, text: false } = v else { panic!("{v:?}") };
        assert_eq!(
            (m.name.as_str(), m.page.as_str(), m.plan_rev),
            ("草稿 1", "export", 7),
            "a page change is never stale"
        );
    }

    #[test]
    fn writes_to_a_deleted_draft_are_refused_and_creation_never_overwrites() {
        assert_eq!(decide(None, "d1", &Change::Plan { base: 1, page: String::new() }, 1.0), Verdict::Gone);
        assert_eq!(decide(None, "d1", &Change::rename("x"), 1.0), Verdict::Gone);
        assert_eq!(
            decide(Some(&stored(&meta(1))), "d1", &Change::Create { name: "x".into(), page: String::new() }, 1.0),
            Verdict::Taken
        );
        assert_eq!(
            decide(Some("garbage"), "d1", &Change::Create { name: "x".into(), page: String::new() }, 1.0),
            Verdict::Taken
        );
        let created = decide(None, "d2", &Change::Create { name: "草稿 2".into(), page: String::new() }, 7.0);
        assert!(matches!(
            created,
            Verdict::Write { meta: Meta { rev: 1, plan_rev: 1, saved_at: 7.0, .. }, text: true }
        ));
    }

    #[test]
    fn a_record_known_unreadable_keeps_its_text() {
        let damaged = Meta { unreadable: true, ..meta(1) };
        assert_eq!(
            decide(Some(&stored(&damaged)), "d1", &Change::Plan { base: 1, page: String::new() }, 1.0),
            Verdict::Unreadable
        );
        assert!(matches!(
            decide(Some(&stored(&damaged)), "d1", &Change::rename("x"), 1.0),
            Verdict::Write { text: false, .. }
        ));
    }

    #[test]
    fn an_unreadable_record_is_never_written_over_but_may_be_deleted() {
        for bad in [
            "{\"id\": \"d1\", \"rev\": \"x\"}",
            "[]",
            "{\"id\": \"other\", \"rev\": 1, \"plan_rev\": 1, \"name\": \"\"}",
        ] {
            assert_eq!(
                decide(Some(bad), "d1", &Change::Plan { base: 1, page: String::new() }, 1.0),
                Verdict::Unreadable,
                "{bad}"
            );
            assert_eq!(decide(Some(bad), "d1", &Change::rename("x"), 1.0), Verdict::Unreadable);
            assert_eq!(decide(Some(bad), "d1", &Change::Delete, 1.0), Verdict::Delete);
        }
    }

    #[test]
    fn verdicts_serialise_for_the_storage_script() {
        let json = serde_json::to_value(decide(Some(&stored(&meta(1))), "d1", &Change::rename("x"), 1.0)).unwrap();
        assert_eq!(json["write"]["text"], false);
        assert_eq!(json["write"]["meta"]["name"], "x");
        assert_eq!(serde_json::to_value(Verdict::Delete).unwrap(), "delete");
        assert_eq!(serde_json::to_value(Verdict::Gone).unwrap(), "gone");
    }

    #[test]
    fn ids_from_two_tabs_in_the_same_millisecond_differ_and_never_look_like_legacy_ids() {
        let a = new_id(1_764_000_000_000.0, 0.123_456_7, &[]);
        let b = new_id(1_764_000_000_000.0, 0.123_456_8, &[]);
        assert_ne!(a, b);
        assert!(a.starts_with('d') && a.contains('-'), "{a}");
        assert_eq!(a.len(), "d".len() + 8 + 1 + 8);
        assert_eq!(new_id(0.0, 0.0, &[]), "d0-00000000");
        assert_eq!(new_id(0.0, 1.0 - f64::EPSILON, &[]), "d0-zzzzzzzz");
        let taken = new_id(5.0, 0.5, &[]);
        assert_ne!(new_id(5.0, 0.5, &[&taken]), taken, "an id in use is never handed out again");
    }

    #[test]
    fn names_and_the_draft_to_open() {
        assert_eq!(next_name(["草稿 1", "草稿 3"].into_iter()), "草稿 2");
        let drafts =
            [Meta { id: "a".into(), saved_at: 10.0, ..meta(1) }, Meta { id: "b".into(), saved_at: 20.0, ..meta(1) }];
        assert_eq!(
            pick_current(Some("a"), Some("b"), &drafts).as_deref(),
            Some("a"),
            "the tab's own draft after a reload"
        );
        assert_eq!(pick_current(Some("gone"), Some("a"), &drafts).as_deref(), Some("a"));
        assert_eq!(pick_current(None, Some("gone"), &drafts).as_deref(), Some("b"), "else the newest");
        assert_eq!(pick_current(None, None, &[]), None);
        let damaged = [Meta { id: "c".into(), saved_at: 30.0, unreadable: true, ..meta(1) }, drafts[0].clone()];
        assert_eq!(pick_current(Some("c"), None, &damaged).as_deref(), Some("a"), "never one known unreadable");
    }
}
