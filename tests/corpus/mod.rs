//! A corpus of plans written by hand in Word or WPS, generated from raw WordprocessingML parts
//! (see `wordml.rs`), each with the verdict a reviewing office should reach and why; plus files
//! that must be refused (old formats, encryption, crafted archives) and the hostile archives of
//! the benchmark. Used by `tests/wordplans.rs` (native and command line), which also writes the
//! files to `out/corpus/` for the browser tests, and by `benches/native.rs`.

#![allow(dead_code)]

pub mod plans;
pub mod wordml;

use gongyi_plan::export::zip::ZipWriter;
use plans::{Plan, Section, Sub};
use wordml::{Block, DOT, DUN, Doc, FULL_DOT, Markup, Numbering, PART};

/// A plan document and what a reviewer should conclude.
pub struct Case {
    pub file: String,
    /// 可以报备 expected.
    pub ready: bool,
    /// Why (the README table shows it).
    pub why: &'static str,
    /// Errors that must be among the findings (for documents that are not ready).
    pub errors: Vec<&'static str>,
    /// The profile the reader must choose: true for the 国办发 实施方案.
    pub implementation: bool,
    /// The 落款 unit the reader must find ("" = none).
    pub unit: &'static str,
    /// The plan's title the reader must find ("" = not checked).
    pub title: &'static str,
    pub docx: Vec<u8>,
}

fn doc(plan: &Plan, numbering: Numbering, markup: Markup) -> Doc {
    let mut d = Doc::new(plan.blocks());
    d.numbering = numbering;
    d.markup = markup;
    d
}

fn typed(plan: &Plan) -> Vec<u8> {
    doc(plan, Numbering::Typed(DUN), Markup::Plain).docx()
}

struct Builder {
    cases: Vec<Case>,
}

impl Builder {
    fn add(
        &mut self,
        file: &str,
        ready: bool,
        errors: &[&'static str],
        unit: &'static str,
        why: &'static str,
        docx: Vec<u8>,
    ) {
        let n = self.cases.len() + 1;
        self.cases.push(Case {
            file: format!("{n:02}-{file}.docx"),
            ready,
            why,
            errors: errors.to_vec(),
            implementation: false,
            unit,
            title: "",
            docx,
        });
    }

    fn implementation(&mut self) {
        self.cases.last_mut().expect("a case").implementation = true;
    }

    fn title(&mut self, title: &'static str) {
        self.cases.last_mut().expect("a case").title = title;
    }
}

/// A document of `tests/fixtures/clerk/` (made by other programs than this corpus's generator).
macro_rules! clerk {
    ($name:literal) => {
        include_bytes!(concat!("../fixtures/clerk/", $name, ".docx")).to_vec()
    };
}

/// The seed 001 text (泉港区实施方案, as published) with one paragraph per non-empty line.
pub fn seed_001() -> Vec<u8> {
    let text = include_str!("../fixtures/seed-001-quangang.txt");
    let blocks = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| Block::Text(l.to_string())).collect();
    Doc::new(blocks).docx()
}

fn complaint(plan: &mut Plan, section: usize, sub: usize, text: &str) {
    plan.sections[section].subs[sub].heading = text.to_string();
    plan.sections[section].subs[sub].body.clear();
}

