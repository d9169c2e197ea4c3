#!/usr/bin/env python3
"""Render check of the exported documents (run by `make test-render`).

LibreOffice converts the sample plan's .docx, its filing letter and a body-only layout specimen
to PDF, and reads the catalogue workbook (.xlsx) back; poppler then measures the PDFs:
- every page A4; the specimen 22 lines x 28 characters on every full page;
- the plan: at most 14 pages; title, headings present; no title line over 20 characters; no
  line starting with 、，。）etc.; nothing beyond the right edge of the type area (no hanging
  punctuation); the date at least 2 characters right of where the unit starts (GB/T 9704
  7.3.5.2); the annex on landscape pages, its widest text column at least 8 characters a line;
  page numbers 1..n, odd pages right and even pages left on portrait pages, turned and beside
  the type area's left edge on landscape pages (odd near the bottom, even near the top);
- the letter: one page without a page number; the date 4 characters in from the right with the
  unit centred over it; titles at most 20 characters a line;
- the plan issued by a notice: the notice on page 1 (文号, sealed signature: date 4 characters in
  from the right, the office centred over it), `附件` at the top left of page 2 with the plan's
  title below, the plan unsigned (its 成文日期 nowhere);
- the yearly progress report: its parts, 落款 date, the 附件 table on landscape pages, page
  numbers on every page;
- the catalogue: LibreOffice Calc opens the .xlsx and its cells equal the CSV export's.
Pages are rendered to PNG in out/render/png for people to look at.
Prints one line per check and a summary; exits non-zero on any failure.
"""
import csv
import re
import subprocess
import sys
import zipfile
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "out/render")
failures = []
checks = 0
PT = 20  # twips per point
BODY = 16.0  # 3号 in points
# Type area (points): portrait margins left 28 mm, right 26 mm, top 37 mm, bottom 35 mm.
A4_W, A4_H = 595.3, 841.9
LEFT, RIGHT, TOP, BOTTOM = 1587 / PT, 1474 / PT, 2098 / PT, 1984 / PT
FORBIDDEN_AT_LINE_START = "、，。；：？！）》」”’"


def check(ok, what):
    global checks
    checks += 1
    print(("ok     " if ok else "FAILED ") + what)
    if not ok:
        failures.append(what)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pages_of(pdf):
    """For each page: (width, height, lines); a line is (x_min, y_min, x_max, y_max, text, words),
    words are (x_min, y_min, x_max, y_max, text), from pdftotext -bbox-layout."""
    html = run("pdftotext", "-bbox-layout", str(pdf), "-")
    pages = []
    num = r'([\d.]+)'
    for page in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        lines = []
        for attrs, body in re.findall(r'<line (.*?)>(.*?)</line>', page[2], re.S):
            box = [float(v) for v in re.findall(num, attrs)[:4]]
            words = [tuple(float(v) for v in w[:4]) + (w[4],) for w in
                     re.findall(rf'<word xMin="{num}" yMin="{num}" xMax="{num}" yMax="{num}">(.*?)</word>', body)]
            lines.append((*box, "".join(w[4] for w in words), words))
        pages.append((float(page[0]), float(page[1]), lines))
    return pages


def page_text(page):
    return "".join(line[4] for line in page[2])


def grid_widths(docx):
    """Column widths (points) of each table of the document, from its w:tblGrid."""
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    return [[int(w) / PT for w in re.findall(r'<w:gridCol w:w="(\d+)"', grid)]
            for grid in re.findall(r'<w:tblGrid>(.*?)</w:tblGrid>', xml)]


def as_word_reads_it(docx, copy):
    """A copy LibreOffice lays out as Word does: LibreOffice (7.4 and later, writerfilter
    DomainMapper.cxx) reads w:overflowPunct inverted — `PROP_PARA_IS_HANGING_PUNCTUATION =
    (nIntValue == 0)` — so the documents' `w:overflowPunct w:val="0"` (no punctuation hanging
    past the text block, as ISO/IEC 29500 and Word read it) would hang it there. The copy says
    "1" for LibreOffice to mean what the file means; everything else is byte for byte the same."""
    with zipfile.ZipFile(docx) as z, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as out:
        for name in z.namelist():
            data = z.read(name)
            if name.startswith("word/") and name.endswith(".xml"):
                data = data.replace(b'<w:overflowPunct w:val="0"/>', b'<w:overflowPunct w:val="1"/>')
            out.writestr(name, data)


docs = ["sample", "letter", "issued", "report", "body"]
lo = OUT / "lo"
lo.mkdir(exist_ok=True)
for name in docs:
    check((OUT / f"{name}.docx").exists(), f"{name}.docx exists")
    as_word_reads_it(OUT / f"{name}.docx", lo / f"{name}.docx")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT)] + [str(lo / f"{d}.docx") for d in docs],
               check=True, capture_output=True)
