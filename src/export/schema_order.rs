//! The order of child elements that the ISO/IEC 29500-4 Transitional schema (wml.xsd) requires
//! in the WordprocessingML elements the app writes, as a table; [`super::tidy`] puts the children
//! of every element in that order and [`violations`] lists what is out of order or unknown.
//!
//! docx-rs 0.4.22 writes several of these elements in its own order (`w:rPr` first in `w:pPr`,
//! `w:footerReference` after `w:pgMar`, `w:zoom` after `w:defaultTabStop`, …): Word then offers
//! to "repair" the file. The lists are the schema's sequences (extracted from wml.xsd); names
//! joined by `|` form one choice and may come in any order; `*` stands for the element's content
//! (paragraphs, runs, rows, cells), which keeps its own order.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::xml::Element;

const P_PR: &[&str] = &[
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
];

/// CT_ParaRPr (paragraph mark); run properties (CT_RPr) are the same without the first four.
const R_PR: &[&str] = &[
    "w:ins",
    "w:del",
    "w:moveFrom",
    "w:moveTo",
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
    "w:rPrChange",
];

const SECT_PR: &[&str] = &[
    "w:headerReference|w:footerReference",
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
];

const SETTINGS: &[&str] = &[
    "w:writeProtection",
    "w:view",
    "w:zoom",
    "w:removePersonalInformation",
    "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries",
    "w:displayBackgroundShape",
    "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth",
    "w:printFormsData",
    "w:embedTrueTypeFonts",
    "w:embedSystemFonts",
    "w:saveSubsetFonts",
    "w:saveFormsData",
    "w:mirrorMargins",
    "w:alignBordersAndEdges",
    "w:bordersDoNotSurroundHeader",
    "w:bordersDoNotSurroundFooter",
    "w:gutterAtTop",
    "w:hideSpellingErrors",
    "w:hideGrammaticalErrors",
    "w:activeWritingStyle",
    "w:proofState",
    "w:formsDesign",
    "w:attachedTemplate",
    "w:linkStyles",
    "w:stylePaneFormatFilter",
    "w:stylePaneSortMethod",
    "w:documentType",
    "w:mailMerge",
    "w:revisionView",
    "w:trackRevisions",
    "w:doNotTrackMoves",
    "w:doNotTrackFormatting",
    "w:documentProtection",
    "w:autoFormatOverride",
    "w:styleLockTheme",
    "w:styleLockQFSet",
    "w:defaultTabStop",
    "w:autoHyphenation",
    "w:consecutiveHyphenLimit",
    "w:hyphenationZone",
    "w:doNotHyphenateCaps",
    "w:showEnvelope",
    "w:summaryLength",
    "w:clickAndTypeStyle",
    "w:defaultTableStyle",
    "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting",
    "w:bookFoldPrinting",
    "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing",
    "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery",
    "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin",
    "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin",
    "w:doNotShadeFormData",
    "w:noPunctuationKerning",
    "w:characterSpacingControl",
    "w:printTwoOnOne",
    "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter",
    "w:noLineBreaksBefore",
    "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema",
    "w:saveInvalidXml",
    "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText",
    "w:doNotDemarcateInvalidXml",
    "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving",
    "w:saveThroughXslt",
    "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace",
    "w:updateFields",
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
];

const COMPAT: &[&str] = &[
    "w:useSingleBorderforContiguousCells",
    "w:wpJustification",
    "w:noTabHangInd",
    "w:noLeading",
    "w:spaceForUL",
    "w:noColumnBalance",
    "w:balanceSingleByteDoubleByteWidth",
    "w:noExtraLineSpacing",
    "w:doNotLeaveBackslashAlone",
    "w:ulTrailSpace",
    "w:doNotExpandShiftReturn",
    "w:spacingInWholePoints",
    "w:lineWrapLikeWord6",
    "w:printBodyTextBeforeHeader",
    "w:printColBlack",
    "w:wpSpaceWidth",
    "w:showBreaksInFrames",
    "w:subFontBySize",
    "w:suppressBottomSpacing",
    "w:suppressTopSpacing",
    "w:suppressSpacingAtTopOfPage",
    "w:suppressTopSpacingWP",
    "w:suppressSpBfAfterPgBrk",
    "w:swapBordersFacingPages",
    "w:convMailMergeEsc",
    "w:truncateFontHeightsLikeWP6",
    "w:mwSmallCaps",
    "w:usePrinterMetrics",
    "w:doNotSuppressParagraphBorders",
    "w:wrapTrailSpaces",
    "w:footnoteLayoutLikeWW8",
    "w:shapeLayoutLikeWW8",
    "w:alignTablesRowByRow",
    "w:forgetLastTabAlignment",
    "w:adjustLineHeightInTable",
    "w:autoSpaceLikeWord95",
    "w:noSpaceRaiseLower",
    "w:doNotUseHTMLParagraphAutoSpacing",
    "w:layoutRawTableWidth",
    "w:layoutTableRowsApart",
    "w:useWord97LineBreakRules",
    "w:doNotBreakWrappedTables",
    "w:doNotSnapToGridInCell",
    "w:selectFldWithFirstOrLastChar",
    "w:applyBreakingRules",
    "w:doNotWrapTextWithPunct",
    "w:doNotUseEastAsianBreakRules",
    "w:useWord2002TableStyleRules",
    "w:growAutofit",
    "w:useFELayout",
    "w:useNormalStyleForList",
    "w:doNotUseIndentAsNumberingTabStop",
    "w:useAltKinsokuLineBreakRules",
    "w:allowSpaceOfSameStyleInTable",
    "w:doNotSuppressIndentation",
    "w:doNotAutofitConstrainedTables",
    "w:autofitToFirstFixedWidthCell",
    "w:underlineTabInNumList",
    "w:displayHangulFixedWidth",
    "w:splitPgBreakAndParaMark",
    "w:doNotVertAlignCellWithSp",
    "w:doNotBreakConstrainedForcedTable",
    "w:doNotVertAlignInTxbx",
    "w:useAnsiKerningPairs",
    "w:cachedColBalance",
    "w:compatSetting",
];

