//! Items written as official prose, in the manner of seeds 001 and 003:
//! `{事项}。依据{依据}，{主体}通过{渠道}向{对象}公开{内容}，{时限}。（{牵头}牵头，{配合}配合）`.
//!
//! The plan's usual 公开程序 is stated once before the items ([`Prose::procedure_sentence`]);
//! an item writes its own only when it differs. Lists of units are joined with 、 whatever the
//! clerk typed between them; an empty field leaves its clause out; brackets inside the units
//! note become 〔〕 so full-width brackets never nest. Shared by the plan document and the live
//! preview under each item's fields.

use crate::content::has_content;
use crate::model::{AudienceScope, Channel, DisclosureMode, Item, Plan, Units};

/// How the items of one plan are written: the procedure stated once for all of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prose {
    /// The plan's usual 公开程序 (stated once; items with the same procedure do not repeat it).
    pub procedure: String,
}

impl Prose {
    /// The prose of a plan's items: the usual procedure is the one most items have.
    pub fn for_plan(plan: &Plan) -> Prose {
        let items = plan.selected_areas().flat_map(|a| a.items.iter());
        let mut counts: Vec<(String, usize)> = Vec::new();
        for item in items {
            let p = bare(&item.procedure);
            if p.is_empty() {
                continue;
            }
            match counts.iter_mut().find(|(q, _)| *q == p) {
                Some((_, n)) => *n += 1,
                None => counts.push((p, 1)),
            }
        }
        // The first of the most frequent (max_by_key keeps the last of equals, so go backwards).
        let procedure = counts.into_iter().rev().max_by_key(|(_, n)| *n).map(|(p, _)| p).unwrap_or_default();
        Prose { procedure }
    }

    /// The sentence that states the usual procedure once, before the items; `None` without one.
    pub fn procedure_sentence(&self) -> Option<String> {
        (!self.procedure.is_empty()).then(|| match is_clause(&self.procedure) {
            true => format!("以下各事项，{}。", self.procedure),
            false => format!("以下各事项均按{}的程序公开。", procedure_phrase(&self.procedure)),
        })
    }

    /// One item as a sentence: `城乡低保标准。依据《社会救助暂行办法》，省民政厅通过政府门户网站、
    /// 政务新媒体向社会公开低保标准，信息形成之日起20个工作日内。（社会救助处牵头，办公室配合）`.
    pub fn item(&self, item: &Item) -> String {
        let mut s = String::new();
        let name = strip_numbering(&bare(&item.name));
        if !name.is_empty() {
            s.push_str(&name);
            s.push('。');
        }

        let mut clauses: Vec<String> = Vec::new();
        let basis = basis_phrase(&item.basis);
        if !basis.is_empty() {
            clauses.push(format!("依据{basis}"));
        }
        let mut main = unit_list(&item.publisher);
        if item.mode == DisclosureMode::OnRequest {
            main.push_str("依申请");
        }
        let channels = channel_list(item);
        if !channels.is_empty() {
            main.push_str(&format!("通过{channels}"));
        }
        let audience = match item.audience.scope {
            // Given on request, the information goes to whoever asks for it.
            AudienceScope::Public if item.mode == DisclosureMode::OnRequest => "申请人".to_string(),
            AudienceScope::Public => "社会".to_string(),
            AudienceScope::Group if has_content(&item.audience.group) => bare(&item.audience.group),
            AudienceScope::Group => "特定群体".to_string(),
        };
        main.push_str(&format!("向{audience}公开{}", bare(&item.content)));
        clauses.push(main);
        let standard = bare(&item.standard);
        if !standard.is_empty() {
            clauses.push(standard);
        }
        let time = bare(&item.time_limit);
        if !time.is_empty() {
            clauses.push(time);
        }
        s.push_str(&clauses.join("，"));
        s.push('。');

        let procedure = bare(&item.procedure);
        if !procedure.is_empty() && procedure != self.procedure {
            match is_clause(&procedure) {
                true => s.push_str(&format!("{procedure}。")),
                false => s.push_str(&format!("按{}的程序公开。", procedure_phrase(&procedure))),
            }
        }
        s.push_str(&units_note(&item.units));
        s
    }
}