rendered = {}
for name in docs:
    pdf = OUT / f"{name}.pdf"
    check(pdf.exists(), f"LibreOffice converted {name}.docx to PDF")
    rendered[name] = pages = pages_of(pdf)
    sizes = {(round(w), round(h)) for w, h, _ in pages}
    check(sizes <= {(595, 842), (842, 595)}, f"{name}: {len(pages)} A4 pages ({sorted(sizes)})")

# Body-only specimen: every full page has 22 body lines of 28 characters, plus the page number.
full = rendered["body"][:-1]
check(len(full) >= 2, f"specimen has {len(full)} full pages")
for i, (_, _, lines) in enumerate(full, 1):
    body = [len(line[4]) for line in lines if len(line[4]) > 5]
    check(len(body) == 22, f"specimen page {i}: {len(body)} body lines (22 expected)")
    check(all(n == 28 for n in body), f"specimen page {i}: characters per line {sorted(set(body))} (28 expected)")

# --- The plan -------------------------------------------------------------------------------
plan = rendered["sample"]
check(len(plan) <= 14, f"plan: {len(plan)} pages (at most 14)")
flat = "".join(page_text(p) for p in plan)
for expected in ["广东省民政厅关于推进社会公益事业建设领域", "政府信息公开的工作方案", "一、现状分析及思路目标",
                 "二、主要任务及具体措施", "三、组织保障和监督考核", "（一）重点领域公开事项", "（二）其他相关任务",
                 "（三）具体要求和责任分工", "附件：责任分工表", "广东省民政厅", "2018年9月3日", "责任分工表",
                 "序号", "公开事项", "公开内容", "工作任务", "具体要求", "完成时限"]:
    check(expected in flat, f"plan contains {expected}")


def title_lines(pages):
    """Lines set in the 2号 title size (glyph boxes taller than 25 pt; body text is about 21;
    page numbers, turned or not, excluded)."""
    return [line for _, _, lines in pages for line in lines
            if line[3] - line[1] > 25 and len(line[4]) > 1 and "—" not in line[4]]


for name in ["sample", "letter", "issued", "report"]:
    titles = title_lines(rendered[name])
    check(len(titles) >= 2, f"{name}: title lines found: {[t[4] for t in titles]}")
    check(all(len(t[4]) <= 20 for t in titles), f"{name}: no title line over 20 characters ({[len(t[4]) for t in titles]})")

# Line starts and right edges, page by page.
for name in ["sample", "letter", "issued", "report"]:
    starts, overhang = [], []
    for n, (w, h, lines) in enumerate(rendered[name], 1):
        landscape = w > h
        right = (w - TOP if landscape else w - RIGHT) + 1.0
        for line in lines:
            for word in line[5]:
                if word[2] > right:
                    overhang.append(f"p{n} {word[4]} ends at {word[2]:.1f} > {right - 1:.1f}")
            # A cell or paragraph line starts where a new word starts after a gap; check the
            # first character of every word that begins a line of text.
            if line[4] and line[4][0] in FORBIDDEN_AT_LINE_START:
                starts.append(f"p{n}: {line[4][:12]}")
    check(not starts, f"{name}: no line starts with {FORBIDDEN_AT_LINE_START} {starts[:5]}")
    check(not overhang, f"{name}: nothing beyond the right edge of the type area {overhang[:5]}")

# Signature of the plan (unsealed, 7.3.5.2): the last portrait page with the date.
portrait = [p for p in plan if p[0] < p[1]]
sign_page = next(p for p in reversed(portrait) if "2018年9月3日" in page_text(p))
unit = next(line for line in sign_page[2] if line[4] == "广东省民政厅")
date = next(line for line in sign_page[2] if line[4] == "2018年9月3日")
offset = (date[0] - unit[0]) / BODY
check(offset >= 2.0 - 0.05, f"plan: the date starts {offset:.2f} characters right of the unit (at least 2)")
check(abs((A4_W - RIGHT) - date[2]) / BODY < 2.3, f"plan: the date is {((A4_W - RIGHT) - date[2]) / BODY:.2f} characters in from the right (2)")
text_before = [line for line in sign_page[2] if line[1] < unit[1] and len(line[4]) > 1 and not line[4].startswith("—")]
check(len(text_before) >= 2, f"plan: the signature page also holds text ({len(text_before)} lines above the unit)")

# The annex: landscape pages after the portrait body, its table's widest text column.
first_landscape = next(i for i, p in enumerate(plan) if p[0] > p[1])
check(all(p[0] > p[1] for p in plan[first_landscape:]) and all(p[0] < p[1] for p in plan[:first_landscape]),
      f"plan: pages {first_landscape + 1}–{len(plan)} (the annex) landscape, the body portrait")
