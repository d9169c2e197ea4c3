//! Drafts from the old localStorage layout, moved to the current store on first start: the index
//! `gyxx.index` (`{current, drafts: [{id, name, page}]}`), one plan file per draft under
//! `gyxx.draft.<id>`, and damaged text set aside under `gyxx.damaged.<n>`.
//!
//! Nothing is dropped: every stored draft is moved, listed or not — a damaged index is rebuilt
//! from the drafts themselves — and a draft that cannot be read is moved as it is (listed as
//! unreadable, its text downloadable), never replaced. The UI removes the old keys only after the
//! new records are confirmed written.

use serde::Deserialize;

use super::Meta;
use crate::planfile;

pub const INDEX_KEY: &str = "gyxx.index";
pub const DRAFT_PREFIX: &str = "gyxx.draft.";
pub const DAMAGED_PREFIX: &str = "gyxx.damaged.";

/// What the old layout held.
#[derive(Clone, Debug, Default)]
pub struct Old {
    pub index: Option<String>,
    /// (id, text) of every `gyxx.draft.<id>` key.
    pub drafts: Vec<(String, String)>,
    /// Texts under `gyxx.damaged.<n>`.
    pub damaged: Vec<String>,
}

impl Old {
    pub fn is_empty(&self) -> bool {
        self.index.is_none() && self.drafts.is_empty() && self.damaged.is_empty()
    }
}

#[derive(Deserialize)]
struct OldIndex {
    current: String,
    drafts: Vec<OldMeta>,
}

#[derive(Deserialize)]
struct OldMeta {
    id: String,
    name: String,
    #[serde(default)]
    page: String,
}

/// One draft to store.
#[derive(Clone, Debug, PartialEq)]
pub struct Moved {
    pub meta: Meta,
    pub text: String,
}

/// The old layout turned into records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Migration {
    pub drafts: Vec<Moved>,
    /// Damaged text kept for the user: (file name to offer, text).
    pub aside: Vec<(String, String)>,
    /// What to tell the user once the records are written.
    pub notices: Vec<String>,
    /// The draft that was current.
    pub current: Option<String>,
}