/// Text without the punctuation and spaces it may end with, so sentences can be joined.
pub fn bare(text: &str) -> String {
    text.trim().trim_end_matches(['。', '；', ';', '，', ',', '.', '、', '：', ':']).trim().to_string()
}

/// The basis without a leading 依据/根据/按照 (the sentence says 依据 itself).
fn basis_phrase(basis: &str) -> String {
    let b = bare(basis);
    let rest = ["依据", "根据", "按照", "依照"].iter().find_map(|p| b.strip_prefix(p)).unwrap_or(&b);
    rest.trim_start_matches(['：', ':', '，', ',']).trim().to_string()
}

/// Whether a procedure is written as a clause of its own (承办处室拟稿，经审核后发布) rather than
/// a list of steps (拟稿、审核、发布): it then stands as its own sentence.
fn is_clause(procedure: &str) -> bool {
    procedure.contains(['，', ','])
}

/// A procedure as it is written after 按: without a trailing 程序 (the sentence adds it).
fn procedure_phrase(procedure: &str) -> String {
    let p = procedure.trim_end_matches("的程序").trim_end_matches("程序");
    p.trim_start_matches('按').to_string()
}

/// A numbering the clerk typed before a name (`1.`, `１．`, `（1）`, `(一)`, `一、`, `1、`).
fn strip_numbering(name: &str) -> String {
    let numeral = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十".contains(c);
    let s = name.trim_start();
    let open = s.starts_with(['（', '(']);
    let body = if open { &s[s.chars().next().map_or(0, char::len_utf8)..] } else { s };
    let digits = body.chars().take_while(|c| numeral(*c)).map(char::len_utf8).sum::<usize>();
    if digits == 0 {
        return name.trim().to_string();
    }
    let after = &body[digits..];
    let closers: &[char] = if open { &['）', ')'] } else { &['.', '．', '、', '。'] };
    match after.strip_prefix(closers) {
        Some(rest) if !rest.trim().is_empty() => rest.trim().to_string(),
        _ => name.trim().to_string(),
    }
}