check("附件" in page_text(plan[first_landscape]) and "责任分工表" in page_text(plan[first_landscape]),
      "plan: the annex starts the landscape pages")
# Each annex table's widest column (from the document's grid), as rendered: the longest line in it
# (Latin letters and digits count ½). The task table follows the caption 二、其他相关任务.
grids = grid_widths(OUT / "sample.docx")
per_line = [{} for _ in grids]
table = 0
for n, (_, _, lines) in enumerate(plan[first_landscape:]):
    for line in lines:
        if line[4].startswith("二、其他相关任务"):
            table = 1
            continue
        grid = grids[table]
        # The landscape page's left margin is the portrait page's bottom margin (the page turned).
        edges = [BOTTOM + sum(grid[:i]) for i in range(len(grid) + 1)]
        widest = max(range(1, len(grid)), key=lambda i: grid[i])
        for word in line[5]:
            centre = (word[0] + word[2]) / 2
            if edges[widest] < centre < edges[widest + 1] and word[3] - word[1] < 20:
                key = (n, round(word[1]))
                per_line[table][key] = per_line[table].get(key, "") + word[4]
for t, name in enumerate(["items", "tasks"]):
    grid = grids[t]
    width = max(grid[1:])
    longest = max((sum(0.5 if c.isascii() else 1 for c in text) for text in per_line[t].values()), default=0)
    check(8 <= longest <= width / 12 + 0.5,
          f"annex {name} table: widest text column ({width:.0f} pt) holds {longest:g} characters a line (at least 8)")

# Page numbers.
numbers, gap, portrait_gap = [], None, None
for n, (w, h, lines) in enumerate(plan, 1):
    words = [word for line in lines for word in line[5]]
    digits = [word for word in words if word[4] == str(n)]
    landscape = w > h
    if landscape:
        # "— n —" turned: a line taller than wide left of the type area, its words stacked.
        turned = [line for line in lines if line[4] == f"—{n}—" and line[2] < BOTTOM and line[3] - line[1] > 2 * (line[2] - line[0])]
        ok = bool(turned) and (turned[0][3] > h / 2 if n % 2 else turned[0][1] < h / 2)
        where = f"{turned[0][1]:.0f}–{turned[0][3]:.0f} pt from the top" if turned else "not found"
        check(ok, f"plan page {n}: page number turned beside the type area, {'bottom' if n % 2 else 'top'} ({where})")
        if turned:
            numbers.append(n)
            gap = BOTTOM - turned[0][2]
            # The landscape type area runs from the portrait left margin (top) to the portrait
            # right margin (bottom).
            end = (h - RIGHT) - turned[0][3] if n % 2 else turned[0][1] - LEFT
            check(abs(end - 14) < 2, f"plan page {n}: one 4号 character from the end of the type area ({end:.1f} pt)")
    else:
        below = [d for d in digits if d[1] > h - BOTTOM]
        ok = bool(below) and (below[0][0] > w / 2 if n % 2 else below[0][2] < w / 2)
        check(ok, f"plan page {n}: page number below the type area, {'right' if n % 2 else 'left'}")
        if below:
            numbers.append(n)
            portrait_gap = below[0][1] - (h - BOTTOM)
check(numbers == list(range(1, len(plan) + 1)), f"page numbers on every page: {numbers}")
check(gap is not None and portrait_gap is not None and abs(gap - portrait_gap) < 3,
      f"turned page numbers as far from the type area as on portrait pages ({gap} / {portrait_gap} pt)")

# --- The letter (sealed, 7.3.5.1; letter format: no page number) ----------------------------
letter = rendered["letter"]
check(len(letter) == 1, f"letter: {len(letter)} page")
lines = letter[0][2]
text = page_text(letter[0])
for expected in ["粤民函〔2018〕123号", "省府办公厅：", "我厅制定了", "现予报送，请予备案。", "（联系人：李明，电话：020-83330000）"]:
    check(expected in text, f"letter contains {expected}")