const STYLE: &[&str] = &[
    "w:name",
    "w:aliases",
    "w:basedOn",
    "w:next",
    "w:link",
    "w:autoRedefine",
    "w:hidden",
    "w:uiPriority",
    "w:semiHidden",
    "w:unhideWhenUsed",
    "w:qFormat",
    "w:locked",
    "w:personal",
    "w:personalCompose",
    "w:personalReply",
    "w:rsid",
    "w:pPr",
    "w:rPr",
    "w:tblPr",
    "w:trPr",
    "w:tcPr",
    "w:tblStylePr",
];

const LVL: &[&str] = &[
    "w:start",
    "w:numFmt",
    "w:lvlRestart",
    "w:pStyle",
    "w:isLgl",
    "w:suff",
    "w:lvlText",
    "w:lvlPicBulletId",
    "w:legacy",
    "w:lvlJc",
    "w:pPr",
    "w:rPr",
];

const TBL_PR: &[&str] = &[
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
];

const TC_PR: &[&str] = &[
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns|w:cellDel|w:cellMerge",
    "w:tcPrChange",
];

/// CT_TrPr: a choice of row properties in any order, then the revision marks.
const TR_PR: &[&str] = &[
    "w:cnfStyle|w:divId|w:gridBefore|w:gridAfter|w:wBefore|w:wAfter|w:cantSplit|w:trHeight|w:tblHeader|w:tblCellSpacing|w:jc|w:hidden",
    "w:ins",
    "w:del",
    "w:trPrChange",
];

const TBL_BORDERS: &[&str] =
    &["w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right", "w:insideH", "w:insideV", "w:tl2br", "w:tr2bl"];
const P_BDR: &[&str] = &["w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"];
const CELL_MARGINS: &[&str] = &["w:top", "w:start", "w:left", "w:bottom", "w:end", "w:right"];
const FONT: &[&str] = &[
    "w:altName",
    "w:panose1",
    "w:charset",
    "w:family",
    "w:notTrueType",
    "w:pitch",
    "w:sig",
    "w:embedRegular",
    "w:embedBold",
    "w:embedItalic",
    "w:embedBoldItalic",
];

/// Parent element → the order of its children.
pub const RULES: &[(&str, &[&str])] = &[
    ("w:pPr", P_PR),
    ("w:rPr", R_PR),
    ("w:sectPr", SECT_PR),
    ("w:settings", SETTINGS),
    ("w:compat", COMPAT),
    ("w:styles", &["w:docDefaults", "w:latentStyles", "w:style"]),
    ("w:docDefaults", &["w:rPrDefault", "w:pPrDefault"]),
    ("w:style", STYLE),
    ("w:lvl", LVL),
    ("w:abstractNum", &["w:nsid", "w:multiLevelType", "w:tmpl", "w:name", "w:styleLink", "w:numStyleLink", "w:lvl"]),
    ("w:numbering", &["w:numPicBullet", "w:abstractNum", "w:num", "w:numIdMacAtCleanup"]),
    ("w:tblPr", TBL_PR),
    ("w:tblBorders", TBL_BORDERS),
    ("w:tcBorders", TBL_BORDERS),
    ("w:pBdr", P_BDR),
    ("w:tblCellMar", CELL_MARGINS),
    ("w:tcMar", CELL_MARGINS),
    ("w:tcPr", TC_PR),
    ("w:trPr", TR_PR),
    ("w:font", FONT),
    ("w:body", &["*", "w:sectPr"]),
    ("w:p", &["w:pPr", "*"]),
    ("w:r", &["w:rPr", "*"]),
    ("w:tbl", &["w:tblPr", "w:tblGrid", "*"]),
    ("w:tr", &["w:tblPrEx", "w:trPr", "*"]),
    ("w:tc", &["w:tcPr", "*"]),
];

