//! Tests of the generated .docx XML: page, grid, fonts and sizes per element, footers with the
//! PAGE field, repeated table header, properties, embedded plan and hashes, XML validity.

use super::embed::{self, read_embedded};
use super::package::{part_names, read_part};
use super::*;
use crate::catalogue::sample_plan;
use crate::model::{Area, Item, Plan};

fn sample_docx() -> Vec<u8> {
    plan_document(&sample_plan())
}

fn part(docx: &[u8], name: &str) -> String {
    read_part(docx, name).unwrap_or_else(|| panic!("{name} missing; parts: {:?}", part_names(docx)))
}

/// Every XML part parses (well-formed, no forbidden characters).
fn assert_well_formed(docx: &[u8]) {
    for name in part_names(docx).iter().filter(|n| n.ends_with(".xml") || n.ends_with(".rels")) {
        let xml = part(docx, name);
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(t)) => {
                    let text = t.decode().unwrap();
                    assert!(
                        !text.chars().any(|c| matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')),
                        "{name} holds an XML-invalid character"
                    );
                }
                Ok(_) => {}
                Err(e) => panic!("{name} is not well-formed: {e}"),
            }
        }
    }
}

/// The `w:p` elements of a document, as XML strings.
fn paragraphs(document: &str) -> Vec<&str> {
    document.split("<w:p>").skip(1).chain(document.split("<w:p ").skip(1)).collect()
}

fn paragraph_with<'a>(document: &'a str, text: &str) -> &'a str {
    paragraphs(document).into_iter().find(|p| p.contains(text)).unwrap_or_else(|| panic!("no paragraph with {text}"))
}

