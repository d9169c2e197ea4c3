//! The responsible units of an item as a clerk writes them: a 责任单位 sentence
//! (`责任单位：A牵头，B、C配合`, `由A负责`), a note in brackets at the end of a line
//! (`（责任单位：A）`, `（牵头单位：A；配合单位：B）`, `（救灾处负责）`), a units cell of a table with
//! a clause per paragraph; read alike in traditional characters (責任單位, 牽頭, 負責).

use super::super::normalise::simplified;
use crate::content::has_content;
use crate::model::Units;

/// Labels a responsibility note starts with (`责任单位：`, `牵头单位：`, `配合单位：`…).
const UNIT_LABELS: [&str; 12] = [
    "责任单位",
    "牵头单位",
    "配合单位",
    "协办单位",
    "主办单位",
    "实施单位",
    "责任部门",
    "牵头部门",
    "配合部门",
    "责任处室",
    "责任科室",
    "责任股室",
];

/// Words a clause of a responsibility note ends with, longest first: the lead's, the
/// partners', and the plain duty (the lead when it comes first, else a partner).
const LEAD_WORDS: [&str; 3] = ["牵头落实", "牵头负责", "牵头"];
const PARTNER_WORDS: [&str; 4] = ["配合落实", "配合", "协助", "协办"];
const DUTY_WORDS: [&str; 6] = ["按照职责分工负责", "按职责分工负责", "根据职责分工负责", "负责落实", "负责", "落实"];

/// The text with its traditional characters simplified (責任單位 → 责任单位), character for
/// character and byte for byte (every pair of the vocabulary is three bytes long), so that a
/// position found in it is the same position in the text as written.
pub(super) fn simple(text: &str) -> String {
    text.chars().map(simplified).collect()
}

/// The text before the first of the words it ends with (compared simplified).
fn before_ending<'t>(text: &'t str, words: &[&str]) -> Option<&'t str> {
    let key = simple(text);
    words.iter().find_map(|w| key.strip_suffix(w)).map(|k| &text[..k.len()])
}

/// A name written wholly in brackets (`（区扶贫办）`) without them; another as it is (a bracket
/// within a name stays: `各镇（街道）`).
fn unbracketed(name: &str) -> &str {
    let Some(inner) = name.strip_prefix(['（', '(']).and_then(|n| n.strip_suffix(['）', ')'])) else {
        return name;
    };
    // The opening bracket must be closed by the last one, not earlier (`（A）和（B）`).
    let mut depth = 0;
    for c in inner.chars() {
        depth += match c {
            '（' | '(' => 1,
            '）' | ')' => -1,
            _ => 0,
        };
        if depth < 0 {
            return name;
        }
    }
    inner.trim()
}

/// The unit names in a list: `区教育局、人社局`, or one a line (a cell's paragraphs), a name
/// alone in brackets being a unit too (`区农林水局` / `（区扶贫办）`).
pub(super) fn unit_names(s: &str) -> Vec<String> {
    s.split(['、', '，', ',', '；', ';', '\n'])
        .map(|u| unbracketed(u.trim()).trim_start_matches('由').trim_end_matches(['。', '.', '等']).trim())
        .filter(|u| has_content(u) && u.chars().count() <= 30)
        .map(String::from)
        .collect()
}

/// Units from the clauses of a responsibility note: `A牵头，B、C配合`, `牵头单位：A；配合单位：B`,
/// `A负责`, `A牵头，各有关处室按照职责分工负责`, `B配合负责`. A clause without such a word is
/// the lead when none is named yet, else a partner (or a partner under `配合单位：`). Each line
/// (a cell's paragraph: `区财政局牵头` / `区农林水局配合`) is a clause too, and a line that is
/// a unit in brackets (`区农林水局` / `（区扶贫办）`) has the role of the clause before it. Words
/// written in traditional characters (牽頭單位：A) are read alike.
pub(super) fn clause_units(text: &str) -> Units {
    let mut units = Units::default();
    let mut partner_label = false;
    let mut last_lead = None;
    for clause in text.split(['；', ';', '，', ',', '\n']) {
        let mut clause = clause.trim().trim_end_matches(['。', '.']).trim();
        if let Some(lead) = last_lead
            && unbracketed(clause) != clause
        {
            let list = if lead { &mut units.leads } else { &mut units.partners };
            list.extend(unit_names(clause));
            continue;
        }
        let key = simple(clause);
        if let Some(at) = key.find(['：', ':'])
            && UNIT_LABELS.iter().any(|l| key[..at].trim().ends_with(l))
        {
            partner_label = ["配合", "协办"].iter().any(|w| key[..at].contains(w));
            clause = clause[at..].trim_start_matches(['：', ':']).trim();
        }
        let clause = clause.trim_start_matches('由');
        let duty = before_ending(clause, &DUTY_WORDS);
        let lead = if let Some(names) = before_ending(clause, &LEAD_WORDS) {
            units.leads.extend(unit_names(names));
            true
        } else if let Some(names) =
            before_ending(clause, &PARTNER_WORDS).or_else(|| duty.and_then(|d| before_ending(d, &PARTNER_WORDS)))
        {
            units.partners.extend(unit_names(names));
            false
        } else {
            let names = duty.unwrap_or(clause);
            let lead = units.leads.is_empty() && !partner_label;
            let list = if lead { &mut units.leads } else { &mut units.partners };
            list.extend(unit_names(names));
            lead
        };
        if has_content(clause) {
            last_lead = Some(lead);
        }
    }
    units
}

