//! Every rule fires where it should and not where it should not; fixture plans pin the score.

use super::*;
use crate::catalogue::{area_info, sample_plan};
use crate::model::{Channel, OtherTask, Units};

fn ids(report: &Report) -> Vec<&'static str> {
    let mut ids: Vec<&str> = report.findings.iter().map(|f| f.rule.id).collect();
    ids.sort();
    ids.dedup();
    ids
}

fn fires(plan: &Plan, id: &str) -> bool {
    check(plan).findings.iter().any(|f| f.rule.id == id)
}

/// Asserts the rule fires on `bad` and not on `good`.
fn assert_rule(id: &str, good: &Plan, bad: &Plan) {
    assert!(rules::by_id(id).is_some(), "{id} is a rule");
    assert!(!fires(good, id), "{id} must not fire on the good plan: {:?}", check(good).findings);
    assert!(fires(bad, id), "{id} must fire on the bad plan");
}

fn with(f: impl FnOnce(&mut Plan)) -> Plan {
    let mut plan = sample_plan();
    f(&mut plan);
    plan
}

#[test]
fn the_sample_plan_is_ready_with_no_findings() {
    let report = check(&sample_plan());
    assert!(report.ready(), "{:?}", report.findings);
    assert_eq!(report.findings, vec![], "the sample is a model plan");
    assert_eq!(report.score(), 100);
    assert_eq!(report.verdict(), "可以报备");
}

#[test]
fn rule_ids_are_unique_and_every_rule_is_tested_below() {
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert_eq!(
        n, 52,
        "30 rules for plans made in the app (tested here), the DOC-* rules of plans written in Word (tested in wordplan.rs) and the PROGRESS-* rules of the yearly report (tested in progress.rs)"
    );
}

#[test]
fn unplaced_imported_text_is_a_warning_per_block() {
    let good = sample_plan();
    let bad = with(|p| {
        p.unplaced
            .push(crate::model::Unplaced { from: "附件：责任分工表".into(), text: "序号 事项".into() })
    });
    assert_rule("IMPORT-UNPLACED", &good, &bad);
    let r = check(&bad);
    assert!(r.ready(), "a warning only");
    assert_eq!(r.findings[0].part(), Part::Unplaced);
    assert!(!fires(
        &with(|p| p.unplaced.push(crate::model::Unplaced { from: "x".into(), text: " 。".into() })),
        "IMPORT-UNPLACED"
    ));
}

#[test]
fn cover_rules() {
    let good = sample_plan();
    assert_rule("COVER-UNIT", &good, &with(|p| p.cover.unit = " ，".into()));
    assert_rule("COVER-DATE", &good, &with(|p| p.cover.date = "2018-02-30".into()));
    assert_rule("COVER-DATE", &good, &with(|p| p.cover.date = String::new()));
    assert_rule("COVER-DEADLINE", &good, &with(|p| p.cover.date = "2018-09-15".into()));
    assert!(
        !fires(&with(|p| p.cover.date = "2018-09-14".into()), "COVER-DEADLINE"),
        "the deadline day itself is in time"
    );
    assert_rule("COVER-DOCNO", &good, &with(|p| p.cover.letter.doc_number = "粤民函〔2018〕0123号".into()));
    assert!(!fires(&with(|p| p.cover.letter.doc_number = String::new()), "COVER-DOCNO"), "optional");
    assert!(
        !fires(&with(|p| p.cover.letter.doc_number = "粤民函[2018]123号".into()), "COVER-DOCNO"),
        "variants accepted"
    );
    assert_rule("COVER-DOCNO-YEAR", &good, &with(|p| p.cover.letter.doc_number = "粤民函〔2017〕123号".into()));
    // The notice of 2018-06-14: a plan dated before it cannot implement it.
    assert_rule("COVER-DATE-NOTICE", &good, &with(|p| p.cover.date = "2018-06-13".into()));
    assert!(!fires(&with(|p| p.cover.date = "2018-06-14".into()), "COVER-DATE-NOTICE"), "the same day is possible");
    assert!(
        !fires(&with(|p| p.cover.notice.date = String::new()), "COVER-DATE-NOTICE"),
        "no notice date: nothing to compare"
    );
}

