//! 检查结果: the completeness score and verdict, every finding grouped by part with a link that
//! moves focus to the field, and the area × 信息类别 coverage matrix. Opening it reveals the
//! errors of every part.

use leptos::prelude::*;

use crate::check::{Coverage, Severity};
use crate::model::InfoCategory;
use crate::ui::layout::PageHeader;
use crate::ui::state::{Page, use_app};

/// A finding's severity as a coloured tag (错误 red, 提示 yellow).
pub fn severity_tag(severity: Severity) -> impl IntoView {
    let class = match severity {
        Severity::Error => "tag tag--red",
        Severity::Warning => "tag tag--yellow",
    };
    view! { <strong class=class>{severity.label()}</strong> }
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let state = use_app();
    state.reveal_all();
    let groups = Memo::new(move |_| {
        state.report.with(|r| {
            state.plan.with(|p| {
                p.parts()
                    .into_iter()
                    .map(|part| (part, r.for_part(part).into_iter().cloned().collect::<Vec<_>>()))
                    .filter(|(_, f)| !f.is_empty())
                    .collect::<Vec<_>>()
            })
        })
    });
    let coverage = Memo::new(move |_| state.plan.with(Coverage::of));
    let counts = move || state.report.with(|r| (r.errors().count(), r.warnings().count()));

    view! {
        <div class="page page--narrow">
            <PageHeader title="检查结果" back=true />
            <div class="verdict-panel" class:verdict-panel--ready=move || state.report.with(|r| r.ready())>
                <p class="verdict-panel__score">{move || format!("完整度 {}%", state.report.with(|r| r.score()))}</p>
                <p class="verdict-panel__verdict">{move || state.report.with(|r| r.verdict())}</p>
                <p>{move || { let (e, w) = counts(); format!("{e} 个错误（必须修改），{w} 个提示（建议修改）") }}</p>
            </div>
            <p class="hint">"完整度按每一项检查计算：错误项计 1 分、提示项计 ½ 分。没有错误即可报备。"</p>

            <Show when=move || !groups.with(Vec::is_empty) fallback=|| view! {
                <p class="notice notice--ready">"没有发现问题。"</p>
            }>
                {move || groups.get().into_iter().map(|(part, findings)| view! {
                    <section class="findings" aria-labelledby=format!("findings-{}", part.slug())>
                        <h2 class="section-title" id=format!("findings-{}", part.slug())>
                            <a href=Page::Part(part).href()>{part.title()}</a>
                        </h2>
                        <ul class="findings__list">
                            {findings.into_iter().map(|f| {
                                let field = f.field;
                                view! {
                                    <li class="finding">
                                        {severity_tag(f.severity())}
                                        <a href=Page::Part(part).href() on:click=move |ev| { ev.prevent_default(); state.focus_field(field); }>
                                            {f.message}
                                        </a>
                                        <span class="finding__rule">{f.rule.id}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view()}
            </Show>

            <h2 class="section-title" id="coverage-heading">"信息类别覆盖情况"</h2>
            <p class="hint">"各重点领域的公开事项在五类信息中的分布（事项数）。一类信息在整个方案中都没有体现时会给出提示。"</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="coverage-heading">
                <table class="table coverage">
                    <thead>
                        <tr>
                            <th scope="col">"重点领域"</th>
                            {InfoCategory::ALL.map(|c| view! { <th scope="col">{c.label()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || coverage.get().rows.into_iter().map(|(area, counts)| view! {
                            <tr>
                                <th scope="row">{area.label()}</th>
                                {counts.map(|n| view! { <td class:coverage--empty=n == 0>{if n == 0 { "—".to_string() } else { n.to_string() }}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                        <tr>
                            <th scope="row">"公开内容总体要求"</th>
                            {move || coverage.get().blocks.map(|b| view! { <td>{if b { "已写明" } else { "—" }}</td> }).collect_view()}
                        </tr>
                    </tbody>
                </table>
            </div>
        </div>
    }
}