/// Every corpus document, numbered in order.
pub fn cases() -> Vec<Case> {
    let mut b = Builder { cases: Vec::new() };
    let ca = plans::civil_affairs;
    let ed = plans::education;
    let he = plans::health;

    // ---- plans a reviewing office can accept ------------------------------------------------
    b.add(
        "民政厅-一、编号",
        true,
        &[],
        "广东省民政厅",
        "省模板，键入的“一、（一）1.”编号，各部分齐全，有电话、邮箱和厅长信箱",
        typed(&ca()),
    );
    b.add(
        "教育局-一.编号",
        true,
        &[],
        "清远市教育局",
        "标题一行，“一.”“(一)”编号，“和”代替“及”，第三部分名为“保障措施”",
        doc(&ed(), Numbering::Typed(DOT), Markup::Plain).docx(),
    );
    let mut p = he();
    p.signature[1] = "２０１８年９月１２日".into();
    b.add(
        "卫健局-全角点-全角日期",
        true,
        &[],
        "韶关市卫生健康局",
        "“一．”全角编号，小标题与正文同段，成文日期用全角数字",
        doc(&p, Numbering::Typed(FULL_DOT), Markup::Plain).docx(),
    );
    b.add(
        "民政厅-第一部分",
        true,
        &[],
        "广东省民政厅",
        "部分标题写作“第一部分”，其下用“一、”",
        doc(&ca(), Numbering::Typed(PART), Markup::Plain).docx(),
    );
    b.add(
        "民政厅-Word自动编号",
        true,
        &[],
        "广东省民政厅",
        "编号由 Word 自动编号生成（numbering.xml + numPr），正文里没有“一、”",
        doc(&ca(), Numbering::Auto, Markup::Plain).docx(),
    );
    b.add(
        "教育局-样式自动编号",
        true,
        &[],
        "清远市教育局",
        "编号来自标题样式的 numPr，第三级经 basedOn 继承",
        doc(&ed(), Numbering::AutoByStyle, Markup::Plain).docx(),
    );
    b.add(
        "民政厅-繁体字",
        true,
        &[],
        "廣東省民政廳",
        "全文繁体字（現狀分析及思路目標、組織保障和監督考覈）",
        typed(&plans::civil_affairs_traditional()),
    );
    let mut p = ed();
    p.sections.insert(
        0,
        Section {
            heading: "总体要求".into(),
            body: vec![
                "以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心的发展思想，全面推进教育领域政务公开。"
                    .into(),
            ],
            subs: Vec::new(),
        },
    );
    b.add("教育局-重新编号", true, &[], "清远市教育局", "多了“一、总体要求”，后面各部分顺延为二、三、四", typed(&p));
    let mut p = he();
    p.signature[1] = "二〇一八年九月十二日".into();
    b.add("卫健局-汉字日期", true, &[], "韶关市卫生健康局", "成文日期写作“二〇一八年九月十二日”", typed(&p));
    let mut p = ed();
    p.signature[1] = "2018 年 9 月 10 日".into();
    b.add("教育局-空格日期", true, &[], "清远市教育局", "成文日期写作“2018 年 9 月 10 日”", typed(&p));
    let mut p = he();
    complaint(
        &mut p,
        2,
        2,
        "畅通投诉举报渠道。群众可通过局门户网站\"咨询投诉\"栏目留言，也可到局政务服务窗口当面反映问题。",
    );
    b.add("卫健局-栏目留言", true, &[], "韶关市卫生健康局", "投诉渠道只写了门户网站\"咨询投诉\"栏目", typed(&p));
    let mut p = ed();
    p.replace("设立投诉举报电话0763-3361234", "开设投诉举报电子邮箱qyjyxxgk@163.com");
    b.add("教育局-电子邮箱", true, &[], "清远市教育局", "投诉渠道是电子邮箱", typed(&p));
    let mut p = ca();
    complaint(&mut p, 2, 2, "畅通投诉举报渠道");
    p.sections[2].subs[2].body =
        vec!["群众可登录广东民政网 http://smzt.gd.gov.cn 提交投诉举报，厅政务公开办在15个工作日内答复。".into()];
    b.add("民政厅-网址", true, &[], "广东省民政厅", "投诉渠道是网址", typed(&p));
    let mut p = ed();
    p.replace("设立投诉举报电话0763-3361234", "市民可拨打12345政务服务便民热线");
    b.add("教育局-12345热线", true, &[], "清远市教育局", "投诉渠道是12345热线（热线有号码）", typed(&p));
    let mut p = ca();
    p.before = vec![
        Block::Text("广东省民政厅关于印发《广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案》的通知".into()),
        Block::Text("各地级以上市民政局，厅机关各处室、各直属单位：".into()),
        Block::Text("现将《广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案》印发给你们，请结合实际认真贯彻落实。有关要求如下：".into()),
        Block::Text("一、加强组织领导。各单位要把这项工作列入重要议事日程。".into()),
        Block::Text("二、明确主要任务。按照方案的分工，抓紧梳理公开事项。".into()),
        Block::Text("三、强化监督考核。厅办公室将适时组织督查。".into()),
        Block::Text("广东省民政厅".into()),
        Block::Text("二○一八年九月十四日".into()),
    ];
    p.signature.clear();
    b.add("民政厅-印发通知", true, &[], "广东省民政厅", "方案前有印发通知，通知自己的“一、二、三”含“组织领导”“主要任务”“监督考核”；方案无落款，由通知落款（“二○一八年”）署名", typed(&p));
    let mut p = ca();
    p.replace("公开最低生活保障政策文件", "公开{del:XX处}最低生活保障{tag:政策}文件");
    p.replace("按季度公开全省城乡低保", "按季度{ins:在“社会救助”专栏}公开全省城乡低保");
    p.replace("我厅在公开内容细化", "我厅{hide:（XX待补充）}在公开内容细化");
    p.replace("成立由分管厅领导任组长", "成立由分管厅领导{field:MERGEFIELD XX}任组长");
    p.replace("通过厅门户网站“厅长信箱”", "通过{link:厅门户网站}“厅长信箱”");
    p.replace("纳入主动公开目录清单", "纳入{simple:主动公开目录清单}");
    p.signature[0] = "{sdt:广东省民政厅}".into();
    let mut d = doc(&p, Numbering::Auto, Markup::Wps);
    d.header = Some("XX单位文件".into());
    d.comment = Some("XX处请补充数据，待补充".into());
    d.footnote = Some("TODO 核对".into());
    b.add("民政厅-WPS标记", true, &[], "广东省民政厅", "WPS 式标记：词中拆分的 run、smartTag、超链接、内容控件、修订（删除的“XX处”）、隐藏文字、域代码；页眉、批注、脚注里的“XX”不算", d.docx());
    b.add(
        "江门市-实施方案",
        true,
        &[],
        "江门市人民政府办公室",
        "按国办发〔2018〕10号结构的实施方案（仿种子001），由印发通知署名",
        typed(&plans::implementation()),
    );
    b.implementation();
    let mut p = he();
    p.sections[1].subs[0].items.clear();
    p.sections[1].subs[0].table = Some(vec![
        vec!["序号".into(), "公开事项".into(), "公开内容".into(), "责任单位".into()],
        vec![
            "1".into(),
            "重大疾病预防控制信息".into(),
            "法定传染病疫情、免疫规划疫苗接种信息".into(),
            "疾病预防控制科".into(),
        ],
        vec!["2".into(), "突发公共卫生事件信息".into(), "事件信息和处置进展".into(), "卫生应急办".into()],
    ]);
    b.add("卫健局-事项表格", true, &[], "韶关市卫生健康局", "公开事项写在表格里", typed(&p));
    let mut p = ca();
    for (k, name) in [
        "残疾人福利信息",
        "殡葬服务信息",
        "婚姻登记信息",
        "社会组织登记信息",
        "慈善信息",
        "地名信息",
        "区划信息",
        "福利彩票公益金信息",
    ]
    .into_iter()
    .enumerate()
    {
        let text = format!("{name}公开。按季度公开{name}的政策、办理流程和结果，由相关业务处室负责（第{}项）。", k + 1);
        p.sections[1].subs.insert(3, Sub { heading: text, body: Vec::new(), items: Vec::new(), table: None });
    }
    complaint(&mut p, 2, 2, "畅通投诉举报渠道");
    p.sections[2].subs[2].body = vec!["群众可通过厅门户网站“厅长信箱”反映问题，厅办公室负责受理并答复。".into()];
    b.add(
        "民政厅-编号过十",
        true,
        &[],
        "广东省民政厅",
        "自动编号超过十：（十一）（十二）；投诉渠道只有“厅长信箱”",
        doc(&p, Numbering::Auto, Markup::Plain).docx(),
    );
    let mut p = ed();
    p.replace("由基础教育科牵头", "由{del:XX科}{ins:基础教育科}牵头");
    p.sections[0].subs[0].body.push("{del:此处待补充，请XX科提供数据。}".into());
    b.add(
        "教育局-修订痕迹",
        true,
        &[],
        "清远市教育局",
        "修订未接受：删除的“XX科”“待补充”不算，插入的文字算",
        doc(&p, Numbering::Typed(DUN), Markup::Wps).docx(),
    );
    b.add(
        "教育局-标题样式无编号",
        true,
        &[],
        "清远市教育局",
        "各部分用标题样式（大纲级别），没有编号",
        doc(&ed(), Numbering::Styled, Markup::Plain).docx(),
    );
    let mut p = he();
    p.signature = vec!["韶关市卫生健康局　　　　2018年9月12日".into()];
    p.after = vec![Block::Text("韶关市卫生健康局办公室　　　　2018年9月13日印发".into())];
    b.add("卫健局-落款同行", true, &[], "韶关市卫生健康局", "落款单位与日期在同一行，后有版记（印发日期）", typed(&p));
    let mut p = ed();
    p.replace("设立投诉举报电话0763-3361234", "关注“清远教育”微信公众号，在“我要投诉”栏目留言");
    b.add("教育局-公众号", true, &[], "清远市教育局", "投诉渠道是具名的微信公众号", typed(&p));
    let mut p = plans::implementation();
    p.sections.remove(3);
    p.sections.swap(1, 2);
    b.add(
        "江门市-实施方案-结构有出入",
        true,
        &[],
        "江门市人民政府办公室",
        "实施方案少了“增强公开实效”、两部分顺序对调：只作提示，内容齐全仍可报备",
        typed(&p),
    );
    b.implementation();

    // ---- plans that must be returned ---------------------------------------------------------
    let mut p = ed();
    p.replace("清远市教育局", "XX局");
    b.add("占位-XX局", false, &["PLACEHOLDER"], "XX局", "标题和落款仍是“XX局”", typed(&p));
    let mut p = ca();
    p.replace("社会救助处牵头", "XX科负责");
    b.add("占位-XX科负责", false, &["PLACEHOLDER"], "广东省民政厅", "事项中写“XX科负责”", typed(&p));
    let mut p = ca();
    p.after = vec![Block::Text("（联系人：XXX，联系电话：XXXXXXXX）".into())];
    b.add("占位-联系人XXX", false, &["PLACEHOLDER"], "广东省民政厅", "落款后的附注“联系人：XXX”", typed(&p));
    let skeleton = Doc::new(vec![
        Block::Text("某某县民政局推进社会公益事业建设领域政府信息公开工作方案".into()),
        Block::Heading(0, "现状分析及思路目标".into()),
        Block::Heading(0, "主要任务及具体措施".into()),
        Block::Heading(0, "组织保障和监督考核".into()),
        Block::Text("某某县民政局".into()),
        Block::Text("2018年9月20日".into()),
    ]);
    b.add(
        "六行骨架",
        false,
        &["DOC-SECTION-CONTENT", "DOC-PREAMBLE", "DOC-AREAS", "DOC-COMPLAINT"],
        "某某县民政局",
        "只有标题、三个部分标题和落款的六行骨架",
        skeleton.docx(),
    );
    let mut p = ed();
    p.replace("设立投诉举报电话0763-3361234，对群众反映的问题", "公布监督热线，对群众反映的问题");
    b.add("热线无号码", false, &["DOC-COMPLAINT"], "清远市教育局", "“公布监督热线”没有号码", typed(&p));
    let mut p = ca();
    complaint(&mut p, 2, 2, "畅通投诉举报渠道");
    p.sections[2].subs[2].body =
        vec!["自2018-09-03起，按照粤民发〔2018〕12345号文件要求，认真受理群众投诉举报。".into()];
    b.add(
        "日期文号联系电话不算渠道",
        false,
        &["DOC-COMPLAINT"],
        "广东省民政厅",
        "投诉部分只有日期、文号；落款后联系人电话不算投诉渠道",
        typed(&p),
    );
    let mut p = he();
    complaint(&mut p, 2, 2, "畅通投诉举报渠道。认真受理群众对信息公开工作的投诉举报，做到件件有回音。");
    p.replace("在门户网站主动公开", "在门户网站www.sgws.gov.cn主动公开");
    b.add(
        "网址只在现状里",
        false,
        &["DOC-COMPLAINT"],
        "韶关市卫生健康局",
        "网址只出现在“工作现状”，投诉部分没有渠道",
        typed(&p),
    );
    let mut p = ed();
    p.sections.pop();
    b.add(
        "缺第三部分",
        false,
        &["DOC-SECTIONS", "DOC-COMPLAINT"],
        "清远市教育局",
        "省模板工作方案缺“组织保障和监督考核”",
        typed(&p),
    );
    let mut p = ca();
    p.preamble = vec!["描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案。".into()];
    p.sections[0].subs[0].body =
        vec!["对标国办发〔2018〕10号文要求，分析本单位、本系统目前已经开展相关工作的情况、存在的问题。".into()];
    b.add("照抄模板说明", false, &["PLACEHOLDER"], "广东省民政厅", "前言和工作现状照抄了模板的填写说明", typed(&p));
    let mut p = ca();
    p.title = vec![
        "粤卫办函〔2018〕447号".into(),
        "广东省卫生计生委办公室关于推进社会公益事业建设领域政府信息公开的工作方案".into(),
    ];
    p.signature.clear();
    p.after.clear();
    b.add("单位只在标题和文号里", false, &["DOC-UNIT", "DOC-DATE"], "", "没有落款：单位不能取自标题或文号", typed(&p));
    b.add(
        "泉港区实施方案-种子001原文",
        false,
        &["DOC-UNIT", "DOC-DATE", "DOC-COMPLAINT"],
        "",
        "种子001原文：国办发结构实施方案，结构只作提示；但原文没有落款，也没有具体投诉渠道",
        seed_001(),
    );
    b.implementation();
    let mut p = ca();
    p.sections.swap(1, 2);
    b.add("部分顺序颠倒", false, &["DOC-ORDER"], "广东省民政厅", "省模板工作方案的第二、三部分顺序颠倒", typed(&p));
    let mut p = he();
    p.sections[1].subs = vec![
        Sub {
            heading: "完善公开制度。修订本局政府信息主动公开基本目录，规范公开程序，明确各科室职责。".into(),
            body: Vec::new(),
            items: Vec::new(),
            table: None,
        },
        Sub {
            heading: "拓宽公开渠道。用好政府网站和政务新媒体，及时发布决策、管理、服务、执行和结果信息，由办公室负责。"
                .into(),
            body: Vec::new(),
            items: Vec::new(),
            table: None,
        },
    ];
    b.add("未写重点领域", false, &["DOC-AREAS"], "韶关市卫生健康局", "主要任务部分没有写任何重点领域", typed(&p));
    let mut p = plans::implementation();
    p.replace("群众可拨打投诉举报电话0750-3500000，或登录市政府门户网站“政民互动”栏目反映问题", "及时回应群众关切");
    b.add(
        "江门市-实施方案-无投诉渠道",
        false,
        &["DOC-COMPLAINT"],
        "江门市人民政府办公室",
        "实施方案的结构只作提示，但内容要求照常：没有具体投诉渠道",
        typed(&p),
    );
    b.implementation();

    // ---- made by other programs: LibreOffice, python-docx, OOXML written by hand -----------
    let qg = "泉港区民政局关于推进社会公益事业建设领域政府信息公开的工作方案";
    let qg_title = "泉港区推进社会公益事业建设领域政府信息公开工作实施方案";
    let gd = "广东省民政厅推进社会公益事业建设领域政府信息公开工作方案";
    b.add(
        "他人程序-印发通知-加粗标题",
        true,
        &[],
        "泉港区民政局",
        "LibreOffice：印发通知在前（文号、主送、落款），加粗正文作标题，“1．”事项",
        clerk!("c01_notice_typed"),
    );
    b.title(qg);
    b.add(
        "他人程序-自动编号-括注责任单位",
        true,
        &[],
        "泉港区民政局",
        "Word 自动编号（标题样式带编号、重新编号），事项末尾括注“（责任单位：…）”",
        clerk!("c02_autonumber"),
    );
    b.title(qg);
    b.add(
        "他人程序-分工表-合并单元格",
        true,
        &[],
        "泉港区民政局",
        "重点领域写成分工表：信息公开内容 / 公开具体要求 / 责任单位，领域单元格合并",
        clerk!("c03_table_merged"),
    );
    b.title(qg);
    b.add(
        "他人程序-全角空格缩进",
        true,
        &[],
        "泉港区民政局",
        "每行用全角空格缩进，“二.”“(一)”“⑴”编号，软回车，成文日期二〇一八年",
        clerk!("c04_typed_mixed_width"),
    );
    b.title(qg);
    b.add(
        "他人程序-目录-修订-文本框",
        true,
        &[],
        "泉港区民政局",
        "文前有目录（TOC 域），留有修订、批注、隐藏文字、页眉页脚、文本框",
        clerk!("c05_tracked_toc_textbox"),
    );
    b.title(qg);
    b.add(
        "他人程序-缺前言第三部分落款",
        false,
        &["DOC-SECTIONS", "DOC-PREAMBLE", "DOC-COMPLAINT", "DOC-UNIT"],
        "",
        "python-docx：缺前言、第三部分、投诉渠道和落款单位",
        clerk!("c06_missing_parts"),
    );
    b.add(
        "他人程序-泉港区-两行通知标题-版记",
        false,
        &["DOC-COMPLAINT"],
        "泉港区人民政府办公室",
        "印发通知标题分两行，文末有版记；落款取自印发通知；原文没有投诉渠道",
        clerk!("c07_seed001_twoline_notice"),
    );
    b.implementation();
    b.title(qg_title);
    b.add(
        "他人程序-泉港区-两行方案标题-版记",
        false,
        &["DOC-COMPLAINT"],
        "泉港区人民政府办公室",
        "方案标题分两行（无“关于”），文末版记不作落款；原文没有投诉渠道",
        clerk!("c07b_seed001_oneline_notice_banji"),
    );
    b.implementation();
    b.title(qg_title);
    b.add(
        "他人程序-多级列表两级同号",
        true,
        &[],
        "广东省民政厅",
        "LibreOffice 多级列表，第一、二级都显示“1.”",
        clerk!("c08_dept_libreoffice_lists"),
    );
    b.title(gd);
    b.add(
        "他人程序-括注负责处室",
        true,
        &[],
        "广东省民政厅",
        "任务末尾括注“（救灾处负责）”（省民政厅方案的写法）",
        clerk!("c09_dept_lists_cn_level0"),
    );
    b.title(gd);
    b.add(
        "他人程序-落款后附件分工表",
        true,
        &[],
        "泉港区民政局",
        "落款“（盖章）”“2018.9.14”之后附分工表",
        clerk!("c10_annex_table_after_signature"),
    );
    b.title(qg);
    b.add(
        "他人程序-标题样式无编号",
        true,
        &[],
        "泉港区民政局",
        "各级标题只用标题 1/2/3 样式（样式编号为数字），没有编号",
        clerk!("b01_heading_styles_no_numbers"),
    );
    b.title(qg);
    b.add(
        "他人程序-章节-一是二是",
        true,
        &[],
        "泉港区民政局",
        "“第一章”“第一节”作标题；每个领域一段，以领域名开头，“一是……二是……”，括注负责股室",
        clerk!("b02_chapters_yishi_prose"),
    );
    b.title(qg);
    b.add(
        "他人程序-任务措施两栏表",
        true,
        &[],
        "泉港区民政局",
        "主要任务写成“主要任务 | 具体措施”两栏表，责任单位写在措施格内",
        clerk!("b03_two_column_task_table"),
    );
    b.title(qg);
    b.add(
        "他人程序-WPS-内容控件-印发通知",
        true,
        &[],
        "泉港区民政局",
        "WPS 式文档：wpsCustomData、w14/w15、内容控件包着段落和表格行、日期控件落款；前有印发通知",
        clerk!("b04_wps_sdt_notice"),
    );
    b.title("泉港区民政局推进社会公益事业建设领域政府信息公开工作方案");
    b.add(
        "他人程序-全文一段软回车",
        true,
        &[],
        "泉港区民政局",
        "全文在一个段落里，用软回车（Shift+Enter）分行",
        clerk!("b05_one_paragraph_soft_breaks"),
    );
    b.title(qg);
    b.add(
        "他人程序-县级四个领域-别称",
        true,
        &[],
        "惠安县人民政府办公室",
        "县级方案只写 4 个领域，用别称（扶贫开发、生态环境、医疗卫生、文化体育）",
        clerk!("b06_county_4areas_variant_wording"),
    );
    b.title("惠安县人民政府办公室关于推进社会公益事业建设领域政府信息公开的工作方案");
    b.add("他人程序-日期2018-11-02", true, &[], "泉港区民政局", "成文日期写作 2018-11-02", clerk!("b07a_date_iso"));
    b.title(qg);
    b.add(
        "他人程序-日期缺日",
        false,
        &["DOC-DATE"],
        "泉港区民政局",
        "成文日期只有年月（2018年11月）：单位照常找到，日期说明缺日",
        clerk!("b07b_date_no_day"),
    );
    b.title(qg);
    b.add(
        "他人程序-落款同行制表符",
        true,
        &[],
        "泉港区民政局",
        "落款单位和日期在同一行，用制表符隔开",
        clerk!("b07c_unit_date_tab_one_line"),
    );
    b.title(qg);
    b.add(
        "他人程序-落款在无框表格",
        true,
        &[],
        "泉港区民政局",
        "落款在无框表格的右侧单元格里",
        clerk!("b07d_signature_in_table_cell"),
    );
    b.title(qg);
    b.add(
        "他人程序-日期CREATEDATE域",
        true,
        &[],
        "泉港区民政局",
        "成文日期是 CREATEDATE 域（打开时不变）",
        clerk!("b07e_date_createdate_field"),
    );
    b.title(qg);
    b.add(
        "他人程序-联合落款-斜线日期",
        true,
        &[],
        "泉港区民政局　泉港区财政局",
        "两个单位联合落款，日期写作 2018/11/2",
        clerk!("b07f_joint_units_slash_date"),
    );
    b.title(qg);
    b.add(
        "他人程序-日期DATE域",
        true,
        &[],
        "泉港区民政局",
        "成文日期是 DATE 域：打开即变成当天日期，只作提示（DOC-DATE-FIELD）",
        clerk!("b07g_date_field_DATE_today"),
    );
    b.title(qg);
    b.add(
        "他人程序-附件分工表-联络员",
        true,
        &[],
        "泉港区民政局",
        "附件1 分工表重复正文事项（导入不重复），附件2 联络员名单",
        clerk!("b08a_annex_contact_list"),
    );
    b.title(qg);
    b.add(
        "他人程序-电话只在附件",
        false,
        &["DOC-COMPLAINT"],
        "泉港区民政局",
        "电话只在附件联络员名单里，正文没有投诉渠道",
        clerk!("b08b_annex_phones_no_channel"),
    );
    b.title(qg);
    b.add(
        "他人程序-正文在单格表格",
        true,
        &[],
        "泉港区民政局",
        "整篇正文放在一个单元格的表格（边框）里",
        clerk!("b09_body_in_single_cell_frame"),
    );
    b.title(qg);
    b.add(
        "他人程序-脚注尾注",
        true,
        &[],
        "泉港区民政局",
        "脚注、尾注（自定义标记“*”），脚注里的“XX处”不算",
        clerk!("b10_footnotes_endnotes"),
    );
    b.title(qg);
    b.add(
        "他人程序-1)与a.自动编号",
        true,
        &[],
        "泉港区民政局",
        "Word 自动编号“1)”和“a.”，标题末尾带冒号或全角空格",
        clerk!("b11_list_1paren_aletter_colon_headings"),
    );
    b.title(qg);
    b.add(
        "他人程序-重复粘贴一部分",
        false,
        &["DOC-REPEAT"],
        "泉港区民政局",
        "“二、主要任务及具体措施”粘贴了两遍",
        clerk!("b12_duplicated_section"),
    );
    b.title(qg);
    b.add(
        "他人程序-繁体字-括注单位",
        true,
        &[],
        "泉港區民政局",
        "全文繁体字，责任单位写作“責任單位：……”",
        clerk!("b13_traditional"),
    );
    b.title("泉港區民政局關於推進社會公益事業建設領域政府信息公開的工作方案");
    b.add("他人程序-键入1）事项", true, &[], "泉港区民政局", "事项编号键入“1）”“2)”", clerk!("b14_typed_1paren_items"));
    b.title(qg);
    b.add(
        "他人程序-转发通知套印发通知",
        true,
        &[],
        "泉州市人民政府办公室",
        "县政府办转发市政府办的印发通知：两层通知都不作正文，落款取自印发方案的市政府办通知",
        clerk!("t01_zhuanfa_two_notices"),
    );
    b.implementation();
    b.title("泉州市推进社会公益事业建设领域政府信息公开工作实施方案");
    b.add(
        "他人程序-三单位联合发文-盖章行",
        true,
        &[],
        "泉港区民政局 泉港区财政局 泉港区卫生和计划生育局",
        "三个单位联合发文，落款单位之间有“（盖章）”行",
        clerk!("t02_joint_three_units"),
    );
    b.title("泉港区推进社会公益事业建设领域政府信息公开工作方案");
    b.add(
        "他人程序-三单位落款",
        true,
        &[],
        "泉港区民政局 泉港区财政局 泉港区卫生和计划生育局",
        "三个单位联合落款，三个单位都要认出",
        clerk!("t02b_three_units_no_seal_lines"),
    );
    b.title(qg);
    b.add(
        "他人程序-单位与日期间盖章行",
        true,
        &[],
        "泉港区民政局",
        "落款单位与日期之间有“（盖章）”行",
        clerk!("t02c_one_unit_seal_line"),
    );
    b.title(qg);
    b.add(
        "他人程序-两单位同行落款",
        true,
        &[],
        "泉港区民政局 泉港区财政局",
        "两个单位写在同一行，用制表符隔开",
        clerk!("t02d_two_units_tab_line"),
    );
    b.title(qg);
    b.add(
        "他人程序-通知附件行-方案有落款",
        true,
        &[],
        "泉港区民政局",
        "印发通知后列“附件：1.…2.…”，分页后重复方案标题；方案有自己的落款；附件分工表与正文重复（导入不重复）",
        clerk!("t03_notice_annex_lines_plan_signed"),
    );
    b.title(qg);
    b.add(
        "他人程序-领域只在附件表-合并单元格",
        true,
        &[],
        "泉港区民政局",
        "七个领域只写在附件分工表里，领域、序号、责任单位单元格纵向合并，单元格内多段",
        clerk!("t04_areas_only_in_annex_merged_table"),
    );
    b.title(qg);
    b.add(
        "他人程序-正文分工表-合并单元格",
        true,
        &[],
        "泉港区民政局",
        "分工表在主要任务部分，责任单位单元格纵向合并、分段写牵头和配合",
        clerk!("t04b_merged_table_in_section"),
    );
    b.title(qg);
    b.add(
        "他人程序-印章图片-标志-整页图片",
        true,
        &[],
        "泉港区民政局",
        "印章是图片，页眉有标志，有一整页图片；图片替代文字里的“XX”不算",
        clerk!("t05_seal_image_logo_picture_page"),
    );
    b.title(qg);
    b.add(
        "他人程序-只有印章图片无单位",
        false,
        &["DOC-UNIT"],
        "",
        "落款只有印章图片，没有打出单位名称",
        clerk!("t05b_seal_image_only_no_unit_text"),
    );
    b.title(qg);
    b.add(
        "他人程序-泉港区实施方案-20行附表",
        true,
        &[],
        "泉港区人民政府办公室",
        "种子001全文加20行分工附表，版记不作落款",
        clerk!("t06_seed001_full_20row_annex"),
    );
    b.implementation();
    b.title("泉港区推进社会公益事业建设领域政府信息公开工作实施方案");
    b.add(
        "他人程序-（一）作部分-1.作小节",
        true,
        &[],
        "泉港区民政局",
        "部分用“（一）”，小节用“1.”，没有“一、”这一级",
        clerk!("t07_paren_sections_digit_subs"),
    );
    b.title(qg);
    b.add(
        "他人程序-基本情况-工作任务-保障措施",
        true,
        &[],
        "泉港区民政局",
        "部分名称写作“基本情况”“工作任务”“保障措施”",
        clerk!("t08_sections_jiben_renwu_baozhang"),
    );
    b.title(qg);
    b.add(
        "他人程序-现状和目标-重点任务-工作要求",
        true,
        &[],
        "泉港区民政局",
        "部分名称写作“工作现状和目标”“重点任务”“工作要求”",
        clerk!("t08b_sections_xianzhuang_zhongdian_yaoqiu"),
    );
    b.title(qg);
    b.add(
        "他人程序-实施方案缺明确公开内容",
        true,
        &[],
        "泉港区人民政府办公室",
        "实施方案少了“明确公开内容”：结构只作提示",
        clerk!("t09a_impl_missing_content_section"),
    );
    b.implementation();
    b.title("泉港区推进社会公益事业建设领域政府信息公开工作实施方案");
    b.add(
        "他人程序-二三部分合并",
        false,
        &["DOC-SECTIONS"],
        "泉港区民政局",
        "“二、主要任务及保障措施”把第二、三部分合写：说明合并在哪一段，不说“没有找到”",
        clerk!("t09b_template_merges_2_and_3"),
    );
    b.title(qg);
    b.add(
        "他人程序-文号方括号",
        true,
        &[],
        "泉港区民政局",
        "文号用“[2018]”方括号",
        clerk!("t10a_docno_square_brackets"),
    );
    b.title(qg);
    b.add(
        "他人程序-文号带第",
        true,
        &[],
        "泉港区民政局",
        "文号写作“泉民〔2018〕第112号”：提示去掉“第”（DOC-DOCNO）",
        clerk!("t10b_docno_di"),
    );
    b.title(qg);
    b.add(
        "他人程序-文号年第号",
        true,
        &[],
        "泉港区民政局",
        "文号写作“泉港区民政局2018年第5号”：提示（DOC-DOCNO）",
        clerk!("t10c_docno_nian_di_hao"),
    );
    b.title(qg);
    b.add(
        "他人程序-引文混用括号",
        true,
        &[],
        "泉港区民政局",
        "引用国办发文号时混用各种括号",
        clerk!("t10d_mixed_brackets_cite"),
    );
    b.title(qg);
    b.add(
        "他人程序-LibreOffice由doc另存",
        true,
        &[],
        "泉港区民政局",
        "Word 97 .doc 由 LibreOffice 另存为 .docx",
        clerk!("t11_libreoffice_from_doc97"),
    );
    b.title(qg);
    b.add(
        "他人程序-附注版记页眉页脚",
        true,
        &[],
        "泉港区民政局",
        "成文日期后有（此件主动公开）、联系人附注、抄送和印发机关行；页眉有文号，页脚有“第X页 共Y页”",
        clerk!("f01_fuzhu_banji_header_footer"),
    );
    b.title(qg);
    b.add(
        "他人程序-联系人电话不算投诉渠道",
        false,
        &["DOC-COMPLAINT"],
        "泉港区民政局",
        "投诉举报部分没有渠道，只有附注里联系人的电话和邮箱：不算投诉举报渠道",
        clerk!("f01b_contact_fuzhu_no_channel"),
    );
    b.title(qg);
    b.add(
        "他人程序-只有印发通知",
        false,
        &["DOC-TITLE"],
        "泉港区民政局",
        "只报送了印发通知，没有方案本身：DOC-TITLE 说明只有通知",
        clerk!("f02_notice_only_plan_missing"),
    );
    b.add(
        "他人程序-误报年度报告",
        false,
        &["DOC-TITLE"],
        "泉港区民政局",
        "报送的是政府信息公开工作年度报告：DOC-TITLE 说明这是年度报告",
        clerk!("f03_annual_report_instead"),
    );
    b.add(
        "他人程序-误报工作要点",
        false,
        &["DOC-TITLE"],
        "海南省人民政府办公厅",
        "报送的是印发政务公开工作要点的通知（种子002）：DOC-TITLE 说明这是工作要点",
        clerk!("f04_work_points_not_a_plan"),
    );
    b.add(
        "他人程序-政务公开方案非本领域",
        false,
        &["DOC-AREAS"],
        "泉港区民政局",
        "政务公开工作方案，结构相同但没有任何重点领域：DOC-AREAS 说明全文与社会公益事业无关",
        clerk!("f05_other_domain_zhengwu_plan"),
    );
    b.title("泉港区民政局2018年政务公开工作方案");
    b.add(
        "他人程序-1.1.1十进制大纲",
        true,
        &[],
        "泉港区民政局",
        "部分、小节、事项编号为“1.”“1.1”“2.1.1”",
        clerk!("f06_decimal_outline_1_1_1"),
    );
    b.title(qg);
    b.add(
        "他人程序-自动编号加键入编号",
        true,
        &[],
        "泉港区民政局",
        "标题样式自带“一、（一）”自动编号，文字里又键入了“一、（一）”：DOC-NUMBER-TWICE 提示一次，导入的小标题只留一个编号",
        clerk!("f07_double_numbering_style_and_typed"),
    );
    b.title(qg);
    b.add(
        "他人程序-标题1无编号-（一）小节",
        true,
        &[],
        "泉港区民政局",
        "部分为无编号的“标题 1”，小节键入“（一）”",
        clerk!("f08_heading1_unnumbered_paren_subs"),
    );
    b.title(qg);
    b.add(
        "他人程序-领域合并俗称",
        true,
        &[],
        "泉港区民政局",
        "领域写作“扶贫和社会救助”“救灾”“养老和儿童福利”，另有殡葬服务",
        clerk!("f09_areas_merged_colloquial_names"),
    );
    b.title(qg);
    b.add(
        "他人程序-领域作表格列",
        true,
        &[],
        "泉港区民政局",
        "分工表转置：各领域是表格的列，公开内容、公开时限、责任单位是行（每列导入为一个事项）",
        clerk!("f10_areas_as_table_columns"),
    );
    b.title(qg);
    b.add(
        "他人程序-模板占位未改",
        false,
        &["PLACEHOLDER", "DOC-DATE"],
        "泉港区民政局",
        "按模板填写但留有“XX单位”“（填写…）”“××”和“2018年×月×日”：DOC-DATE 说日期还没有填写",
        clerk!("f11_template_leftovers_xx"),
    );
    b.title("XX单位关于推进社会公益事业建设领域政府信息公开的工作方案");
    b.add(
        "他人程序-误报衡东县2016年通知",
        false,
        &["DOC-TITLE"],
        "衡东县人民政府办公室",
        "报送的是2016年关于做好政府信息公开工作的通知及分工表（种子004）：DOC-TITLE 说明这是通知",
        clerk!("f12_hengdong_2016_notice_instead"),
    );
    b.add(
        "他人程序-制表符推落款-字母O",
        true,
        &[],
        "泉港区民政局",
        "落款用制表符推到右边，日期“二O一八年九月十四日”用字母O",
        clerk!("f13_tab_pushed_signature_letter_O"),
    );
    b.title(qg);
    b.add(
        "他人程序-日期二零一八",
        true,
        &[],
        "泉港区民政局",
        "日期写作“二零一八年九月十四日”",
        clerk!("f13b_date_ling"),
    );
    b.title(qg);
    b.add(
        "他人程序-日期在单位之上",
        true,
        &[],
        "泉港区民政局",
        "成文日期写在单位名称上方：单位仍认出",
        clerk!("f14_date_above_unit"),
    );
    b.title(qg);
    b.add(
        "他人程序-分工表底纹标题行",
        true,
        &[],
        "泉港区民政局",
        "分工表首行是跨列的底纹标题，领域行跨列",
        clerk!("f15_shaded_spanning_title_rows"),
    );
    b.title(qg);
    b.cases
}

