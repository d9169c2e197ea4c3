//! Property tests ("fuzzing") of plan-file loading and of export, with hostile text everywhere:
//! no panic, round trips exact, every exported XML part well-formed, the embedded plan equal; and
//! of reading Word plans: random paragraphs with headings, numbers and dates, and damaged corpus
//! documents, never panic. `make test` runs a bounded number of cases; `make fuzz` runs many more
//! (FUZZ_CASES).

mod corpus;

use gongyi_plan::check;
use gongyi_plan::export::{catalogue_csv, embed, filing_letter, package, plan_document};
use gongyi_plan::model::{
    Area, AreaPlan, Audience, AudienceScope, Channel, Cover, InfoCategory, Item, ItemField, OtherTask, Plan, Units,
};
use gongyi_plan::planfile;
use proptest::prelude::*;

const BOM: char = '\u{FEFF}';

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(40)
}

/// Text with what clerks paste: CJK, ASCII, markup, control characters, zero-width and RTL marks,
/// emoji, non-characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[\u{4e00}-\u{4e3f}a-zA-Z0-9，。、 ]{0,30}",
        2 => "[\\x00-\\x1f<>&\"'a-z\u{200b}\u{202e}\u{fffe}\u{ffff}\u{1F600}〔〕XＸ×]{0,20}",
        1 => Just(String::new()),
    ]
}

fn units() -> impl Strategy<Value = Units> {
    (prop::collection::vec(text(), 0..3), prop::collection::vec(text(), 0..3))
        .prop_map(|(leads, partners)| Units { leads, partners })
}

/// An item with arbitrary text in every text field (as [`ItemField`] lists them).
fn item() -> impl Strategy<Value = Item> {
    (
        prop::collection::vec(text(), ItemField::ALL.len()),
        text(),
        prop::collection::vec(prop::sample::select(InfoCategory::ALL.to_vec()), 0..4),
        prop::collection::vec(prop::sample::select(Channel::ALL.to_vec()), 0..4),
        (any::<bool>(), text()),
        units(),
        prop::option::of(prop::sample::select(vec!["education/policy".to_string(), "nonexistent/key".to_string()])),
    )
        .prop_map(|(texts, other, categories, channels, (group, g), units, suggestion)| {
            let mut item = Item {
                categories,
                channels,
                channel_other: other,
                audience: Audience {
                    scope: if group { AudienceScope::Group } else { AudienceScope::Public },
                    group: g,
                },
                units,
                suggestion,
                ..Item::default()
            };
            for (field, text) in ItemField::ALL.into_iter().zip(texts) {
                if let Some(t) = field.text_mut(&mut item) {
                    *t = text;
                }
            }
            item
        })
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (
            text(),
            prop::option::of(text()),
            prop::option::of(0usize..40),
            prop_oneof![Just("2018-09-03".to_string()), text()],
            text(),
        ),
        prop::collection::vec(text(), 15),
        prop::collection::vec((any::<bool>(), prop::collection::vec(item(), 0..3)), 7),
        prop::collection::vec((text(), text(), units()), 0..3),
    )
        .prop_map(|((unit, title, title_break, date, doc_number), texts, areas, tasks)| {
            let mut plan =
                Plan { cover: Cover { unit, title, title_break, date, ..Cover::default() }, ..Plan::default() };
            plan.cover.letter.doc_number = doc_number;
            for (part, t) in gongyi_plan::model::TextPart::ALL.iter().zip(texts) {
                *part.get_mut(&mut plan) = t;
            }
            plan.tasks.areas = Area::ALL
                .iter()
                .zip(areas)
                .map(|(area, (selected, items))| AreaPlan { area: *area, selected, items })
                .collect();
            plan.tasks.other_tasks = tasks
                .into_iter()
                .map(|(title, text, units)| OtherTask {
                    id: 0,
                    title,
                    text,
                    units,
                    deadline: String::new(),
                    suggestion: None,
                })
                .collect();
            plan.normalise();
            plan
        })
}