#[test]
fn merged_status_and_problems_need_no_separate_problems_text() {
    let empty = with(|p| p.analysis.problems.clear());
    assert!(fires(&empty, "TEXT-REQUIRED"));
    let merged = with(|p| {
        p.analysis.problems.clear();
        p.headings.merge_status_problems = true;
    });
    assert!(!fires(&merged, "TEXT-REQUIRED"), "{:?}", check(&merged).findings);
}

#[test]
fn issuing_notice_rules() {
    let issued = |f: fn(&mut crate::model::IssuingNotice)| {
        with(|p| {
            let n = &mut p.cover.issuing;
            n.enabled = true;
            n.number = "粤民办函〔2018〕47号".into();
            n.addressees = "各地级以上市民政局，厅机关各处室".into();
            n.date = "2018-09-05".into();
            f(n);
        })
    };
    let good = issued(|_| {});
    assert!(check(&good).findings.is_empty(), "{:?}", check(&good).findings);
    assert_rule("COVER-ISSUING-DOCNO", &good, &issued(|n| n.number = " ".into()));
    assert_rule("COVER-ISSUING-DOCNO", &good, &issued(|n| n.number = "粤民办函2018年47号".into()));
    assert_rule("COVER-ISSUING-ADDRESSEE", &good, &issued(|n| n.addressees = "，".into()));
    assert_rule("COVER-ISSUING-DATE", &good, &issued(|n| n.date = String::new()));
    assert_rule("COVER-ISSUING-DATE", &good, &issued(|n| n.date = "2018-02-30".into()));
    // Issued before the plan was written (成文日期 2018-09-03).
    assert_rule("COVER-ISSUING-DATE", &good, &issued(|n| n.date = "2018-09-02".into()));
    assert!(!fires(&issued(|n| n.date = "2018-09-03".into()), "COVER-ISSUING-DATE"), "the same day is possible");
    assert_rule("PLACEHOLDER", &good, &issued(|n| n.addressees = "各XX局".into()));
    // Filed once issued: a notice after the filing deadline (2018-09-14) is late.
    assert_rule("COVER-DEADLINE", &good, &issued(|n| n.date = "2018-09-15".into()));
    let late = check(&issued(|n| n.date = "2018-09-15".into()));
    let finding = late.findings.iter().find(|f| f.rule.id == "COVER-DEADLINE").unwrap();
    assert_eq!(finding.field, Field::IssuingDate);
    assert!(finding.message.starts_with("印发日期（2018年9月15日）晚于备案截止日期"), "{}", finding.message);
    // Switched off, an unfinished notice is not checked.
    let off = issued(|n| {
        n.enabled = false;
        n.number.clear();
        n.addressees.clear();
        n.date.clear();
    });
    assert!(check(&off).findings.is_empty());
    let missing = check(&issued(|n| n.number.clear()));
    let finding = missing.findings.iter().find(|f| f.rule.id == "COVER-ISSUING-DOCNO").unwrap();
    assert_eq!((finding.part(), finding.field), (Part::Cover, Field::IssuingNumber));
    assert!(finding.message.contains("请填写印发通知的发文字号"), "{}", finding.message);
}

#[test]
fn personal_information_is_not_published_to_everyone() {
    let good = sample_plan();
    let named = |scope: AudienceScope| {
        with(move |p| {
            let item = &mut p.area_mut(Area::SocialAssistance).items[0];
            item.content = "公开临时救助对象的姓名、救助金额和救助事由".into();
            item.audience.scope = scope;
            item.audience.group = "本村（居）群众".into();
        })
    };
    assert_rule("S2-ITEM-PRIVACY", &good, &named(AudienceScope::Public));
    assert!(!fires(&named(AudienceScope::Group), "S2-ITEM-PRIVACY"), "to a specific group it is the fix");
    let finding =
        check(&named(AudienceScope::Public)).findings.into_iter().find(|f| f.rule.id == "S2-ITEM-PRIVACY").unwrap();
    assert!(finding.message.contains("“姓名”") && finding.message.contains("特定群体"), "{}", finding.message);
    assert!(matches!(finding.field, Field::Item { field: ItemField::Audience, .. }), "focus goes to 公开对象");
    let withheld = with(|p| {
        let item = &mut p.area_mut(Area::SocialAssistance).items[0];
        item.content = "公开救助人数和金额，不公开受助人身份证号码、家庭住址".into();
    });
    assert!(!fires(&withheld, "S2-ITEM-PRIVACY"));
}

