//! The texts of the corpus: four plans written the way clerks of different departments write
//! them (a provincial department, a city bureau, a city health bureau with headings and text in
//! one paragraph, and a city 实施方案 on the structure of 国办发〔2018〕10号), which the cases in
//! `mod.rs` vary.

use super::wordml::Block;

/// A plan as text: what comes before it, its title, preamble, sections, 落款 and what follows.
#[derive(Clone, Debug)]
pub struct Plan {
    pub before: Vec<Block>,
    pub title: Vec<String>,
    pub preamble: Vec<String>,
    pub sections: Vec<Section>,
    pub signature: Vec<String>,
    pub after: Vec<Block>,
}

#[derive(Clone, Debug)]
pub struct Section {
    pub heading: String,
    pub body: Vec<String>,
    pub subs: Vec<Sub>,
}

#[derive(Clone, Debug)]
pub struct Sub {
    /// The subsection's heading; it may go on with text in the same paragraph.
    pub heading: String,
    pub body: Vec<String>,
    /// Numbered items (level 2): name, full stop, content.
    pub items: Vec<String>,
    /// A table after the items.
    pub table: Option<Vec<Vec<String>>>,
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn sub(heading: &str, body: &[&str]) -> Sub {
    Sub { heading: heading.into(), body: s(body), items: Vec::new(), table: None }
}

fn items(heading: &str, body: &[&str], items: &[&str]) -> Sub {
    Sub { heading: heading.into(), body: s(body), items: s(items), table: None }
}

fn section(heading: &str, body: &[&str], subs: Vec<Sub>) -> Section {
    Section { heading: heading.into(), body: s(body), subs }
}

impl Plan {
    /// The body blocks: headings at levels 0–2, text, tables.
    pub fn blocks(&self) -> Vec<Block> {
        let mut out = self.before.clone();
        out.extend(self.title.iter().map(|t| Block::Text(t.clone())));
        out.extend(self.preamble.iter().map(|t| Block::Text(t.clone())));
        for sec in &self.sections {
            out.push(Block::Heading(0, sec.heading.clone()));
            out.extend(sec.body.iter().map(|t| Block::Text(t.clone())));
            for sub in &sec.subs {
                out.push(Block::Heading(1, sub.heading.clone()));
                out.extend(sub.body.iter().map(|t| Block::Text(t.clone())));
                out.extend(sub.items.iter().map(|t| Block::Heading(2, t.clone())));
                if let Some(rows) = &sub.table {
                    out.push(Block::Table(rows.clone()));
                }
            }
        }
        out.push(Block::Blank);
        out.extend(self.signature.iter().map(|t| Block::Text(t.clone())));
        out.extend(self.after.clone());
        out
    }

    /// Every text of the plan changed by `f` (for traditional characters and other rewrites).
    pub fn map_text(&mut self, f: impl Fn(&str) -> String) {
        let all = self.title.iter_mut().chain(&mut self.preamble).chain(&mut self.signature).chain(
            self.sections.iter_mut().flat_map(|s| {
                std::iter::once(&mut s.heading).chain(&mut s.body).chain(
                    s.subs
                        .iter_mut()
                        .flat_map(|u| std::iter::once(&mut u.heading).chain(&mut u.body).chain(&mut u.items)),
                )
            }),
        );
        for t in all {
            *t = f(t);
        }
        for b in self.before.iter_mut().chain(&mut self.after) {
            if let Block::Text(t) | Block::Heading(_, t) = b {
                *t = f(t);
            }
        }
    }

