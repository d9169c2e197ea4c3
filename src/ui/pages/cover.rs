//! The cover page (文件信息): issuing unit, title and its line break (a preview exactly as wide
//! as the type area at the title size), date of the plan with the filing deadline, the notice
//! being implemented (with its 文号), the issuing notice (印发通知) when the plan is issued by one,
//! and the filing-letter fields (the unit's self-reference).

use leptos::prelude::*;

use crate::check::Field;
use crate::model::{Cover, Date, DocNumber, Part};
use crate::ui::checks::error_signal;
use crate::ui::fields::{Lens, TextArea, TextInput};
use crate::ui::layout::PartFrame;
use crate::ui::state::use_app;

#[component]
pub fn CoverPage() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let unit = Lens::new(state, |p| &p.cover.unit, |p, v| p.cover.unit = v);
    let title = Lens::computed(state, |p| p.title(), |p, v| p.cover.title = Some(v));
    let date = Lens::new(state, |p| &p.cover.date, |p, v| p.cover.date = v);
    let notice_title = Lens::new(state, |p| &p.cover.notice.title, |p, v| p.cover.notice.title = v);
    let notice_number = Lens::new(state, |p| &p.cover.notice.number, |p, v| p.cover.notice.number = v);
    let self_name = Lens::new(state, |p| &p.cover.self_name, |p, v| p.cover.self_name = v);
    let notice_issuer = Lens::new(state, |p| &p.cover.notice.issuer, |p, v| p.cover.notice.issuer = v);
    let notice_date = Lens::new(state, |p| &p.cover.notice.date, |p, v| p.cover.notice.date = v);
    let notice_months = Lens::computed(
        state,
        |p| p.cover.notice.period_months.to_string(),
        |p, v| {
            if let Ok(n @ 1..=36) = v.trim().parse::<u32>() {
                p.cover.notice.period_months = n;
            }
        },
    );
    let recipient = Lens::new(state, |p| &p.cover.notice.recipient, |p, v| p.cover.notice.recipient = v);
    let doc_number = Lens::new(state, |p| &p.cover.letter.doc_number, |p, v| p.cover.letter.doc_number = v);
    let addressee = Lens::new(state, |p| &p.cover.letter.addressee, |p, v| p.cover.letter.addressee = v);
    let contact = Lens::new(state, |p| &p.cover.letter.contact, |p, v| p.cover.letter.contact = v);
    let phone = Lens::new(state, |p| &p.cover.letter.phone, |p, v| p.cover.letter.phone = v);
    let department = Lens::new(state, |p| &p.cover.department, |p, v| p.cover.department = v);

    let title_edited = move || plan.with(|p| p.cover.title.is_some());
    let lines = Memo::new(move |_| plan.with(|p| p.cover.title_lines()));
    let break_options = move || {
        let (title, chosen) = plan.with(|p| (p.title(), p.cover.title_break));
        let auto = view! { <option value="" selected=chosen.is_none()>"自动（按词断行，两行长短相宜）"</option> };
        let choices = crate::title::break_choices(&title)
            .into_iter()
            .filter_map(|at| crate::title::lines_with_break(&title, at).map(|lines| (at, lines.join("｜"))))
            .map(|(at, label)| view! { <option value=at.to_string() selected=chosen == Some(at)>{label}</option> })
            .collect_view();
        (auto, choices)
    };
    let derived_self =
        move || plan.with(|p| crate::model::Cover { self_name: String::new(), ..p.cover.clone() }.self_reference());
    let date_feedback = move || {
        plan.with(|p| {
            Date::parse(p.cover.date.trim())
                .ok()
                .map(|d| view! { <p class="feedback">{format!("文中写作：{}", d.chinese())}</p> })
        })
    };
    let deadline = move || plan.with(|p| deadline_text(&p.cover));

    view! {
        <PartFrame part=Part::Cover>
            <TextInput id="field-unit".into() label="制定单位".into() lens=unit error=error_signal(state, Field::Unit)
                hint="写单位全称，例如：广东省民政厅" />
            <TextInput id="field-department".into() label="方案所代表的部门".into() lens=department optional=true
                hint="方案由部门的办公室等内设机构制定或印发时，填写部门全称（公开主体），例如：广东省卫生健康委员会；不填则与制定单位相同。" />
            <div class="field">
                <TextInput id="field-title".into() label="标题".into() lens=title error=error_signal(state, Field::Title)
                    hint="根据制定单位自动生成，可以修改。" />
                <Show when=title_edited>
                    <button type="button" class="button button--secondary button--small"
                        on:click=move |_| state.edit(|p| p.cover.title = None)>
                        "恢复自动生成的标题"
                    </button>
                </Show>
            </div>
            <div class="field">
                <label class="label" for="field-title-break">"标题换行位置"</label>
                <p class="hint" id="field-title-break-hint">"2号字在版心内一行最多排20个字。标题回行要词意完整、排列对称（梯形或菱形），只能在词与词之间换行。"</p>
                <select id="field-title-break" class="select" aria-describedby="field-title-break-hint"
                    on:change=move |ev| {
                        let at = event_target_value(&ev).parse::<usize>().ok();
                        state.edit(|p| p.cover.title_break = at);
                    }>
                    {break_options}
                </select>
                <div class="title-preview" role="group" aria-label="标题排版预览（虚线框为版心宽度）">
                    {move || lines.get().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                </div>
                <p class="hint">"虚线框与导出文件的版心等宽：2号字每行20字。"</p>
            </div>
            <TextInput id="field-date".into() label="成文日期".into() lens=date width="input--short" error=error_signal(state, Field::Date)
                hint="例如：2018年9月3日 或 2018-09-03" />
            {date_feedback}
            <p class="feedback" id="deadline">{deadline}</p>

            <IssuingFields />

            <details class="details">
                <summary>"上级通知和备案要求（执行其他通知的单位请修改）"</summary>
                <div class="details__body">
                    <TextInput id="field-notice-title".into() label="上级通知标题".into() lens=notice_title />
                    <TextInput id="field-notice-number".into() label="上级通知文号".into() lens=notice_number optional=true
                        width="input--short" hint="报备函引用通知时在标题后写明文号，如 粤府办〔2018〕X号；不填则只写标题。" />
                    {move || plan.with(|p| DocNumber::parse(&p.cover.notice.number).ok())
                        .filter(|n| plan.with(|p| n.to_string() != p.cover.notice.number.trim()))
                        .map(|n| view! { <p class="feedback">{format!("文中写作：{n}")}</p> })}
                    <TextInput id="field-notice-issuer".into() label="发文机关".into() lens=notice_issuer />
                    <TextInput id="field-notice-date".into() label="通知日期".into() lens=notice_date width="input--short" />
                    <TextInput id="field-notice-months".into() label="备案期限（月）".into() lens=notice_months
                        width="input--tiny" kind="number" hint="自通知下发之日起的月数" />
                    <TextInput id="field-recipient".into() label="备案单位".into() lens=recipient />
                </div>
            </details>

            <fieldset class="fieldset">
                <legend>"报备函"</legend>
                <TextInput id="field-doc-number".into() label="发文字号".into() lens=doc_number optional=true
                    width="input--short" hint="例如：粤民函〔2018〕123号" error=error_signal(state, Field::DocNumber) />
                {move || plan.with(|p| DocNumber::parse(&p.cover.letter.doc_number).ok())
                    .filter(|n| plan.with(|p| n.to_string() != p.cover.letter.doc_number.trim()))
                    .map(|n| view! { <p class="feedback">{format!("文中写作：{n}")}</p> })}
                <TextInput id="field-addressee".into() label="主送".into() lens=addressee optional=true
                    hint=format!("不填则为备案单位：{}", plan.with_untracked(|p| p.cover.notice.recipient.clone())) />
                <TextInput id="field-self-name".into() label="函中自称".into() lens=self_name optional=true width="input--short"
                    hint=format!("报备函中本单位的自称（我厅、我局、我委……），不填则为“{}”", derived_self()) />
                <TextInput id="field-contact".into() label="联系人".into() lens=contact width="input--short" />
                <TextInput id="field-phone".into() label="联系电话".into() lens=phone width="input--short" kind="tel" />
            </fieldset>
        </PartFrame>
    }
}

