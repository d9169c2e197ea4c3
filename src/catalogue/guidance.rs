//! Guidance shown beside every part: the template's own instruction for it (seed 000, 附件
//! 工作方案模板) and what 国办发〔2018〕10号 asks for there (summarised from seeds 000 and 001).
//! The area pages take their national requirement from [`super::areas`].

use crate::model::{Part, TextPart};

/// What the guidance panel of a part shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guidance {
    /// The template's instruction for this part (quoted from the template).
    pub template: &'static str,
    /// The national requirement for this part, summarised.
    pub national: &'static str,
    /// A short hint on what to write (the app's own words).
    pub hint: &'static str,
}

/// The template's instruction for the title (quoted).
pub const TEMPLATE_TITLE: &str = "XX单位关于推进社会公益事业建设领域政府信息公开的工作方案";

const TEMPLATE_PREAMBLE: &str = "描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案。";
const TEMPLATE_ONE: &str = "对标国办发〔2018〕10号文要求，分析本单位、本系统目前已经开展相关工作的情况、存在的问题。以问题为导向，提出推进本单位、本系统社会公益事业建设领域政府信息公开的总体思路、目标和原则。";
const TEMPLATE_TWO_AREAS: &str = "对照国办发〔2018〕10号文要求重点公开的7个领域信息，以及对决策、管理、服务、执行、结果等信息公开内容的具体要求，明确本单位、本系统应重点公开的社会公益事业建设领域政府信息，并进一步细化与本单位、本系统职责权限相关的公开事项，明确每一类信息的公开主体、内容、标准、方式、程序等。";
const TEMPLATE_TWO_OTHER: &str = "其他相关任务，如建设集约化政务服务平台、加强基层政务公开、推动有关公共企事业单位和慈善组织公开社会公益事业信息等。";
const TEMPLATE_TWO_REQUIREMENTS: &str = "结合实际提出完成上述任务的具体要求和责任分工。";
const TEMPLATE_THREE: &str = "加强组织领导，建立健全本单位、本系统社会公益事业建设领域政府信息公开协调机制；以结果为导向加大考核力度，组织开展相关评估，畅通群众投诉举报渠道；完善监管措施，对本系统政府部门和所监管的公共企事业单位、慈善组织落实本方案情况开展监督检查，接受社会监督；其他相关保障措施。";

/// Guidance of the cover page.
pub const COVER: Guidance = Guidance {
    template: "标题：XX单位关于推进社会公益事业建设领域政府信息公开的工作方案。各有关单位应参照模板制定本系统的具体工作方案，自通知下发之日起三个月内报省府办公厅备案，同时在本单位门户网站公开，接受社会监督。",
    national: "上级通知要求按期制定方案、报送备案并在门户网站公开；此后每年2月底前报送上一年度工作进展，并在政府信息公开年度报告中公布。",
    hint: "填写制定单位和成文日期后，标题会自动生成。成文日期用阿拉伯数字，如“2018年9月3日”。若本单位执行的是其他上级通知，请在“上级通知”中修改标题、日期、备案期限和备案单位。",
};

/// Guidance of the area-selection page.
pub const AREAS: Guidance = Guidance {
    template: TEMPLATE_TWO_AREAS,
    national: "国办发〔2018〕10号列出7个重点领域：脱贫攻坚、社会救助和社会福利、教育、基本医疗卫生、环境保护、灾害事故救援、公共文化体育。各有关部门按职责分工分别承担相应领域的公开任务，细化公开的主体、内容、标准、方式、程序，并纳入主动公开目录清单。",
    hint: "勾选本单位负责或参与的领域（至少一个）。每个勾选的领域会在任务清单中出现一页，用来填写公开事项。",
};

/// Guidance of the other-tasks page.
pub const OTHER_TASKS: Guidance = Guidance {
    template: TEMPLATE_TWO_OTHER,
    national: "要加强基层政务公开标准化规范化，充分利用政府网站、政务服务平台、政务新媒体、手机短信、宣传手册等载体精准推送信息；推动有关公共企事业单位、慈善组织如实公开社会公益事业信息；做好政策解读和舆情回应。",
    hint: "模板列出的三项任务可直接选用后修改，也可以添加本单位自己的任务。每项任务写明做什么和由谁牵头、谁配合，它们会进入责任分工表。",
};