/// A responsibility note in brackets at the end of a line (`（责任单位：社会救助股）`,
/// `（救灾处负责）`, `(办公室牵头，法规处配合)`): where its opening bracket is, and its text.
fn unit_note(line: &str) -> Option<(usize, &str)> {
    let body = line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '；' | ';' | '.'));
    let close = body.chars().next_back().filter(|c| matches!(c, '）' | ')'))?;
    let mut depth = 0;
    for (at, c) in body.char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' => {
                depth -= 1;
                if depth == 0 {
                    let inner = body[at + c.len_utf8()..body.len() - close.len_utf8()].trim();
                    let bare = simple(inner.trim_end_matches(['。', '.']));
                    let labelled = UNIT_LABELS.iter().any(|l| bare.starts_with(l)) && bare.contains(['：', ':']);
                    let worded = LEAD_WORDS.iter().chain(&PARTNER_WORDS).chain(&DUTY_WORDS).any(|w| bare.ends_with(w));
                    let short = !bare.contains('。') && bare.chars().count() <= 80;
                    return ((labelled || worded) && short).then_some((at, inner));
                }
            }
            _ => {}
        }
    }
    None
}

pub(super) fn add_units(units: &mut Units, more: Units) {
    for (list, names) in [(&mut units.leads, more.leads), (&mut units.partners, more.partners)] {
        for name in names {
            if !list.contains(&name) {
                list.push(name);
            }
        }
    }
}

/// The text without the responsibility notes at the ends of its lines, and the units they name
/// (a line that was only a note goes; a line that ended with one ends with a full stop).
pub(super) fn strip_unit_notes(text: &str) -> (String, Units) {
    let mut units = Units::default();
    let mut kept = Vec::new();
    for line in text.split('\n') {
        let mut rest = line;
        let mut notes = Vec::new();
        while let Some((at, inner)) = unit_note(rest) {
            notes.push(inner);
            rest = &rest[..at];
        }
        for inner in notes.into_iter().rev() {
            add_units(&mut units, clause_units(inner));
        }
        if rest.len() == line.len() {
            kept.push(line.to_string());
        } else if has_content(rest) {
            let rest = rest.trim_end();
            let stop = rest.ends_with(['。', '；', '：', '！', '？', '，', ';', ':', '.']);
            kept.push(if stop { rest.to_string() } else { format!("{rest}。") });
        }
    }
    (kept.join("\n"), units)
}

/// Where a labelled responsibility sentence starts (`责任单位：…`, `牵头单位:…`, `責任單位：…`).
pub(super) fn unit_label_at(text: &str) -> Option<usize> {
    let text = &simple(text);
    UNIT_LABELS
        .iter()
        .filter_map(|l| text.match_indices(l).find(|(at, _)| text[at + l.len()..].starts_with(['：', ':'])))
        .map(|(at, _)| at)
        .min()
}

/// Responsible units in a text: notes in brackets (`（责任单位：A）`, `（A牵头，B配合）`,
/// `（A负责）`), a labelled sentence (`责任单位：A牵头，B、C配合`), or `由A牵头，B配合`, `由A负责`.
pub(super) fn units_in(text: &str) -> Units {
    let (_, noted) = strip_unit_notes(text);
    if noted.named_leads().next().is_some() || !noted.partners.is_empty() {
        return noted;
    }
    if let Some(at) = unit_label_at(text) {
        let rest = &text[at..];
        let rest = rest.split(['。', '\n']).next().unwrap_or(rest);
        // A note whose closing bracket was not at the end of its line: the note ends there.
        let mut depth = 0;
        let end = rest
            .char_indices()
            .find(|(_, c)| {
                depth += match c {
                    '（' | '(' => 1,
                    '）' | ')' => -1,
                    _ => 0,
                };
                depth < 0
            })
            .map_or(rest.len(), |(at, _)| at);
        return clause_units(&rest[..end]);
    }
    let mut units = Units::default();
    for sentence in text.split(['。', '；']) {
        for clause in sentence.split('，') {
            if let Some(at) = clause.rfind('由') {
                let rest = &clause[at + '由'.len_utf8()..];
                if let Some(l) = before_ending(rest, &["牵头", "负责"]) {
                    units.leads.extend(unit_names(l));
                }
            } else if let Some(p) = before_ending(clause, &["配合"])
                && !units.leads.is_empty()
            {
                units.partners.extend(unit_names(p));
            }
        }
    }
    units
}

/// Whether a line only says who is responsible (`责任单位：A。`, `（A负责）`).
pub(super) fn is_units_line(text: &str) -> bool {
    let (rest, noted) = strip_unit_notes(text);
    let named = |u: &Units| u.named_leads().next().is_some() || !u.partners.is_empty();
    if named(&noted) {
        return !has_content(&rest);
    }
    unit_label_at(text).is_some_and(|at| !has_content(&text[..at])) && named(&units_in(text))
}
