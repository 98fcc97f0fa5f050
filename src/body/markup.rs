//! Markup knowledge the HTML walker needs: which elements break text into
//! blocks, which attributes carry data, where attribute values sit inside a
//! start tag's source, and how to escape a replacement for where it goes.

use std::ops::Range;

/// Elements that end one block of prose and start another: text on either
/// side is joined with `\n`, never run together. Everything else (the inline
/// elements `b i u em strong span a font code small sub sup mark label abbr`
/// and unknown tags) joins text as if the tags were not there.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "iframe",
    "legend",
    "li",
    "main",
    "nav",
    "noscript",
    "ol",
    "option",
    "p",
    "pre",
    "script",
    "section",
    "select",
    "style",
    "summary",
    "table",
    "tbody",
    "template",
    "textarea",
    "tfoot",
    "thead",
    "title",
    "tr",
    "ul",
];

/// True for table cells: like a browser's rendered text, the cells of one row
/// are joined with `\t` and each row (`tr`, a block) is a line, so a pasted
/// table reads as tab-separated rows and its columns stay visible.
pub(super) fn is_cell(name: &str) -> bool {
    name == "td" || name == "th"
}

/// True for the table elements that hold rows or cells but no text of their
/// own: blank source text next to their tags is layout, not prose.
pub(super) fn is_table_part(name: &str) -> bool {
    matches!(
        name,
        "table" | "tbody" | "thead" | "tfoot" | "tr" | "colgroup"
    )
}

/// True for elements whose tags separate blocks of text (see [`BLOCK`]).
pub(super) fn is_block(name: &str) -> bool {
    BLOCK.contains(&name)
}

/// Attributes whose values may carry personal data and are scanned: links
/// (`href` with `mailto:`/`tel:`/query tokens, `src`, `cite`, `action`,
/// `poster`), human-readable text (`title`, `alt`, `placeholder`, `label`,
/// `aria-label`, `aria-description`, `content`), form values (`value`) and
/// every `data-*` attribute.
pub(super) fn is_scanned_attribute(name: &str) -> bool {
    const SCANNED: &[&str] = &[
        "action",
        "alt",
        "aria-description",
        "aria-label",
        "cite",
        "content",
        "href",
        "label",
        "placeholder",
        "poster",
        "src",
        "title",
        "value",
    ];
    SCANNED.contains(&name) || name.starts_with("data-")
}

/// True for scanned attributes that hold URLs, whose percent-escapes are
/// decoded before detection.
pub(super) fn is_url_attribute(name: &str) -> bool {
    matches!(name, "action" | "cite" | "href" | "poster" | "src")
}

/// How an attribute value is delimited in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Quote {
    /// `name="value"` or `name='value'`.
    Quoted,
    /// `name=value`.
    Unquoted,
}

/// One attribute value found in a start tag's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct AttrValue {
    /// Lowercase attribute name.
    pub(super) name: String,
    /// Source range of the value, quotes excluded.
    pub(super) value: Range<usize>,
    /// How the value is delimited.
    pub(super) quote: Quote,
}

/// The attribute values of the start tag at `tag` in `html`, following the
/// HTML tokenizer's attribute states. lol_html has already found the tag's
/// extent, so this only splits it; attributes without a value are skipped.
pub(super) fn attribute_values(html: &str, tag: Range<usize>) -> Vec<AttrValue> {
    let Some(src) = html.get(tag.clone()) else {
        return Vec::new();
    };
    let b = src.as_bytes();
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut out = Vec::new();
    // Skip `<` and the tag name.
    let mut i = 1;
    while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    loop {
        while i < b.len() && (is_space(b[i]) || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            break;
        }
        let name_from = i;
        i += 1; // the first character may be `=`
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = src[name_from..i].to_ascii_lowercase();
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i >= b.len() || b[i] != b'=' {
            continue;
        }
        i += 1;
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        let (value, quote) = match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let from = i + 1;
                let to = memchr::memchr(q, &b[from..]).map_or(b.len(), |n| from + n);
                i = (to + 1).min(b.len());
                (from..to, Quote::Quoted)
            }
            _ => {
                let from = i;
                while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
                    i += 1;
                }
                (from..i, Quote::Unquoted)
            }
        };
        out.push(AttrValue {
            name,
            value: tag.start + value.start..tag.start + value.end,
            quote,
        });
    }
    out
}

