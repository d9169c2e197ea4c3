//! The reference catalogue: guidance per part (template instruction + national requirement),
//! the seven areas' requirements, lead departments and suggested items, and the template's
//! example tasks. Static data, no web code.

pub mod areas;
pub mod guidance;
pub mod sample;
pub mod tasks;
pub mod unit_names;

pub use areas::{AreaInfo, Suggestion, info as area_info};
pub use guidance::{Guidance, for_part as guidance};
pub use sample::sample_plan;
pub use tasks::{EXAMPLE_TASKS, ExampleTask};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::has_content;
    use crate::model::{Area, AudienceScope, Level, Part, Plan, TextPart};

    #[test]
    fn every_part_has_guidance() {
        let mut plan = Plan::default();
        for a in Area::ALL {
            plan.area_mut(a).selected = true;
        }
        for part in plan.parts() {
            let g = guidance(part);
            assert!(has_content(g.template), "{part:?} template");
            assert!(has_content(g.national), "{part:?} national");
            assert!(has_content(g.hint), "{part:?} hint");
        }
    }

    #[test]
    fn every_area_has_requirement_leads_and_six_or_more_suggestions() {
        for area in Area::ALL {
            let info = area_info(area);
            assert_eq!(info.area, area);
            assert!(info.requirement.chars().count() > 80, "{area:?}");
            assert!(!info.leads.is_empty(), "{area:?}");
            assert!(info.suggestions.len() >= 6, "{area:?} has {}", info.suggestions.len());
            for s in info.suggestions {
                assert!(s.key.starts_with(&format!("{}/", area.slug())), "{}", s.key);
                assert!(!s.categories.is_empty() && !s.channels.is_empty(), "{}", s.key);
                let item = s.to_item(info, "", 1);
                assert!(item.missing_fields().is_empty(), "{} → {:?}", s.key, item.missing_fields());
                assert!(s.is_unchanged(&item));
                assert_eq!(areas::suggestion(s.key).map(|x| x.key), Some(s.key));
            }
        }
        // Several equal leads where seed 000 names several.
        assert_eq!(area_info(Area::DisasterRelief).leads.len(), 3);
        assert_eq!(area_info(Area::CultureSports).leads.len(), 2);
        assert_eq!(area_info(Area::SocialAssistance).partners.len(), 4);
    }

    #[test]
    fn catalogue_keys_are_unique() {
        let mut keys: Vec<&str> =
            Area::ALL.iter().flat_map(|a| area_info(*a).suggestions.iter().map(|s| s.key)).collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n);
    }

    #[test]
    fn household_and_person_level_items_go_to_specific_groups() {
        let group_of = |key: &str| areas::suggestion(key).unwrap().group;
        // 国办发〔2018〕10号: these five go to specific areas and groups.
        for key in [
            "poverty_alleviation/identification",
            "poverty_alleviation/exit",
            "poverty_alleviation/funds",
            "poverty_alleviation/helpers",
            "poverty_alleviation/results",
            "social_assistance/dibao_roster",
            "education/aid_roster",
            "disaster_relief/recipients",
        ] {
            assert!(group_of(key).is_some(), "{key} must default to 特定群体");
        }
        for key in ["poverty_alleviation/policy", "social_assistance/dibao", "environment/smog_warning"] {
            assert!(group_of(key).is_none(), "{key} is for the public");
        }
        let info = area_info(Area::SocialAssistance);
        let item = areas::suggestion("social_assistance/dibao_roster").unwrap().to_item(info, "广东省民政厅", 9);
        assert_eq!(item.audience.scope, AudienceScope::Group);
        assert_eq!(item.units.leads, ["广东省民政厅"]);
        assert_eq!(item.publisher, "广东省民政厅");
        assert!(item.units.partners.is_empty(), "no area-wide co-operating units stamped on the item");
        assert_eq!(item.levels, [Level::County, Level::Township], "rosters are published where people live");
    }

    #[test]
    fn every_suggestion_has_its_own_basis_and_channels_fit_for_its_area() {
        for area in Area::ALL {
            let info = area_info(area);
            let mut bases: Vec<&str> = info.suggestions.iter().map(|s| s.basis).collect();
            for s in info.suggestions {
                assert!(s.basis.starts_with('《') && s.basis.contains('》'), "{}: {}", s.key, s.basis);
                assert!(!s.basis.contains("国办发〔2018〕10号"), "{}: the national opinion is the plan's basis", s.key);
            }
            bases.sort();
            bases.dedup();
            assert!(bases.len() * 2 > info.suggestions.len(), "{area:?}: bases mostly differ, {bases:?}");
        }
        for s in area_info(Area::Health).suggestions {
            assert!(!s.channels.contains(&crate::model::Channel::NoticeBoard), "{}: no village notice board", s.key);
        }
        let labels: Vec<&str> = crate::model::Channel::ALL.iter().map(|c| c.label()).collect();
        assert!(labels.iter().all(|l| !l.contains("村居务")), "no civil-affairs wording in a channel's label");
    }

    #[test]
    fn the_department_publishes_and_leads_and_partners_only_where_needed() {
        let info = area_info(Area::Health);
        let dept = "广东省卫生健康委员会";
        let with_partners: Vec<&str> = info
            .suggestions
            .iter()
            .filter(|s| !s.to_item(info, dept, 1).units.partners.is_empty())
            .map(|s| s.key)
            .collect();
        assert_eq!(with_partners, ["health/emergency_aid", "health/food_safety"]);
        let epidemics = areas::suggestion("health/epidemics").unwrap().to_item(info, dept, 1);
        assert_eq!((epidemics.publisher.as_str(), epidemics.units.leads.as_slice()), (dept, &[dept.to_string()][..]));
        assert!(!epidemics.units.partners.iter().any(|p| p.contains("气象") || p.contains("食品")));
        assert_eq!(epidemics.basis, "《中华人民共和国传染病防治法》第三十八条");
        assert!(epidemics.standard.is_empty());
        // 2018: food-safety sampling was 食品药品监管部门's (seed 000), the department co-operates.
        let food = areas::suggestion("health/food_safety").unwrap().to_item(info, dept, 1);
        assert_eq!(food.units.leads, ["食品药品监管部门"]);
        assert_eq!(food.publisher, "食品药品监管部门");
        assert_eq!(food.units.partners, [dept]);
        // Without a department, the area's lead departments.
        let blank = areas::suggestion("health/epidemics").unwrap().to_item(info, " ", 1);
        assert_eq!(blank.units.leads, ["卫生计生部门"]);
    }

    #[test]
    fn local_additions_are_left_out() {
        for area in Area::ALL {
            let info = area_info(area);
            let texts = std::iter::once(info.requirement)
                .chain(info.suggestions.iter().flat_map(|s| [s.name, s.content, s.time_limit]));
            for t in texts {
                assert!(!t.contains("8月5日") && !t.contains("泉港") && !t.contains("海南"), "{t}");
            }
        }
        // 002 completes 001: higher education and the water items.
        assert!(area_info(Area::Education).requirement.contains("高等教育"));
        assert!(area_info(Area::Environment).requirement.contains("饮用水"));
    }

    #[test]
    fn example_tasks_are_the_templates_three() {
        let titles: Vec<&str> = EXAMPLE_TASKS.iter().map(|t| t.title).collect();
        assert_eq!(
            titles,
            ["建设集约化政务服务平台", "加强基层政务公开", "推动有关公共企事业单位和慈善组织公开社会公益事业信息"]
        );
        let task = EXAMPLE_TASKS[1].to_task(" 省民政厅 ", 4);
        assert_eq!(task.units.leads, ["省民政厅"]);
        assert_eq!(task.suggestion.as_deref(), Some("grassroots"));
    }

    #[test]
    fn guidance_sentences_are_collected_for_the_placeholder_check() {
        let sentences = guidance::template_sentences();
        assert!(sentences.len() > 20);
        assert!(sentences.iter().any(|s| s.starts_with("描述制定方案的目的")));
        assert!(guidance(Part::Text(TextPart::Complaints)).hint.contains("12345"));
    }
}
