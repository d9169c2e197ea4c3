//! The sample plan: a complete plan of a provincial civil-affairs department written to the
//! template (content drawn from seeds 001 and 003, in our own words). Loadable in the app as an
//! example; the tests fill it in through the UI and compare.

use crate::model::Plan;
use crate::planfile;

/// The sample as a plan file.
pub const SAMPLE_PLAN_FILE: &str = include_str!("../../tests/fixtures/sample-plan.json");

/// The sample plan.
pub fn sample_plan() -> Plan {
    planfile::load(SAMPLE_PLAN_FILE.as_bytes()).expect("the sample plan is a valid plan file").plan
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
}
