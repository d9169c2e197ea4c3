//! The sample plan: a complete plan of a provincial civil-affairs department written to the
//! template (content drawn from seeds 001 and 003, in our own words). Loadable in the app as an
//! example; the tests fill it in through the UI and compare. The app ships `sample-plan.json`
//! beside this file; `tests/fixtures/sample-plan.json` is the tests' copy, kept equal by a test.

use crate::model::{Area, Plan};
use crate::planfile;

/// The sample as a plan file.
pub const SAMPLE_PLAN_FILE: &str = include_str!("sample-plan.json");

/// The sample plan.
pub fn sample_plan() -> Plan {
    planfile::load(SAMPLE_PLAN_FILE.as_bytes()).expect("the sample plan is a valid plan file").plan
}

/// The sample as its department issues it: with its 印发通知 switched on (the notice first, the
/// plan as its unsigned attachment). The sample file keeps the notice filled in but off, so the
/// plain sample is the plan signed alone.
pub fn issued_sample_plan() -> Plan {
    issued(sample_plan())
}

/// A plan with its 印发通知 switched on (the page fetches the sample file and applies this).
pub fn issued(mut plan: Plan) -> Plan {
    plan.cover.issuing.enabled = true;
    plan
}

/// A large plan for benchmarks and export checks: the sample with every area selected and 30
/// items each, adapted from the catalogue (about 60 000 characters).
pub fn large_plan() -> Plan {
    plan_with_items(30)
}

/// The sample with every area selected and `per_area` items each, adapted from the catalogue
/// (the benchmark's 7 × 150 plan is `plan_with_items(150)`).
pub fn plan_with_items(per_area: usize) -> Plan {
    let mut plan = sample_plan();
    let mut id = 100;
    for area in Area::ALL {
        let info = super::area_info(area);
        let entry = plan.area_mut(area);
        entry.selected = true;
        entry.items.clear();
        for n in 0..per_area {
            let s = &info.suggestions[n % info.suggestions.len()];
            let mut item = s.to_item(info, "广东省民政厅", id);
            item.name = format!("{}（第{}项）", s.name, n + 1);
            item.content = format!(
                "{}，并按季度更新本事项在全省各地级以上市的落实情况、资金安排、受益人数和办理时限等数据，\
                 同步在政务服务平台和政务新媒体发布解读材料，方便群众查询、理解和监督。",
                s.content
            );
            item.standard = "按本单位主动公开基本目录和信息公开工作制度公开，数据准确、口径一致".into();
            entry.items.push(item);
            id += 1;
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_is_a_canonical_current_plan_file() {
        let loaded = planfile::load(SAMPLE_PLAN_FILE.as_bytes()).unwrap();
        assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
        assert_eq!(planfile::save(&loaded.plan), SAMPLE_PLAN_FILE.trim_end(), "fixture is in saved form");
    }

    #[test]
    fn the_test_fixture_is_a_copy_of_the_shipped_sample() {
        let fixture =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample-plan.json")).unwrap();
        assert_eq!(fixture, SAMPLE_PLAN_FILE, "copy src/catalogue/sample-plan.json to tests/fixtures/");
    }

    #[test]
    fn every_part_of_the_sample_is_complete() {
        let plan = sample_plan();
        assert_eq!(plan.title(), "广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案");
        let report = crate::check::check(&plan);
        for part in plan.parts() {
            assert_eq!(report.status(&plan, part, true), crate::check::Status::Complete, "{part:?}");
        }
        assert_eq!(plan.selected_areas().count(), 2);
        assert!(plan.division().len() >= 15);
    }

    #[test]
    fn plans_of_any_size_have_that_many_items_in_every_area() {
        for per_area in [1, 150] {
            let plan = plan_with_items(per_area);
            assert_eq!(plan.selected_areas().count(), Area::ALL.len());
            assert!(plan.selected_areas().all(|a| a.items.len() == per_area));
        }
    }
}