/// Files the reader must refuse, each with words its message must contain.
pub fn refused() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let ole = |tail: &[u8]| [b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".as_slice(), &[0u8; 504], tail].concat();
    let encrypted_stream: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let empty = Doc::new(vec![Block::Blank, Block::Blank]).docx();
    let mut xlsx = ZipWriter::default();
    xlsx.add("[Content_Types].xml", b"<Types/>");
    xlsx.add("xl/workbook.xml", b"<workbook/>");
    vec![
        ("旧版文档.doc", ole(b"WordDocument"), "请在 Word 或 WPS 中另存为 .docx 后再打开"),
        ("加密文档.docx", ole(&encrypted_stream), "密码"),
        ("空白文档.docx", empty, "空的"),
        ("Excel表格.docx", xlsx.finish(), "Excel"),
        ("部件过多.docx", hostile::many_entries(20_000), "部件"),
    ]
}

/// Crafted archives of the benchmark and of the intake tests.
pub mod hostile {
    use super::*;
    use miniz_oxide::deflate::compress_to_vec;

    /// A small, valid plan document.
    pub fn plan_document() -> String {
        let docx = super::typed(&plans::education());
        let reader = gongyi_plan::export::zip::ZipReader::new(&docx).unwrap();
        String::from_utf8(reader.read("word/document.xml").unwrap().unwrap()).unwrap()
    }

