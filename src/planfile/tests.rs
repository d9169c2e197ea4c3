//! Tests of plan-file saving, loading, migration and rejection.

use super::*;
use crate::model::{Area, AudienceScope, Channel, InfoCategory, Item, OtherTask, Units};

fn sample() -> Plan {
    let mut plan = Plan::default();
    plan.cover.unit = "广东省民政厅".into();
    plan.cover.date = "2018-09-03".into();
    plan.cover.title_break = Some(12);
    plan.preamble = "前言 <script>&\"'\u{1F600}".into();
    let area = plan.area_mut(Area::SocialAssistance);
    area.selected = true;
    area.items.push(Item {
        id: 1,
        name: "城乡低保".into(),
        categories: vec![InfoCategory::Decision],
        channels: vec![Channel::Portal, Channel::Sms],
        units: Units {
            leads: vec!["社会救助处".into(), "办公室".into()], partners: vec!["规划财务处".into()]
        },
        suggestion: Some("social_assistance/dibao".into()),
        ..Item::default()
    });
    plan.area_mut(Area::Health).items.push(Item { id: 2, name: "隐藏但保留".into(), ..Item::default() });
    plan.tasks.other_tasks.push(OtherTask { id: 3, title: "加强基层政务公开".into(), ..OtherTask::default() });
    plan
}

#[test]
fn save_then_load_round_trips_exactly() {
    let plan = sample();
    let text = save(&plan);
    assert!(text.contains("\"format\": \"gongyi-xxgk-plan\""));
    assert!(text.contains("\"version\": 2"));
    let loaded = load(text.as_bytes()).unwrap();
    assert_eq!(loaded.plan, plan);
    assert!(loaded.notices.is_empty());
    assert_eq!(save(&loaded.plan), text, "saving again gives the same bytes");
}

#[test]
fn imported_text_not_yet_placed_round_trips_and_is_absent_when_there_is_none() {
    let mut plan = sample();
    assert!(!save(&plan).contains("unplaced"), "plan files without it stay as they were");
    plan.unplaced.push(crate::model::Unplaced {
        from: "附件：责任分工表".into(), text: "序号\t事项\n1\t低保".into()
    });
    let text = save(&plan);
    let loaded = load(text.as_bytes()).unwrap();
    assert_eq!(loaded.plan, plan);
    assert!(loaded.notices.is_empty());
    let empty = text.replace("\"plan\": {", "\"plan\": {\n    \"extra\": [],");
    assert!(load(empty.as_bytes()).unwrap().notices.is_empty(), "an empty unknown field loses nothing");
}

#[test]
fn progress_is_kept_by_year_and_older_files_have_none() {
    // A plan of version 1 (before progress was recorded) opens with none, and a plan without
    // progress is saved without the key.
    let mut plan = sample();
    plan.progress.clear();
    assert!(!save(&plan).contains("\"progress\""));
    let v1 = save(&plan).replace("\"version\": 2", "\"version\": 1");
    assert!(load(v1.as_bytes()).unwrap().plan.progress.is_empty());
    // The shipped sample's year survives a save and a load, item by item.
    let sample = crate::catalogue::sample_plan();
    let year = sample.progress_of(2018).expect("the sample records 2018");
    let loaded = load(save(&sample).as_bytes()).unwrap().plan;
    assert_eq!(loaded.progress_of(2018), Some(year));
    assert!(year.items.iter().all(|p| p.status.is_some()));
}

#[test]
fn a_utf8_bom_is_accepted() {
    let text = format!("\u{FEFF}{}", save(&sample()));
    assert_eq!(load(text.as_bytes()).unwrap().plan, sample());
}

#[test]
fn version_0_fixture_is_migrated() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plan-v0.json")).unwrap();
    let loaded = load(&bytes).unwrap();
    let [LoadNotice::Migrated { from: 0 }, LoadNotice::Note(note)] = loaded.notices.as_slice() else {
        panic!("{:?}", loaded.notices)
    };
    assert!(
        note.contains("“城乡低保对象认定条件和保障标准”“低保对象家庭成员和救助金额公示”的“公开标准”写的是法规依据"),
        "{note}"
    );
    let plan = &loaded.plan;
    assert_eq!(plan.cover.unit, "广东省民政厅");
    assert_eq!(plan.cover.title, None);
    assert_eq!(plan.cover.date, "2018-09-03", "Chinese date becomes ISO");
    assert_eq!(plan.cover.letter.doc_number, "粤民函〔2018〕123号");
    assert_eq!(plan.cover.letter.phone, "020-83300000");
    assert!(plan.preamble.contains("国办发〔2018〕10号"));
    assert_eq!(plan.analysis.goals, "经过3年左右努力，公开工作制度化、规范化。");
    assert_eq!(plan.tasks.decision, "重大政策出台前公开征求意见。");
    assert_eq!(plan.tasks.requirements, "各处室按照分工抓好落实。");
    assert_eq!(plan.safeguards.complaints, "投诉举报电话：020-12345678。");

    let selected: Vec<Area> = plan.selected_areas().map(|a| a.area).collect();
    assert_eq!(selected, [Area::SocialAssistance, Area::DisasterRelief]);
    let items = &plan.area(Area::SocialAssistance).items;
    assert_eq!(items.len(), 2);
    let first = &items[0];
    assert_eq!(first.categories, [InfoCategory::Decision, InfoCategory::Service]);
    assert_eq!(first.channels, [Channel::Portal, Channel::NoticeBoard]);
    assert_eq!(first.channel_other, "村务微信群");
    assert_eq!(first.audience.scope, AudienceScope::Public);
    assert_eq!(first.units.leads, ["社会救助处"]);
    assert_eq!(first.units.partners, ["办公室", "规划财务处"]);
    let second = &items[1];
    assert_eq!(second.audience.scope, AudienceScope::Group);
    assert_eq!(second.audience.group, "本村（居）群众");
    assert!(second.units.partners.is_empty());
    assert_ne!(first.id, 0);
    assert_ne!(first.id, second.id);

    let task = &plan.tasks.other_tasks[0];
    assert_eq!(task.units.leads, ["厅办公室"]);
    assert_eq!(task.units.partners, ["各地级以上市民政局"]);

    // Saved again, it is a current-version file that loads without notices.
    let again = load(save(plan).as_bytes()).unwrap();
    assert!(again.notices.is_empty());
    assert_eq!(&again.plan, plan);
}