/// Guidance of the part holding imported text not yet placed.
pub const UNPLACED: Guidance = Guidance {
    template: "",
    national: "",
    hint: "这些内容来自导入的 Word 文档，程序没能判断它们属于方案的哪一部分。请把需要的文字复制到相应部分，然后删除这一段；不需要的（如印发通知）可以直接删除。",
};

/// Guidance of one free-text part.
pub fn text(part: TextPart) -> Guidance {
    match part {
        TextPart::Preamble => Guidance {
            template: TEMPLATE_PREAMBLE,
            national: "依据是《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》（国办发〔2018〕10号）及上级通知。其目的在于提升社会公益事业透明度，以公开促规范、促服务、促治理，让群众有更多获得感、幸福感、安全感。",
            hint: "写明制定方案的目的、意义和依据，并引用国办发〔2018〕10号。",
        },
        TextPart::Status => Guidance {
            template: TEMPLATE_ONE,
            national: "国办发〔2018〕10号要求社会公益事业建设领域政府信息除法律法规禁止的外原则上一律公开，做到主动、全面、及时。",
            hint: "写本单位、本系统已经做了哪些公开工作：专栏、目录、制度、平台、已公开的主要信息等。",
        },
        TextPart::Problems => Guidance {
            template: TEMPLATE_ONE,
            national: "对照国办发〔2018〕10号检查：公开范围是否覆盖本领域各环节，公开的主体、内容、标准、方式、程序是否明确，是否面向基层和特定群体精准推送，是否保护个人隐私。",
            hint: "对照文件要求，逐条写出本单位目前的差距和不足，作为后面任务的出发点。",
        },
        TextPart::Approach => Guidance {
            template: TEMPLATE_ONE,
            national: "准确把握社会公益事业建设规律和特点，加大公开力度，明确公开重点，细化公开内容，增强公开实效，不断提升社会公益事业透明度。",
            hint: "以问题为导向，概括本单位推进公开工作的总体思路。",
        },
        TextPart::Goals => Guidance {
            template: TEMPLATE_ONE,
            national: "经过3年左右努力，公开内容覆盖社会公益事业各领域、各环节，公开工作制度化、规范化、标准化水平显著提高，社会公益资源配置更加公平公正。",
            hint: "写出可检验的目标，最好有时间节点。",
        },
        TextPart::Principles => Guidance {
            template: TEMPLATE_ONE,
            national: "坚持依法依规、突出重点、高效便民、问题导向：除法律法规禁止的外主动全面公开；围绕群众最关心的利益问题明确公开的主体、内容、标准、方式、程序；面向基层、贴近群众，便于知晓、理解和监督。",
            hint: "写出本单位推进公开工作遵循的原则。",
        },
        TextPart::Decision => Guidance {
            template: TEMPLATE_TWO_AREAS,
            national: "加大重大决策公开力度：对群众利益影响直接、社会关注度高的重要改革方案、重大政策措施、重点建设项目，广泛征求意见并尽可能公开意见采纳情况；公开前评估效果，公开后依法处理公众意见。",
            hint: "写本单位在决策信息公开方面的具体要求，例如哪些决策事项要公开征求意见、如何反馈采纳情况。",
        },
        TextPart::ManagementService => Guidance {
            template: TEMPLATE_TWO_AREAS,
            national: "重点公开从事社会公益事业的公共企事业单位、社会组织名录，设立、变更、注销等审批信息，年检年报、评估检查、奖励处罚等管理信息；全面公开基本公共服务的项目清单、服务指南、服务标准、保障措施，以及政府购买服务、政府和社会资本合作和城乡社区公共服务等信息。",
            hint: "写本单位在管理信息和服务信息公开方面的具体要求。",
        },
        TextPart::ExecutionResult => Guidance {
            template: TEMPLATE_TWO_AREAS,
            national: "主动公开重要政策落实情况，尤其是面向困难群众的扶持、救助政策的落实情况和主要成效；深化资金分配和使用情况公开，准确记录资金流向；开展评估并及时公开评估结果。",
            hint: "写本单位在执行信息和结果信息公开方面的具体要求，例如资金使用、政策落实和评估结果的公开。",
        },
        TextPart::Requirements => Guidance {
            template: TEMPLATE_TWO_REQUIREMENTS,
            national: "各有关部门按照职责分工承担相应领域的公开任务；涉及多个单位的工作，牵头单位要负起责任、分解任务，配合单位密切配合。",
            hint: "写完成上述任务的具体要求（时间安排、工作机制等）。责任分工表由各公开事项和其他任务的责任单位自动生成，作为附件导出。",
        },
        TextPart::Leadership => Guidance {
            template: TEMPLATE_THREE,
            national: "充分认识推进社会公益事业建设领域政府信息公开的重要性，结合全面推进政务公开统筹谋划，建立健全协调机制，形成常态化工作机制。",
            hint: "写明由谁负责、如何协调，例如成立工作小组、明确分管领导和责任处室。",
        },
        TextPart::Assessment => Guidance {
            template: TEMPLATE_THREE,
            national: "将社会公益事业建设领域政府信息公开情况纳入政务公开绩效考核，定期抽查检查，引入第三方评估；对所监管的公共企事业单位、慈善组织的信息公开工作组织评估。",
            hint: "写明考核和评估怎样开展、结果如何运用。",
        },
        TextPart::Complaints => Guidance {
            template: TEMPLATE_THREE,
            national: "畅通群众投诉举报渠道，探索建立政府信息公开社会监督员制度，强化社会监督。",
            hint: "写明至少一个具体渠道：投诉举报电话（如12345）、电子邮箱、网址，或具体的信箱、公众号、热线名称。",
        },
        TextPart::Supervision => Guidance {
            template: TEMPLATE_THREE,
            national: "加强监督检查，建立定期通报制度：落实好的通报表扬，落实不到位的通报批评，不履行公开义务造成严重影响的依法依规追究责任。",
            hint: "写明对本系统和所监管的公共企事业单位、慈善组织开展监督检查的安排。",
        },
        TextPart::OtherSafeguards => Guidance {
            template: TEMPLATE_THREE,
            national: "可结合实际补充培训、经费、技术平台等保障措施。",
            hint: "本部分为选填。没有其他保障措施可以不写。",
        },
    }
}

