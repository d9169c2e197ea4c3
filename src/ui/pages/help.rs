//! 使用说明: a short guide for a first-time clerk — what the plan is, the steps (including
//! importing a plan written in Word), reviewing plans sent in, how filing works, where drafts are
//! kept, and the keyboard shortcuts.

use leptos::prelude::*;

use crate::ui::layout::PageHeader;
use crate::ui::state::{Page, use_app};

#[component]
pub fn HelpPage() -> impl IntoView {
    let state = use_app();
    let deadline = move || {
        state.plan.with(|p| {
            let n = &p.cover.notice;
            match n.deadline() {
                Some(d) => format!(
                    "按照{}，应自通知下发之日起{}个月内（即{}前）报{}备案。",
                    n.issuer.trim(),
                    n.period_months,
                    d.chinese(),
                    n.recipient.trim()
                ),
                None => format!("应在上级通知规定的期限内报{}备案。", n.recipient.trim()),
            }
        })
    };
    view! {
        <div class="page page--narrow prose">
            <PageHeader title="使用说明" />
            <h2>"这是什么"</h2>
            <p>"根据《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》（国办发〔2018〕10号）和上级通知，各有关单位要按照统一的《工作方案模板》制定本单位推进社会公益事业建设领域政府信息公开的工作方案。本程序按模板逐项引导填写，随时检查是否完整，并导出符合《党政机关公文格式》（GB/T 9704-2012）的 Word 文件。"</p>
            <h2>"怎么做"</h2>
            <ol>
                <li>"在"<a href=Page::Tasks.href()>"任务清单"</a>"中逐项填写。每一页右侧有模板的填写要求和国办发〔2018〕10号的相关要求。"</li>
                <li>"先填“文件信息”（制定单位、成文日期），再按顺序填写前言和一、二、三部分。点击“保存并继续”进入下一部分。"</li>
                <li>"已经用 Word 或 WPS 写好了方案：在“"<a href=Page::Drafts.href()>"草稿和文件"</a>"”中点击“从 Word 文档导入”，程序识别各部分、重点领域和公开事项，列出放入草稿的位置，确认后作为新草稿继续填写；识别不了的内容保存在“导入时未归类的内容”中，不会丢失。"</li>
                <li>"在“选择重点领域”中勾选本单位负责的领域，再为每个领域添加公开事项：可从参考目录一键添加后修改。"</li>
                <li>"牵头单位汇总配合单位的内容时：请配合单位把方案保存为文件发来（也可以是配合单位自己写的 Word 方案），在该领域页面的“从配合单位的方案导入事项”中打开，勾选要导入的事项即可。"</li>
                <li>"页面顶部的“完整度”随时显示检查情况。“"<a href=Page::Check.href()>"检查结果"</a>"”列出所有问题，点击即可跳到要修改的位置。"</li>
                <li>"在“"<a href=Page::Export.href()>"检查并导出"</a>"”核对全部内容后，下载工作方案、报备函和主动公开目录清单。"</li>
            </ol>
            <h2>"审核报送的方案"</h2>
            <p>"审核单位在“"<a href=Page::Review.href()>"审核"</a>"”中可以一次打开多份方案：本程序保存的方案文件和导出的 Word 文档按全部规则检查；各单位自己用 Word 写的方案，程序按文档结构检查，并说明识别为省模板工作方案还是按国办发〔2018〕10号结构写的实施方案（后者结构不同只作提示），同时列出识别出的各部分，便于核对。旧版 .doc、.wps 文件和设了密码的文档请先在 Word 或 WPS 中另存为 .docx。"</p>
            <p>"打开的方案按单位登记到“"<a href=Page::Ledger.href()>"报备台账"</a>"”：台账列出应报送的单位（按省通知列出的各重点领域牵头和会同部门预先填好，可增删）、收到日期、是否按期（通知印发之日起三个月内，最后一天报送的算按时）、审核结论和每年的进展报告，可下载汇总表（Word）、台账（Excel）和台账文件。单位名称写法不同（如简称）时，先询问是哪个单位再登记。"</p>
            <h2>"怎样报备"</h2>
            <p>{deadline}</p>
            <p>"报备时报送导出的报备函和工作方案；同时要把工作方案在本单位门户网站公开，接受社会监督。每年2月底前报送上一年度的工作进展情况。"</p>
            <p>"状态“已完成”只表示该部分已填写完整，并不表示已经报备。"</p>
            <p>"报备后，在“"<a href=Page::Progress.href()>"年度工作进展"</a>"”中按年度记录每个公开事项的落实情况，生成报送省府办公厅的进展情况报告，以及写入政府信息公开年度报告的段落。“检查并导出”中还可以下载在门户网站发布的网页版方案（HTML）。"</p>
            <h2>"草稿保存在哪里"</h2>
            <p>"填写的内容自动保存在本浏览器中，只有这台电脑上的这个浏览器能看到；清理浏览器数据会删除草稿。请经常在“"<a href=Page::Drafts.href()>"草稿和文件"</a>"”中点击“保存工作方案文件”另存一份文件；换电脑时用“打开工作方案文件”继续编辑。方案内容不会上传到任何服务器。"</p>
            <p>"同一份草稿可以同时在几个窗口（标签页）中打开：一个窗口保存后，其他窗口随即显示最新内容；两个窗口改了不同的地方，两处修改都会保留；改了同一处时，后保存的窗口会暂停自动保存并请你选择，不会互相覆盖。"</p>
            <h2>"键盘操作"</h2>
            <table class="table">
                <thead><tr><th scope="col">"按键"</th><th scope="col">"作用"</th></tr></thead>
                <tbody>
                    <tr><td><kbd>"Ctrl"</kbd>" + "<kbd>"S"</kbd></td><td>"保存工作方案文件（.json）"</td></tr>
                    <tr><td><kbd>"Alt"</kbd>" + "<kbd>"PageDown"</kbd></td><td>"下一部分"</td></tr>
                    <tr><td><kbd>"Alt"</kbd>" + "<kbd>"PageUp"</kbd></td><td>"上一部分"</td></tr>
                    <tr><td><kbd>"Tab"</kbd>" / "<kbd>"Shift"</kbd>" + "<kbd>"Tab"</kbd></td><td>"在输入框、按钮和链接之间移动"</td></tr>
                    <tr><td><kbd>"Enter"</kbd>" / "<kbd>"空格"</kbd></td><td>"按下按钮、勾选选项"</td></tr>
                </tbody>
            </table>
            <p>"页面最上方的“跳到主要内容”链接可跳过导航。点击页头的“大字模式”可放大全部文字。"</p>
        </div>
    }
}
