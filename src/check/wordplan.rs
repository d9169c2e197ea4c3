//! Checks of a plan written in Word (SPEC §5), on the structure the reader found
//! ([`crate::wordplan::WordPlan`]), with the same findings, score and verdict as plans made in
//! the app. Two profiles, chosen from the document: the provincial template's 工作方案, whose
//! structure is required (deviations are errors), and an 实施方案 on the structure of
//! 国办发〔2018〕10号, whose structure is a guide (deviations, a section pasted twice among them,
//! are warnings). The content rules — every section has content, no paragraph pasted twice, the
//! template's points are addressed, key areas named, a concrete complaint channel, placeholders
//! and pasted instructions, the 落款 and a date Word would change, a 文号 written with 第 — apply
//! to both. Two parts merged into one section (`二、主要任务及保障措施`) are named as merged, not
//! as missing.

use super::patterns::{Channel, channels, cites_national_opinion, pasted_guidance, placeholder};
use super::{Checker, Field, Report, Rule, rules};
use crate::content::{content_len, has_content};
use crate::model::Area;
use crate::model::parts::{FIVE_KINDS, Group, Section, Topic};
use crate::wordplan::normalise::compact;
use crate::wordplan::{Instead, Line, Profile, Role, SectionKind, WordPlan};
use std::collections::HashMap;
use std::ops::Range;

/// Fewer meaningful characters than this and a section has no real content.
const MIN_SECTION: usize = 30;
/// Fewer than this and there is no preamble.
const MIN_PREAMBLE: usize = 15;
/// A paragraph repeated word for word is reported from this many meaningful characters on.
const MIN_REPEAT: usize = 30;

fn cut(text: &str, n: usize) -> String {
    super::cut(text, n)
}

/// How a line is named in messages: its paragraph number and its start.
fn where_(line: &Line) -> String {
    format!("第 {} 段“{}”", line.paragraph, cut(&line.text, 16))
}

/// The template's section a kind of section stands for.
fn template_section(kind: SectionKind) -> Option<&'static Section> {
    match kind {
        SectionKind::Analysis => Group::One.section(),
        SectionKind::Tasks => Group::Two.section(),
        SectionKind::Safeguards => Group::Three.section(),
        _ => None,
    }
}

/// The points a section of each kind should address (as the template describes them, see
/// [`TEMPLATE`](crate::model::parts::TEMPLATE), or as in 国办发〔2018〕10号), each with the
/// words that show it is addressed. The safeguards of both profiles are the template's.
fn topics(profile: Profile, kind: SectionKind) -> Vec<&'static Topic> {
    const GENERAL: [Topic; 3] = [
        Topic { name: "指导思想", words: &["指导思想", "贯彻", "思路"] },
        Topic { name: "基本原则", words: &["原则", "坚持"] },
        Topic { name: "工作目标", words: &["目标"] },
    ];
    match (profile, kind) {
        (Profile::Template, _) | (_, SectionKind::Safeguards) => template_section(kind)
            .map(|s| s.subsections.iter().filter_map(|sub| sub.topic.as_ref()).collect())
            .unwrap_or_default(),
        (Profile::Implementation, SectionKind::General) => GENERAL.iter().collect(),
        (Profile::Implementation, SectionKind::Content) => vec![&FIVE_KINDS],
        _ => Vec::new(),
    }
}

/// The rules whose severity depends on the profile.
struct StructureRules {
    sections: &'static Rule,
    order: &'static Rule,
    repeat: &'static Rule,
    preamble: &'static Rule,
}

fn structure_rules(profile: Profile) -> StructureRules {
    match profile {
        Profile::Template => StructureRules {
            sections: &rules::DOC_SECTIONS,
            order: &rules::DOC_ORDER,
            repeat: &rules::DOC_REPEAT,
            preamble: &rules::DOC_PREAMBLE,
        },
        Profile::Implementation => StructureRules {
            sections: &rules::DOC_SECTIONS_IMPL,
            order: &rules::DOC_ORDER_IMPL,
            repeat: &rules::DOC_REPEAT_IMPL,
            preamble: &rules::DOC_PREAMBLE_IMPL,
        },
    }
}

/// Joined keys of some lines (for keyword tests).
fn keys<'a>(lines: impl IntoIterator<Item = &'a Line>) -> String {
    lines.into_iter().map(|l| l.key.as_str()).collect()
}

