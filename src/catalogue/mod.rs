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
    use crate::model::{Area, AudienceScope, Part, Plan, TextPart};

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
        assert_eq!(item.units.partners.len(), 4);
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