/// Plans the move of the old layout (`now`: milliseconds, the time recorded as saved).
pub fn migrate(old: &Old, now: f64) -> Migration {
    let mut out = Migration::default();
    let index = old.index.as_deref().map(|text| serde_json::from_str::<OldIndex>(text).map_err(|_| text));
    let listed: Vec<OldMeta> = match index {
        Some(Ok(index)) => {
            out.current = Some(index.current);
            index.drafts
        }
        Some(Err(text)) => {
            out.aside.push(("损坏的草稿目录.txt".into(), text.to_string()));
            out.notices.push(format!(
                "本浏览器中的草稿目录已损坏，已根据保存的草稿重新列出（共 {} 份，名称可能与原来不同）。原目录内容已另行保存，可以下载备查。",
                old.drafts.len()
            ));
            Vec::new()
        }
        None => Vec::new(),
    };
    let mut recovered = 0;
    // Listed drafts in the index's order, then the unlisted ones.
    let mut order: Vec<&(String, String)> =
        listed.iter().filter_map(|m| old.drafts.iter().find(|(id, _)| *id == m.id)).collect();
    let unlisted: Vec<&(String, String)> =
        old.drafts.iter().filter(|(id, _)| listed.iter().all(|m| m.id != *id)).collect();
    order.extend(unlisted.iter().copied());
    for (position, (id, text)) in order.into_iter().enumerate() {
        let entry = listed.iter().find(|m| m.id == *id);
        let loaded = planfile::load(text.as_bytes());
        let name = match (entry, &loaded) {
            (Some(m), _) if !m.name.trim().is_empty() => m.name.clone(),
            (_, Ok(l)) if !l.plan.cover.unit.trim().is_empty() => format!("{}（恢复）", l.plan.cover.unit.trim()),
            _ => {
                recovered += 1;
                format!("恢复的草稿 {recovered}")
            }
        };
        if let Err(e) = &loaded {
            out.notices.push(format!(
                "草稿“{name}”无法读取（{}）。原内容原样保留，可以在“草稿和文件”中下载；其他草稿不受影响。",
                e.message().trim_end_matches('。')
            ));
        }
        let page = entry.map(|m| m.page.clone()).unwrap_or_default();
        out.drafts.push(Moved {
            meta: Meta {
                id: id.clone(),
                rev: 1,
                plan_rev: 1,
                name,
                page,
                saved_at: now,
                created: position as f64,
                unreadable: loaded.is_err(),
            },
            text: text.clone(),
        });
    }
    let sound_index = out.current.is_some();
    if sound_index && !unlisted.is_empty() {
        out.notices.push(format!("找到 {} 份没有列在草稿目录中的草稿，已重新列出。", unlisted.len()));
    }
    for (n, text) in old.damaged.iter().enumerate() {
        out.aside.push((format!("另行保存的损坏内容 {}.txt", n + 1), text.clone()));
    }
    out.current = out.current.filter(|c| out.drafts.iter().any(|d| &d.meta.id == c));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_text(unit: &str) -> String {
        let mut plan = crate::model::Plan::default();
        plan.cover.unit = unit.into();
        planfile::save(&plan)
    }

    #[test]
    fn a_sound_index_keeps_names_pages_and_the_current_draft() {
        let old = Old {
            index: Some(r#"{"current":"d2","drafts":[{"id":"d1","name":"甲","page":"cover","saved":"10:00"},{"id":"d2","name":"乙"}]}"#.into()),
            drafts: vec![("d2".into(), plan_text("乙单位")), ("d1".into(), plan_text("甲单位"))],
            damaged: vec![],
        };
        let m = migrate(&old, 7.0);
        let names: Vec<(&str, &str, &str)> =
            m.drafts.iter().map(|d| (d.meta.id.as_str(), d.meta.name.as_str(), d.meta.page.as_str())).collect();
        assert_eq!(names, [("d1", "甲", "cover"), ("d2", "乙", "")]);
        assert_eq!(m.current.as_deref(), Some("d2"));
        assert!(m.notices.is_empty() && m.aside.is_empty());
        assert_eq!((m.drafts[0].meta.rev, m.drafts[0].meta.plan_rev, m.drafts[0].meta.saved_at), (1, 1, 7.0));
    }

    #[test]
    fn a_damaged_index_is_rebuilt_from_every_stored_draft_and_kept_aside() {
        let old = Old {
            index: Some(r#"{"current": 5, "drafts": "many"}"#.into()),
            drafts: vec![
                ("d1".into(), plan_text("广东省民政厅")),
                ("d2".into(), plan_text("")),
                ("d3".into(), "{坏".into()),
            ],
            damaged: vec!["早先另存的".into()],
        };
        let m = migrate(&old, 0.0);
        let names: Vec<&str> = m.drafts.iter().map(|d| d.meta.name.as_str()).collect();
        assert_eq!(names, ["广东省民政厅（恢复）", "恢复的草稿 1", "恢复的草稿 2"]);
        assert_eq!(m.drafts[2].text, "{坏", "an unreadable draft moves as it is");
        assert_eq!(m.drafts.iter().map(|d| d.meta.unreadable).collect::<Vec<_>>(), [false, false, true]);
        assert_eq!(m.current, None);
        assert_eq!(
            m.aside,
            [
                ("损坏的草稿目录.txt".to_string(), r#"{"current": 5, "drafts": "many"}"#.to_string()),
                ("另行保存的损坏内容 1.txt".to_string(), "早先另存的".to_string())
            ]
        );
        assert!(m.notices[0].contains("已根据保存的草稿重新列出（共 3 份"));
        assert!(m.notices[1].contains("草稿“恢复的草稿 2”无法读取"));
    }

    #[test]
    fn drafts_missing_from_a_sound_index_are_listed_again() {
        let old = Old {
            index: Some(r#"{"current":"d1","drafts":[{"id":"d1","name":"甲"},{"id":"d9","name":"没有内容"}]}"#.into()),
            drafts: vec![("d1".into(), plan_text("")), ("d3".into(), plan_text("另一个窗口建的"))],
            damaged: vec![],
        };
        let m = migrate(&old, 0.0);
        let ids: Vec<&str> = m.drafts.iter().map(|d| d.meta.id.as_str()).collect();
        assert_eq!(ids, ["d1", "d3"], "a listed draft with no text has nothing to move");
        assert_eq!(m.drafts[1].meta.name, "另一个窗口建的（恢复）");
        assert_eq!(m.notices, ["找到 1 份没有列在草稿目录中的草稿，已重新列出。"]);
    }
}