/// Guidance of any part (areas pages take their national text from the area catalogue).
pub fn for_part(part: Part) -> Guidance {
    match part {
        Part::Cover => COVER,
        Part::Text(t) => text(t),
        Part::Areas => AREAS,
        Part::Area(area) => Guidance {
            template: TEMPLATE_TWO_AREAS,
            national: super::areas::info(area).requirement,
            hint: "为本领域逐项列出公开事项。可从参考目录一键添加后再按本单位实际修改，也可以添加空白事项。每个事项都要写明公开主体、内容、标准、方式、程序、时限、对象和责任单位。",
        },
        Part::OtherTasks => OTHER_TASKS,
        Part::Unplaced => UNPLACED,
    }
}

/// The sentences a plan must not repeat unchanged: the template's own instructions and this
/// app's hints. The national requirements (国办发〔2018〕10号, each area's requirement) are not
/// among them: real plans quote them, an 实施方案 at length.
pub fn template_sentences() -> Vec<&'static str> {
    let mut texts = vec![TEMPLATE_TITLE, COVER.template, COVER.hint];
    for g in TextPart::ALL.map(text).into_iter().chain([AREAS, OTHER_TASKS]) {
        texts.extend([g.template, g.hint]);
    }
    sentences(texts)
}

fn sentences(texts: Vec<&'static str>) -> Vec<&'static str> {
    let mut sentences: Vec<&str> = texts
        .into_iter()
        .flat_map(|t| t.split_inclusive(['。', '；']))
        .map(str::trim)
        .filter(|s| s.chars().count() >= 8)
        .collect();
    sentences.sort();
    sentences.dedup();
    sentences
}