/// Every XML part of a .docx parses.
fn assert_well_formed(docx: &[u8]) -> Result<(), TestCaseError> {
    for name in package::part_names(docx).iter().filter(|n| n.ends_with(".xml") || n.ends_with(".rels")) {
        let xml = package::read_part(docx, name).ok_or_else(|| TestCaseError::fail(format!("{name} unreadable")))?;
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(t)) => {
                    let text = t.decode().map_err(|e| TestCaseError::fail(format!("{name}: {e}")))?;
                    prop_assert!(
                        !text.chars().any(|c| (c < ' ' && !"\t\n\r".contains(c)) || c == '\u{FFFE}' || c == '\u{FFFF}'),
                        "{} has an invalid character",
                        name
                    );
                }
                Ok(_) => {}
                Err(e) => return Err(TestCaseError::fail(format!("{name} is not well-formed: {e}"))),
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn plan_files_round_trip_exactly(plan in plan()) {
        let text = planfile::save(&plan);
        let loaded = planfile::load(text.as_bytes()).unwrap();
        prop_assert_eq!(&loaded.plan, &plan);
        prop_assert!(loaded.notices.is_empty());
        prop_assert_eq!(planfile::save(&loaded.plan), text);
    }

    #[test]
    fn rechecking_a_run_of_plans_reports_what_a_fresh_check_does(plans in prop::collection::vec(plan(), 1..4), again in any::<prop::sample::Index>()) {
        // Each plan, then one of them again (its items as checked before, at other positions or not).
        let mut rechecker = check::Rechecker::default();
        let mut run = plans.clone();
        run.push(plans[again.index(plans.len())].clone());
        for plan in &run {
            prop_assert_eq!(rechecker.check(plan), check::check(plan));
        }
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = planfile::load(&bytes);
        let _ = embed::read_embedded(&bytes);
        let _ = gongyi_plan::review::open("x", &bytes);
    }

    #[test]
    fn damaged_plan_files_give_errors_not_panics(plan in plan(), cut in 0.0f64..1.0, flip in any::<u8>()) {
        let text = planfile::save(&plan).into_bytes();
        let at = ((text.len() as f64) * cut) as usize;
        let _ = planfile::load(&text[..at]);
        let mut flipped = text.clone();
        if let Some(b) = flipped.get_mut(at) { *b ^= flip; }
        let _ = planfile::load(&flipped);
    }

    #[test]
    fn exports_are_well_formed_and_carry_the_plan(plan in plan()) {
        let docx = plan_document(&plan);
        assert_well_formed(&docx)?;
        let read = embed::read_embedded(&docx).unwrap();
        prop_assert_eq!(&read.loaded.plan, &plan);
        prop_assert!(read.plan_intact && read.text_unchanged);
        assert_well_formed(&filing_letter(&plan))?;
        let csv = String::from_utf8(catalogue_csv(&plan)).unwrap();
        prop_assert!(csv.starts_with(BOM), "no BOM");
        let report = check::check(&plan);
        prop_assert!(report.score() <= 100);
    }

    #[test]
    fn word_plans_of_any_text_are_read_checked_and_imported_without_panic(lines in prop::collection::vec(word_line(), 0..40)) {
        use gongyi_plan::wordplan::{Paragraph, import, structure};
        let paragraphs: Vec<Paragraph> = lines.into_iter().map(|(text, outline)| Paragraph { text, outline, ..Paragraph::default() }).collect();
        let plan = structure::analyse(&paragraphs);
        let report = check::wordplan::check(&plan);
        prop_assert!(report.score() <= 100);
        let imported = import::import(&plan);
        let file = planfile::save(&imported.plan);
        prop_assert_eq!(planfile::load(file.as_bytes()).unwrap().plan, imported.plan);
    }

    #[test]
    fn damaged_word_files_give_errors_not_panics(which in any::<prop::sample::Index>(), cut in 0.0f64..1.0, flip in any::<u8>()) {
        let docs = corpus_docs();
        let doc = &docs[which.index(docs.len())];
        let at = ((doc.len() as f64) * cut) as usize;
        let _ = gongyi_plan::review::open("cut.docx", &doc[..at]);
        let mut flipped = doc.clone();
        if let Some(b) = flipped.get_mut(at) { *b ^= flip; }
        let _ = gongyi_plan::review::open("flipped.docx", &flipped);
    }
}

/// A paragraph of a Word plan: headings of every numbering kind, dates, channels, units, or
/// anything at all; sometimes in a heading style.
fn word_line() -> impl Strategy<Value = (String, Option<u8>)> {
    let marker = prop::sample::select(vec![
        "",
        "一、",
        "二.",
        "三．",
        "（一）",
        "(二)",
        "第一部分 ",
        "1.",
        "2、",
        "（1）",
        "①",
        "● ",
        "十一、",
    ]);
    let words = prop::sample::select(vec![
        "现状分析及思路目标",
        "主要任务及具体措施",
        "组织保障和监督考核",
        "总体要求",
        "明确公开内容",
        "突出公开重点",
        "增强公开实效",
        "强化保障措施",
        "社会救助和社会福利领域",
        "责任单位：某局牵头，某处配合",
        "投诉电话020-83330000",
        "公布监督热线",
        "广东省民政厅",
        "2018年9月14日",
        "二〇一八年九月十四日",
        "关于印发某方案的通知",
        "某局工作方案",
        "附件",
        "（联系人：XXX）",
    ]);
    ((marker, words, text()).prop_map(|(m, w, t)| format!("{m}{w}{t}")), prop::option::of(0u8..3))
        .prop_map(|(t, o)| (t, o.filter(|l| *l < 2)))
}

fn corpus_docs() -> &'static [Vec<u8>] {
    static DOCS: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    DOCS.get_or_init(|| corpus::cases().into_iter().map(|c| c.docx).collect())
}

#[test]
fn a_hundred_thousand_characters_export_and_check() {
    let mut plan = gongyi_plan::catalogue::sample_plan();
    plan.preamble = "国办发〔2018〕10号".repeat(100_000 / 13);
    plan.tasks.areas[1].items[0].content = "很长的公开内容".repeat(15_000);
    let docx = plan_document(&plan);
    assert_well_formed(&docx).unwrap();
    assert_eq!(embed::read_embedded(&docx).unwrap().loaded.plan, plan);
    assert!(check::check(&plan).ready());
}