#[test]
fn unknown_fields_are_ignored_with_a_notice() {
    let text = r#"{"format":"gongyi-xxgk-plan","version":2,"exported_by":"x",
        "plan":{"cover":{"unit":"省教育厅","colour":"red"},"preamble":"p","extra":{"a":1},
        "tasks":{"areas":[{"area":"education","selected":true,"items":[{"id":3,"name":"n","rating":5}]}]}}}"#;
    let loaded = load(text.as_bytes()).unwrap();
    assert_eq!(loaded.plan.cover.unit, "省教育厅");
    assert_eq!(loaded.plan.preamble, "p");
    let [LoadNotice::UnknownFields(paths)] = loaded.notices.as_slice() else { panic!("{:?}", loaded.notices) };
    assert!(paths.contains(&"exported_by".to_string()));
    assert!(paths.contains(&"plan.cover.colour".to_string()));
    assert!(paths.contains(&"plan.extra".to_string()));
    assert!(paths.contains(&"plan.tasks.areas.0.items.0.rating".to_string()), "{paths:?}");
    assert_eq!(paths.len(), 4, "{paths:?}");
    assert_eq!(loaded.plan.area(crate::model::Area::Education).items[0].name, "n");
    assert!(LoadNotice::UnknownFields(paths.clone()).message().contains("已忽略"));
}