/// Checks a plan read from a Word document.
pub fn check(plan: &WordPlan) -> Report {
    let mut c = Checker { report: Report::default() };
    let lines = &plan.lines;
    let r = structure_rules(plan.profile);
    let model = plan.profile.sections();

    let instead = plan.instead();
    c.check(&rules::DOC_TITLE, plan.title.is_some(), Field::Document, || match &instead {
        Some(Instead::NoticeOnly(notice)) => {
            format!("文档只有印发通知“{}”，没有方案本身：请报送方案全文（通知所附的工作方案）", cut(notice, 40))
        }
        Some(Instead::Other { kind, title }) => format!(
            "这份文档是“{}”（{kind}），不是推进社会公益事业建设领域政府信息公开的工作方案：请报送工作方案",
            cut(title, 40)
        ),
        None => "没有找到方案的标题（如“××单位关于推进社会公益事业建设领域政府信息公开的工作方案”）".into(),
    });

    // The sections of the model: present, in order, each with content.
    for kind in model {
        c.check(r.sections, plan.position_of(*kind).is_some(), Field::Document, || match plan.merged_into(*kind) {
            Some(merged) => format!(
                "“{}”部分没有单独成部分，与其他部分合并写在{}中（{}的结构应分开写）",
                kind.label(plan.profile),
                where_(&lines[merged.heading]),
                plan.profile.label()
            ),
            None => format!("没有找到“{}”部分（{}的结构）", kind.label(plan.profile), plan.profile.label()),
        });
    }
    let found: Vec<usize> = model.iter().filter_map(|k| plan.position_of(*k)).collect();
    if found.len() >= 2 {
        c.check(r.order, found.windows(2).all(|w| w[0] < w[1]), Field::Document, || {
            let names: Vec<&str> = model.iter().map(|k| k.label(plan.profile)).collect();
            format!("各部分的顺序与{}不一致，应为：{}", plan.profile.label(), names.join("、"))
        });
    }
    // A section, or any substantial paragraph, pasted twice.
    let repeated = repeated_sections(plan);
    let messages = repeated.iter().map(|&(first, again)| {
        let (first, again) = (&lines[plan.sections[first].heading], &lines[plan.sections[again].heading]);
        format!(
            "“{}”部分出现了两次（第 {} 段、第 {} 段），可能是重复粘贴：请删除多余的一处",
            cut(&again.text, 20),
            first.paragraph,
            again.paragraph
        )
    });
    check_each(&mut c, r.repeat, messages.collect());
    let pasted: Vec<Range<usize>> =
        repeated.iter().map(|&(_, again)| plan.sections[again].heading..plan.sections[again].body.end).collect();
    let messages = repeated_lines(plan, &pasted).into_iter().map(|(first, again)| {
        let (first, again) = (&lines[first], &lines[again]);
        let text = cut(again.without_marker(), 16);
        if first.paragraph == again.paragraph {
            format!("第 {} 段中“{text}”这段文字出现了两次，可能是重复粘贴：请核对后删除多余的一处", again.paragraph)
        } else {
            format!(
                "第 {} 段与第 {} 段内容完全相同（“{text}”），可能是重复粘贴：请核对后删除多余的一处",
                again.paragraph, first.paragraph
            )
        }
    });
    check_each(&mut c, &rules::DOC_REPEAT_TEXT, messages.collect());
    let preamble_chars: usize = plan.preamble.clone().map(|i| content_len(&lines[i].text)).sum();
    let has_preamble =
        preamble_chars >= MIN_PREAMBLE || (plan.profile == Profile::Implementation && plan.notice.is_some());
    c.check(r.preamble, has_preamble, Field::Document, || {
        "标题之后、第一部分之前没有前言：应写明制定方案的目的、意义和依据".into()
    });
    let in_model = |k: SectionKind| match plan.profile {
        Profile::Template => true,
        Profile::Implementation => model.contains(&k),
    };
    for section in plan.sections.iter().filter(|s| s.kind.is_some_and(in_model)) {
        let sub_heads: Vec<usize> = section.subsections.iter().map(|s| s.heading).collect();
        let count = |i: usize| {
            if sub_heads.contains(&i) { content_len(lines[i].after_head()) } else { content_len(&lines[i].text) }
        };
        let chars = content_len(lines[section.heading].after_head()) + section.body.clone().map(count).sum::<usize>();
        c.check(&rules::DOC_SECTION_CONTENT, chars >= MIN_SECTION, Field::Document, || {
            format!(
                "“{}”部分只有标题，没有实际内容（{chars} 个字），请写明具体内容",
                cut(&lines[section.heading].text, 20)
            )
        });
        let text = keys(std::iter::once(&lines[section.heading]).chain(&lines[section.body.clone()]));
        for topic in topics(plan.profile, section.kind.expect("filtered")) {
            c.check(&rules::DOC_TOPICS, topic.words.iter().any(|w| text.contains(w)), Field::Document, || {
                format!("“{}”部分没有写到“{}”", cut(&lines[section.heading].text, 20), topic.name)
            });
        }
    }

    // Key areas and responsibilities, in the sections about tasks (or anywhere, if none).
    let plan_range = plan.plan_lines();
    let task_lines: Vec<&Line> = plan.sections_with(Role::Tasks).flat_map(|s| &lines[s.heading..s.body.end]).collect();
    let task_text = if task_lines.is_empty() { keys(&lines[plan_range.clone()]) } else { keys(task_lines) };
    c.check(&rules::DOC_AREAS, !Area::named_in(&task_text).is_empty(), Field::Document, || {
        let all = keys(lines.iter());
        if !all.contains("公益") && Area::named_in(&all).is_empty() {
            // Nothing in the whole document is about the subject: a plan for other work.
            let title = plan.title.as_deref().map(|t| format!("“{}”", cut(t, 30))).unwrap_or_else(|| "这份文档".into());
            format!(
                "{title}全文没有提到社会公益事业建设领域，也没有提到任何重点领域：这可能是其他工作的方案（如政务公开工作方案），不是推进社会公益事业建设领域政府信息公开的工作方案"
            )
        } else {
            "主要任务部分没有写明本单位负责的重点领域（脱贫攻坚、社会救助和社会福利、教育、基本医疗卫生、环境保护、灾害事故救援、公共文化体育）".into()
        }
    });
    let responsible =
        ["责任单位", "牵头", "配合", "负责", "分工", "责任部门", "责任处室"].iter().any(|w| task_text.contains(w));
    c.check(&rules::DOC_RESPONSIBILITY, responsible, Field::Document, || {
        "主要任务部分没有明确责任单位或责任分工（牵头、配合单位）".into()
    });

    check_complaint_channel(&mut c, plan);

    let all = keys(lines.iter());
    c.check(&rules::DOC_CITATION, cites_national_opinion(&all), Field::Document, || {
        "文中没有引用国办发〔2018〕10号".into()
    });

    if let Some(number) = &plan.doc_number {
        let standard = crate::wordplan::structure::standard_doc_number(number);
        let written_with_di = compact(number).contains('第');
        c.check(&rules::DOC_DOC_NUMBER, !written_with_di, Field::Document, || match standard {
            Some(standard) => format!("文号“{number}”不规范：GB/T 9704 的文号序号前不加“第”，应写作“{standard}”"),
            None => format!("文号“{number}”不规范：GB/T 9704 的文号序号前不加“第”"),
        });
    }

    let sig = &plan.signature;
    c.check(&rules::DOC_UNIT, sig.unit.is_some(), Field::Document, || {
        "没有找到落款中的制定单位：方案末尾应署单位名称（不从标题或文号推断）".into()
    });
    c.check(&rules::DOC_DATE, sig.date.is_some(), Field::Document, || {
        if sig.date_text.is_empty() {
            "没有找到落款中的成文日期（如2018年9月14日）".into()
        } else if crate::wordplan::dates::unfilled(&crate::wordplan::normalise::fold(&sig.date_text)) {
            format!("落款中的成文日期“{}”还没有填写：请写明实际的成文日期，如2018年9月14日", sig.date_text)
        } else {
            format!("落款中的成文日期“{}”缺少日：成文日期应写明年、月、日（GB/T 9704），如2018年9月14日", sig.date_text)
        }
    });
    if sig.date.is_some() {
        let sig_lines = match &plan.notice {
            Some(notice) if sig.from_notice => notice.signature.lines.clone(),
            _ => sig.lines.clone(),
        };
        c.check(&rules::DOC_DATE_FIELD, !lines[sig_lines].iter().any(|l| l.auto_date), Field::Document, || {
            format!(
                "落款的成文日期“{}”是 Word 自动更新的日期域，每次打开文档都会变成当天的日期，不一定是实际的成文日期：请删除该域，直接输入固定的成文日期",
                sig.date_text
            )
        });
    }

    // A number typed after Word's automatic number of the same kind: Word shows it twice. One
    // finding for the document, naming the paragraphs (a clerk does it to every heading).
    let twice: Vec<&Line> = lines.iter().filter(|l| l.typed_number.is_some()).collect();
    c.check(&rules::DOC_NUMBER_TWICE, twice.is_empty(), Field::Document, || {
        let first = twice[0];
        let typed = first.typed_number.as_deref().unwrap_or_default();
        let auto: String = first.text.chars().take(typed.chars().count()).collect();
        let mut at: Vec<String> = twice.iter().take(8).map(|l| l.paragraph.to_string()).collect();
        if twice.len() > 8 {
            at.push("…".into());
        }
        format!(
            "{} 个标题的编号显示了两次（第 {} 段）：段落已有 Word 自动编号，文字前又键入了编号，如第 {} 段打印出来是“{auto}{typed}{}”：请删除键入的编号",
            twice.len(),
            at.join("、"),
            first.paragraph,
            cut(first.text.get(auto.len()..).unwrap_or_default(), 12),
        )
    });

    // Placeholders in every paragraph; the template's instructions pasted into the plan.
    for (i, line) in lines.iter().enumerate() {
        if !has_content(&line.text) {
            continue;
        }
        let found = placeholder(&line.text);
        let pasted = if found.is_none() && plan_range.contains(&i) { pasted_guidance(&line.text) } else { None };
        c.check(&rules::PLACEHOLDER, found.is_none() && pasted.is_none(), Field::Document, || match (&found, pasted) {
            (Some(p), _) => format!("{}中还有占位文字“{p}”，请替换为实际内容", where_(line)),
            (None, Some(s)) => {
                format!("{}照抄了模板的填写说明“{}”，请改写为本单位的具体内容", where_(line), cut(s, 24))
            }
            _ => unreachable!("only called on failure"),
        });
    }
    // A document sent instead of a plan is no part of one, whatever its 落款 and wording pass.
    if instead.is_some() {
        c.report.passed = 0.0;
    }
    c.report
}

