//! Native benchmark (`make bench`): validation and .docx generation of a large plan (7 areas ×
//! 30 items, about 60 000 characters) and of a 7 × 150-item plan, each step of the generation
//! timed on its own, median of repeated runs; reading and checking the corpus
//! of plans written in Word, and the hostile files the intake must refuse quickly (20 000
//! entries, overlapping entries, a 200 MB stored part, zip bombs). Also writes the large plan to
//! out/bench/large-plan.json (and a 7 × 150-item plan, large-plan-150.json) for the browser
//! benchmark. Prints one line per figure.

use std::time::Instant;

#[path = "../tests/corpus/mod.rs"]
mod corpus;

use gongyi_plan::catalogue::sample::{large_plan, plan_with_items};
use gongyi_plan::check::check;
use gongyi_plan::export::package::Step;
use gongyi_plan::export::plan_doc::plan_document_steps;
use gongyi_plan::export::zip::{DEFLATE_LEVEL, ZipReader, ZipWriter};
use gongyi_plan::export::{catalogue_xlsx, plan_document};
use gongyi_plan::model::Plan;
use gongyi_plan::planfile;

fn text_len(plan: &Plan) -> usize {
    planfile::save(plan).chars().filter(|c| !c.is_ascii()).count()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn main() {
    let plan = large_plan();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("out/bench");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("large-plan.json"), planfile::save(&plan)).unwrap();
    // 7 areas × 150 items, for typing latency on a plan five times larger.
    let plan_150 = plan_with_items(150);
    std::fs::write(dir.join("large-plan-150.json"), planfile::save(&plan_150)).unwrap();
    let items: usize = plan.selected_areas().map(|a| a.items.len()).sum();
    println!("{:<40} {:>10} {:<6} (7 areas × 30)", "large plan: items", items, "");
    println!("{:<40} {:>10} {:<6} (about 60 000)", "large plan: Chinese characters", text_len(&plan), "chars");
    let validation = time(200, || {
        std::hint::black_box(check(std::hint::black_box(&plan)));
    });
    println!("{:<40} {:>10.3} {:<6} (budget ≤ 2 ms)", "native: validation of the large plan", validation, "ms");
    docx_steps("large plan", &plan, 20);
    docx_steps("7 × 150", &plan_150, 8);
    deflate_levels("7 × 150", &plan_150);
    let save = time(50, || {
        std::hint::black_box(planfile::save(&plan));
    });
    println!("{:<40} {:>10.3} {:<6} ", "native: plan file save (large plan)", save, "ms");
    let xlsx = time(20, || {
        std::hint::black_box(catalogue_xlsx(std::hint::black_box(&plan)));
    });
    println!("{:<40} {:>10.3} {:<6} ", "native: .xlsx catalogue (large plan)", xlsx, "ms");
    word_plans();
}

/// The .docx generation of a plan step by step ([`Step`]): the median of each step over `runs`
/// runs, the whole, and the file's size.
fn docx_steps(label: &str, plan: &Plan, runs: usize) {
    let mut steps: Vec<(Step, Vec<f64>)> = Vec::new();
    let mut totals = Vec::new();
    let mut size = 0;
    for run in 0..=runs {
        let start = Instant::now();
        let mut last = start;
        let mut times = Vec::new();
        size = plan_document_steps(std::hint::black_box(plan), &mut |step| {
            let now = Instant::now();
            times.push((step, (now - last).as_secs_f64() * 1000.0));
            last = now;
        })
        .len();
        if run == 0 {
            continue; // warm-up
        }
        totals.push(start.elapsed().as_secs_f64() * 1000.0);
        for (i, (step, ms)) in times.into_iter().enumerate() {
            match steps.get_mut(i) {
                Some((_, v)) => v.push(ms),
                None => steps.push((step, vec![ms])),
            }
        }
    }
    println!(
        "{:<40} {:>10.3} {:<6} (median of {runs})",
        format!("native: .docx generation ({label})"),
        median(totals),
        "ms"
    );
    for (step, v) in steps {
        println!("{:<40} {:>10.3} {:<6}", format!("  {step:?}"), median(v), "ms");
    }
    println!("{:<40} {:>10.1} {:<6}", format!("  .docx size ({label})"), size as f64 / 1024.0, "KB");
}

