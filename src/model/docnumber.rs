//! 发文字号 (document number) as GB/T 9704 writes it: organ abbreviation + 〔year〕 + serial
//! number without leading zeros + 号, e.g. 粤民函〔2018〕123号. Other brackets and full-width
//! digits are accepted and normalised.

use std::fmt;

/// A well-formed document number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocNumber {
    pub organ: String,
    pub year: u32,
    pub serial: u32,
}

/// What is wrong with a document number, as a Chinese message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocNumberError {
    /// No 〔year〕 part.
    NoYear,
    /// No organ abbreviation before the year.
    NoOrgan,
    /// The serial number is missing, has a leading zero, or 号 is missing.
    BadSerial,
}

impl DocNumberError {
    pub fn message(&self) -> &'static str {
        match self {
            DocNumberError::NoYear => "发文字号的年份应写在六角括号内，例如：粤民函〔2018〕123号",
            DocNumberError::NoOrgan => "发文字号应以机关代字开头，例如：粤民函〔2018〕123号",
            DocNumberError::BadSerial => {
                "发文字号的序号应为不编虚位的阿拉伯数字并以“号”结尾，例如：〔2018〕123号（不写作 0123号）"
            }
        }
    }
}

impl fmt::Display for DocNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}〔{}〕{}号", self.organ, self.year, self.serial)
    }
}

/// Full-width digits to ASCII, every bracket variant to 〔〕, spaces removed.
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match crate::content::half_width_digit(c) {
            '【' | '[' | '［' | '﹝' | '(' | '（' | '〖' => '〔',
            '】' | ']' | '］' | '﹞' | ')' | '）' | '〗' => '〕',
            c => c,
        })
        .collect()
}

/// A document number as printed: the normalised form (`〔2018〕`, no leading zeros) when it
/// parses, otherwise as entered with its brackets and digits normalised.
pub fn display(text: &str) -> String {
    DocNumber::parse(text).map(|n| n.to_string()).unwrap_or_else(|_| normalise(text))
}

impl DocNumber {
    pub fn parse(text: &str) -> Result<DocNumber, DocNumberError> {
        let t = normalise(text);
        let open = t.find('〔').ok_or(DocNumberError::NoYear)?;
        let close = t.find('〕').filter(|&c| c > open).ok_or(DocNumberError::NoYear)?;
        let organ = &t[..open];
        let year = &t[open + '〔'.len_utf8()..close];
        let rest = &t[close + '〕'.len_utf8()..];
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DocNumberError::NoYear);
        }
        if organ.is_empty() || !organ.chars().all(|c| c.is_alphabetic()) {
            return Err(DocNumberError::NoOrgan);
        }
        let serial = rest.strip_suffix('号').ok_or(DocNumberError::BadSerial)?;
        if serial.is_empty()
            || serial.starts_with('0')
            || !serial.bytes().all(|b| b.is_ascii_digit())
            || serial.len() > 6
        {
            return Err(DocNumberError::BadSerial);
        }
        Ok(DocNumber {
            organ: organ.to_string(),
            year: year.parse().map_err(|_| DocNumberError::NoYear)?,
            serial: serial.parse().map_err(|_| DocNumberError::BadSerial)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises_bracket_variants_and_full_width_digits() {
        for text in [
            "粤民函〔2018〕123号",
            "粤民函【2018】123号",
            "粤民函[2018]123号",
            "粤民函［２０１８］１２３号",
            "粤民函﹝2018﹞123号",
            " 粤民函 〔2018〕 123号 ",
        ] {
            let n = DocNumber::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            assert_eq!(n.to_string(), "粤民函〔2018〕123号");
            assert_eq!((n.year, n.serial), (2018, 123));
        }
    }

    #[test]
    fn display_prints_the_normalised_form() {
        assert_eq!(display("粤民函[2018]123号"), "粤民函〔2018〕123号");
        assert_eq!(display(" 粤府办【2018】２３号 "), "粤府办〔2018〕23号");
        assert_eq!(display("粤民函[2018]"), "粤民函〔2018〕", "not a full number: brackets still normalised");
    }

    #[test]
    fn rejects_malformed_numbers_with_a_reason() {
        assert_eq!(DocNumber::parse("粤民函2018123号"), Err(DocNumberError::NoYear));
        assert_eq!(DocNumber::parse("粤民函〔18〕123号"), Err(DocNumberError::NoYear));
        assert_eq!(DocNumber::parse("〔2018〕123号"), Err(DocNumberError::NoOrgan));
        assert_eq!(DocNumber::parse("粤民函〔2018〕0123号"), Err(DocNumberError::BadSerial));
        assert_eq!(DocNumber::parse("粤民函〔2018〕123"), Err(DocNumberError::BadSerial));
        assert_eq!(DocNumber::parse("粤民函〔2018〕号"), Err(DocNumberError::BadSerial));
        assert_eq!(DocNumber::parse("粤民函〔2018〕一二三号"), Err(DocNumberError::BadSerial));
        assert!(DocNumberError::BadSerial.message().contains("号"));
    }
}