/// One check of `rule` for the whole plan when nothing was found, else one per finding.
fn check_each(c: &mut Checker, rule: &'static Rule, messages: Vec<String>) {
    if messages.is_empty() {
        c.check(rule, true, Field::Document, String::new);
    }
    for message in messages {
        c.check(rule, false, Field::Document, || message);
    }
}

/// Sections whose heading names the same section as an earlier one's (a section pasted twice):
/// (the earlier, the repeat), as positions in [`WordPlan::sections`].
fn repeated_sections(plan: &WordPlan) -> Vec<(usize, usize)> {
    let heads: Vec<&str> = plan.sections.iter().map(|s| plan.lines[s.heading].head.as_str()).collect();
    (0..heads.len())
        .filter_map(|k| heads[..k].iter().position(|h| has_content(h) && *h == heads[k]).map(|first| (first, k)))
        .collect()
}

/// Lines of the plan's body (preamble and sections) repeated word for word, compared folded and
/// without their numbers: (the earlier, the repeat). Not compared: lines shorter than
/// [`MIN_REPEAT`], table cells, lines naming responsible units (the same `责任单位：…` under
/// several items is no mistake); not reported: repeats within `skip`.
fn repeated_lines(plan: &WordPlan, skip: &[Range<usize>]) -> Vec<(usize, usize)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for i in plan.preamble.start..plan.plan_lines().end {
        let line = &plan.lines[i];
        let text = line.without_marker();
        if line.cell.is_some() || content_len(text) < MIN_REPEAT || names_units(&compact(text)) {
            continue;
        }
        match seen.get(&compact(text)) {
            Some(&first) if !skip.iter().any(|r| r.contains(&i)) => out.push((first, i)),
            Some(_) => {}
            None => {
                seen.insert(compact(text), i);
            }
        }
    }
    out
}

/// A (compact) line that names responsible units: `责任单位：…`, `（牵头单位：…）`, or a note in
/// brackets on its own.
fn names_units(key: &str) -> bool {
    const LABELS: [&str; 5] = ["责任", "牵头", "配合", "协办", "主办"];
    let inner = key.trim_start_matches('(');
    (key.starts_with('(') && key.ends_with(')')) || LABELS.iter().any(|l| inner.starts_with(l))
}

