//! The three other tasks the template names as examples ("如…等"), each with a starting text
//! the unit adapts.

use crate::model::{OtherTask, Units};

/// An example task of the template.
#[derive(Debug)]
pub struct ExampleTask {
    pub key: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    /// Suggested 完成时限.
    pub deadline: &'static str,
}

/// The template's three examples, in its order.
pub const EXAMPLE_TASKS: [ExampleTask; 3] = [
    ExampleTask {
        key: "platform",
        title: "建设集约化政务服务平台",
        text: "依托政府门户网站和政务服务平台，集中发布本领域社会公益事业信息，归集展示公共企事业单位、社会组织发布的相关信息，统一内容、格式和体例，便于公众查询利用。",
        deadline: "长期坚持",
    },
    ExampleTask {
        key: "grassroots",
        title: "加强基层政务公开",
        text: "指导基层单位探索形成符合实际的社会公益事业信息公开标准和规范，利用公告栏、政务新媒体、手机短信等方式定向发布、精准推送，提升信息覆盖面和到达率。",
        deadline: "长期坚持",
    },
    ExampleTask {
        key: "public_bodies",
        title: "推动有关公共企事业单位和慈善组织公开社会公益事业信息",
        text: "督促本系统所监管的公共企事业单位、慈善组织如实公开社会公益事业信息，组织开展信息公开评估并公开评估结果。",
        deadline: "长期坚持",
    },
];

impl ExampleTask {
    /// A new task from this example; the lead is the plan's unit when one is entered.
    pub fn to_task(&self, unit: &str, id: u32) -> OtherTask {
        let unit = unit.trim();
        OtherTask {
            id,
            title: self.title.into(),
            text: self.text.into(),
            units: Units { leads: if unit.is_empty() { vec![] } else { vec![unit.into()] }, partners: vec![] },
            deadline: self.deadline.into(),
            suggestion: Some(self.key.into()),
        }
    }
}