/// Splits a list of names on what clerks type between them (、，,;；/ and spaces), but never
/// inside brackets (各县（市、区）stays one name).
pub fn split_list(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '（' | '(' | '〔' | '[' | '【' | '《' => depth += 1,
            '）' | ')' | '〕' | ']' | '】' | '》' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let separator = depth == 0 && matches!(c, '、' | '，' | ',' | ';' | '；' | '/' | '／') || c.is_whitespace();
        if separator && depth == 0 {
            if !current.trim().is_empty() {
                out.push(current.trim().to_string());
            }
            current.clear();
        } else {
            current.push(c);
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out.into_iter().map(|s| bare(&s)).filter(|s| has_content(s)).collect()
}

/// A list of names joined with 、 whatever separated them.
pub fn unit_list(text: &str) -> String {
    split_list(text).join("、")
}

/// The named channels then each other channel typed, joined with 、.
fn channel_list(item: &Item) -> String {
    let mut parts: Vec<String> =
        Channel::ALL.iter().filter(|c| item.channels.contains(c)).map(|c| c.label().to_string()).collect();
    parts.extend(split_list(&item.channel_other));
    parts.join("、")
}

/// Units joined with 、, each split as typed, with their brackets made 〔〕 (they stand inside
/// the note's own brackets).
fn note_units(units: &[String]) -> String {
    units
        .iter()
        .flat_map(|u| split_list(u))
        .map(|u| u.replace(['（', '('], "〔").replace(['）', ')'], "〕"))
        .collect::<Vec<_>>()
        .join("、")
}

/// `（社会救助处牵头，办公室配合）` or `（社会救助处负责）`, in the manner of seed 003.
pub fn units_note(units: &Units) -> String {
    let leads = note_units(&units.leads);
    let partners = note_units(&units.partners);
    match (leads.is_empty(), partners.is_empty()) {
        (true, true) => String::new(),
        (false, true) => format!("（{leads}负责）"),
        (true, false) => format!("（{partners}配合）"),
        (false, false) => format!("（{leads}牵头，{partners}配合）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Audience;

    fn item() -> Item {
        Item {
            name: "城乡低保标准".into(),
            mode: DisclosureMode::Active,
            publisher: "省民政厅".into(),
            content: "城乡低保的认定条件和保障标准。".into(),
            basis: "《社会救助暂行办法》".into(),
            channels: vec![Channel::Portal, Channel::NewMedia],
            procedure: "拟稿、审核、发布".into(),
            time_limit: "信息形成之日起20个工作日内".into(),
            units: Units { leads: vec!["社会救助处".into()], partners: vec!["办公室".into()] },
            ..Item::default()
        }
    }

    fn prose() -> Prose {
        Prose { procedure: "拟稿、审核、发布".into() }
    }

    #[test]
    fn an_item_reads_as_one_sentence_of_the_seeds_pattern() {
        assert_eq!(
            prose().item(&item()),
            "城乡低保标准。依据《社会救助暂行办法》，省民政厅通过政府门户网站、政务新媒体向社会公开城乡低保的认定条件和\
             保障标准，信息形成之日起20个工作日内。（社会救助处牵头，办公室配合）"
        );
    }

    #[test]
    fn no_form_language() {
        let text = prose().item(&Item { categories: vec![crate::model::InfoCategory::Decision], ..item() });
        for form in ["属", "类信息", "公开标准：", "公开程序：", "公开时限：", "由省民政厅"] {
            assert!(!text.contains(form), "{form} in {text}");
        }
    }

    #[test]
    fn units_typed_with_any_separator_are_joined_with_dunhao() {
        for typed in [
            "省民政厅，各地级以上市民政局",
            "省民政厅, 各地级以上市民政局",
            "省民政厅；各地级以上市民政局",
            "省民政厅 各地级以上市民政局",
            "省民政厅、、各地级以上市民政局。",
        ] {
            let text = prose().item(&Item { publisher: typed.into(), ..item() });
            assert!(text.contains("，省民政厅、各地级以上市民政局通过"), "{typed} → {text}");
        }
        assert_eq!(
            unit_list("各县（市、区）民政局，省民政厅"),
            "各县（市、区）民政局、省民政厅",
            "not split inside brackets"
        );
    }

    #[test]
    fn the_other_channel_is_joined_as_one_more_channel() {
        let text = prose().item(&Item { channel_other: "村务微信群，乡镇公示栏。".into(), ..item() });
        assert!(text.contains("通过政府门户网站、政务新媒体、村务微信群、乡镇公示栏向社会"), "{text}");
        let only_other =
            prose().item(&Item { channels: vec![], channel_other: "“粤省事”小程序".into(), ..item() });
        assert!(only_other.contains("通过“粤省事”小程序向社会"), "{only_other}");
    }

    #[test]
    fn brackets_never_nest_in_the_units_note() {
        let units = Units {
            leads: vec!["各县（市、区）卫生计生行政部门".into()],
            partners: vec!["省疾控中心(省卫生监督所)".into()],
        };
        let note = units_note(&units);
        assert_eq!(note, "（各县〔市、区〕卫生计生行政部门牵头，省疾控中心〔省卫生监督所〕配合）");
        assert_eq!(note.matches('（').count(), 1);
        assert_eq!(units_note(&Units { leads: vec!["办公室".into()], partners: vec![] }), "（办公室负责）");
        assert_eq!(units_note(&Units::default()), "");
    }

    #[test]
    fn empty_fields_leave_out_their_clause() {
        let bare_item = Item { name: "健康科普".into(), content: "健康知识".into(), ..Item::default() };
        assert_eq!(Prose::default().item(&bare_item), "健康科普。向社会公开健康知识。");
        let no_basis = prose().item(&Item { basis: " ".into(), time_limit: String::new(), ..item() });
        assert!(no_basis.starts_with("城乡低保标准。省民政厅通过"), "{no_basis}");
        assert!(no_basis.contains("保障标准。（社会救助处"), "{no_basis}");
        assert!(!no_basis.contains("，，") && !no_basis.contains("。。"), "{no_basis}");
    }

    #[test]
    fn a_basis_typed_with_its_own_yiju_is_not_doubled() {
        for typed in ["依据《社会救助暂行办法》", "根据《社会救助暂行办法》。", "依据：《社会救助暂行办法》"]
        {
            let text = prose().item(&Item { basis: typed.into(), ..item() });
            assert!(text.contains("。依据《社会救助暂行办法》，省民政厅"), "{typed} → {text}");
        }
    }

    #[test]
    fn the_usual_procedure_is_stated_once_and_a_different_one_per_item() {
        assert!(!prose().item(&item()).contains("程序"));
        let other = prose().item(&Item { procedure: "审核、公示、发布".into(), ..item() });
        assert!(other.contains("内。按审核、公示、发布的程序公开。（"), "{other}");
        let clause = prose()
            .item(&Item { procedure: "乡镇初审后报县级民政部门审核，张榜公示。".into(), ..item() });
        assert!(
            clause.contains("内。乡镇初审后报县级民政部门审核，张榜公示。（"),
            "a clause stands as a sentence: {clause}"
        );
        assert_eq!(prose().procedure_sentence().unwrap(), "以下各事项均按拟稿、审核、发布的程序公开。");
        let usual = Prose { procedure: "承办处室拟稿，审核后发布".into() };
        assert_eq!(usual.procedure_sentence().unwrap(), "以下各事项，承办处室拟稿，审核后发布。");
        assert_eq!(Prose::default().procedure_sentence(), None);
    }

    #[test]
    fn the_plans_usual_procedure_is_the_most_frequent() {
        let mut plan = Plan::default();
        let area = plan.area_mut(crate::model::Area::Health);
        area.selected = true;
        for p in ["甲程序", "乙", "乙。", "甲程序"] {
            area.items.push(Item { procedure: p.into(), ..Item::default() });
        }
        area.items.push(Item { procedure: "甲程序".into(), ..Item::default() });
        assert_eq!(Prose::for_plan(&plan).procedure, "甲程序");
        assert_eq!(Prose::for_plan(&Plan::default()).procedure, "");
    }

    #[test]
    fn the_clerks_own_numbering_is_dropped_from_the_name() {
        for typed in [
            "1.城乡低保标准",
            "１．城乡低保标准",
            "（1）城乡低保标准",
            "(一)城乡低保标准",
            "一、城乡低保标准",
            "3、城乡低保标准",
        ] {
            assert!(prose().item(&Item { name: typed.into(), ..item() }).starts_with("城乡低保标准。"), "{typed}");
        }
        assert!(prose().item(&Item { name: "12345热线".into(), ..item() }).starts_with("12345热线。"));
    }

    #[test]
    fn on_request_items_and_groups_read_naturally() {
        let text =
            prose().item(&Item {
                mode: DisclosureMode::OnRequest, audience: Audience::group("申请人本人"), ..item()
            });
        assert!(text.contains("省民政厅依申请通过政府门户网站、政务新媒体向申请人本人公开"), "{text}");
        let public = prose().item(&Item { mode: DisclosureMode::OnRequest, ..item() });
        assert!(public.contains("依申请通过政府门户网站、政务新媒体向申请人公开"), "{public}");
    }
}