/// Lines of the 附注 kind: the filing contact's name and phone.
fn is_contact(line: &Line) -> bool {
    line.key.starts_with("(联系人") || line.key.starts_with("联系人") || line.key.contains("联系人:")
}

/// Words that make a sentence about complaints: 投诉, 举报, and 监督 by the public (not 卫生监督,
/// 监督检查 of subordinate units).
const COMPLAINT_WORDS: [&str; 11] = [
    "投诉",
    "举报",
    "接受监督",
    "社会监督",
    "群众监督",
    "公众监督",
    "舆论监督",
    "监督电话",
    "监督热线",
    "监督邮箱",
    "监督信箱",
];

/// The complaint channel: looked for in the safeguards sections and in sentences about
/// complaints ([`COMPLAINT_WORDS`]) anywhere in the plan, never in dates, 文号 or the filing
/// contact's line.
fn check_complaint_channel(c: &mut Checker, plan: &WordPlan) {
    let lines = &plan.lines;
    let safeguards: Vec<usize> = plan.sections_with(Role::Safeguards).flat_map(|s| s.heading..s.body.end).collect();
    let mut context = String::new();
    for i in plan.plan_lines() {
        let line = &lines[i];
        if is_contact(line) {
            continue;
        }
        if safeguards.contains(&i) {
            context.push_str(&line.text);
            context.push('\n');
            continue;
        }
        for sentence in line.text.split_inclusive(['。', '；', ';', '！', '？']) {
            let key = crate::wordplan::normalise::compact(sentence);
            if COMPLAINT_WORDS.iter().any(|w| key.contains(w)) {
                context.push_str(sentence);
                context.push('\n');
            }
        }
    }
    let found = channels(&context);
    let ok = found.iter().any(|ch| *ch != Channel::HotlineName);
    let folded = crate::wordplan::normalise::compact(&context);
    c.check(&rules::DOC_COMPLAINT, ok, Field::Document, || {
        if folded.contains("热线") || found.contains(&Channel::HotlineName) {
            "写了投诉举报“热线”，但没有写明号码：请写明具体的电话号码（如12345）".into()
        } else {
            "组织保障部分（或写投诉、举报、监督的语句）没有写明具体的投诉举报渠道：电话号码、电子邮箱、网址，或具体的栏目、信箱、公众号名称".into()
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Severity;
    use crate::wordplan::{Paragraph, structure::analyse};

    fn plan(lines: &[&str]) -> WordPlan {
        analyse(&lines.iter().map(|t| Paragraph { text: t.to_string(), ..Paragraph::default() }).collect::<Vec<_>>())
    }

    const TEMPLATE: [&str; 22] = [
        "广东省民政厅关于推进社会公益事业建设领域",
        "政府信息公开的工作方案",
        "为贯彻落实《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》（国办发〔2018〕10号），结合我厅实际，制定本方案。",
        "一、现状分析及思路目标",
        "（一）工作现状。近年来，我厅在门户网站开设了社会救助信息公开专栏，按月公开低保资金发放情况。",
        "（二）存在问题。部分事项公开不够及时，基层公开标准不统一。",
        "（三）总体思路和目标。以问题为导向，坚持依法依规原则，力争到2020年实现公开全覆盖。",
        "二、主要任务及具体措施",
        "（一）重点领域公开事项。社会救助和社会福利领域重点公开低保、特困供养的政策、标准和资金情况，由社会救助处牵头。",
        "（二）决策、管理、服务、执行和结果公开。重大决策公开征求意见，及时公开执行情况和结果。",
        "（三）其他相关任务。加强基层政务公开，推动慈善组织公开信息。",
        "三、组织保障和监督考核",
        "（一）加强组织领导。成立工作领导小组，统筹推进。",
        "（二）强化考核评估。纳入年度绩效考核。",
        "（三）畅通投诉举报渠道。群众可拨打投诉举报电话020-83330000。",
        "（四）加强监督检查。定期通报落实情况。",
        "广东省民政厅",
        "2018年9月14日",
        "（联系人：李明，联系电话：020-83331111）",
        "",
        "",
        "",
    ];

    fn ids(report: &Report) -> Vec<&'static str> {
        report.findings.iter().map(|f| f.rule.id).collect()
    }

    #[test]
    fn a_complete_template_plan_is_ready() {
        let r = check(&plan(&TEMPLATE));
        assert!(r.ready(), "{:?}", r.findings);
        assert_eq!(r.score(), 100, "{:?}", r.findings);
    }

    /// The template plan with one line replaced (or removed, with an empty replacement).
    fn variant(index: usize, with: &str) -> Report {
        let mut lines = TEMPLATE;
        lines[index] = with;
        check(&plan(&lines))
    }

    #[test]
    fn each_rule_fires_on_the_template_profile() {
        assert!(ids(&variant(1, "政府信息公开工作")).contains(&"DOC-TITLE"));
        let r = variant(11, "");
        assert_eq!(plan(&TEMPLATE.map(|l| if l.starts_with("三、") { "" } else { l })).profile, Profile::Template);
        assert!(ids(&r).contains(&"DOC-SECTIONS"), "{:?}", ids(&r));
        assert_eq!(r.findings.iter().find(|f| f.rule.id == "DOC-SECTIONS").unwrap().severity(), Severity::Error);
        assert!(ids(&variant(2, "")).contains(&"DOC-PREAMBLE"));
        let mut swapped = TEMPLATE;
        swapped.swap(3, 7);
        swapped.swap(4, 8);
        swapped.swap(5, 9);
        swapped.swap(6, 10);
        assert!(ids(&check(&plan(&swapped))).contains(&"DOC-ORDER"));
        let mut skeleton = TEMPLATE;
        for i in [4, 5, 6, 8, 9, 10, 12, 13, 14, 15] {
            skeleton[i] = "";
        }
        let r = check(&plan(&skeleton));
        assert_eq!(ids(&r).iter().filter(|id| **id == "DOC-SECTION-CONTENT").count(), 3, "{:?}", ids(&r));
        assert!(!r.ready());
        let mut no_problems = TEMPLATE;
        no_problems[5] = "";
        no_problems[6] = "（三）总体思路和目标。坚持依法依规原则，力争到2020年实现公开全覆盖，让群众看得到、看得懂。";
        let r = check(&plan(&no_problems));
        assert_eq!(ids(&r), ["DOC-TOPICS"], "{:?}", r.findings);
        assert!(r.findings[0].message.contains("存在问题"));
        assert!(ids(&variant(8, "（一）重点领域公开事项。重点公开政策文件，由办公室牵头。")).contains(&"DOC-AREAS"));
        assert!(
            ids(&variant(8, "（一）重点领域公开事项。社会救助和社会福利领域重点公开低保政策。"))
                .contains(&"DOC-RESPONSIBILITY")
        );
        assert!(ids(&variant(14, "（三）畅通投诉举报渠道。公布监督热线，接受群众监督。")).contains(&"DOC-COMPLAINT"));
        assert!(ids(&variant(2, "为做好政府信息公开工作，结合我厅实际，制定本方案。")).contains(&"DOC-CITATION"));
        assert!(ids(&variant(16, "")).contains(&"DOC-UNIT"));
        assert!(ids(&variant(17, "")).contains(&"DOC-DATE"));
        assert!(ids(&variant(12, "（一）加强组织领导。由XX处负责。")).contains(&"PLACEHOLDER"));
        assert!(ids(&variant(18, "（联系人：XXX，联系电话：020-83331111）")).contains(&"PLACEHOLDER"));
        assert!(
            ids(&variant(2, "描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案。"))
                .contains(&"PLACEHOLDER")
        );
    }

    #[test]
    fn a_date_without_its_day_is_incomplete_not_missing() {
        for date in ["2018年11月", "二〇一八年十一月"] {
            let r = variant(17, date);
            assert_eq!(ids(&r), ["DOC-DATE"], "{date}: {:?}", r.findings);
            assert!(r.findings[0].message.contains(&format!("“{date}”缺少日")), "{}", r.findings[0].message);
        }
    }

    #[test]
    fn a_date_left_to_fill_in_is_named_and_the_unit_above_it_found() {
        for date in ["2018年×月×日", "XXXX年XX月XX日", "2018年  月  日"] {
            let r = variant(17, date);
            assert!(!ids(&r).contains(&"DOC-UNIT"), "{date}: {:?}", r.findings);
            let date = r.findings.iter().find(|f| f.rule.id == "DOC-DATE").expect("DOC-DATE");
            assert!(date.message.contains("还没有填写"), "{}", date.message);
        }
    }

    #[test]
    fn a_date_typed_above_the_unit_still_signs() {
        let mut lines = TEMPLATE;
        lines.swap(16, 17);
        let p = plan(&lines);
        assert_eq!(p.signature.unit.as_deref(), Some("广东省民政厅"));
        assert!(check(&p).ready());
    }

    #[test]
    fn template_sections_are_recognised_by_what_they_are_about() {
        let r = variant(3, "一、指导思想和工作目标");
        assert!(r.ready(), "{:?}", r.findings);
        let r = variant(11, "三、保障措施");
        assert!(r.ready(), "{:?}", r.findings);
    }

    /// The template plan's text under other headings, numbered another way.
    fn reheaded(headings: [&str; 3], subs: bool) -> Report {
        let mut lines: Vec<String> = TEMPLATE.iter().map(|l| l.to_string()).collect();
        for (at, h) in [3, 7, 11].into_iter().zip(headings) {
            lines[at] = h.to_string();
        }
        if !subs {
            for l in &mut lines {
                if l.starts_with('（') {
                    *l = l.split_once('）').map(|(_, r)| r.to_string()).unwrap_or_default();
                }
            }
        }
        check(&plan(&lines.iter().map(String::as_str).collect::<Vec<_>>()))
    }

    #[test]
    fn section_headings_as_clerks_write_them() {
        for (headings, subs) in [
            (["一、基本情况和工作目标", "二、主要任务", "三、保障措施"], true),
            (["一、工作现状", "二、重点任务", "三、工作要求"], true),
            (["（一）现状分析及思路目标", "（二）主要任务及具体措施", "（三）组织保障和监督考核"], false),
            (["1.现状分析及思路目标", "2.主要任务及具体措施", "3.组织保障和监督考核"], true),
            (["第一章 现状分析与思路目标", "第二章 主要任务与具体措施", "第三章 组织保障与监督考核"], true),
            (["一 现状分析及思路目标", "二 主要任务及具体措施", "三 组织保障和监督考核"], true),
            (["一、現狀分析及思路目標", "二、主要任務及具體措施", "三、組織保障和監督考覈"], true),
        ] {
            let r = reheaded(headings, subs);
            assert!(r.ready(), "{headings:?}: {:?}", r.findings);
        }
    }

    #[test]
    fn the_complaint_channel_is_looked_for_in_context_only() {
        let hotline = variant(14, "（三）畅通投诉举报渠道。公布监督热线，接受群众监督。");
        let f = hotline.findings.iter().find(|f| f.rule.id == "DOC-COMPLAINT").unwrap();
        assert!(f.message.contains("没有写明号码"), "{}", f.message);
        // The filing contact's phone and a date do not count.
        let r = variant(14, "（三）畅通投诉举报渠道。自2018-09-03起受理群众投诉。");
        assert!(ids(&r).contains(&"DOC-COMPLAINT"));
        // A named column on the portal, next to 投诉, outside section 三, counts.
        let mut lines = TEMPLATE;
        lines[14] = "（三）畅通投诉举报渠道。认真受理群众反映的问题。";
        lines[9] = "（二）决策、管理、服务、执行和结果公开。群众可通过委门户网站“咨询投诉”栏目留言反映问题。";
        assert!(!ids(&check(&plan(&lines))).contains(&"DOC-COMPLAINT"));
        // A number outside any complaint context does not count.
        lines[9] = "（二）决策、管理、服务、执行和结果公开。政务服务热线0763-12345678。";
        assert!(ids(&check(&plan(&lines))).contains(&"DOC-COMPLAINT"));
    }

    /// The template plan with `extra` lines inserted before line `at`.
    fn with_inserted(at: usize, extra: &[&str]) -> Report {
        let mut lines = TEMPLATE.to_vec();
        lines.splice(at..at, extra.iter().copied());
        check(&plan(&lines))
    }

    #[test]
    fn a_section_pasted_twice_is_a_structural_fault() {
        // Section 二 (paragraphs 8–11) pasted again after itself: paragraphs 12–15.
        let r = with_inserted(11, &TEMPLATE[7..11]);
        assert_eq!(ids(&r), ["DOC-REPEAT"], "{:?}", r.findings);
        assert_eq!(r.findings[0].severity(), Severity::Error);
        assert!(!r.ready());
        let message = &r.findings[0].message;
        assert!(message.contains("“二、主要任务及具体措施”部分出现了两次（第 8 段、第 12 段）"), "{message}");
        // Renumbered, it is still the same section.
        let r = with_inserted(11, &["四、主要任务及具体措施", TEMPLATE[8], TEMPLATE[9], TEMPLATE[10]]);
        assert_eq!(ids(&r), ["DOC-REPEAT"], "{:?}", r.findings);
        // In an 实施方案, whose structure is a guide, a warning.
        let mut lines = IMPLEMENTATION.to_vec();
        lines.splice(7..7, IMPLEMENTATION[5..7].iter().copied());
        let r = check(&plan(&lines));
        assert_eq!(ids(&r), ["DOC-REPEAT-IMPL", "DOC-PREAMBLE-IMPL"], "{:?}", r.findings);
        assert!(r.ready(), "{:?}", r.findings);
    }

    #[test]
    fn a_paragraph_pasted_twice_is_pointed_out() {
        // Paragraph 9, renumbered, again as paragraph 17.
        let r = with_inserted(
            16,
            &[
                "（五）重点领域公开事项。社会救助和社会福利领域重点公开低保、特困供养的政策、标准和资金情况，由社会救助处牵头。",
            ],
        );
        assert_eq!(ids(&r), ["DOC-REPEAT-TEXT"], "{:?}", r.findings);
        assert_eq!(r.findings[0].severity(), Severity::Warning);
        assert!(r.ready());
        let message = &r.findings[0].message;
        assert!(message.starts_with("第 17 段与第 9 段内容完全相同（“重点领域公开事项。"), "{message}");
        // Half-width brackets and commas, spaces: compared folded.
        let r = with_inserted(
            16,
            &[
                "(五) 重点领域公开事项。 社会救助和社会福利领域重点公开低保、特困供养的政策、标准和资金情况, 由社会救助处牵头。",
            ],
        );
        assert_eq!(ids(&r), ["DOC-REPEAT-TEXT"], "{:?}", r.findings);
    }

    #[test]
    fn what_plans_repeat_on_purpose_is_no_duplicate() {
        let units = "责任单位：社会救助处牵头，社会事务处、社会组织管理局、规划财务处、各地级以上市民政局配合。";
        let r = with_inserted(9, &[units, "由社会救助处牵头，按季度公开。", units, "由社会救助处牵头，按季度公开。"]);
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        let note = "（社会救助处牵头，社会事务处、社会组织管理局、规划财务处、各地级以上市民政局配合）";
        assert!(with_inserted(9, &[note, note]).findings.is_empty());
        // Table cells repeat their units and requirements.
        let mut paragraphs: Vec<Paragraph> =
            TEMPLATE.iter().map(|t| Paragraph { text: t.to_string(), ..Paragraph::default() }).collect();
        let cell = |row: usize, text: &str| Paragraph {
            text: text.into(),
            cell: Some(crate::wordplan::Cell { table: 0, row, column: 1 }),
            ..Paragraph::default()
        };
        let requirement = "全面公开救助对象认定标准、救助标准和审批程序，按季度公开资金发放情况，接受社会监督。";
        paragraphs
            .splice(11..11, [cell(1, requirement), cell(1, "社会救助股"), cell(2, requirement), cell(2, "社会救助股")]);
        let r = check(&analyse(&paragraphs));
        assert!(r.findings.is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn a_date_that_word_sets_to_today_is_pointed_out() {
        let mut paragraphs: Vec<Paragraph> =
            TEMPLATE.iter().map(|t| Paragraph { text: t.to_string(), ..Paragraph::default() }).collect();
        paragraphs[17].auto_date = true;
        let r = check(&analyse(&paragraphs));
        assert_eq!(ids(&r), ["DOC-DATE-FIELD"], "{:?}", r.findings);
        assert_eq!(r.findings[0].severity(), Severity::Warning);
        assert!(r.ready());
        assert!(r.findings[0].message.starts_with("落款的成文日期“2018年9月14日”是 Word 自动更新的日期域"));
        // A field elsewhere (in the body) is not the 成文日期.
        paragraphs[17].auto_date = false;
        paragraphs[4].auto_date = true;
        assert!(check(&analyse(&paragraphs)).findings.is_empty());
    }

    const IMPLEMENTATION: [&str; 14] = [
        "某区推进社会公益事业建设领域政府信息公开工作实施方案",
        "一、总体要求",
        "(一) 指导思想。全面贯彻党的十九大精神，落实国办发〔2018〕10号要求。(二) 基本原则。坚持依法依规。(三) 工作目标。经过3年左右的努力，公开内容覆盖各领域。",
        "二、明确公开内容",
        "(一)公开决策信息。加大重大决策公开力度。(二)公开管理和服务信息。公开服务指南。(三)公开执行和结果信息。公开政策落实情况和结果。",
        "三、突出公开重点",
        "（一）社会救助和社会福利领域。全面公开救助对象认定标准、救助标准和审批程序。责任单位：区民政局牵头，各镇人民政府配合。",
        "四、增强公开实效",
        "(一) 扩大公开范围。主动、全面、及时公开相关政府信息，完善公开方式，加强政策解读和舆情引导。",
        "五、强化保障措施",
        "(一)抓好组织实施。各部门要加强组织领导，开展考核评估，强化监督问责。畅通群众投诉举报渠道，投诉电话12345。",
        "某区人民政府办公室",
        "2018年9月20日",
        "",
    ];

    #[test]
    fn content_rules_fire_on_the_implementation_profile_too() {
        let variant = |index: usize, with: &str| {
            let mut lines = IMPLEMENTATION;
            lines[index] = with;
            let p = plan(&lines);
            assert_eq!(p.profile, Profile::Implementation);
            check(&p)
        };
        let error =
            |r: &Report, id: &str| r.findings.iter().any(|f| f.rule.id == id && f.severity() == Severity::Error);
        let warning =
            |r: &Report, id: &str| r.findings.iter().any(|f| f.rule.id == id && f.severity() == Severity::Warning);
        assert!(error(&variant(0, "某区推进社会公益事业建设领域政府信息公开工作"), "DOC-TITLE"));
        assert!(error(&variant(6, "（一）重点公开事项。公开政策文件，由区政府办公室牵头。"), "DOC-AREAS"));
        assert!(warning(
            &variant(6, "（一）社会救助和社会福利领域。全面公开救助对象认定标准、救助标准和审批程序。"),
            "DOC-RESPONSIBILITY"
        ));
        assert!(error(&variant(8, "(一) 扩大公开范围。"), "DOC-SECTION-CONTENT"));
        assert!(warning(
            &variant(2, "(一) 指导思想。全面贯彻党的十九大精神，落实上级部署，推动各项工作。"),
            "DOC-TOPICS"
        ));
        assert!(warning(
            &variant(2, "(一) 指导思想。全面贯彻党的十九大精神，坚持依法依规，经过3年左右努力实现目标。"),
            "DOC-CITATION"
        ));
        assert!(error(&variant(11, ""), "DOC-UNIT"));
        assert!(error(&variant(12, ""), "DOC-DATE"));
        assert!(error(
            &variant(6, "（一）社会救助和社会福利领域。全面公开救助标准。责任单位：XX局牵头。"),
            "PLACEHOLDER"
        ));
        assert!(error(
            &variant(10, "(一)抓好组织实施。加强组织领导，开展考核评估，强化监督问责，公布监督热线。"),
            "DOC-COMPLAINT"
        ));
    }

    #[test]
    fn implementation_plans_get_structure_warnings_and_content_errors() {
        let r = check(&plan(&IMPLEMENTATION));
        assert!(r.ready(), "{:?}", r.findings);
        assert_eq!(ids(&r), ["DOC-PREAMBLE-IMPL"]);
        let mut lines = IMPLEMENTATION;
        lines[7] = "";
        lines[8] = "";
        let r = check(&plan(&lines));
        assert!(r.ready(), "a missing 增强公开实效 is a warning: {:?}", r.findings);
        let f = r.findings.iter().find(|f| f.rule.id == "DOC-SECTIONS-IMPL").unwrap();
        assert_eq!(f.severity(), Severity::Warning);
        assert!(f.message.contains("增强公开实效"));
        // Content rules still apply.
        lines[10] = "(一)抓好组织实施。各部门要加强组织领导，开展考核评估。畅通群众投诉举报渠道。";
        let r = check(&plan(&lines));
        assert_eq!(ids(&r).iter().filter(|i| i.starts_with("DOC-COMPLAINT")).count(), 1);
        assert!(!r.ready());
        let mut out_of_order = IMPLEMENTATION;
        out_of_order.swap(1, 9);
        out_of_order.swap(2, 10);
        let r = check(&plan(&out_of_order));
        assert!(ids(&r).contains(&"DOC-ORDER-IMPL"));
        assert!(r.ready(), "{:?}", r.findings);
        // No preamble and no notice: a warning only.
        let f = check(&plan(&IMPLEMENTATION)).findings.into_iter().find(|f| f.rule.id == "DOC-PREAMBLE-IMPL").unwrap();
        assert_eq!(f.severity(), Severity::Warning);
    }

    #[test]
    fn two_parts_merged_in_one_section_are_named_as_merged() {
        let mut lines = TEMPLATE;
        lines[7] = "二、主要任务及保障措施";
        lines[11] = "（四）加强组织领导。成立工作领导小组，统筹推进。";
        let r = check(&plan(&lines));
        let f = r.findings.iter().find(|f| f.rule.id == "DOC-SECTIONS").expect("DOC-SECTIONS");
        assert_eq!(f.severity(), Severity::Error);
        assert!(f.message.contains("合并") && f.message.contains("二、主要任务及保障措施"), "{}", f.message);
        assert!(!f.message.contains("没有找到"), "{}", f.message);
        // A part that is simply missing is still reported as missing.
        let r = variant(11, "");
        let f = r.findings.iter().find(|f| f.rule.id == "DOC-SECTIONS").expect("DOC-SECTIONS");
        assert!(f.message.contains("没有找到"), "{}", f.message);
    }

    #[test]
    fn a_doc_number_with_di_is_noted_and_a_citation_with_di_counts() {
        let with_notice = |number: &str| {
            let mut lines =
                vec![number, "广东省民政厅关于印发工作方案的通知", "厅机关各处室：", "现将方案印发给你们。"];
            lines.extend(TEMPLATE);
            check(&plan(&lines))
        };
        let r = with_notice("粤民函〔2018〕第123号");
        let f = r.findings.iter().find(|f| f.rule.id == "DOC-DOCNO").expect("DOC-DOCNO");
        assert_eq!(f.severity(), Severity::Warning);
        assert!(f.message.contains("粤民函〔2018〕123号"), "{}", f.message);
        assert!(r.ready());
        assert!(!ids(&with_notice("粤民函〔2018〕123号")).contains(&"DOC-DOCNO"));
        let cited = variant(2, "为贯彻落实国办发〔2018〕第10号文件精神，结合我厅实际，制定本方案。");
        assert!(!ids(&cited).contains(&"DOC-CITATION"), "{:?}", ids(&cited));
        assert!(crate::check::patterns::cites_national_opinion("依据国办发（2018）第10号"));
    }

    #[test]
    fn a_document_sent_instead_of_a_plan_says_what_it_is() {
        let message = |r: &Report| {
            r.findings.iter().find(|f| f.rule.id == "DOC-TITLE").map(|f| f.message.clone()).unwrap_or_default()
        };
        // The covering notice alone.
        let r = check(&plan(&[
            "广东省民政厅关于印发《广东省民政厅推进社会公益事业建设领域政府信息公开工作方案》的通知",
            "厅机关各处室：",
            "现将《广东省民政厅推进社会公益事业建设领域政府信息公开工作方案》印发给你们，请认真贯彻执行。",
            "广东省民政厅",
            "2018年9月20日",
        ]));
        assert!(!r.ready());
        assert!(message(&r).contains("只有印发通知") && message(&r).contains("没有方案本身"), "{}", message(&r));
        // No plan, nothing complete: the other checks (a 落款, no placeholders) say nothing of it.
        assert_eq!(r.score(), 0);
        // A yearly report: its title says what it is.
        let mut lines = TEMPLATE;
        lines[0] = "广东省民政厅2018年政府信息公开";
        lines[1] = "工作年度报告";
        let r = check(&plan(&lines));
        assert!(
            message(&r).contains("“广东省民政厅2018年政府信息公开工作年度报告”（年度报告），不是"),
            "{}",
            message(&r)
        );
        assert_eq!(r.score(), 0);
        // A plan without a title is still asked for its title.
        assert!(variant(1, "").score() > 0);
        assert!(message(&variant(1, "")).starts_with("没有找到方案的标题"));
    }

    #[test]
    fn a_number_typed_after_the_automatic_one_is_shown_once_and_noted() {
        let mut paragraphs: Vec<Paragraph> =
            TEMPLATE.iter().map(|t| Paragraph { text: t.to_string(), ..Paragraph::default() }).collect();
        // Headings numbered by their style, the clerk typing the numbers too.
        for i in [3, 7, 11] {
            let typed = paragraphs[i].text.clone();
            paragraphs[i].label = typed.chars().take(2).collect();
        }
        paragraphs[4].label = "（一）".into();
        let p = analyse(&paragraphs);
        assert_eq!(p.lines[3].text, "一、现状分析及思路目标");
        assert_eq!(p.lines[3].typed_number.as_deref(), Some("一、"));
        assert_eq!(p.lines[4].text.matches("（一）").count(), 1, "{}", p.lines[4].text);
        let r = check(&p);
        let twice: Vec<_> = r.findings.iter().filter(|f| f.rule.id == "DOC-NUMBER-TWICE").collect();
        assert_eq!(twice.len(), 1, "{:?}", r.findings);
        assert!(twice[0].message.starts_with("4 个标题的编号显示了两次（第 4、5、8、12 段）"), "{}", twice[0].message);
        assert!(twice[0].message.contains("“一、一、现状分析及思路目标”"), "{}", twice[0].message);
        assert!(r.ready(), "a warning only");
        // A different kind of number typed after the automatic one is the text's own.
        paragraphs[4].label = "1.".into();
        assert_eq!(analyse(&paragraphs).lines[4].typed_number, None);
    }

    #[test]
    fn a_plan_for_other_work_is_named_as_such() {
        let other = [
            "某局2018年政务公开工作方案",
            "为全面推进政务公开，结合工作实际，制定本方案。",
            "一、现状分析及思路目标",
            "我局依托门户网站公开政策文件和财政预决算，但政策解读不够深入，要以问题为导向全面提升政务公开质量。",
            "二、主要任务及具体措施",
            "（一）推进决策公开。重要政策文件出台前公开征求意见，局办公室负责。",
            "（二）加强政策解读。同步发布解读材料，政策法规股负责。",
            "三、组织保障和监督考核",
            "（一）加强组织领导。成立政务公开工作领导小组，统筹推进。",
            "（二）畅通投诉举报渠道。公布监督举报电话0595-87982345。",
            "某局",
            "2018年9月14日",
        ];
        let r = check(&plan(&other));
        let areas = r.findings.iter().find(|f| f.rule.id == "DOC-AREAS").expect("DOC-AREAS");
        assert!(
            areas.message.contains("“某局2018年政务公开工作方案”全文没有提到社会公益事业建设领域"),
            "{}",
            areas.message
        );
        // A plan on the subject that names no area in its tasks is told so, as before.
        let r = variant(8, "（一）重点领域公开事项。按照职责公开有关信息，由办公室牵头。");
        let areas = r.findings.iter().find(|f| f.rule.id == "DOC-AREAS").expect("DOC-AREAS");
        assert!(areas.message.starts_with("主要任务部分没有写明"), "{}", areas.message);
    }
}