    fn u16le(out: &mut Vec<u8>, v: u16) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    fn u32le(out: &mut Vec<u8>, v: u32) {
        out.extend_from_slice(&v.to_le_bytes());
    }

    /// A zip of (name, method, stored bytes, declared uncompressed size, crc), with `extra`
    /// more directory entries pointing at the first entry's data.
    pub fn raw_zip(entries: &[(String, u16, Vec<u8>, u32, u32)], extra: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        let mut offsets = Vec::new();
        let header = |out: &mut Vec<u8>, name: &str, method: u16, body_len: u32, size: u32, crc: u32| {
            u16le(out, 20);
            u16le(out, 0x0800);
            u16le(out, method);
            u16le(out, 0);
            u16le(out, 33);
            u32le(out, crc);
            u32le(out, body_len);
            u32le(out, size);
            u16le(out, name.len() as u16);
            u16le(out, 0);
        };
        for (name, method, body, size, crc) in entries {
            offsets.push(out.len() as u32);
            u32le(&mut out, 0x0403_4b50);
            header(&mut out, name, *method, body.len() as u32, *size, *crc);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(body);
        }
        let mut record = |name: &str, e: &(String, u16, Vec<u8>, u32, u32), offset: u32| {
            u32le(&mut central, 0x0201_4b50);
            u16le(&mut central, 20);
            header(&mut central, name, e.1, e.2.len() as u32, e.3, e.4);
            central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
            u32le(&mut central, 0); // external attributes
            u32le(&mut central, offset);
            central.extend_from_slice(name.as_bytes());
        };
        for (e, offset) in entries.iter().zip(&offsets) {
            record(&e.0, e, *offset);
        }
        for i in 0..extra {
            record(&format!("customXml/item{i}.xml"), &entries[0], offsets[0]);
        }
        let count = (entries.len() + extra).min(0xFFFF) as u16;
        let start = out.len() as u32;
        let size = central.len() as u32;
        out.extend_from_slice(&central);
        u32le(&mut out, 0x0605_4b50);
        u16le(&mut out, 0);
        u16le(&mut out, 0);
        u16le(&mut out, count);
        u16le(&mut out, count);
        u32le(&mut out, size);
        u32le(&mut out, start);
        u16le(&mut out, 0);
        out
    }

