//! Property tests ("fuzzing") of plan-file loading and of export, with hostile text everywhere:
//! no panic, round trips exact, every exported XML part well-formed, the embedded plan equal.
//! `make test` runs a bounded number of cases; `make fuzz` runs many more (FUZZ_CASES).

use gongyi_plan::check;
use gongyi_plan::export::{catalogue_csv, embed, filing_letter, package, plan_document};
use gongyi_plan::model::{Area, AreaPlan, Audience, AudienceScope, Channel, Cover, InfoCategory, Item, OtherTask, Plan, Units};
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
    (prop::collection::vec(text(), 0..3), prop::collection::vec(text(), 0..3)).prop_map(|(leads, partners)| Units { leads, partners })
}

fn item() -> impl Strategy<Value = Item> {
    (
        (text(), text(), text(), text(), text(), text(), text()),
        prop::collection::vec(prop::sample::select(InfoCategory::ALL.to_vec()), 0..4),
        prop::collection::vec(prop::sample::select(Channel::ALL.to_vec()), 0..4),
        (any::<bool>(), text()),
        units(),
        prop::option::of(prop::sample::select(vec!["education/policy".to_string(), "nonexistent/key".to_string()])),
    )
        .prop_map(|((name, publisher, content, standard, procedure, time_limit, other), categories, channels, (group, g), units, suggestion)| Item {
            id: 0,
            name,
            categories,
            publisher,
            content,
            standard,
            channels,
            channel_other: other,
            procedure,
            time_limit,
            audience: Audience { scope: if group { AudienceScope::Group } else { AudienceScope::Public }, group: g },
            units,
            suggestion,
        })
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (text(), prop::option::of(text()), prop::option::of(0usize..40), prop_oneof![Just("2018-09-03".to_string()), text()], text()),
        prop::collection::vec(text(), 15),
        prop::collection::vec((any::<bool>(), prop::collection::vec(item(), 0..3)), 7),
        prop::collection::vec((text(), text(), units()), 0..3),
    )
        .prop_map(|((unit, title, title_break, date, doc_number), texts, areas, tasks)| {
            let mut plan = Plan { cover: Cover { unit, title, title_break, date, ..Cover::default() }, ..Plan::default() };
            plan.cover.letter.doc_number = doc_number;
            for (part, t) in gongyi_plan::model::TextPart::ALL.iter().zip(texts) {
                *part.get_mut(&mut plan) = t;
            }
            plan.tasks.areas = Area::ALL
                .iter()
                .zip(areas)
                .map(|(area, (selected, items))| AreaPlan { area: *area, selected, items })
                .collect();
            plan.tasks.other_tasks =
                tasks.into_iter().map(|(title, text, units)| OtherTask { id: 0, title, text, units, deadline: String::new(), suggestion: None }).collect();
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
                    prop_assert!(!text.chars().any(|c| (c < ' ' && !"\t\n\r".contains(c)) || c == '\u{FFFE}' || c == '\u{FFFF}'), "{} has an invalid character", name);
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
    fn text_check_never_panics(text in "\\PC{0,300}") {
        let report = check::textcheck::check_text(&text);
        prop_assert!(report.score() <= 100);
    }
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