#[test]
fn page_size_margins_and_line_grid() {
    let doc = part(&sample_docx(), "word/document.xml");
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4");
    for m in [r#"w:top="2098""#, r#"w:left="1587""#, r#"w:right="1474""#, r#"w:bottom="1984""#] {
        assert!(doc.contains(m), "margin {m}");
    }
    assert!(doc.contains(r#"<w:docGrid w:type="lines" w:linePitch="579""#), "22-line grid");
}

#[test]
fn body_defaults_are_fangsong_16pt_exact_lines() {
    let styles = part(&sample_docx(), "word/styles.xml");
    let defaults = &styles[styles.find("<w:docDefaults>").unwrap()..styles.find("</w:docDefaults>").unwrap()];
    assert!(defaults.contains(r#"w:eastAsia="仿宋_GB2312""#), "{defaults}");
    assert!(defaults.contains(r#"w:ascii="Times New Roman""#));
    assert!(defaults.contains(r#"<w:sz w:val="32""#));
    assert!(
        defaults.contains(r#"w:line="579" w:lineRule="exact""#)
            || defaults.contains(r#"w:lineRule="exact" w:line="579""#),
        "{defaults}"
    );
}

#[test]
fn fonts_and_sizes_per_element() {
    let doc = part(&sample_docx(), "word/document.xml");
    let title = paragraph_with(&doc, "广东省民政厅关于推进社会公益事业建设领域");
    assert!(title.contains(r#"w:eastAsia="方正小标宋简体""#) && title.contains(r#"<w:sz w:val="44""#));
    assert!(title.contains(r#"<w:jc w:val="center""#));
    let h1 = paragraph_with(&doc, "一、现状分析及思路目标");
    assert!(h1.contains(r#"w:eastAsia="黑体""#) && h1.contains(r#"<w:sz w:val="32""#));
    let h2 = paragraph_with(&doc, "（一）工作现状");
    assert!(h2.contains(r#"w:eastAsia="楷体_GB2312""#));
    let body = paragraph_with(&doc, "近年来，我厅坚持以公开为常态");
    assert!(body.contains(r#"w:eastAsia="仿宋_GB2312""#));
    assert!(body.contains(r#"<w:spacing w:val="-6""#), "character spacing for 28 per line");
    assert!(body.contains(r#"w:firstLine="640""#), "two-character first-line indent");
    assert!(body.contains(r#"<w:jc w:val="both""#), "justified");
    let annex = paragraph_with(&doc, ">附件<");
    assert!(annex.contains(r#"w:eastAsia="黑体""#));
    let title = paragraph_with(&doc, "政府信息公开的工作方案<");
    assert!(title.contains(r#"<w:snapToGrid w:val="false"/>"#), "titles are off the line grid: {title}");
}

#[test]
fn items_are_written_as_official_prose_with_units() {
    let doc = embed::document_text(&part(&sample_docx(), "word/document.xml"));
    assert!(doc.contains(
        "（1）城乡低保认定条件、保障标准和审批程序。依据《社会救助暂行办法》《广东省社会救助条例》，省民政厅、\
         各地级以上市民政局通过政府门户网站"
    ));
    assert!(!doc.contains("类信息，由"), "no form language");
    assert!(doc.contains("以下各事项，承办处室拟稿，经保密审查和合法性审核，报分管厅领导审批后发布。"));
    assert!(doc.contains("乡镇（街道）初审后报县级民政部门审核确认，在村（居）务公开栏长期公示。（社会救助处牵头"));
    assert!(doc.contains("（社会救助处牵头，各县〔市、区〕民政局配合）"), "no nested brackets");
    assert!(doc.contains("（社会救助处牵头，各地级以上市民政局配合）"));
    assert!(doc.contains("向低保对象所在村（居）群众公开"));
    assert!(doc.contains("（规划财务处负责）"));
    // The plan-level blocks lead in, unnumbered; the key areas are numbered from 1.
    assert!(doc.contains("\n制定或调整城乡低保标准"), "{doc}");
    assert!(!doc.contains("决策信息公开。"));
    assert!(doc.contains("1. 社会救助和社会福利领域。本领域重点公开以下事项："));
    assert!(doc.contains("附件：责任分工表"));
    assert!(doc.contains("（五）其他保障措施"));
}

#[test]
fn signature_follows_gbt_9704_unsealed_layout() {
    let doc = part(&sample_docx(), "word/document.xml");
    // 广东省民政厅 (6) is shorter than 2018年9月3日 (6 wide, and 1¼ of automatic spacing between
    // digits and Chinese) + 2: the date keeps 2 characters from the right, the unit moves so
    // that the date starts 2 characters right of it: 2 + 7¼ + 2 − 6 = 5¼ characters.
    let unit = paragraphs(&doc).into_iter().rfind(|p| p.contains(">广东省民政厅<")).unwrap();
    assert!(unit.contains(r#"<w:jc w:val="right""#) && unit.contains(r#"w:right="1680""#), "{unit}");
    let date = paragraph_with(&doc, ">2018年9月3日<");
    assert!(date.contains(r#"w:right="640""#), "{date}");
    // The signature stays on the page of the last text: every paragraph from it on is kept with
    // the next.
    let attachment = paragraph_with(&doc, ">附件：责任分工表<");
    assert!(attachment.contains("<w:keepNext/>") && unit.contains("<w:keepNext/>") && !date.contains("<w:keepNext/>"));
    assert!(attachment.contains(r#"w:left="1600" w:right="0" w:hanging="960""#), "hanging indent: {attachment}");
}

#[test]
fn odd_and_even_footers_carry_a_styled_page_field() {
    let docx = sample_docx();
    assert!(part(&docx, "word/settings.xml").contains("evenAndOddHeaders"));
    let doc = part(&docx, "word/document.xml");
    assert!(doc.contains(r#"w:type="default""#) && doc.contains(r#"w:type="even""#));
    // The portrait pages' footers (the annex's landscape pages have their own).
    let footers = ["word/footer1.xml".to_string(), "word/footer2.xml".to_string()];
    let (mut right, mut left) = (false, false);
    for name in footers {
        let f = part(&docx, &name);
        assert!(f.contains("PAGE"), "{name}: PAGE field");
        assert!(f.contains("fldChar") && f.contains("— ") && f.contains(" —"));
        assert!(f.contains(r#"w:eastAsia="宋体""#) && f.contains(r#"<w:sz w:val="28""#), "{name}: 4号宋体");
        right |= f.contains(r#"<w:jc w:val="right""#) && f.contains(r#"w:right="280""#);
        left |= f.contains(r#"<w:jc w:val="left""#) && f.contains(r#"w:left="280""#);
    }
    assert!(right && left, "odd pages right, even pages left, one character in");
}

#[test]
fn annex_tables_group_items_by_area_and_list_tasks_as_a_ledger() {
    let doc = part(&sample_docx(), "word/document.xml");
    let tables: Vec<&str> = doc.split("<w:tbl>").skip(1).map(|t| &t[..t.find("</w:tbl>").unwrap()]).collect();
    assert_eq!(tables.len(), 2);
    let plan = sample_plan();
    let items: usize = plan.selected_areas().map(|a| a.items.len()).sum();
    for (table, headings, rows) in [
        (tables[0], &plan_doc::ITEM_HEADINGS[..], 1 + 2 + items),
        (tables[1], &plan_doc::TASK_HEADINGS[..], 1 + plan.tasks.other_tasks.len()),
    ] {
        let header = &table[table.find("<w:tr>").unwrap()..table.find("</w:tr>").unwrap()];
        assert!(header.contains("<w:tblHeader/>"), "header row repeats on every page");
        for h in headings {
            assert!(header.contains(&format!(">{h}<")), "{h}");
        }
        assert!(header.contains(r#"w:eastAsia="黑体""#));
        assert_eq!(table.matches("<w:tr>").count(), rows);
        assert_eq!(
            table.matches("<w:cantSplit/>").count(),
            rows - if headings.len() == plan_doc::ITEM_HEADINGS.len() { items } else { plan.tasks.other_tasks.len() },
            "body rows may break across pages"
        );
        assert!(table.contains(r#"<w:tblLayout w:type="fixed"/>"#));
        assert_eq!(table.matches("<w:gridCol ").count(), headings.len());
        let widths: u32 =
            table.split("<w:gridCol w:w=\"").skip(1).map(|s| s[..s.find('"').unwrap()].parse::<u32>().unwrap()).sum();
        assert_eq!(widths, layout::TYPE_HEIGHT, "columns fill the landscape type area");
        assert!(table.contains(r#"<w:sz w:val="24"/>"#), "小四");
    }
    // Areas are group rows spanning the table, not a repeated column.
    let group = &tables[0][tables[0].find("社会救助和社会福利领域").unwrap() - 600..];
    assert!(group.contains(&format!(r#"<w:gridSpan w:val="{}"/>"#, plan_doc::ITEM_HEADINGS.len())));
    assert!(tables[1].contains(">2018年12月底前<") && tables[1].contains(">长期坚持<"));
    assert!(!tables[1].contains(">—<"), "no placeholder dashes for tasks");
}

#[test]
fn annex_is_a_landscape_section_with_turned_page_numbers() {
    let docx = sample_docx();
    let doc = part(&docx, "word/document.xml");
    let sections: Vec<&str> = doc.split("<w:sectPr>").skip(1).collect();
    assert_eq!(sections.len(), 2);
    assert!(sections[0].contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#), "the body is portrait");
    assert!(sections[1].contains(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#));
    assert!(
        sections[1].contains(r#"<w:pgMar w:top="1587" w:right="2098" w:bottom="1474" w:left="1984""#),
        "margins turned with the page"
    );
    // The portrait section ends with the date of the signature.
    let at = doc.find("<w:sectPr>").unwrap();
    let paragraph = &doc[doc[..at].rfind("<w:p ").unwrap()..at + doc[at..].find("</w:p>").unwrap()];
    assert!(paragraph.contains(">2018年9月3日<"), "{paragraph}");
    let rels = part(&docx, "word/_rels/document.xml.rels");
    for name in ["footer3.xml", "footer4.xml"] {
        assert!(rels.contains(&format!(r#"Target="{name}""#)));
        let footer = part(&docx, &format!("word/{name}"));
        assert!(footer.contains(r#"<w:textDirection w:val="tbRl"/>"#), "{name}: turned");
        assert!(footer.contains(r#"w:horzAnchor="page""#) && footer.contains("PAGE"), "{name}");
    }
    assert!(part(&docx, "word/footer3.xml").contains(r#"<w:jc w:val="right"/>"#), "odd: towards the bottom");
    assert!(part(&docx, "word/footer4.xml").contains(r#"<w:jc w:val="left"/>"#), "even: towards the top");
}

#[test]
fn document_defaults_set_chinese_line_breaking() {
    for docx in [sample_docx(), filing_letter(&sample_plan()), layout::specimen()] {
        let styles = part(&docx, "word/styles.xml");
        let defaults = &styles[styles.find("<w:docDefaults>").unwrap()..styles.find("</w:docDefaults>").unwrap()];
        assert!(defaults.contains(r#"<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>"#), "{defaults}");
        assert!(
            defaults.contains("<w:kinsoku/>") && defaults.contains(r#"<w:overflowPunct w:val="0"/>"#),
            "{defaults}"
        );
    }
}

/// The sample plan issued by a notice of the department's office.
fn issued_plan() -> Plan {
    let mut plan = sample_plan();
    let notice = &mut plan.cover.issuing;
    notice.enabled = true;
    notice.number = "粤民办函［2018］47号".into();
    notice.addressees = "各地级以上市民政局，厅机关各处室，厅直属各单位".into();
    notice.office = "广东省民政厅办公室".into();
    notice.date = "2018-09-05".into();
    plan
}

#[test]
fn an_issued_plan_follows_its_notice_as_an_unsigned_attachment() {
    let plan = issued_plan();
    let docx = plan_document(&plan);
    assert_well_formed(&docx);
    let doc = part(&docx, "word/document.xml");
    let text = embed::document_text(&doc);
    let title = plan.title();
    let expected = [
        "粤民办函〔2018〕47号",
        "广东省民政厅办公室关于",
        "印发广东省民政厅推进社会公益事业建设领域",
        "各地级以上市民政局，厅机关各处室，厅直属各单位：",
        &format!("现将《{title}》印发给你们，请认真遵照执行。"),
        &format!("附件：{title}"),
        "广东省民政厅办公室",
        "2018年9月5日",
        "附件",
        "广东省民政厅关于推进社会公益事业建设领域",
        "一、现状分析及思路目标",
        "附件：责任分工表",
    ];
    let mut from = 0;
    for e in expected {
        let at = text[from..].find(e).unwrap_or_else(|| panic!("{e} after byte {from}\n---\n{text}"));
        from += at + e.len();
    }
    // The plan is not signed: its 成文日期 and the unit's name under it appear nowhere.
    assert!(!text.contains("2018年9月3日"), "the attached plan carries no signature");
    // The attachment starts on a new page with 附件 in 黑体 at the top left.
    let mark = paragraphs(&doc).into_iter().find(|p| p.contains(">附件<") && p.contains("pageBreakBefore")).unwrap();
    assert!(mark.contains("黑体"), "{mark}");
    // The notice is sealed: its date four characters in from the right.
    assert!(paragraph_with(&doc, ">2018年9月5日<").contains(r#"w:right="1280""#));
    assert!(part(&docx, "docProps/core.xml").contains("<dc:title>广东省民政厅办公室关于印发"));
    let read = read_embedded(&docx).unwrap();
    assert!(read.loaded.plan == plan && read.text_unchanged, "the plan file is still embedded and the text matches it");
    assert!(
        downloads::Output::Plan.name(&plan, downloads::Mark::Final).starts_with("广东省民政厅办公室关于印发"),
        "named after the notice"
    );
}

#[test]
fn a_notice_switched_off_leaves_the_plan_signed_alone() {
    let mut plan = issued_plan();
    plan.cover.issuing.enabled = false;
    assert_eq!(plan_blocks(&plan), plan_blocks(&sample_plan()));
}

#[test]
fn the_filing_letter_cites_the_issuing_notice_number() {
    let text = embed::document_text(&part(&filing_letter(&issued_plan()), "word/document.xml"));
    assert!(
        text.contains("制定了《广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案》并以粤民办函〔2018〕47号印发，现予报送，请予备案。"),
        "{text}"
    );
    assert!(text.contains("粤民函〔2018〕123号"), "the letter keeps its own number");
    assert!(text.contains("2018年9月5日") && !text.contains("2018年9月3日"), "dated when the plan was issued");
    let mut unnumbered = issued_plan();
    unnumbered.cover.issuing.number = String::new();
    assert!(letter::letter_body(&unnumbered).contains("》并已印发，现予报送"));
}

/// Every document the app writes, by name.
fn all_documents() -> Vec<(&'static str, Vec<u8>)> {
    let mut hostile = sample_plan();
    let text = "<script>&\"'\u{0}\u{1F}\u{FFFE}😀\u{202E}RTL ]]> =1+1";
    hostile.preamble = text.into();
    hostile.cover.unit = format!("单位{text}");
    hostile.tasks.other_tasks[0].title = text.into();
    let reviewed = vec![
        crate::review::open("方案.json", crate::catalogue::sample::SAMPLE_PLAN_FILE.as_bytes()),
        crate::review::open("坏.json", b"{"),
    ];
    vec![
        ("plan", sample_docx()),
        ("letter", filing_letter(&sample_plan())),
        ("issued plan", plan_document(&issued_plan())),
        ("issued letter", filing_letter(&issued_plan())),
        ("specimen", layout::specimen()),
        ("review sheet", crate::review::review_sheet(&reviewed, "省府办公厅", "2018年9月20日")),
        ("hostile plan", plan_document(&hostile)),
        ("hostile letter", filing_letter(&hostile)),
        ("empty plan", plan_document(&Plan::default())),
        ("empty letter", filing_letter(&Plan::default())),
    ]
}

#[test]
fn every_part_of_every_document_is_in_schema_order() {
    for (name, docx) in all_documents() {
        for part_name in part_names(&docx).iter().filter(|n| n.starts_with("word/") && n.ends_with(".xml")) {
            let xml = super::xml::Part::parse(&part(&docx, part_name))
                .unwrap_or_else(|e| panic!("{name} {part_name}: {e:?}"));
            let found = super::schema_order::violations(&xml.root);
            assert!(found.is_empty(), "{name} {part_name}: {found:?}");
            let mut empty = 0;
            xml.root
                .walk(&mut |e| empty += usize::from((e.name == "w:rPr" || e.name == "w:pPr") && e.children.is_empty()));
            assert_eq!(empty, 0, "{name} {part_name}: empty w:rPr or w:pPr");
        }
    }
}

#[test]
fn every_package_is_consistent_and_holds_only_used_parts() {
    for (name, docx) in all_documents() {
        assert_eq!(super::opc::problems(&docx), Vec::<String>::new(), "{name}");
    }
    let mut plan_parts = part_names(&sample_docx());
    plan_parts.sort();
    assert_eq!(
        plan_parts,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "customXml/_rels/item1.xml.rels",
            "customXml/item1.xml",
            "customXml/itemProps1.xml",
            "docProps/app.xml",
            "docProps/core.xml",
            "docProps/custom.xml",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/fontTable.xml",
            "word/footer1.xml",
            "word/footer2.xml",
            "word/footer3.xml",
            "word/footer4.xml",
            "word/settings.xml",
            "word/styles.xml",
        ],
        "docx-rs's part list changed, or a part is no longer dropped"
    );
    let mut letter_parts = part_names(&filing_letter(&sample_plan()));
    letter_parts.sort();
    assert_eq!(
        letter_parts,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/app.xml",
            "docProps/core.xml",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/fontTable.xml",
            "word/footer1.xml",
            "word/footer2.xml",
            "word/footer3.xml",
            "word/settings.xml",
            "word/styles.xml",
        ]
    );
    let xlsx = catalogue_xlsx(&sample_plan());
    assert_eq!(super::opc::problems(&xlsx), Vec::<String>::new(), "xlsx");
}

#[test]
fn core_properties_and_font_table() {
    let docx = sample_docx();
    let core = part(&docx, "docProps/core.xml");
    assert!(core.contains("<dc:title>广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案</dc:title>"));
    assert!(core.contains("<dc:creator>广东省民政厅</dc:creator>"));
    let fonts = part(&docx, "word/fontTable.xml");
    for f in ["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"] {
        assert!(fonts.contains(&format!(r#"w:name="{f}""#)), "{f}");
    }
    assert!(fonts.contains(r#"<w:altName w:val="FangSong"/>"#));
}

#[test]
fn package_is_compressed() {
    let docx = sample_docx();
    assert!(docx.len() < 60_000, "deflated: {} bytes", docx.len());
}

#[test]
fn embedded_plan_reads_back_equal_with_both_hashes_valid() {
    let plan = sample_plan();
    let docx = plan_document(&plan);
    let custom = part(&docx, "docProps/custom.xml");
    assert!(custom.contains(embed::HASH_PROPERTY));
    let read = read_embedded(&docx).unwrap();
    assert_eq!(read.loaded.plan, plan);
    assert!(read.plan_intact);
    assert!(read.text_unchanged);
    assert!(!part(&docx, "customXml/item1.xml").contains(embed::TEXT_HASH_PLACEHOLDER));
}

/// Rewrites one part of a zip (what Word does when a user edits and saves).
fn with_part(docx: &[u8], name: &str, f: impl Fn(String) -> String) -> Vec<u8> {
    let reader = super::zip::ZipReader::new(docx).unwrap();
    let mut out = super::zip::ZipWriter::default();
    for entry in reader.names() {
        let data = reader.read(entry).unwrap().unwrap();
        let data = if entry == name { f(String::from_utf8(data).unwrap()).into_bytes() } else { data };
        out.add(entry, &data);
    }
    out.finish()
}

/// The sample's exported document with its embedded plan changed (广东省民政厅 → 广东省教育厅) but
/// its hash not recomputed, as someone editing the customXml part by hand would leave it.
pub(crate) fn with_forged_plan(docx: &[u8]) -> Vec<u8> {
    with_part(docx, "customXml/item1.xml", |xml| {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD;
        let start = xml.find("<plan").unwrap() + xml[xml.find("<plan").unwrap()..].find('>').unwrap() + 1;
        let end = xml.rfind("</").unwrap();
        let json = String::from_utf8(b64.decode(&xml[start..end]).unwrap()).unwrap();
        let forged = json.replacen("广东省民政厅", "广东省教育厅", 1);
        format!("{}{}{}", &xml[..start], b64.encode(forged), &xml[end..])
    })
}

#[test]
fn edits_after_export_are_detected() {
    let docx = sample_docx();
    let edited = with_part(&docx, "word/document.xml", |xml| xml.replacen("近年来", "多年来", 1));
    let read = read_embedded(&edited).unwrap();
    assert!(read.plan_intact);
    assert!(!read.text_unchanged, "the body text changed");

    // Re-saving without changing the text (other markup) is not an edit.
    let resaved = with_part(&docx, "word/document.xml", |xml| xml.replace("<w:t>", r#"<w:t xml:space="preserve">"#));
    assert!(read_embedded(&resaved).unwrap().text_unchanged);

    // Nor is writing characters as numeric references (decimal, hex, upper-case hex), as some
    // word processors do when they save.
    let referenced = with_part(&docx, "word/document.xml", |xml| {
        xml.replacen("近年来", "&#36817;&#x5E74;&#X6765;", 1).replace("，", "&#xFF0C;")
    });
    assert!(read_embedded(&referenced).unwrap().text_unchanged);

    // Someone replaced the embedded plan but could not recompute its hash.
    let tampered = with_forged_plan(&docx);
    let read = read_embedded(&tampered).unwrap();
    assert_eq!(read.loaded.plan.cover.unit, "广东省教育厅");
    assert!(!read.plan_intact, "the forged plan does not match its hash");

    let broken = with_part(&docx, "customXml/item1.xml", |xml| xml.replace("\">", "\">!!"));
    assert_eq!(read_embedded(&broken).unwrap_err(), embed::EmbedError::Damaged);
}

#[test]
fn documents_without_a_plan_are_told_apart() {
    assert_eq!(read_embedded(b"not a zip").unwrap_err(), embed::EmbedError::NotDocx);
    let letter = filing_letter(&sample_plan());
    assert_eq!(read_embedded(&letter).unwrap_err(), embed::EmbedError::NoPlan);
}

#[test]
fn hostile_text_gives_well_formed_xml_and_round_trips() {
    let mut plan = sample_plan();
    let hostile =
        "<script>alert('x')</script> & \"引号\" \u{0}\u{1}\u{8}\u{B}\u{1F}\u{FFFE}\u{FFFF} 😀 \u{202E}RTL\u{200B} ]]>";
    plan.preamble = hostile.into();
    plan.cover.unit = format!("单位{hostile}");
    plan.area_mut(Area::SocialAssistance).items.push(Item { id: 99, name: hostile.into(), ..Item::default() });
    plan.tasks.other_tasks[0].title = hostile.into();
    for docx in [plan_document(&plan), filing_letter(&plan)] {
        assert_well_formed(&docx);
        assert!(docx_rs::read_docx(&docx).is_ok());
    }
    let doc = plan_document(&plan);
    let text = embed::document_text(&part(&doc, "word/document.xml"));
    assert!(text.contains("<script>alert('x')</script> & \"引号\""));
    assert!(!text.contains('\u{0}') && !text.contains('\u{FFFE}'));
    let read = read_embedded(&doc).unwrap();
    assert_eq!(read.loaded.plan, plan, "the embedded plan keeps the text exactly");
    assert!(read.text_unchanged);
}

#[test]
fn empty_plan_still_exports() {
    let plan = Plan::default();
    for docx in [plan_document(&plan), filing_letter(&plan)] {
        assert_well_formed(&docx);
    }
    assert_eq!(String::from_utf8(catalogue_csv(&plan)).unwrap().lines().count(), 1);
}

#[test]
fn filing_letter_has_number_addressee_body_attachment_and_note() {
    let docx = filing_letter(&sample_plan());
    assert_well_formed(&docx);
    let text = embed::document_text(&part(&docx, "word/document.xml"));
    for expected in [
        "粤民函〔2018〕123号",
        "广东省民政厅关于报送社会公益事业建设领域",
        "政府信息公开工作方案的函",
        "省府办公厅：",
        "根据《广东省人民政府办公厅关于加快推进社会公益事业建设领域政府信息公开工作的通知》要求，我厅制定了《广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案》，现予报送，请予备案。",
        "附件：广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案",
        "2018年9月3日",
        "（联系人：李明，电话：020-83330000）",
    ] {
        assert!(text.contains(expected), "{expected}\n---\n{text}");
    }
    let core = part(&docx, "docProps/core.xml");
    assert!(core.contains("<dc:creator>广东省民政厅</dc:creator>"));
}

#[test]
fn filing_letter_is_laid_out_as_a_sealed_letter() {
    let mut plan = sample_plan();
    plan.cover.notice.number = "粤府办[2018]23号".into();
    plan.cover.letter.doc_number = "粤民函［2018］１２３号".into();
    let docx = filing_letter(&plan);
    let doc = part(&docx, "word/document.xml");
    let text = embed::document_text(&doc);
    assert!(text.contains("粤民函〔2018〕123号"), "文号 printed normalised: {text}");
    assert!(text.contains("工作的通知》（粤府办〔2018〕23号）要求，我厅制定了"), "{text}");
    // Title broken between words, at most 20 characters a line.
    assert!(text.contains("广东省民政厅关于报送社会公益事业建设领域\n政府信息公开工作方案的函\n"), "{text}");
    // No page number on the first page.
    let section = &doc[doc.find("<w:sectPr>").unwrap()..];
    assert!(section.contains(r#"<w:footerReference w:type="first""#) && section.contains("<w:titlePg/>"));
    let first_id = section.split(r#"w:type="first" r:id=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let rels = part(&docx, "word/_rels/document.xml.rels");
    let target = rels
        .split(&format!(r#"Id="{first_id}""#))
        .nth(1)
        .unwrap()
        .split("Target=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(!part(&docx, &format!("word/{target}")).contains("PAGE"), "the first-page footer is empty");
    // Date four characters in from the right, the unit centred over it; two blank lines for
    // the seal between the attachment and the unit.
    let date = paragraph_with(&doc, ">2018年9月3日<");
    assert!(date.contains(r#"w:right="1280""#), "{date}");
    let (unit_right, _) = layout::sealed_signature_indents("广东省民政厅", "2018年9月3日");
    assert_eq!(unit_right, 1480, "4 + 7¼/2 − 6/2 = 4⅝ characters");
    let unit = paragraphs(&doc).into_iter().rfind(|p| p.contains(">广东省民政厅<")).unwrap();
    assert!(unit.contains(&format!(r#"w:right="{unit_right}""#)), "{unit}");
    assert!(
        text.contains(
            "广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案\n\n\n广东省民政厅\n2018年9月3日\n"
        ),
        "{text}"
    );
    let attachment = paragraph_with(&doc, ">附件：");
    assert!(attachment.contains(r#"w:hanging="960""#), "wrapped lines align under the name: {attachment}");

    plan.cover.self_name = "本厅".into();
    plan.cover.notice.number.clear();
    let text = embed::document_text(&part(&filing_letter(&plan), "word/document.xml"));
    assert!(text.contains("工作的通知》要求，本厅制定了"), "{text}");
}

#[test]
fn catalogue_xlsx_holds_the_same_cells_as_the_csv() {
    let plan = sample_plan();
    let xlsx = catalogue_xlsx(&plan);
    let sheet = part(&xlsx, "xl/worksheets/sheet1.xml");
    let root = super::xml::Part::parse(&sheet).unwrap().root;
    let rows: Vec<Vec<String>> = root
        .child("sheetData")
        .unwrap()
        .elements()
        .map(|row| {
            row.elements()
                .map(|c| {
                    let t = c.child("is").unwrap().child("t").unwrap();
                    t.children
                        .iter()
                        .map(|n| match n {
                            super::xml::Node::Raw(r) => super::xml::unescape(r).into_owned(),
                            _ => String::new(),
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    assert_eq!(rows[0], super::catalogue::catalogue_headings());
    assert_eq!(rows[1..], super::catalogue::catalogue_rows(&plan)[..]);
    assert!(part(&xlsx, "xl/workbook.xml").contains(r#"<sheet name="主动公开目录清单""#));
    let widths: Vec<f32> =
        sheet.split(r#"width=""#).skip(1).map(|s| s[..s.find('"').unwrap()].parse().unwrap()).collect();
    assert_eq!(widths.len(), 16);
    assert!(widths[7] > widths[0] * 3.0, "公开内容 wider than 序号: {widths:?}");
}

#[test]
fn catalogue_csv_has_bom_headings_and_one_row_per_item() {
    let csv = String::from_utf8(catalogue_csv(&sample_plan())).unwrap();
    assert!(csv.starts_with('\u{FEFF}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "\"序号\",\"重点领域\",\"事项名称\",\"信息类别\",\"公开方式\",\"公开主体\",\"公开层级\",\"公开内容\",\"公开依据\",\"公开标准\",\"公开渠道\",\"公开程序\",\"公开时限\",\"公开对象\",\"牵头单位\",\"配合单位\""
    );
    assert_eq!(lines.len(), 1 + 14);
    assert!(lines[2].contains("\"特定群体（低保对象所在村（居）群众）\""));
    assert!(
        lines[2].contains("\"主动公开\",\"县级民政部门、乡镇人民政府（街道办事处）\",\"县级、乡级\""),
        "{}",
        lines[2]
    );
    assert!(lines[2].contains("\"《最低生活保障审核审批办法（试行）》\""));
}

#[test]
fn csv_fields_are_quoted_and_formulas_neutralised() {
    let mut plan = Plan::default();
    let area = plan.area_mut(Area::Education);
    area.selected = true;
    area.items.push(Item {
        id: 1,
        name: "=HYPERLINK(\"x\")".into(),
        content: "含\"引号\"，逗号".into(),
        ..Item::default()
    });
    let csv = String::from_utf8(catalogue_csv(&plan)).unwrap();
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    assert!(csv.contains("\"含\"\"引号\"\"，逗号\""));
}

#[test]
fn full_width_formula_starts_and_bidi_controls_are_neutralised_in_csv() {
    let rows = vec![
        ["＝1+1", "＋86", "－5", "＠SUM(A1)", "﹦1", "\u{202E}=cmd", "普通\u{202E}文字\u{2066}"]
            .map(String::from)
            .to_vec(),
    ];
    let csv = String::from_utf8(crate::export::catalogue::csv(&rows)).unwrap();
    let fields: Vec<&str> = csv.trim_start_matches('\u{FEFF}').trim_end().split(',').collect();
    assert_eq!(
        fields,
        ["\"'＝1+1\"", "\"'＋86\"", "\"'－5\"", "\"'＠SUM(A1)\"", "\"'﹦1\"", "\"'=cmd\"", "\"普通文字\""]
    );
}

#[test]
fn bidi_controls_are_removed_from_document_text() {
    assert_eq!(layout::clean("a\u{202E}b\u{2067}c\u{2069}\u{200F}d\u{061C}"), "abcd");
    assert_eq!(layout::paragraphs("\u{202D}第一段\n\u{200E}第二段"), ["第一段", "第二段"]);
}