/// A parent's rule as a lookup: the rank of each child name, and of the content (`*`).
pub(super) struct Rule {
    ranks: HashMap<&'static str, usize>,
    content: Option<usize>,
}

impl Rule {
    /// Position of `child` in the order; `None` when the schema does not allow it there.
    pub(super) fn rank(&self, child: &str) -> Option<usize> {
        self.ranks.get(child).copied().or(self.content)
    }

    /// Position of character data (where the content goes).
    pub(super) fn content(&self) -> Option<usize> {
        self.content
    }
}

/// The rule for the children of `parent`, if the table has one ([`RULES`], read once).
pub(super) fn rule(parent: &str) -> Option<&'static Rule> {
    static TABLE: OnceLock<HashMap<&'static str, Rule>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            RULES
                .iter()
                .map(|(parent, order)| {
                    let ranks = order
                        .iter()
                        .enumerate()
                        .flat_map(|(i, entry)| entry.split('|').map(move |name| (name, i)))
                        .filter(|(name, _)| *name != "*")
                        .collect();
                    (*parent, Rule { ranks, content: order.iter().position(|entry| *entry == "*") })
                })
                .collect()
        })
        .get(parent)
}

/// Every place where a child element is unknown to its parent's rule or out of order, e.g.
/// `w:pPr: w:rPr before w:jc`.
pub fn violations(root: &Element) -> Vec<String> {
    let mut found = Vec::new();
    root.walk(&mut |element| {
        let Some(order) = rule(&element.name) else { return };
        let mut last: Option<(usize, &str)> = None;
        for child in element.elements() {
            match order.rank(&child.name) {
                None => found.push(format!("{}: {} is not allowed", element.name, child.name)),
                Some(r) => {
                    if let Some((_, name)) = last.filter(|(previous, _)| *previous > r) {
                        found.push(format!("{}: {name} before {}", element.name, child.name));
                    }
                    last = Some((r, &child.name));
                }
            }
        }
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tidy::tidy_element;
    use crate::export::xml::Part;

    #[test]
    fn sorts_docx_rs_paragraph_and_section_properties() {
        let mut part = Part::parse(concat!(
            r#"<w:body><w:p><w:pPr><w:rPr a="1"/><w:jc w:val="right"/><w:ind w:left="0"/><w:snapToGrid w:val="false"/></w:pPr>"#,
            r#"<w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t>x</w:t></w:r></w:p>"#,
            r#"<w:sectPr><w:pgSz w:w="1"/><w:pgMar w:top="1"/><w:docGrid w:type="lines"/><w:footerReference w:type="default"/>"#,
            r#"<w:footerReference w:type="even"/></w:sectPr></w:body>"#
        ))
        .unwrap();
        assert_eq!(violations(&part.root).len(), 5, "{:?}", violations(&part.root));
        let xml = tidy_element(&part.root.to_xml()).unwrap();
        part = Part::parse(&xml).unwrap();
        assert_eq!(violations(&part.root), Vec::<String>::new());
        assert!(
            xml.contains(
                r#"<w:pPr><w:snapToGrid w:val="false"/><w:ind w:left="0"/><w:jc w:val="right"/><w:rPr a="1"/></w:pPr>"#
            ),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<w:sectPr><w:footerReference w:type="default"/><w:footerReference w:type="even"/><w:pgSz"#),
            "references first, in their own order: {xml}"
        );
    }

    #[test]
    fn content_keeps_its_order_and_unknown_children_are_reported() {
        let xml = r#"<w:tbl><w:tr><w:tc/></w:tr><w:tblGrid/><w:tr><w:tc/><w:trPr/></w:tr><w:tblPr><w:bogus/></w:tblPr></w:tbl>"#;
        let part = Part::parse(xml).unwrap();
        let found = violations(&part.root);
        assert!(found.contains(&"w:tblPr: w:bogus is not allowed".to_string()), "{found:?}");
        assert!(found.contains(&"w:tr: w:tc before w:trPr".to_string()), "{found:?}");
        assert_eq!(
            tidy_element(xml).unwrap(),
            r#"<w:tbl><w:tblPr><w:bogus/></w:tblPr><w:tblGrid/><w:tr><w:tc/></w:tr><w:tr><w:trPr/><w:tc/></w:tr></w:tbl>"#
        );
    }

    #[test]
    fn every_rule_is_a_list_of_distinct_names() {
        for (parent, order) in RULES {
            let mut names: Vec<&str> = order.iter().flat_map(|e| e.split('|')).collect();
            let count = names.len();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), count, "{parent} names a child twice");
        }
    }
}
