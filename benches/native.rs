//! Native benchmark (`make bench`): validation and .docx generation of a large plan (7 areas ×
//! 30 items, about 60 000 characters), median of repeated runs. Also writes the large plan to
//! out/bench/large-plan.json for the browser benchmark. Prints one line per figure.

use std::time::Instant;

use gongyi_plan::catalogue::sample::large_plan;
use gongyi_plan::check::check;
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
    median((0..runs).map(|_| {
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64() * 1000.0
    }).collect())
}

fn main() {
    let plan = large_plan();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("out/bench");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("large-plan.json"), planfile::save(&plan)).unwrap();
    let items: usize = plan.selected_areas().map(|a| a.items.len()).sum();
    println!("{:<40} {:>10} {:<6} {}", "large plan: items", items, "", "(7 areas × 30)");
    println!("{:<40} {:>10} {:<6} {}", "large plan: Chinese characters", text_len(&plan), "chars", "(about 60 000)");
    let validation = time(200, || {
        std::hint::black_box(check(std::hint::black_box(&plan)));
    });
    println!("{:<40} {:>10.3} {:<6} {}", "native: validation of the large plan", validation, "ms", "(budget ≤ 2 ms)");
    let docx = time(20, || {
        std::hint::black_box(plan_document(std::hint::black_box(&plan)));
    });
    println!("{:<40} {:>10.3} {:<6} {}", "native: .docx generation (large plan)", docx, "ms", "(no budget; browser ≤ 200 ms)");
    let save = time(50, || {
        std::hint::black_box(planfile::save(&plan));
    });
    println!("{:<40} {:>10.3} {:<6} {}", "native: plan file save (large plan)", save, "ms", "");
    let xlsx = time(20, || {
        std::hint::black_box(catalogue_xlsx(std::hint::black_box(&plan)));
    });
    println!("{:<40} {:>10.3} {:<6} {}", "native: .xlsx catalogue (large plan)", xlsx, "ms", "");
}
