#!/usr/bin/env python3
"""Render check of the exported documents (run by `make test-render`).

LibreOffice converts the sample plan's .docx, its filing letter and a body-only layout specimen
to PDF; poppler then measures them: A4 pages, 22 lines x 28 characters on every full page of the
specimen (pdftotext -bbox), and the title, every section heading and the page numbers in the
plan. Pages are rendered to PNG in out/render/png for people to look at.
Prints one line per check and a summary; exits non-zero on any failure.
"""
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "out/render")
failures = []
checks = 0


def check(ok, what):
    global checks
    checks += 1
    print(("ok     " if ok else "FAILED ") + what)
    if not ok:
        failures.append(what)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_info(pdf):
    info = run("pdfinfo", str(pdf))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    return pages, float(size.group(1)), float(size.group(2))


def lines_per_page(pdf):
    """For each page: the list of text lines (by baseline) with their character counts."""
    html = run("pdftotext", "-bbox", str(pdf), "-")
    pages = []
    for page in html.split("<page ")[1:]:
        lines = {}
        for y, word in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', page):
            lines.setdefault(round(float(y)), []).append(word)
        pages.append([len("".join(words)) for _, words in sorted(lines.items())])
    return pages


docs = ["sample", "letter", "body"]
for name in docs:
    docx = OUT / f"{name}.docx"
    check(docx.exists(), f"{docx} exists")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT)] + [str(OUT / f"{d}.docx") for d in docs],
               check=True, capture_output=True)

for name in docs:
    pdf = OUT / f"{name}.pdf"
    check(pdf.exists(), f"LibreOffice converted {name}.docx to PDF")
    pages, w, h = pdf_info(pdf)
    check(abs(w - 595.3) < 1 and abs(h - 841.9) < 1, f"{name}: A4 pages ({w:.1f} x {h:.1f} pt), {pages} pages")

# Body-only specimen: every full page has 22 body lines of 28 characters, plus the page number.
pages = lines_per_page(OUT / "body.pdf")
full = pages[:-1]
check(len(full) >= 2, f"specimen has {len(full)} full pages")
for i, lines in enumerate(full, 1):
    body = [n for n in lines if n > 5]
    check(len(body) == 22, f"specimen page {i}: {len(body)} body lines (22 expected)")
    check(all(n == 28 for n in body), f"specimen page {i}: characters per line {sorted(set(body))} (28 expected)")

# The plan: title, headings, page numbers.
text = run("pdftotext", "-layout", str(OUT / "sample.pdf"), "-")
flat = re.sub(r"\s+", "", text)
for expected in ["广东省民政厅关于推进社会公益事业建设领域", "政府信息公开的工作方案", "一、现状分析及思路目标",
                 "二、主要任务及具体措施", "三、组织保障和监督考核", "（一）重点领域公开事项", "（二）其他相关任务",
                 "（三）具体要求和责任分工", "附件：责任分工表", "广东省民政厅", "2018年9月3日", "责任分工表",
                 "序号", "公开事项", "公开内容"]:
    check(expected in flat, f"plan contains {expected}")
pages, _, _ = pdf_info(OUT / "sample.pdf")
numbers = re.findall(r"—\s*(\d+)\s*—", text)
check([int(n) for n in numbers] == list(range(1, pages + 1)), f"page numbers — 1 — … — {pages} — on every page")
letter = re.sub(r"\s+", "", run("pdftotext", "-layout", str(OUT / "letter.pdf"), "-"))
for expected in ["粤民函〔2018〕123号", "省府办公厅：", "现报送备案。", "（联系人：李明，电话：020-83330000）"]:
    check(expected in letter, f"letter contains {expected}")

png = OUT / "png"
png.mkdir(exist_ok=True)
for name in docs:
    run("pdftoppm", "-png", "-r", "60", str(OUT / f"{name}.pdf"), str(png / name))
print(f"render check: {checks - len(failures)} passed, {len(failures)} failed; pages as PNG in {png}")
sys.exit(1 if failures else 0)