    fn deflated(name: &str, data: &[u8]) -> (String, u16, Vec<u8>, u32, u32) {
        (name.to_string(), 8, compress_to_vec(data, 1), data.len() as u32, crc32fast::hash(data))
    }

    /// A .docx with `n` tiny custom XML items beside a real document (20 000 of them: 2.4 MB).
    pub fn many_entries(n: usize) -> Vec<u8> {
        let mut entries = vec![deflated("word/document.xml", plan_document().as_bytes())];
        for i in 0..n {
            let item = format!("<item{i}/>");
            entries.push((
                format!("customXml/item{i}.xml"),
                0,
                item.clone().into_bytes(),
                item.len() as u32,
                crc32fast::hash(item.as_bytes()),
            ));
        }
        raw_zip(&entries, 0)
    }

    /// `extra` directory entries all pointing at one deflated part that inflates to `mb` MB.
    pub fn overlapping(extra: usize, mb: usize) -> Vec<u8> {
        let big = vec![b' '; mb << 20];
        raw_zip(&[deflated("word/document.xml", &big)], extra)
    }

    /// A stored (uncompressed) document part of `mb` MB.
    pub fn stored_part(mb: usize) -> Vec<u8> {
        let mut xml = plan_document().into_bytes();
        xml.resize(mb << 20, b' ');
        let crc = crc32fast::hash(&xml);
        let len = xml.len() as u32;
        raw_zip(&[("word/document.xml".into(), 0, xml, len, crc)], 0)
    }