#[test]
fn the_score_is_never_100_while_an_error_stands() {
    let one_error = with(|p| p.area_mut(Area::SocialAssistance).items[0].time_limit = String::new());
    let report = check(&one_error);
    assert_eq!(report.errors().count(), 1, "{:?}", report.findings);
    assert!(report.checks > 200, "one error among many checks would round to 100");
    assert_eq!(report.score(), 99);
}

#[test]
fn text_rules() {
    let good = sample_plan();
    assert_rule("TEXT-REQUIRED", &good, &with(|p| p.analysis.goals = "  。".into()));
    assert!(!fires(&with(|p| p.safeguards.other = String::new()), "TEXT-REQUIRED"), "其他保障措施 is optional");
    assert_rule("TEXT-SHORT", &good, &with(|p| p.analysis.goals = "三年内完成。".into()));
    assert_rule("PLACEHOLDER", &good, &with(|p| p.analysis.status = "XX单位已经开展了相关工作，成效明显。".into()));
    assert_rule("PLACEHOLDER", &good, &with(|p| p.safeguards.leadership.push_str("待补充")));
    assert_rule("PLACEHOLDER", &good, &with(|p| p.cover.unit = "某某厅".into()));
    assert_rule(
        "PLACEHOLDER",
        &good,
        &with(|p| {
            p.preamble =
                "描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案。国办发〔2018〕10号".into()
        }),
    );
    assert_rule("PLACEHOLDER", &good, &with(|p| p.tasks.areas[1].items[0].publisher = "XX处".into()));
    assert!(!fires(&with(|p| p.safeguards.complaints.push_str("详见 http://xxgk.gd.gov.cn/XXGK/")), "PLACEHOLDER"));
    assert_rule(
        "PREAMBLE-CITATION",
        &good,
        &with(|p| p.preamble = "为做好我厅政府信息公开工作，进一步提升透明度，结合实际，制定本方案。".into()),
    );
    assert!(!fires(&with(|p| p.preamble = p.preamble.replace("〔2018〕", "[2018]")), "PREAMBLE-CITATION"));
    assert_rule(
        "S3-COMPLAINT-CHANNEL",
        &good,
        &with(|p| {
            p.safeguards.complaints = "畅通群众投诉举报渠道，及时受理群众对信息公开工作的投诉举报并认真处理。".into()
        }),
    );
}

#[test]
fn area_and_item_rules() {
    let good = sample_plan();
    assert_rule("S2-AREA-NONE", &good, &with(|p| p.tasks.areas.iter_mut().for_each(|a| a.selected = false)));
    assert_rule("S2-AREA-EMPTY", &good, &with(|p| p.area_mut(Area::Education).selected = true));
    assert_rule("S2-ITEM-FIELDS", &good, &with(|p| p.tasks.areas[1].items[2].time_limit.clear()));
    assert_rule("S2-ITEM-FIELDS", &good, &with(|p| p.tasks.areas[1].items[2].units.leads = vec![" ".into()]));
    assert_rule("S2-ITEM-FIELDS", &good, &with(|p| p.tasks.areas[1].items[1].audience.group.clear()));
    let no_basis = with(|p| p.tasks.areas[1].items[2].basis = " 。".into());
    assert_rule("S2-ITEM-FIELDS", &good, &no_basis);
    assert!(
        check(&no_basis).findings.iter().any(|f| f.message.ends_with("的公开依据")),
        "{:?}",
        check(&no_basis).findings
    );
    assert!(!fires(&with(|p| p.tasks.areas[1].items[2].standard.clear()), "S2-ITEM-FIELDS"), "公开标准 is optional");
    assert_rule("S2-ITEM-BASIS", &good, &with(|p| p.tasks.areas[1].items[2].basis = "上级有关规定".into()));
    assert!(!fires(&no_basis, "S2-ITEM-BASIS"), "an empty basis is S2-ITEM-FIELDS' finding alone");
    assert!(!fires(&with(|p| p.tasks.areas[1].items[2].basis = "粤府办〔2018〕24号".into()), "S2-ITEM-BASIS"));
    // Items of unticked areas are kept but not checked.
    let hidden = with(|p| {
        let e = p.area_mut(Area::Health);
        e.items.push(Item { id: 900, ..Item::default() });
    });
    assert!(!fires(&hidden, "S2-ITEM-FIELDS"));

    let info = area_info(Area::Education);
    let unadapted = with(|p| {
        let e = p.area_mut(Area::Education);
        e.selected = true;
        e.items.push(info.suggestions[0].to_item(info, "广东省教育厅", 901));
    });
    assert_rule("S2-ITEM-UNADAPTED", &good, &unadapted);
    let adapted = with(|p| {
        let e = p.area_mut(Area::Education);
        e.selected = true;
        let mut item = info.suggestions[0].to_item(info, "广东省教育厅", 901);
        item.time_limit = "文件印发之日起7个工作日内".into();
        e.items.push(item);
    });
    assert!(!fires(&adapted, "S2-ITEM-UNADAPTED"));
    // Ticking the suggestion's channels again in another order changes nothing.
    let reticked = with(|p| {
        let e = p.area_mut(Area::Education);
        e.selected = true;
        let mut item = info.suggestions[0].to_item(info, "广东省教育厅", 901);
        assert!(item.channels.len() >= 2, "a suggestion with two channels");
        item.channels.reverse();
        item.categories.reverse();
        e.items.push(item);
    });
    assert!(fires(&reticked, "S2-ITEM-UNADAPTED"), "the order of ticked boxes is not an adaptation");

    assert_rule(
        "S2-SOLE-LEAD",
        &good,
        &with(|p| {
            for a in p.tasks.areas.iter_mut() {
                for i in a.items.iter_mut() {
                    i.units = Units { leads: vec!["办公室".into()], partners: vec![] };
                }
            }
        }),
    );
}

