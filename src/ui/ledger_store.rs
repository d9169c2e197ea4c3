//! The office's filing ledger ([`crate::review::ledger`]) in the browser: read from storage
//! (IndexedDB, see `public/store.js`) when first shown, and every change read-modify-written —
//! the stored ledger is read again, changed and written back before the page shows it — so two
//! tabs of the office never undo each other's entries. Plans opened on the review page are
//! recorded here; when an opened plan's unit matches no entry exactly, the review page asks
//! ([`Question`]). A stored ledger that cannot be read is never written over.

use std::cell::Cell;

use leptos::prelude::*;

use super::storage;
use crate::model::Date;
use crate::review::ledger::{Ledger, Receipt, UnitMatch};
use crate::review::{Decision, Reviewed};

/// A plan whose unit matches no ledger entry exactly: the reviewer says which entry it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: u64,
    pub receipt: Receipt,
    /// Entries that may be meant (position, name), best first.
    pub candidates: Vec<(usize, String)>,
}

/// The reviewer's answer to a [`Question`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// The plan is this entry's.
    Entry(usize),
    /// A department not in the ledger: add it.
    Add,
    /// Not a plan the ledger follows.
    Skip,
}

/// The ledger as the pages show it.
#[derive(Clone, Copy)]
pub struct LedgerState {
    pub ledger: RwSignal<Ledger>,
    /// Read from storage (changes wait for it).
    pub loaded: RwSignal<bool>,
    /// Why the stored ledger cannot be used or a change was not saved.
    pub error: RwSignal<Option<String>>,
    /// The stored text that could not be read (offered for download).
    pub damaged: RwSignal<Option<String>>,
    pub questions: RwSignal<Vec<Question>>,
}

impl Default for LedgerState {
    fn default() -> Self {
        LedgerState {
            ledger: RwSignal::new(Ledger::default()),
            loaded: RwSignal::new(false),
            error: RwSignal::new(None),
            damaged: RwSignal::new(None),
            questions: RwSignal::new(Vec::new()),
        }
    }
}

/// Today's date in the browser's time zone.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| Date::new(2018, 1, 1).expect("a valid date"))
}

/// The stored ledger: `Ok(None)` when none was stored yet, `Err((message, text))` when the stored
/// text cannot be read.
async fn stored() -> Result<Option<Ledger>, (String, Option<String>)> {
    let text = storage::ledger_load().await.map_err(|e| (e, None))?;
    let Some(text) = text else { return Ok(None) };
    match Ledger::from_file(text.as_bytes()) {
        Some(Ok(ledger)) => Ok(Some(ledger)),
        Some(Err(message)) => Err((message, Some(text))),
        None => Err(("浏览器中保存的报备台账已损坏，无法读取。".into(), Some(text))),
    }
}

impl LedgerState {
    /// Reads the stored ledger once (the default one when none was stored).
    pub fn load(self) {
        if self.loaded.get_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            self.refresh().await;
        });
    }

    async fn refresh(self) -> bool {
        match stored().await {
            Ok(found) => {
                self.ledger.set(found.unwrap_or_default());
                self.loaded.set(true);
                self.damaged.set(None);
                true
            }
            Err((message, text)) => {
                self.error.set(Some(format!("{message}原内容没有改动，可以下载保存；也可以打开台账文件或重新开始。")));
                self.damaged.set(text);
                false
            }
        }
    }

    /// Applies `f` to the stored ledger and stores the result, then shows it. Changes of this
    /// tab run one after another.
    pub fn change(self, f: impl FnOnce(&mut Ledger) + 'static) {
        thread_local!(static BUSY: Cell<bool> = const { Cell::new(false) });
        leptos::task::spawn_local(async move {
            while BUSY.get() {
                super::sync::sleep(10).await;
            }
            BUSY.set(true);
            if self.refresh().await {
                let mut ledger = self.ledger.get_untracked();
                f(&mut ledger);
                self.replace(ledger).await;
            }
            BUSY.set(false);
        });
    }

    /// Stores `ledger` as the whole ledger and shows it.
    pub async fn replace(self, ledger: Ledger) {
        match storage::ledger_save(&String::from_utf8_lossy(&ledger.to_file())).await {
            Ok(()) => {
                self.error.set(None);
                self.damaged.set(None);
                self.loaded.set(true);
            }
            Err(e) => self.error.set(Some(format!("报备台账未能保存：{e}"))),
        }
        self.ledger.set(ledger);
    }

    /// Records a plan opened on the review page (files that could not be read are not).
    pub fn plan_opened(self, reviewed: &Reviewed) {
        let Ok(opened) = &reviewed.outcome else { return };
        let receipt = Receipt {
            received: today().iso(),
            file: reviewed.file_name.clone(),
            unit: opened.unit.clone(),
            score: Some(opened.report.score()),
            verdict: opened.report.verdict().to_string(),
            decision: reviewed.decision,
        };
        leptos::task::spawn_local(async move {
            if !self.refresh().await {
                return;
            }
            let found = self.ledger.with_untracked(|l| l.find(&receipt.unit));
            match found {
                UnitMatch::Exact(i) => self.change(move |l| l.record_plan(i, receipt)),
                UnitMatch::Likely(list) => self.ask(receipt, list),
                UnitMatch::None => self.ask(receipt, Vec::new()),
            }
        });
    }

    fn ask(self, receipt: Receipt, list: Vec<usize>) {
        thread_local!(static NEXT: Cell<u64> = const { Cell::new(0) });
        let id = NEXT.with(|n| n.replace(n.get() + 1));
        let candidates =
            self.ledger.with_untracked(|l| list.into_iter().map(|i| (i, l.departments[i].name.clone())).collect());
        self.questions.update(|q| q.push(Question { id, receipt, candidates }));
    }

    /// The reviewer's answer to question `id`.
    pub fn answer(self, id: u64, answer: Answer) {
        let Some(question) = self.questions.with_untracked(|q| q.iter().find(|x| x.id == id).cloned()) else {
            return;
        };
        self.questions.update(|q| q.retain(|x| x.id != id));
        let receipt = question.receipt;
        match answer {
            Answer::Entry(i) => self.change(move |l| l.record_plan(i, receipt)),
            Answer::Add => self.change(move |l| {
                let i = l.add_department(&receipt.unit);
                l.record_plan(i, receipt);
            }),
            Answer::Skip => {}
        }
    }

    /// The reviewer decided on the file `file`: its receipt in the ledger takes the decision.
    pub fn decided(self, file: String, decision: Option<Decision>) {
        let recorded = self.ledger.with_untracked(|l| {
            l.departments.iter().any(|d| d.plans.iter().any(|r| r.file == file && r.decision != decision))
        });
        if recorded {
            self.change(move |l| {
                for receipt in l.departments.iter_mut().flat_map(|d| d.plans.iter_mut()).filter(|r| r.file == file) {
                    receipt.decision = decision;
                }
            });
        }
    }
}