/// The parts of a plan's .docx zipped again at other deflate levels: time and size of each.
fn deflate_levels(label: &str, plan: &Plan) {
    let docx = plan_document(plan);
    let zip = ZipReader::new(&docx).unwrap();
    let parts: Vec<(String, Vec<u8>)> = zip.names().map(|n| (n.to_string(), zip.read(n).unwrap().unwrap())).collect();
    for level in [1, 2, 3, 6, 9] {
        let mut size = 0;
        let ms = time(5, || {
            let mut w = ZipWriter::with_level(level);
            for (name, data) in &parts {
                w.add(name, data);
            }
            size = w.finish().len();
        });
        let current = if level == DEFLATE_LEVEL { ", current" } else { "" };
        println!(
            "{:<40} {:>10.3} {:<6} {:.1} KB",
            format!("  deflate level {level} ({label}{current})"),
            ms,
            "ms",
            size as f64 / 1024.0
        );
    }
}

/// Reading plans written in Word: the corpus, and files crafted to stall or exhaust the reader.
fn word_plans() {
    use gongyi_plan::review;
    use gongyi_plan::wordplan::{self, import};
    let cases = corpus::cases();
    let per_doc = time(10, || {
        for c in &cases {
            std::hint::black_box(review::open(&c.file, &c.docx));
        }
    }) / cases.len() as f64;
    println!(
        "{:<40} {:>10.3} {:<6} (median per document)",
        format!("native: read + check a Word plan ({} docs)", cases.len()),
        per_doc,
        "ms"
    );
    let import_doc = time(10, || {
        for c in &cases {
            std::hint::black_box(import::import(&wordplan::read(&c.docx).unwrap()));
        }
    }) / cases.len() as f64;
    println!("{:<40} {:>10.3} {:<6} (median per document)", "native: read + import a Word plan", import_doc, "ms");
    let long = corpus::long_document(4000);
    let t = time(5, || {
        std::hint::black_box(review::open("long.docx", &long));
    });
    println!(
        "{:<40} {:>10.3} {:<6} (4 000 extra paragraphs)",
        format!("native: read + check a long plan ({} KB)", long.len() / 1024),
        t,
        "ms"
    );

    // The 40 mixed files of the browser benchmark (reading while the page answers clicks).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("out/bench/mixed");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in corpus::mixed() {
        std::fs::write(dir.join(name), bytes).unwrap();
    }

    // Hostile files: each refused (or read) well within the budget, with its message.
    let hostile: [(&str, Vec<u8>); 6] = [
        ("20 000 entries", corpus::hostile::many_entries(20_000)),
        ("500 entries overlapping a 60 MB part", corpus::hostile::overlapping(500, 60)),
        ("500 entries overlapping a 20 MB part", corpus::hostile::overlapping(500, 20)),
        ("200 MB stored part", corpus::hostile::stored_part(200)),
        ("zip bomb 512 MB, size declared", corpus::hostile::bomb(512, false)),
        ("zip bomb 512 MB, size declared 1 MB", corpus::hostile::bomb(512, true)),
    ];
    for (name, bytes) in &hostile {
        let t0 = Instant::now();
        let r = review::open("hostile.docx", bytes);
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        let message = r.outcome.err().unwrap_or_else(|| "opened".into());
        println!(
            "{:<40} {:>10.3} {:<6} (budget < 2000 ms)",
            format!("intake: {name} ({:.1} MB file)", bytes.len() as f64 / 1048576.0),
            ms,
            "ms"
        );
        println!("{:<40} {:>10} {:<6} {}", "", "", "", message.chars().take(60).collect::<String>());
        // Under the file limit the archive itself is refused too (the CLI and the browser stop
        // at 20 MB before reading; this is the zip reader's own limit).
        if bytes.len() > wordplan::MAX_FILE_BYTES {
            let t0 = Instant::now();
            let zip = gongyi_plan::export::zip::ZipReader::new(bytes)
                .map(|z| z.read("word/document.xml").map(|r| r.map(|d| d.len())));
            let ms = t0.elapsed().as_secs_f64() * 1000.0;
            println!(
                "{:<40} {:>10.3} {:<6} {:?}",
                "  zip reader alone",
                ms,
                "ms",
                zip.err().map(|e| format!("{e:?}")).unwrap_or_else(|| "read".into())
            );
        }
    }
}
