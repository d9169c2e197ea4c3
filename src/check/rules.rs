//! The rules: stable id, severity and what each checks. Reviewers see the ids; the README lists
//! them (keep it in step).

/// Error blocks "ready for filing"; a warning is shown but does not block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "提示",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// What the rule checks, in Chinese (shown to reviewers).
    pub summary: &'static str,
}

macro_rules! rules {
    ($($name:ident = $id:literal, $sev:ident, $summary:literal;)*) => {
        $(pub static $name: Rule = Rule { id: $id, severity: Severity::$sev, summary: $summary };)*
        /// Every rule, in the order of the template.
        pub static RULES: &[&Rule] = &[$(&$name),*];
    };
}

rules! {
    COVER_UNIT = "COVER-UNIT", Error, "已填写制定单位";
    COVER_DATE = "COVER-DATE", Error, "成文日期已填写且是有效日期";
    COVER_DEADLINE = "COVER-DEADLINE", Warning, "成文日期（以印发通知印发的，为印发日期）不晚于备案截止日期";
    COVER_DATE_NOTICE = "COVER-DATE-NOTICE", Error, "成文日期不早于所落实的上级通知的日期";
    COVER_DOC_NUMBER = "COVER-DOCNO", Error, "发文字号（如填写）格式为机关代字〔年份〕序号号";
    COVER_DOC_NUMBER_YEAR = "COVER-DOCNO-YEAR", Warning, "发文字号的年份与成文日期一致";
    ISSUING_DOC_NUMBER = "COVER-ISSUING-DOCNO", Error, "以印发通知印发时，通知写明了发文字号，格式为机关代字〔年份〕序号号";
    ISSUING_ADDRESSEE = "COVER-ISSUING-ADDRESSEE", Error, "以印发通知印发时，通知写明了主送机关";
    ISSUING_DATE = "COVER-ISSUING-DATE", Error, "以印发通知印发时，通知日期已填写、有效，且不早于方案的成文日期";
    TEXT_REQUIRED = "TEXT-REQUIRED", Error, "必填的文字部分不为空（不能只有空格或标点）";
    TEXT_SHORT = "TEXT-SHORT", Warning, "文字部分不少于30字（不计空格和标点）";
    PLACEHOLDER = "PLACEHOLDER", Error, "没有残留占位文字（XX、××、某某、待补充、TODO）或照抄的模板说明";
    PREAMBLE_CITATION = "PREAMBLE-CITATION", Warning, "前言引用了国办发〔2018〕10号";
    AREA_NONE = "S2-AREA-NONE", Error, "至少选择了一个重点领域";
    AREA_EMPTY = "S2-AREA-EMPTY", Error, "每个选择的领域至少有一个公开事项";
    ITEM_FIELDS = "S2-ITEM-FIELDS", Error, "公开事项的每个必填字段都已填写";
    ITEM_BASIS = "S2-ITEM-BASIS", Warning, "公开事项的公开依据写明了具体的法律法规或文件（书名号中的名称或文号）";
    ITEM_PRIVACY = "S2-ITEM-PRIVACY", Error, "涉及个人信息（姓名、身份证号、住址等）的事项不向全社会公开";
    ITEM_UNADAPTED = "S2-ITEM-UNADAPTED", Warning, "从参考目录添加的事项已按本单位实际修改";
    SOLE_LEAD = "S2-SOLE-LEAD", Warning, "5个以上事项时，并非全部由同一单位单独牵头";
    CATEGORY_COVERAGE = "S2-CATEGORY-COVERAGE", Warning, "决策、管理、服务、执行、结果五类信息在方案中都有体现";
    TASK_NONE = "S2-TASK-NONE", Warning, "至少承担一项其他相关任务";
    TASK_FIELDS = "S2-TASK-FIELDS", Error, "其他相关任务写明了名称、内容和牵头单位";
    IMPORT_UNPLACED = "IMPORT-UNPLACED", Warning, "从 Word 文档导入时未能归类的内容已移到方案的相应部分";
    COMPLAINT_CHANNEL = "S3-COMPLAINT-CHANNEL", Error, "投诉举报渠道写明了具体的电话、邮箱、网址或信箱、公众号、热线";
    DOC_TITLE = "DOC-TITLE", Error, "Word文档：有方案标题";
    DOC_SECTIONS = "DOC-SECTIONS", Error, "Word文档（省模板工作方案）：现状分析及思路目标、主要任务及具体措施、组织保障和监督考核三个部分齐全";
    DOC_ORDER = "DOC-ORDER", Error, "Word文档（省模板工作方案）：三个部分的顺序与模板一致";
    DOC_REPEAT = "DOC-REPEAT", Error, "Word文档（省模板工作方案）：没有重复出现的部分（同一部分标题只出现一次）";
    DOC_PREAMBLE = "DOC-PREAMBLE", Error, "Word文档（省模板工作方案）：标题之后、第一部分之前有前言";
    DOC_SECTIONS_IMPL = "DOC-SECTIONS-IMPL", Warning, "Word文档（国办发结构实施方案）：总体要求、明确公开内容、突出公开重点、增强公开实效、强化保障措施齐全";
    DOC_ORDER_IMPL = "DOC-ORDER-IMPL", Warning, "Word文档（国办发结构实施方案）：各部分的顺序与国办发〔2018〕10号一致";
    DOC_REPEAT_IMPL = "DOC-REPEAT-IMPL", Warning, "Word文档（国办发结构实施方案）：没有重复出现的部分（同一部分标题只出现一次）";
    DOC_PREAMBLE_IMPL = "DOC-PREAMBLE-IMPL", Warning, "Word文档（国办发结构实施方案）：有前言或印发通知";
    DOC_SECTION_CONTENT = "DOC-SECTION-CONTENT", Error, "Word文档：每个部分都有实际内容（不少于30字，不计小标题）";
    DOC_REPEAT_TEXT = "DOC-REPEAT-TEXT", Warning, "Word文档：正文没有逐字重复的段落（不少于30字，不计责任单位行和表格）";
    DOC_TOPICS = "DOC-TOPICS", Warning, "Word文档：各部分写到了模板（或国办发〔2018〕10号）要求的要点";
    DOC_AREAS = "DOC-AREAS", Error, "Word文档：主要任务部分写明了本单位负责的重点领域";
    DOC_RESPONSIBILITY = "DOC-RESPONSIBILITY", Warning, "Word文档：主要任务部分明确了责任单位或责任分工";
    DOC_COMPLAINT = "DOC-COMPLAINT", Error, "Word文档：组织保障部分或写投诉、举报、监督的语句中有具体的投诉举报渠道（热线须有号码；日期、文号、联系人电话不算）";
    DOC_CITATION = "DOC-CITATION", Warning, "Word文档：引用了国办发〔2018〕10号";
    DOC_DOC_NUMBER = "DOC-DOCNO", Warning, "Word文档：文号按GB/T 9704书写（机关代字〔年份〕序号号，序号前不加“第”）";
    DOC_UNIT = "DOC-UNIT", Error, "Word文档：落款写明了制定单位";
    DOC_DATE = "DOC-DATE", Error, "Word文档：落款写明了成文日期";
    DOC_NUMBER_TWICE = "DOC-NUMBER-TWICE", Warning, "Word文档：标题的编号只出现一次（没有在自动编号之后又键入同样的编号）";
    DOC_DATE_FIELD = "DOC-DATE-FIELD", Warning, "Word文档：落款的成文日期是固定文字，不是打开文档时自动更新为当天的日期域";
    PROGRESS_STATUS = "PROGRESS-STATUS", Error, "年度进展：每个公开事项都填写了落实情况";
    PROGRESS_REASON = "PROGRESS-REASON", Error, "年度进展：尚未公开、不再适用的事项写明了原因";
    PROGRESS_PLACE = "PROGRESS-PLACE", Error, "年度进展：已公开的事项写明了公开栏目或网址，网址格式正确";
    PROGRESS_COUNT = "PROGRESS-COUNT", Error, "年度进展：公开信息数（如填写）是整数";
    PROGRESS_REPORT = "PROGRESS-REPORT", Error, "年度进展：报告的总体情况、主要做法和成效、存在问题、下一步工作和日期都已填写";
    PROGRESS_DATE = "PROGRESS-DATE", Warning, "年度进展：报告在次年2月底前报送";
}

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}