    /// A zip bomb: a document part of `mb` MB of one repeated byte deflated to a tiny size, its
    /// size declared honestly (`lie` = false) or as 1 MB.
    pub fn bomb(mb: usize, lie: bool) -> Vec<u8> {
        let data = vec![b'<'; mb << 20];
        let mut entry = deflated("word/document.xml", &data);
        if lie {
            entry.3 = 1 << 20;
        }
        raw_zip(&[entry], 0)
    }
}

/// 40 mixed files for the review page: corpus documents, plan files, refused files and long
/// documents that take a while to read (listed first, so reading is still going on when the
/// first rows appear).
pub fn mixed() -> Vec<(String, Vec<u8>)> {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(String, Vec<u8>)> =
        (0..4).map(|n| (format!("长文档-{}.docx", n + 1), long_document(4000))).collect();
    out.extend(cases().into_iter().take(28).map(|c| (c.file, c.docx)));
    for f in ["sample-plan.json", "plan-incomplete.json", "plan-v0.json"] {
        out.push((f.to_string(), std::fs::read(fixtures.join(f)).expect("fixture")));
    }
    out.extend(refused().into_iter().map(|(n, b, _)| (n.to_string(), b)));
    out
}

/// A long but ordinary plan: the education plan with `extra` more paragraphs in section 一
/// (4000 of them: about 3 MB of document XML), for timing the reading of many files.
pub fn long_document(extra: usize) -> Vec<u8> {
    let mut p = plans::education();
    for i in 0..extra {
        p.sections[0].subs[0].body.push(format!("第{}条补充说明：本局按照公开为常态、不公开为例外的原则，逐项梳理教育领域公开事项，确保信息发布及时、准确、完整。", i + 1));
    }
    typed(&p)
}