#[test]
fn coverage_rule_and_matrix() {
    let good = sample_plan();
    let bad = with(|p| {
        p.tasks.execution_result.clear();
        for a in p.tasks.areas.iter_mut() {
            for i in a.items.iter_mut() {
                i.categories.retain(|c| *c != InfoCategory::Execution);
                if i.categories.is_empty() {
                    i.categories.push(InfoCategory::Service);
                }
            }
        }
    });
    assert_rule("S2-CATEGORY-COVERAGE", &good, &bad);
    let report = check(&bad);
    let message = &report.findings.iter().find(|f| f.rule.id == "S2-CATEGORY-COVERAGE").unwrap().message;
    assert!(message.contains("“执行”"), "{message}");

    let coverage = Coverage::of(&good);
    assert_eq!(coverage.rows.len(), 2);
    assert_eq!(coverage.rows[0].0, Area::SocialAssistance);
    assert_eq!(coverage.rows[0].1, [4, 0, 5, 2, 4], "决策 管理 服务 执行 结果 counts of 社会救助");
    assert!(coverage.blocks.iter().all(|b| *b));
    assert!((0..5).all(|i| coverage.covers(i)));
}

#[test]
fn task_rules() {
    let good = sample_plan();
    assert_rule("S2-TASK-NONE", &good, &with(|p| p.tasks.other_tasks.clear()));
    assert_rule(
        "S2-TASK-FIELDS",
        &good,
        &with(|p| p.tasks.other_tasks.push(OtherTask { id: 950, title: "新任务".into(), ..OtherTask::default() })),
    );
}

#[test]
fn findings_point_at_parts_and_fields() {
    let plan = with(|p| {
        p.tasks.areas[1].items[2].channels.clear();
        p.tasks.areas[1].items[2].channel_other.clear();
    });
    let report = check(&plan);
    let f = report.errors().next().unwrap();
    assert_eq!(f.rule.id, "S2-ITEM-FIELDS");
    assert_eq!(f.part(), Part::Area(Area::SocialAssistance));
    assert_eq!(f.field, Field::Item { area: Area::SocialAssistance, id: 3, field: ItemField::Channels });
    assert_eq!(f.message, "请为事项“特困人员救助供养政策和供养标准”选择至少一种公开渠道");
    assert!(!report.ready());
    assert_eq!(report.verdict(), "尚不能报备");
    assert!(report.error_at(f.field).is_some());
    assert_eq!(report.for_part(Part::Area(Area::SocialAssistance)).len(), 1);
}