check(not re.search(r"—\s*\d+\s*—", text) and not any(line[4].strip() == "1" for line in lines), "letter: no page number")
unit = [line for line in lines if line[4] == "广东省民政厅"][-1]
date = next(line for line in lines if line[4] == "2018年9月3日")
from_right = ((A4_W - RIGHT) - date[2]) / BODY
check(abs(from_right - 4) < 0.3, f"letter: the date {from_right:.2f} characters in from the right (4)")
centre = ((unit[0] + unit[2]) - (date[0] + date[2])) / 2 / BODY
check(abs(centre) < 0.3, f"letter: the unit centred over the date (off by {centre:.2f} characters)")
attachment = [i for i, line in enumerate(lines) if line[4].startswith("附件：")]
check(bool(attachment), "letter: 附件 line")
if attachment:
    first, second = lines[attachment[0]], lines[attachment[0] + 1]
    name_x = first[5][0][0] + 3 * BODY * (15.7 / 16)
    check(abs(second[0] - name_x) < 3, f"letter: the wrapped 附件 line aligns under the name ({second[0]:.1f} / {name_x:.1f})")
    gap = (unit[1] - lines[attachment[0] + 1][1]) / (1 / 22 * (A4_H - TOP - BOTTOM))
    check(2.5 < gap < 3.5, f"letter: two blank lines for the seal between the attachment and the unit ({gap:.1f} line pitches)")

# --- The plan issued by a notice (印发通知 first, the plan as its unsigned attachment) ----------
issued = rendered["issued"]
notice = issued[0][2]
text = page_text(issued[0])
for expected in ["粤民办函〔2018〕47号", "广东省民政厅办公室关于印发", "各地级以上市民政局，厅机关各处室，厅直属各单位：",
                 "印发给你们，请认真遵照执行。", "附件：广东省民政厅关于推进"]:
    check(expected in text, f"issued: the notice contains {expected}")
office = next((line for line in notice if line[4] == "广东省民政厅办公室"), None)
date = next((line for line in notice if line[4] == "2018年9月5日"), None)
check(office is not None and date is not None, "issued: the notice is signed by the office with its date")
if office and date:
    from_right = ((A4_W - RIGHT) - date[2]) / BODY
    check(abs(from_right - 4) < 0.3, f"issued: the notice's date {from_right:.2f} characters in from the right (4)")
    centre = ((office[0] + office[2]) - (date[0] + date[2])) / 2 / BODY
    check(abs(centre) < 0.3, f"issued: the office centred over the date (off by {centre:.2f} characters)")
mark = issued[1][2][0] if len(issued) > 1 and issued[1][2] else None
check(mark is not None and mark[4] == "附件" and abs(mark[0] - LEFT) < 2 and mark[1] < TOP + BODY,
      f"issued: page 2 starts with 附件 at the top left ({mark[:5] if mark else None})")
check(len(issued) > 1 and "广东省民政厅关于推进社会公益事业建设领域" in page_text(issued[1]), "issued: the plan's title on page 2")
check(all("2018年9月3日" not in page_text(p) for p in issued), "issued: the attached plan is unsigned")

# --- The catalogue: Calc opens the .xlsx; its cells equal the CSV export ---------------------
calc = OUT / "calc"
calc.mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(calc),
                str(OUT / "catalogue.xlsx")], check=True, capture_output=True)
read_back = list(csv.reader((calc / "catalogue.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)))
exported = list(csv.reader((OUT / "catalogue.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)))
check(len(read_back) == len(exported) > 1, f"catalogue.xlsx: Calc reads {len(read_back)} rows ({len(exported)} in the CSV)")
check(read_back == exported, "catalogue.xlsx: every cell equals the CSV's")
check(read_back and read_back[0][:3] == ["序号", "重点领域", "事项名称"], f"catalogue.xlsx: header row {read_back[0][:3] if read_back else None}")

# --- The yearly progress report (same layout: title, 主送, four parts, 落款, landscape 附件) -------
report = rendered["report"]
flat = "".join(page_text(p) for p in report)
for expected in ["2018年度社会公益事业建设领域", "省府办公厅：", "一、总体情况", "二、主要做法和成效", "三、存在问题",
                 "四、下一步工作", "附件：2018年度公开事项落实情况表", "2019年2月22日", "公开栏目或网址", "落实情况"]:
    check(expected in flat, f"report contains {expected}")
first_landscape = next((i for i, p in enumerate(report) if p[0] > p[1]), None)
check(first_landscape is not None and first_landscape > 0 and all(p[0] > p[1] for p in report[first_landscape:]),
      f"report: the body portrait, the 附件 table on landscape pages (from page {first_landscape and first_landscape + 1})")
numbered = [n for n, (w, h, lines) in enumerate(report, 1)
            if any(re.fullmatch(rf"—\s*{n}\s*—", line[4].replace(" ", "")) or line[4] == str(n) for line in lines)]
check(numbered == list(range(1, len(report) + 1)), f"report: page numbers on every page {numbered}")

png = OUT / "png"
png.mkdir(exist_ok=True)
for name in docs:
    run("pdftoppm", "-png", "-r", "60", str(OUT / f"{name}.pdf"), str(png / name))
print(f"render check: {checks - len(failures)} passed, {len(failures)} failed; pages as PNG in {png}")
sys.exit(1 if failures else 0)