#[test]
fn missing_fields_take_defaults() {
    let loaded = load(br#"{"format":"gongyi-xxgk-plan","version":1,"plan":{"cover":{"unit":"u"}}}"#).unwrap();
    assert_eq!(loaded.plan.cover.unit, "u");
    assert_eq!(loaded.plan.cover.notice.period_months, 3);
    assert_eq!(loaded.plan.tasks.areas.len(), 7);
    assert!(loaded.notices.is_empty());
    let bare = load(br#"{"format":"gongyi-xxgk-plan","version":1}"#).unwrap();
    assert_eq!(bare.plan, Plan::default());
}

#[test]
fn rejections_have_specific_chinese_messages() {
    let cases: Vec<(Vec<u8>, LoadError)> = vec![
        (b"".to_vec(), LoadError::Empty),
        (b" \n ".to_vec(), LoadError::Empty),
        (b"PK\x03\x04rest".to_vec(), LoadError::Binary { kind: "压缩文件或 Word 文档（.zip/.docx）" }),
        (b"\x89PNG\r\n".to_vec(), LoadError::Binary { kind: "图片文件（PNG）" }),
        (vec![0xC3, 0x28, 0x7B], LoadError::NotText),
        (br#"{"format":"gongyi-xxgk-plan","version":1,"plan":{"pre"#.to_vec(), LoadError::Truncated),
        (b"{\"format\": nope}".to_vec(), LoadError::Malformed { line: 1, column: 13 }),
        (b"[1,2,3]".to_vec(), LoadError::NotAPlan),
        (br#"{"name":"something else"}"#.to_vec(), LoadError::NotAPlan),
        (br#"{"format":"gongyi-xxgk-plan","version":"1"}"#.to_vec(), LoadError::NotAPlan),
        (br#"{"format":"gongyi-xxgk-plan","version":99}"#.to_vec(), LoadError::NewerVersion { version: 99 }),
    ];
    for (bytes, expected) in cases {
        let got = load(&bytes).unwrap_err();
        assert_eq!(got, expected, "{:?}", String::from_utf8_lossy(&bytes));
        let message = got.message();
        assert!(message.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)), "{message}");
    }
    assert!(LoadError::NewerVersion { version: 99 }.message().contains("升级"));
}

#[test]
fn wrong_types_are_reported_not_panicked() {
    let err = load(br#"{"format":"gongyi-xxgk-plan","version":1,"plan":{"preamble":42}}"#).unwrap_err();
    assert!(matches!(err, LoadError::BadContent { .. }), "{err:?}");
    assert!(err.message().contains("数据类型不符"));
    let err = load(br#"{"format":"gongyi-xxgk-plan","version":0,"areas":{"nowhere":[]}}"#).unwrap_err();
    assert!(matches!(err, LoadError::BadContent { .. }), "{err:?}");
}

#[test]
fn oversized_files_are_rejected_before_parsing() {
    let mut big = save(&sample()).into_bytes();
    big.resize(MAX_BYTES + 1, b' ');
    let err = load(&big).unwrap_err();
    assert_eq!(err, LoadError::TooLarge { bytes: MAX_BYTES + 1 });
    assert!(err.message().contains("5 MB"));
}

#[test]
fn a_rescue_backup_opens_with_a_notice_listing_on_screen_text_the_plan_lacks() {
    let mut file: Value = serde_json::from_str(&save(&sample())).unwrap();
    file["rescue"] = serde_json::json!({
        "draft": "草稿 1",
        "on_screen": [
            {"label": "前言", "value": "前言 <script>&\"'\u{1F600}"},
            {"label": "工作现状", "value": "崩溃前最后输入的文字"},
            {"label": "空的", "value": "  "},
        ],
    });
    let loaded = load(file.to_string().as_bytes()).unwrap();
    assert_eq!(loaded.plan, sample());
    let [LoadNotice::Note(note)] = loaded.notices.as_slice() else { panic!("{:?}", loaded.notices) };
    assert!(note.starts_with("这是程序出错时下载的草稿“草稿 1”的备份。"), "{note}");
    assert!(note.contains("「工作现状」崩溃前最后输入的文字"), "{note}");
    assert!(!note.contains("「前言」") && !note.contains("「空的」"), "text already in the plan is not listed: {note}");
}

/// A version-1 file with the items given (JSON objects).
fn v1_file(items: &str) -> String {
    format!(
        r#"{{"format":"gongyi-xxgk-plan","version":1,"plan":{{"cover":{{"unit":"广东省卫生健康委员会"}},
        "tasks":{{"areas":[{{"area":"health","selected":true,"items":[{items}]}}]}}}}}}"#
    )
}

#[test]
fn version_1_items_get_basis_mode_and_levels_and_a_plain_legal_basis_moves() {
    let text = v1_file(
        r#"{"id":1,"name":"传染病疫情","standard":"依据《中华人民共和国传染病防治法》第三十八条、国办发〔2018〕10号的规定"},
           {"id":2,"name":"健康科普","standard":"按照《健康中国行动》要求，每季度更新，内容经专家审核"},
           {"id":3,"name":"免疫规划","standard":"《疫苗管理法》《预防接种工作规范》"}"#,
    );
    let loaded = load(text.as_bytes()).unwrap();
    let items = &loaded.plan.area(Area::Health).items;
    assert_eq!(items[0].basis, "依据《中华人民共和国传染病防治法》第三十八条、国办发〔2018〕10号的规定");
    assert_eq!(items[0].standard, "", "moved, not copied");
    assert_eq!(items[1].basis, "", "a standard in its own words stays where it is");
    assert_eq!(items[1].standard, "按照《健康中国行动》要求，每季度更新，内容经专家审核");
    assert_eq!(items[2].basis, "《疫苗管理法》《预防接种工作规范》");
    assert!(items.iter().all(|i| i.mode == crate::model::DisclosureMode::Active && i.levels.is_empty()));
    let [LoadNotice::Migrated { from: 1 }, LoadNotice::Note(note)] = loaded.notices.as_slice() else {
        panic!("{:?}", loaded.notices)
    };
    assert!(note.contains("事项“传染病疫情”“免疫规划”的“公开标准”写的是法规依据，已移到“公开依据”"), "{note}");
    assert!(note.contains("其余 1 个事项请补填公开依据"), "{note}");
    assert!(LoadNotice::Migrated { from: 1 }.message().contains("格式版本 1"));
    // Saved again, nothing more to tell.
    assert!(load(save(&loaded.plan).as_bytes()).unwrap().notices.is_empty());
}

#[test]
fn a_version_1_file_without_items_opens_without_a_notice() {
    let loaded = load(v1_file("").as_bytes()).unwrap();
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert_eq!(loaded.plan.cover.unit, "广东省卫生健康委员会");
}

#[test]
fn only_a_plain_citation_counts_as_a_legal_basis() {
    use super::migrate::plainly_basis;
    for basis in [
        "《社会救助暂行办法》",
        "《社会救助暂行办法》《中华人民共和国政府信息公开条例》、国办发〔2018〕10号",
        "根据《政府信息公开条例》第十条规定。",
        "依据粤府办〔2018〕24号及有关要求",
    ] {
        assert_eq!(plainly_basis(basis).as_deref(), Some(basis), "{basis}");
    }
    for other in [
        "",
        "公开到村、精确到户",
        "依据《条例》，公开低保对象姓名和金额",
        "符合《政府网站发展指引》的栏目规范",
        "《未闭合的书名",
        "国办发〔18〕10号",
        "有关规定",
    ] {
        assert_eq!(plainly_basis(other), None, "{other}");
    }
}