/// The issuing notice (印发通知): a checkbox, and its fields while it is ticked.
#[component]
fn IssuingFields() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let enabled = Memo::new(move |_| plan.with(|p| p.cover.issuing.enabled));
    let number = Lens::new(state, |p| &p.cover.issuing.number, |p, v| p.cover.issuing.number = v);
    let addressees = Lens::new(state, |p| &p.cover.issuing.addressees, |p, v| p.cover.issuing.addressees = v);
    let body = Lens::computed(state, |p| p.cover.issuing.body_text(&p.title()), |p, v| p.cover.issuing.body = Some(v));
    let office = Lens::new(state, |p| &p.cover.issuing.office, |p, v| p.cover.issuing.office = v);
    let date = Lens::new(state, |p| &p.cover.issuing.date, |p, v| p.cover.issuing.date = v);
    let body_edited = move || plan.with(|p| p.cover.issuing.body.is_some());
    let title = move || plan.with(|p| format!("通知标题：{}", p.cover.issuing_title()));
    let number_feedback = move || {
        plan.with(|p| DocNumber::parse(&p.cover.issuing.number).ok())
            .filter(|n| plan.with(|p| n.to_string() != p.cover.issuing.number.trim()))
            .map(|n| view! { <p class="feedback">{format!("文中写作：{n}")}</p> })
    };
    let date_feedback = move || {
        plan.with(|p| p.cover.issuing.parsed_date())
            .map(|d| view! { <p class="feedback">{format!("文中写作：{}", d.chinese())}</p> })
    };
    view! {
        <fieldset class="fieldset">
            <legend>"印发通知"</legend>
            <div class="checkbox">
                <input type="checkbox" id="field-issuing" class="checkbox__input" aria-describedby="field-issuing-hint"
                    prop:checked=enabled
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.edit(|p| p.cover.issuing.enabled = on);
                    } />
                <label for="field-issuing" class="checkbox__label">"以印发通知印发本方案"</label>
                <p class="hint checkbox__hint" id="field-issuing-hint">
                    "勾选后，导出的Word文件第一页是印发通知（关于印发……的通知），方案作为通知的附件排在其后，方案本身不再落款；报备函写明印发通知的文号。不勾选则方案单独落款。"
                </p>
            </div>
            <Show when=move || enabled.get()>
                <p class="feedback" id="issuing-title">{title}</p>
                <TextInput id="field-issuing-number".into() label="通知发文字号".into() lens=number width="input--short"
                    hint="例如：粤卫办函〔2018〕447号" error=error_signal(state, Field::IssuingNumber) />
                {number_feedback}
                <TextArea id="field-issuing-addressees".into() label="主送机关".into() lens=addressees rows=2
                    hint="按文件写法填写，例如：各地级以上市卫生计生局（委），委机关各处室，委直属各单位"
                    error=error_signal(state, Field::IssuingAddressees) />
                <div class="field">
                    <TextArea id="field-issuing-body".into() label="通知正文".into() lens=body rows=3
                        hint="根据方案标题自动生成，可以修改（例如写明“经委领导同意”）。"
                        error=error_signal(state, Field::IssuingBody) />
                    <Show when=body_edited>
                        <button type="button" class="button button--secondary button--small"
                            on:click=move |_| state.edit(|p| p.cover.issuing.body = None)>
                            "恢复自动生成的正文"
                        </button>
                    </Show>
                </div>
                <TextInput id="field-issuing-office".into() label="发文机关（落款）".into() lens=office optional=true
                    hint="例如：广东省卫生健康委员会办公室；不填则为制定单位" />
                <TextInput id="field-issuing-date".into() label="印发日期".into() lens=date width="input--short"
                    hint="例如：2018年9月5日 或 2018-09-05；不早于方案的成文日期" error=error_signal(state, Field::IssuingDate) />
                {date_feedback}
            </Show>
        </fieldset>
    }
}

fn deadline_text(cover: &Cover) -> String {
    let Some(deadline) = cover.notice.deadline() else {
        return "上级通知日期无法识别，无法计算备案截止日期。".into();
    };
    let base = format!("备案截止日期：{}（通知下发之日起{}个月内）", deadline.chinese(), cover.notice.period_months);
    match cover.plan_date() {
        Some(d) if d > deadline => format!("{base}。注意：成文日期晚于备案截止日期。"),
        _ => base,
    }
}
