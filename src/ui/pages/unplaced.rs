//! 导入时未归类的内容: text of an imported Word document that could not be placed in any part,
//! kept so that nothing is lost. Each block shows where it came from, can be edited or copied
//! from, and deleted once its content has been moved (with undo).

use leptos::prelude::*;

use crate::model::{Part, Unplaced};
use crate::ui::announce;
use crate::ui::fields::{Lens, TextArea};
use crate::ui::layout::PartFrame;
use crate::ui::state::{Page, use_app};

#[component]
pub fn UnplacedPage() -> impl IntoView {
    let state = use_app();
    let count = Memo::new(move |_| state.plan.with(|p| p.unplaced.len()));
    let deleted = RwSignal::new(None::<(usize, Unplaced)>);
    let block = move |i: usize| {
        let lens = Lens::new(
            state,
            move |p| p.unplaced.get(i).map_or("", |u| u.text.as_str()),
            move |p, v| {
                if let Some(u) = p.unplaced.get_mut(i) {
                    u.text = v;
                }
            },
        );
        let from = state.plan.with_untracked(|p| p.unplaced.get(i).map(|u| u.from.clone()).unwrap_or_default());
        let label = format!("来自 Word 文档：{from}");
        view! {
            <div class="unplaced">
                <TextArea id=format!("unplaced-{i}") label=label lens=lens rows=4 />
                <button type="button" class="button button--warning button--small" id=format!("unplaced-delete-{i}")
                    on:click=move |_| {
                        let mut removed = None;
                        state.edit(|p| if i < p.unplaced.len() { removed = Some(p.unplaced.remove(i)); });
                        if let Some(r) = removed {
                            announce(&format!("已删除“{}”", r.from));
                            deleted.set(Some((i, r)));
                        }
                    }>{format!("已处理，删除这一段（{from}）")}</button>
            </div>
        }
    };
    view! {
        <PartFrame part=Part::Unplaced>
            <p class="hint">"以下内容来自导入的 Word 文档，程序没能判断它们属于哪一部分。请把需要的文字复制到相应部分，然后删除这一段。"</p>
            <Show when=move || deleted.with(Option::is_some)>
                <div class="notice notice--undo" role="status">
                    <span>{move || deleted.with(|d| d.as_ref().map(|(_, u)| format!("已删除“{}”。", u.from)).unwrap_or_default())}</span>
                    <button type="button" class="button button--secondary button--small" id="unplaced-undo" on:click=move |_| {
                        if let Some((i, u)) = deleted.get_untracked() {
                            state.edit(|p| { let at = i.min(p.unplaced.len()); p.unplaced.insert(at, u); });
                            deleted.set(None);
                            announce("已撤销删除");
                        }
                    }>"撤销"</button>
                </div>
            </Show>
            {move || (0..count.get()).map(block).collect_view()}
            <Show when=move || count.get() == 0>
                <p class="empty">"所有导入的内容都已处理。" <a href=Page::Tasks.href()>"返回任务清单"</a></p>
            </Show>
        </PartFrame>
    }
}