    /// Replaces text everywhere (panics when it is nowhere: a case must change something).
    pub fn replace(&mut self, from: &str, to: &str) {
        let before = format!("{:?}", self.blocks());
        self.map_text(|t| t.replace(from, to));
        assert_ne!(before, format!("{:?}", self.blocks()), "“{from}” is not in the plan");
    }
}

/// A provincial department, the template followed closely, headings on their own lines.
pub fn civil_affairs() -> Plan {
    Plan {
        before: Vec::new(),
        title: s(&["广东省民政厅关于推进社会公益事业建设领域", "政府信息公开的工作方案"]),
        preamble: s(&[
            "为贯彻落实《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》（国办发〔2018〕10号）和省府办公厅有关通知要求，进一步提升民政领域社会公益事业透明度，结合我厅工作实际，制定本方案。",
        ]),
        sections: vec![
            section(
                "现状分析及思路目标",
                &[],
                vec![
                    sub(
                        "工作现状",
                        &[
                            "近年来，我厅依托门户网站设立“社会救助”“养老服务”等信息公开专栏，按季度公开全省城乡低保、特困人员救助供养资金发放情况，每年公布最低生活保障标准，基本建立了民政信息主动公开目录。",
                        ],
                    ),
                    sub(
                        "存在问题",
                        &[
                            "对照国办发〔2018〕10号文要求，我厅在公开内容细化、基层公开标准化、面向特定群体精准推送等方面仍有差距，部分救助事项的审批结果公开不够及时，个人隐私保护措施有待完善。",
                        ],
                    ),
                    sub(
                        "总体思路",
                        &[
                            "坚持以问题为导向，围绕群众最关心最直接最现实的利益问题，细化公开事项，规范公开程序，推动民政领域社会公益事业信息公开制度化、规范化、标准化。",
                        ],
                    ),
                    sub(
                        "工作目标",
                        &[
                            "到2020年，社会救助和社会福利领域信息全部纳入主动公开目录，公开内容覆盖政策制定、资金分配、对象认定和结果反馈各环节，群众满意度明显提升。",
                        ],
                    ),
                    sub(
                        "基本原则",
                        &[
                            "坚持依法依规、突出重点、高效便民、问题导向，除法律法规禁止公开的外，一律主动公开；涉及个人隐私的，依法做好处理。",
                        ],
                    ),
                ],
            ),
            section(
                "主要任务及具体措施",
                &[],
                vec![
                    items(
                        "重点领域公开事项",
                        &[
                            "我厅牵头负责社会救助和社会福利领域信息公开，会同省教育厅、人力资源社会保障厅、住房城乡建设厅、卫生健康委等部门推进以下事项公开。",
                        ],
                        &[
                            "城乡低保信息。公开最低生活保障政策文件、保障标准、申请条件、审批程序和办理时限，按月公开各地保障人数和资金支出情况。责任单位：社会救助处。",
                            "特困人员救助供养信息。公开特困人员认定条件、供养标准和供养机构名录，审批结果在村（居）务公开栏公示，注意保护个人隐私。责任单位：社会救助处。",
                            "临时救助信息。公开临时救助对象范围、救助标准和申请渠道，每季度公开救助人次和支出金额。责任单位：社会救助处牵头，规划财务处配合。",
                            "养老服务和儿童福利信息。公开养老机构名录、服务项目和收费标准，孤儿基本生活费发放标准和发放情况。责任单位：养老服务处、儿童福利处。",
                        ],
                    ),
                    sub(
                        "决策、管理、服务、执行和结果信息公开",
                        &[
                            "重大民政政策出台前通过门户网站公开征求意见并反馈采纳情况；公开社会组织登记、年检和评估等管理信息；公开各类服务指南；定期公开政策执行情况和资金使用结果。",
                        ],
                    ),
                    sub(
                        "其他相关任务",
                        &[
                            "加强基层政务公开，指导各地级以上市民政部门推进乡镇（街道）民政事项公开标准化；推动慈善组织依法公开年度工作报告和财务会计报告。",
                        ],
                    ),
                    sub(
                        "具体要求和责任分工",
                        &[
                            "各处室、单位要按照本方案明确的分工，于2018年12月底前完成本领域公开事项梳理，纳入主动公开目录清单。办公室负责统筹协调。",
                        ],
                    ),
                ],
            ),
            section(
                "组织保障和监督考核",
                &[],
                vec![
                    sub(
                        "加强组织领导",
                        &[
                            "成立由分管厅领导任组长的政府信息公开工作领导小组，办公室具体负责日常协调，各处室明确一名信息公开联络员。",
                        ],
                    ),
                    sub(
                        "强化考核评估",
                        &[
                            "将社会公益事业建设领域信息公开情况纳入厅机关年度绩效考核，适时引入第三方评估，评估结果作为评先评优的重要依据。",
                        ],
                    ),
                    sub(
                        "畅通投诉举报渠道",
                        &[
                            "公布投诉举报电话020-83330000和电子邮箱gdmzxxgk@gdmz.gov.cn，群众也可通过厅门户网站“厅长信箱”反映问题，收到投诉后15个工作日内答复。",
                        ],
                    ),
                    sub(
                        "加强监督检查",
                        &[
                            "每年对各地民政部门和所监管的社会组织、慈善组织落实本方案情况开展一次监督检查，结果在全省民政系统通报。",
                        ],
                    ),
                ],
            ),
        ],
        signature: s(&["广东省民政厅", "2018年9月14日"]),
        after: vec![Block::Text("（联系人：陈晓明，联系电话：020-83331122）".into())],
    }
}

/// The provincial department's plan in traditional characters (converted once with OpenCC
/// s2t, which also writes 考核 as 考覈), as some units still write.
pub fn civil_affairs_traditional() -> Plan {
    Plan {
        before: Vec::new(),
        title: s(&["廣東省民政廳關於推進社會公益事業建設領域", "政府信息公開的工作方案"]),
        preamble: s(&[
            "爲貫徹落實《國務院辦公廳關於推進社會公益事業建設領域政府信息公開的意見》（國辦發〔2018〕10號）和省府辦公廳有關通知要求，進一步提升民政領域社會公益事業透明度，結合我廳工作實際，制定本方案。",
        ]),
        sections: vec![
            section(
                "現狀分析及思路目標",
                &[],
                vec![
                    sub(
                        "工作現狀",
                        &[
                            "近年來，我廳依託門戶網站設立“社會救助”“養老服務”等信息公開專欄，按季度公開全省城鄉低保、特困人員救助供養資金髮放情況，每年公佈最低生活保障標準，基本建立了民政信息主動公開目錄。",
                        ],
                    ),
                    sub(
                        "存在問題",
                        &[
                            "對照國辦發〔2018〕10號文要求，我廳在公開內容細化、基層公開標準化、面向特定羣體精準推送等方面仍有差距，部分救助事項的審批結果公開不夠及時，個人隱私保護措施有待完善。",
                        ],
                    ),
                    sub(
                        "總體思路",
                        &[
                            "堅持以問題爲導向，圍繞羣衆最關心最直接最現實的利益問題，細化公開事項，規範公開程序，推動民政領域社會公益事業信息公開制度化、規範化、標準化。",
                        ],
                    ),
                    sub(
                        "工作目標",
                        &[
                            "到2020年，社會救助和社會福利領域信息全部納入主動公開目錄，公開內容覆蓋政策制定、資金分配、對象認定和結果反饋各環節，羣衆滿意度明顯提升。",
                        ],
                    ),
                    sub(
                        "基本原則",
                        &[
                            "堅持依法依規、突出重點、高效便民、問題導向，除法律法規禁止公開的外，一律主動公開；涉及個人隱私的，依法做好處理。",
                        ],
                    ),
                ],
            ),
            section(
                "主要任務及具體措施",
                &[],
                vec![
                    items(
                        "重點領域公開事項",
                        &[
                            "我廳牽頭負責社會救助和社會福利領域信息公開，會同省教育廳、人力資源社會保障廳、住房城鄉建設廳、衛生健康委等部門推進以下事項公開。",
                        ],
                        &[
                            "城鄉低保信息。公開最低生活保障政策文件、保障標準、申請條件、審批程序和辦理時限，按月公開各地保障人數和資金支出情況。責任單位：社會救助處。",
                            "特困人員救助供養信息。公開特困人員認定條件、供養標準和供養機構名錄，審批結果在村（居）務公開欄公示，注意保護個人隱私。責任單位：社會救助處。",
                            "臨時救助信息。公開臨時救助對象範圍、救助標準和申請渠道，每季度公開救助人次和支出金額。責任單位：社會救助處牽頭，規劃財務處配合。",
                            "養老服務和兒童福利信息。公開養老機構名錄、服務項目和收費標準，孤兒基本生活費發放標準和發放情況。責任單位：養老服務處、兒童福利處。",
                        ],
                    ),
                    sub(
                        "決策、管理、服務、執行和結果信息公開",
                        &[
                            "重大民政政策出臺前通過門戶網站公開徵求意見並反饋採納情況；公開社會組織登記、年檢和評估等管理信息；公開各類服務指南；定期公開政策執行情況和資金使用結果。",
                        ],
                    ),
                    sub(
                        "其他相關任務",
                        &[
                            "加強基層政務公開，指導各地級以上市民政部門推進鄉鎮（街道）民政事項公開標準化；推動慈善組織依法公開年度工作報告和財務會計報告。",
                        ],
                    ),
                    sub(
                        "具體要求和責任分工",
                        &[
                            "各處室、單位要按照本方案明確的分工，於2018年12月底前完成本領域公開事項梳理，納入主動公開目錄清單。辦公室負責統籌協調。",
                        ],
                    ),
                ],
            ),
            section(
                "組織保障和監督考覈",
                &[],
                vec![
                    sub(
                        "加強組織領導",
                        &[
                            "成立由分管廳領導任組長的政府信息公開工作領導小組，辦公室具體負責日常協調，各處室明確一名信息公開聯絡員。",
                        ],
                    ),
                    sub(
                        "強化考覈評估",
                        &[
                            "將社會公益事業建設領域信息公開情況納入廳機關年度績效考覈，適時引入第三方評估，評估結果作爲評先評優的重要依據。",
                        ],
                    ),
                    sub(
                        "暢通投訴舉報渠道",
                        &[
                            "公佈投訴舉報電話020-83330000和電子郵箱gdmzxxgk@gdmz.gov.cn，羣衆也可通過廳門戶網站“廳長信箱”反映問題，收到投訴後15個工作日內答覆。",
                        ],
                    ),
                    sub(
                        "加強監督檢查",
                        &[
                            "每年對各地民政部門和所監管的社會組織、慈善組織落實本方案情況開展一次監督檢查，結果在全省民政系統通報。",
                        ],
                    ),
                ],
            ),
        ],
        signature: s(&["廣東省民政廳", "2018年9月14日"]),
        after: vec![Block::Text("（聯繫人：陳曉明，聯繫電話：020-83331122）".into())],
    }
}

/// A city bureau: a one-line title, 和 for 及, numbered problems, 保障措施 as section 三.
pub fn education() -> Plan {
    Plan {
        before: Vec::new(),
        title: s(&["清远市教育局推进社会公益事业建设领域政府信息公开工作方案"]),
        preamble: s(&[
            "根据国办发〔2018〕10号文件和省府办公厅有关通知精神，为加快推进我市教育领域政府信息公开，保障人民群众的知情权、参与权和监督权，特制定本方案。",
        ]),
        sections: vec![
            section(
                "现状分析和思路目标",
                &[],
                vec![
                    sub(
                        "基本情况",
                        &[
                            "市教育局已在门户网站开设“教育信息公开”专栏，公开招生入学政策、学校名录和学生资助政策，2017年主动公开信息860余条。",
                        ],
                    ),
                    sub(
                        "主要问题",
                        &[
                            "一是部分县（市、区）义务教育招生信息发布不够及时；二是学生资助信息公开的范围和方式不够规范；三是政策解读不够通俗易懂。",
                        ],
                    ),
                    sub(
                        "思路和目标",
                        &[
                            "坚持公开为常态、不公开为例外的原则，以义务教育、学前教育和学生资助为重点，力争用两年时间建成覆盖全市各级各类学校的教育信息公开体系。",
                        ],
                    ),
                ],
            ),
            section(
                "主要任务和具体措施",
                &[],
                vec![
                    items(
                        "重点公开内容",
                        &[],
                        &[
                            "义务教育招生信息。每年5月底前公开义务教育招生范围、招生条件、招生计划和录取结果，由基础教育科牵头。",
                            "学前教育信息。公开公办和普惠性民办幼儿园名录、收费标准及财政补助资金分配情况，由学前教育科负责。",
                            "学生资助信息。公开家庭经济困难学生资助政策、资助标准和申请程序，受助学生名单在校内公示，不公开身份证号码等个人信息，由学生资助管理中心负责。",
                        ],
                    ),
                    sub(
                        "公开方式",
                        &[
                            "通过市教育局门户网站、“清远教育”微信公众号、学校公告栏和家长会等方式发布，提高信息到达率。决策、管理、服务、执行、结果各环节信息同步公开。",
                        ],
                    ),
                    sub(
                        "其他任务",
                        &["推动各级各类学校公开办学信息，加强县（市、区）教育部门基层政务公开标准化建设。"],
                    ),
                ],
            ),
            section(
                "保障措施",
                &[],
                vec![
                    sub(
                        "加强领导",
                        &["局成立政府信息公开工作领导小组，局长任组长，办公室牵头协调，各科室主要负责人为成员。"],
                    ),
                    sub(
                        "严格考核",
                        &["将信息公开工作纳入对各县（市、区）教育局和直属学校的年度考核，考核结果与评优挂钩。"],
                    ),
                    sub("接受监督", &["设立投诉举报电话0763-3361234，对群众反映的问题及时调查处理并反馈结果。"]),
                    sub("督促检查", &["每半年开展一次督查，对工作不力、群众反映强烈的单位予以通报批评。"]),
                ],
            ),
        ],
        signature: s(&["清远市教育局", "2018年9月10日"]),
        after: Vec::new(),
    }
}

/// A city health bureau: subsection headings and their text in one paragraph.
pub fn health() -> Plan {
    let inline = |t: &str| sub(t, &[]);
    Plan {
        before: Vec::new(),
        title: s(&["韶关市卫生健康局关于推进社会公益事业建设领域政府信息公开的工作方案"]),
        preamble: s(&[
            "为认真贯彻落实《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》（国办发〔2018〕10号）精神，推进我市基本医疗卫生领域政府信息公开，结合我局实际，制定本方案。",
        ]),
        sections: vec![
            section(
                "现状分析及思路目标",
                &[],
                vec![
                    inline(
                        "工作现状。我局按照政务公开工作要求，在门户网站主动公开医疗机构执业登记、传染病疫情和卫生监督执法结果等信息，并通过微信公众号发布健康科普内容。",
                    ),
                    inline(
                        "存在问题。对照国办发〔2018〕10号文件要求，我局在重大疾病预防控制信息公开、基层医疗卫生机构信息公开等方面还存在内容不全、更新不及时等不足。",
                    ),
                    inline(
                        "总体思路。以群众需求为导向，以重大疾病防控、突发公共卫生事件和健康扶贫为重点，完善公开制度，拓宽公开渠道。",
                    ),
                    inline(
                        "工作目标。到2019年底，全市基本医疗卫生领域主动公开事项全部纳入目录管理，公开及时率达到100%。",
                    ),
                    inline("基本原则。坚持依法公开、及时准确、便民实用，涉及国家秘密和个人隐私的依法不予公开。"),
                ],
            ),
            section(
                "主要任务及具体措施",
                &[],
                vec![
                    items(
                        "基本医疗卫生领域公开事项。",
                        &[],
                        &[
                            "重大疾病预防控制信息。及时公开法定传染病疫情、国家免疫规划疫苗接种信息，由疾病预防控制科牵头，市疾控中心配合。",
                            "突发公共卫生事件信息。在事件发生后第一时间发布权威信息，并持续公开处置进展，由卫生应急办负责。",
                            "健康扶贫政策落实信息。公开健康扶贫政策、贫困人口家庭医生签约服务情况，由基层卫生科负责。",
                        ],
                    ),
                    inline(
                        "灾害事故救援中的医疗救治信息。及时公开自然灾害和重大事故灾难中医疗救护与卫生防疫工作情况，由医政医管科负责。",
                    ),
                    inline(
                        "其他相关任务。依托市政务服务平台建设医疗卫生服务事项目录，推动公立医院公开服务价格和诊疗流程。",
                    ),
                    inline(
                        "具体要求和责任分工。各科室要按分工落实，决策、管理、服务、执行和结果信息全流程公开，每季度报送一次工作进展。",
                    ),
                ],
            ),
            section(
                "组织保障和监督考核",
                &[],
                vec![
                    inline("加强组织领导。局主要负责同志对信息公开工作负总责，分管领导具体抓，办公室统筹协调。"),
                    inline("开展考核评估。将信息公开工作纳入年度目标责任考核，每年组织一次评估。"),
                    inline(
                        "畅通投诉举报渠道。群众可拨打12345政务服务便民热线，或登录韶关市卫生健康局门户网站www.sgws.gov.cn反映问题。",
                    ),
                    inline("强化监督检查。对各县（市、区）卫生健康部门落实本方案情况开展监督检查，检查结果予以通报。"),
                ],
            ),
        ],
        signature: s(&["韶关市卫生健康局", "2018年9月12日"]),
        after: Vec::new(),
    }
}

/// A city 实施方案 on the structure of 国办发〔2018〕10号, modelled on seed 001, issued with a
/// covering notice that signs it.
pub fn implementation() -> Plan {
    let inline = |t: &str| sub(t, &[]);
    Plan {
        before: vec![
            Block::Text("江门市人民政府办公室文件".into()),
            Block::Text("江府办〔2018〕36号".into()),
            Block::Text("江门市人民政府办公室关于印发江门市推进社会公益事业建设领域政府信息公开工作实施方案的通知".into()),
            Block::Text("各市（区）人民政府，市政府各部门、各直属机构：".into()),
            Block::Text("经市人民政府同意，现将《江门市推进社会公益事业建设领域政府信息公开工作实施方案》印发给你们，请认真组织实施。实施过程中遇到的问题，请径向市政务公开办反映。".into()),
            Block::Text("江门市人民政府办公室".into()),
            Block::Text("2018年10月8日".into()),
        ],
        title: s(&["江门市推进社会公益事业建设领域政府信息公开工作实施方案"]),
        preamble: Vec::new(),
        sections: vec![
            section("总体要求", &[], vec![
                inline("指导思想。全面贯彻党的十九大精神，坚持以习近平新时代中国特色社会主义思想为指导，按照国办发〔2018〕10号文件部署，进一步加大社会公益事业建设领域信息公开力度。"),
                inline("基本原则。坚持依法依规，除法律法规有禁止性规定的外，社会公益事业建设领域政府信息都应当主动全面予以公开；坚持突出重点、高效便民、问题导向。"),
                inline("工作目标。经过3年左右的努力，公开内容覆盖社会公益事业建设各领域、各环节，公开工作制度化、规范化、标准化水平显著提高。"),
            ]),
            section("明确公开内容", &[], vec![
                inline("公开决策信息。对群众利益影响直接、社会关注度高的重要改革方案、重大政策措施、重点建设项目，要广泛征求意见并公开意见采纳情况。"),
                inline("公开管理和服务信息。重点公开从事社会公益事业的公共企事业单位、社会组织名录，全面公开基本公共服务的项目清单、服务指南和服务标准。"),
                inline("公开执行和结果信息。主动公开重要政策落实情况和社会公益事业建设资金分配和使用情况，及时公开评估结果。"),
            ]),
            section("突出公开重点", &["各市（区）、各部门要以社会高度关注、公益色彩浓厚的社会公益事业为重点，着力推进以下领域的政府信息公开。"], vec![
                inline("脱贫攻坚领域。及时公开扶贫政策、扶贫规划、扶贫项目和资金安排情况，向特定群体公开贫困识别、贫困退出和帮扶责任人等信息。责任单位：市扶贫办牵头，各市（区）人民政府配合。"),
                inline("社会救助和社会福利领域。全面公开救助对象认定、救助标准、福利补贴申领及审批程序等政策，公开救助款物的管理使用情况。责任单位：市民政局牵头，市教育局、人力资源社会保障局、住房城乡建设局、卫生健康局配合。"),
                inline("教育领域。重点公开义务教育、学前教育的相关政策、经费投入和使用、困难学生资助实施情况。责任单位：市教育局。"),
                inline("环境保护领域。重点公开环境污染防治政策措施、污染源监测、建设项目环境影响评价审批和环境执法信息。责任单位：市生态环境局。"),
            ]),
            section("增强公开实效", &[], vec![
                inline("扩大公开范围。各部门要梳理细化本领域应当公开的事项，主动、全面、及时公开相关政府信息。"),
                inline("完善公开方式。充分发挥政府网站、政务服务平台的作用，灵活运用政务新媒体、手机短信、公告栏等方式精准推送信息。"),
                inline("加强解读引导。对出台的相关政策措施，及时做好解读，加强热点舆情的预判、跟踪和处置。"),
            ]),
            section("强化保障措施", &[], vec![
                inline("抓好组织实施。各部门要充分认识推进社会公益事业建设领域政府信息公开的重要性，结合全面推进政务公开做好统筹谋划。"),
                inline("开展考核评估。将社会公益事业建设领域政府信息公开情况纳入年度政务公开绩效考核。畅通群众投诉举报渠道，群众可拨打投诉举报电话0750-3500000，或登录市政府门户网站“政民互动”栏目反映问题。"),
                inline("强化监督问责。市政务公开办要加强监督检查，建立定期通报制度，对落实不到位的予以通报批评。"),
            ]),
        ],
        signature: Vec::new(),
        after: Vec::new(),
    }
}