/// Escapes a replacement for a text node: `&`, `<`, `>`.
pub(super) fn escape_text(s: &str) -> String {
    escape(s, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        _ => None,
    })
}

/// Escapes a replacement for an attribute value. Unquoted values also get
/// whitespace and the characters that would end or confuse them encoded, so a
/// partial mask such as `**** 1111` cannot split the attribute.
pub(super) fn escape_attribute(s: &str, quote: Quote) -> String {
    escape(s, |c| match (c, quote) {
        ('&', _) => Some("&amp;"),
        ('<', _) => Some("&lt;"),
        ('>', _) => Some("&gt;"),
        ('"', _) => Some("&quot;"),
        ('\'', _) => Some("&#39;"),
        (' ', Quote::Unquoted) => Some("&#32;"),
        ('\t', Quote::Unquoted) => Some("&#9;"),
        ('\n', Quote::Unquoted) => Some("&#10;"),
        ('\r', Quote::Unquoted) => Some("&#13;"),
        ('\x0c', Quote::Unquoted) => Some("&#12;"),
        ('=', Quote::Unquoted) => Some("&#61;"),
        ('`', Quote::Unquoted) => Some("&#96;"),
        _ => None,
    })
}

/// Makes a replacement safe inside a comment: no `>` and no `--`, which could
/// end it (comments take no character references).
pub(super) fn sanitise_comment(s: &str) -> String {
    let mut out = s.replace(['<', '>'], "");
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    out
}

fn escape(s: &str, entity: impl Fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match entity(c) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(tag: &str) -> Vec<(String, &str, Quote)> {
        attribute_values(tag, 0..tag.len())
            .into_iter()
            .map(|a| (a.name, &tag[a.value], a.quote))
            .collect()
    }

    #[test]
    fn finds_quoted_unquoted_and_valueless_attributes() {
        assert_eq!(
            values("<a HREF=\"mailto:a@b.se\" data-x='1 2' hidden title=t/x download>"),
            [
                ("href".to_string(), "mailto:a@b.se", Quote::Quoted),
                ("data-x".to_string(), "1 2", Quote::Quoted),
                ("title".to_string(), "t/x", Quote::Unquoted),
            ]
        );
        assert_eq!(
            values("<img src = 'x.png?u=1' / alt=\"\">"),
            [
                ("src".to_string(), "x.png?u=1", Quote::Quoted),
                ("alt".to_string(), "", Quote::Quoted),
            ]
        );
        assert_eq!(values("<br/>"), []);
        assert_eq!(values("<p =x>"), []);
    }

    #[test]
    fn offsets_are_absolute() {
        let html = "<p>x</p><a title=\"hi\">";
        let attrs = attribute_values(html, 8..html.len());
        assert_eq!(&html[attrs[0].value.clone()], "hi");
    }

    #[test]
    fn escapes_for_each_context() {
        assert_eq!(escape_text("[a&b<c>]"), "[a&amp;b&lt;c&gt;]");
        assert_eq!(
            escape_attribute("a\"b' c", Quote::Quoted),
            "a&quot;b&#39; c"
        );
        assert_eq!(
            escape_attribute("** 11=", Quote::Unquoted),
            "**&#32;11&#61;"
        );
        assert_eq!(sanitise_comment("a--->b"), "a-b");
    }

    #[test]
    fn classifies_elements_and_attributes() {
        assert!(is_block("br") && is_block("tr") && is_block("h3"));
        assert!(is_cell("td") && is_cell("th") && !is_block("td"));
        assert!(!is_block("b") && !is_block("span") && !is_block("a"));
        assert!(is_scanned_attribute("href") && is_scanned_attribute("data-user"));
        assert!(!is_scanned_attribute("class") && !is_scanned_attribute("style"));
    }
}