#[test]
fn status_follows_entered_errors_and_reveal() {
    let empty = Plan::default();
    let report = check(&empty);
    let pre = Part::Text(TextPart::Preamble);
    assert_eq!(report.status(&empty, pre, false), Status::NotStarted);
    assert_eq!(
        report.status(&empty, pre, true),
        Status::Problem,
        "asked to check: an empty required part is a problem"
    );
    let plan = Plan { preamble: "XX".into(), ..Plan::default() };
    let report = check(&plan);
    assert_eq!(report.status(&plan, pre, false), Status::InProgress);
    assert_eq!(report.status(&plan, pre, true), Status::Problem);
    let plan = sample_plan();
    assert_eq!(check(&plan).status(&plan, pre, true), Status::Complete);
}

#[test]
fn messages_say_what_to_do_in_chinese() {
    for f in check(&Plan::default()).findings {
        assert!(f.message.starts_with("请") || f.message.contains("请") || f.message.contains("没有"), "{}", f.message);
    }
}

/// Fixture plans with pinned scores, so reviewers can compare plans.
#[test]
fn fixture_scores() {
    let fixture = |name: &str| {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        crate::planfile::load(&std::fs::read(path).unwrap()).unwrap().plan
    };
    let cases = [("sample-plan.json", 100, true), ("plan-v0.json", 92, false), ("plan-incomplete.json", 75, false)];
    for (name, score, ready) in cases {
        let report = check(&fixture(name));
        assert_eq!((report.score(), report.ready()), (score, ready), "{name}: {:?}", ids(&report));
    }
    let empty = check(&Plan::default());
    assert_eq!(empty.score(), 0, "{:?}", ids(&empty));
    let _ = Channel::Portal;
}

#[test]
fn no_catalogue_suggestion_publishes_personal_information_to_everyone() {
    for area in Area::ALL {
        let info = area_info(area);
        for (n, s) in info.suggestions.iter().enumerate() {
            let item = s.to_item(info, "广东省民政厅", n as u32 + 1);
            if item.audience.scope == AudienceScope::Public {
                let found = patterns::personal_information(&item.name)
                    .or_else(|| patterns::personal_information(&item.content));
                assert_eq!(found, None, "{}: {}", item.name, item.content);
            }
        }
    }
}

/// The rechecker reports exactly what a fresh check does, edit after edit: an item's text, a
/// privacy problem appearing and going, an item inserted before others (all shift), an item
/// removed, an area dropped, two items with the same id; and it only keeps the items of the
/// latest plan.
#[test]
fn rechecking_after_each_edit_reports_what_a_fresh_check_does() {
    let mut rechecker = Rechecker::default();
    let mut plan = sample_plan();
    let first = plan.tasks.areas.iter().position(|a| a.selected && a.items.len() >= 2).expect("an area with items");
    type Edit = Box<dyn Fn(&mut Plan)>;
    let edits: Vec<Edit> = vec![
        Box::new(|_| {}),
        Box::new(move |p| p.tasks.areas[first].items[0].content.push_str("，含【待填写】")),
        Box::new(move |p| {
            p.tasks.areas[first].items[1].audience.scope = AudienceScope::Public;
            p.tasks.areas[first].items[1].content = "救助对象姓名和家庭住址".into();
        }),
        Box::new(move |p| p.tasks.areas[first].items[1].content = "救助对象人数，不公开姓名".into()),
        Box::new(move |p| p.tasks.areas[first].items.insert(0, Item::default())),
        Box::new(move |p| {
            p.tasks.areas[first].items.remove(2);
        }),
        Box::new(move |p| {
            let copy = p.tasks.areas[first].items[1].clone();
            p.tasks.areas[first].items.push(copy);
        }),
        Box::new(move |p| p.tasks.areas[first].selected = false),
        Box::new(move |p| p.tasks.areas[first].selected = true),
        Box::new(|p| p.tasks.areas.iter_mut().for_each(|a| a.items.clear())),
    ];
    let mut found = Vec::new();
    for (n, edit) in edits.iter().enumerate() {
        edit(&mut plan);
        let report = rechecker.check(&plan);
        assert_eq!(report, check(&plan), "after edit {n}");
        found.extend(ids(&report));
        let items: usize = plan.selected_areas().map(|a| a.items.len()).sum();
        assert_eq!(rechecker.items.len(), items, "after edit {n}");
    }
    // The edits did make the item checks find something (a placeholder, personal information,
    // the empty item's missing fields).
    for id in [rules::PLACEHOLDER.id, rules::ITEM_PRIVACY.id, rules::ITEM_FIELDS.id] {
        assert!(found.contains(&id), "{id} found on the way");
    }
}
