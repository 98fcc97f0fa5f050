//! Part headers and the body's `Content-Type`: strict parsing of what decides
//! how a part is treated (its name, whether it is a file, its type), and the
//! one rewrite the walker makes (a file's name).
//!
//! Parsing is strict on purpose: anything two parsers could read differently
//! (folded or duplicate headers, duplicate parameters, unterminated quotes,
//! transfer encodings that hide text) refuses the body rather than guessing.

use std::ops::Range;

use bytes::{Bytes, BytesMut};

use crate::body::BodyError;

fn malformed(reason: &'static str) -> BodyError {
    BodyError::MultipartMalformed { reason }
}

/// The `boundary` parameter of a `multipart/form-data` content type.
///
/// Refuses other media types, a missing or empty boundary, one longer than
/// 70 characters or with characters RFC 2046 does not allow, and duplicates.
pub fn boundary_from_content_type(content_type: &str) -> Result<String, BodyError> {
    let bytes = content_type.as_bytes();
    let semi = bytes.iter().position(|&b| b == b';').unwrap_or(bytes.len());
    if !content_type[..semi]
        .trim()
        .eq_ignore_ascii_case("multipart/form-data")
    {
        return Err(BodyError::MultipartBoundary);
    }
    let params = parse_params(&bytes[semi..]).map_err(|_| BodyError::MultipartBoundary)?;
    let mut found = None;
    for p in params {
        if p.key.eq_ignore_ascii_case("boundary") {
            if found.is_some() {
                return Err(BodyError::MultipartBoundary);
            }
            found = Some(p.value);
        }
    }
    let boundary = found.ok_or(BodyError::MultipartBoundary)?;
    if !valid_boundary(&boundary) {
        return Err(BodyError::MultipartBoundary);
    }
    String::from_utf8(boundary).map_err(|_| BodyError::MultipartBoundary)
}

/// Whether a boundary is 1 to 70 RFC 2046 `bchars`, not ending in a space.
pub(super) fn valid_boundary(boundary: &[u8]) -> bool {
    (1..=70).contains(&boundary.len())
        && !boundary.ends_with(b" ")
        && boundary
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"'()+_,-./:=? ".contains(&b))
}

/// One parsed `key=value` parameter of a header value.
struct Param {
    /// The key as sent.
    key: String,
    /// Where `key=value` sits in the parsed slice.
    span: Range<usize>,
    /// The value, unquoted and unescaped.
    value: Vec<u8>,
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn skip_ows(v: &[u8], mut i: usize) -> usize {
    while i < v.len() && (v[i] == b' ' || v[i] == b'\t') {
        i += 1;
    }
    i
}

/// Parses `; k=v; k="v"` (the slice starts at the first `;` or is empty).
/// Inside quotes `\"` and `\\` are escapes; other backslashes are literal
/// (old browsers send Windows paths unescaped).
fn parse_params(v: &[u8]) -> Result<Vec<Param>, BodyError> {
    let mut params: Vec<Param> = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if v[i] != b';' {
            return Err(malformed("unexpected bytes in a header parameter list"));
        }
        i = skip_ows(v, i + 1);
        if i == v.len() || v[i] == b';' {
            continue;
        }
        let start = i;
        while i < v.len() && is_tchar(v[i]) {
            i += 1;
        }
        if i == start {
            return Err(malformed("a header parameter has no name"));
        }
        let key = String::from_utf8_lossy(&v[start..i]).into_owned();
        i = skip_ows(v, i);
        if i == v.len() || v[i] != b'=' {
            return Err(malformed("a header parameter has no value"));
        }
        i = skip_ows(v, i + 1);
        let mut value = Vec::new();
        if i < v.len() && v[i] == b'"' {
            i += 1;
            loop {
                match v.get(i) {
                    None => return Err(malformed("unterminated quoted header parameter")),
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(b'\\') if matches!(v.get(i + 1), Some(b'"' | b'\\')) => {
                        value.push(v[i + 1]);
                        i += 2;
                    }
                    Some(&b) => {
                        value.push(b);
                        i += 1;
                    }
                }
            }
        } else {
            while i < v.len() && !matches!(v[i], b';' | b' ' | b'\t' | b'"') {
                value.push(v[i]);
                i += 1;
            }
        }
        let end = i;
        i = skip_ows(v, i);
        if i < v.len() && v[i] != b';' {
            return Err(malformed("unexpected bytes in a header parameter list"));
        }
        if params.iter().any(|p| p.key.eq_ignore_ascii_case(&key)) {
            return Err(malformed("a header parameter appears twice"));
        }
        params.push(Param {
            key,
            span: start..end,
            value,
        });
    }
    Ok(params)
}

/// Bytes as text: UTF-8 when valid, else Latin-1 (every byte one character),
/// so that a scanner always sees every letter of a legacy-encoded name.
fn decode_lossless(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Decodes an RFC 5987 `charset'language'pct-encoded` value.
fn decode_ext_value(raw: &[u8]) -> Result<String, BodyError> {
    let bad = || malformed("invalid filename* parameter");
    let mut fields = raw.splitn(3, |&b| b == b'\'');
    let charset = fields.next().ok_or_else(bad)?;
    let _language = fields.next().ok_or_else(bad)?;
    let encoded = fields.next().ok_or_else(bad)?;
    let mut out = Vec::with_capacity(encoded.len());
    let mut i = 0;
    while i < encoded.len() {
        if encoded[i] == b'%' {
            let hex = encoded.get(i + 1..i + 3).ok_or_else(bad)?;
            let hex = std::str::from_utf8(hex).map_err(|_| bad())?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| bad())?);
            i += 3;
        } else {
            out.push(encoded[i]);
            i += 1;
        }
    }
    let charset = String::from_utf8_lossy(charset).to_ascii_lowercase();
    match charset.as_str() {
        "utf-8" | "us-ascii" => String::from_utf8(out).map_err(|_| bad()),
        "iso-8859-1" | "latin1" => Ok(out.iter().map(|&b| char::from(b)).collect()),
        _ => Err(bad()),
    }
}

/// The parsed header block of one part.
pub(super) struct PartHead {
    /// The header lines exactly as received, each ending in CRLF, without
    /// the blank line that ends the block.
    raw: Bytes,
    /// The `name` parameter.
    pub(super) name: String,
    /// The `Content-Type` header value, if the part has one.
    pub(super) content_type: Option<String>,
    /// The `filename` parameter, decoded.
    pub(super) filename: Option<String>,
    /// The `filename*` parameter, decoded.
    pub(super) filename_star: Option<String>,
    /// Where the file name parameters sit in `raw` (`filename`, `filename*`).
    filename_spans: Vec<(Range<usize>, bool)>,
}

impl PartHead {
    /// A part with a `filename` or `filename*` parameter is a file, even if
    /// the name is empty (that is how the helpdesk treats it).
    pub(super) fn is_file(&self) -> bool {
        self.filename.is_some() || self.filename_star.is_some()
    }

    /// The header lines as received.
    pub(super) fn raw(&self) -> &Bytes {
        &self.raw
    }

    /// The non-empty file names the part carries, `filename*` first (it is
    /// the one RFC 6266 readers prefer).
    pub(super) fn file_names(&self) -> Vec<&str> {
        [&self.filename_star, &self.filename]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .filter(|n| !n.is_empty())
            .collect()
    }

    /// The header lines with every file name parameter replaced by `new`
    /// (`filename="new"`, `filename*=UTF-8''new`); all other bytes as sent.
    pub(super) fn renamed(&self, new: &str) -> Bytes {
        let mut out = BytesMut::with_capacity(self.raw.len() + new.len());
        let mut at = 0;
        for (span, star) in &self.filename_spans {
            out.extend_from_slice(&self.raw[at..span.start]);
            let key_end = self.raw[span.clone()]
                .iter()
                .position(|&b| b == b'=' || b == b' ' || b == b'\t')
                .map_or(span.end, |p| span.start + p);
            out.extend_from_slice(&self.raw[span.start..key_end]);
            if *star {
                out.extend_from_slice(b"=UTF-8''");
                out.extend_from_slice(pct_encode_attr(new).as_bytes());
            } else {
                out.extend_from_slice(b"=\"");
                out.extend_from_slice(quote_safe(new).as_bytes());
                out.extend_from_slice(b"\"");
            }
            at = span.end;
        }
        out.extend_from_slice(&self.raw[at..]);
        out.freeze()
    }
}

/// A value made safe inside a quoted parameter: `"`, `\`, CR and LF are
/// percent-encoded (the HTML form-submission convention).
pub(super) fn quote_safe(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '"' => out.push_str("%22"),
            '\\' => out.push_str("%5C"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// RFC 5987 `attr-char` percent-encoding.
fn pct_encode_attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Parses a part's header block (`raw`: header lines, each ending in CRLF).
pub(super) fn parse_part_head(raw: Bytes) -> Result<PartHead, BodyError> {
    let mut disposition: Option<Range<usize>> = None;
    let mut content_type = None;
    let mut pos = 0;
    while pos < raw.len() {
        let rel = memchr::memmem::find(&raw[pos..], b"\r\n")
            .ok_or_else(|| malformed("a part header line is not terminated"))?;
        let line = &raw[pos..pos + rel];
        let line_start = pos;
        pos += rel + 2;
        if line.iter().any(|&b| b == b'\r' || b == b'\n' || b == 0) {
            return Err(malformed("a part header contains a bare CR, LF or NUL"));
        }
        if matches!(line.first(), Some(b' ' | b'\t')) {
            return Err(malformed("a part header is folded"));
        }
        let colon = line
            .iter()
            .position(|&b| b == b':')
            .ok_or_else(|| malformed("a part header has no colon"))?;
        let name = &line[..colon];
        if name.is_empty() || !name.iter().copied().all(is_tchar) {
            return Err(malformed("a part header name is invalid"));
        }
        let value_start = skip_ows(line, colon + 1);
        let mut value_end = line.len();
        while value_end > value_start && matches!(line[value_end - 1], b' ' | b'\t') {
            value_end -= 1;
        }
        let value = &line[value_start..value_end];
        if name.eq_ignore_ascii_case(b"content-disposition") {
            if disposition.is_some() {
                return Err(malformed("a part has two Content-Disposition headers"));
            }
            disposition = Some(line_start + value_start..line_start + value_end);
        } else if name.eq_ignore_ascii_case(b"content-type") {
            if content_type.is_some() {
                return Err(malformed("a part has two Content-Type headers"));
            }
            content_type = Some(decode_lossless(value));
        } else if name.eq_ignore_ascii_case(b"content-transfer-encoding") {
            let identity = [&b"7bit"[..], b"8bit", b"binary"]
                .iter()
                .any(|e| value.eq_ignore_ascii_case(e));
            if !identity {
                return Err(malformed("a part uses a content transfer encoding"));
            }
        }
    }
    let disposition =
        disposition.ok_or_else(|| malformed("a part has no Content-Disposition header"))?;
    let value = &raw[disposition.clone()];
    let semi = value.iter().position(|&b| b == b';').unwrap_or(value.len());
    let kind = value[..semi].trim_ascii();
    if !kind.eq_ignore_ascii_case(b"form-data") {
        return Err(malformed("a part's disposition is not form-data"));
    }
    let params = parse_params(&value[semi..])?;
    let offset = disposition.start + semi;
    let mut name = None;
    let mut filename = None;
    let mut filename_star = None;
    let mut filename_spans = Vec::new();
    for p in params {
        let span = offset + p.span.start..offset + p.span.end;
        if p.key.eq_ignore_ascii_case("name") {
            name = Some(decode_lossless(&p.value));
        } else if p.key.eq_ignore_ascii_case("filename") {
            filename = Some(decode_lossless(&p.value));
            filename_spans.push((span, false));
        } else if p.key.eq_ignore_ascii_case("filename*") {
            filename_star = Some(decode_ext_value(&p.value)?);
            filename_spans.push((span, true));
        }
    }
    let name = name.ok_or_else(|| malformed("a part has no name"))?;
    Ok(PartHead {
        raw,
        name,
        content_type,
        filename,
        filename_star,
        filename_spans,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(s: &str) -> Result<PartHead, BodyError> {
        parse_part_head(Bytes::copy_from_slice(s.as_bytes()))
    }

    #[test]
    fn boundaries() {
        let ok = |ct: &str| boundary_from_content_type(ct).ok();
        assert_eq!(
            ok("multipart/form-data; boundary=abc").as_deref(),
            Some("abc")
        );
        assert_eq!(
            ok("Multipart/Form-Data;boundary=\"a b:c\"").as_deref(),
            Some("a b:c")
        );
        assert_eq!(
            ok("multipart/form-data; charset=utf-8; boundary=----WebKitFormBoundaryx").as_deref(),
            Some("----WebKitFormBoundaryx")
        );
        assert_eq!(ok("multipart/form-data"), None);
        assert_eq!(ok("multipart/form-data; boundary="), None);
        assert_eq!(ok("multipart/mixed; boundary=abc"), None);
        assert_eq!(ok("multipart/form-data; boundary=a; boundary=b"), None);
        assert_eq!(ok("multipart/form-data; boundary=\"a\r\nb\""), None);
        assert_eq!(
            ok(&format!("multipart/form-data; boundary={}", "a".repeat(71))),
            None
        );
    }

    #[test]
    fn text_and_file_parts() {
        let h = head("Content-Disposition: form-data; name=\"tags[]\"\r\n").unwrap();
        assert_eq!(h.name, "tags[]");
        assert!(!h.is_file());
        let h = head(
            "content-disposition: form-data; name=\"attachments[]\"; filename=\"\"\r\n\
             Content-Type: application/octet-stream\r\n",
        )
        .unwrap();
        assert!(h.is_file());
        assert!(h.file_names().is_empty());
        assert_eq!(h.content_type.as_deref(), Some("application/octet-stream"));
    }

    #[test]
    fn filename_star_is_decoded_and_preferred() {
        let h = head(
            "Content-Disposition: form-data; name=\"a\"; filename=\"x.pdf\"; \
             filename*=UTF-8''Bj%C3%B6rn%20CV.pdf\r\n",
        )
        .unwrap();
        assert_eq!(h.file_names(), vec!["Björn CV.pdf", "x.pdf"]);
        let renamed = h.renamed("attachment-1.pdf");
        assert_eq!(
            &renamed[..],
            &b"Content-Disposition: form-data; name=\"a\"; filename=\"attachment-1.pdf\"; \
               filename*=UTF-8''attachment-1.pdf\r\n"[..]
        );
    }

    #[test]
    fn latin1_filename_is_decoded_bytewise() {
        let raw = b"Content-Disposition: form-data; name=\"a\"; filename=\"M\xfcller.txt\"\r\n";
        let h = parse_part_head(Bytes::from_static(raw)).unwrap();
        assert_eq!(h.filename.as_deref(), Some("Müller.txt"));
    }

    #[test]
    fn ambiguous_headers_are_refused() {
        for bad in [
            "Content-Type: text/plain\r\n",
            "Content-Disposition: form-data\r\n",
            "Content-Disposition: attachment; name=\"a\"\r\n",
            "Content-Disposition: form-data; name=\"a\"\r\nContent-Disposition: form-data; name=\"b\"\r\n",
            "Content-Disposition: form-data; name=\"a\"; name=\"b\"\r\n",
            "Content-Disposition: form-data; name=\"a\r\n",
            "Content-Disposition: form-data;\r\n name=\"a\"\r\n",
            "Content-Disposition: form-data; name=\"a\"\r\nContent-Transfer-Encoding: base64\r\n",
            "Content-Disposition: form-data; name=\"a\"; filename*=UTF-8''%zz\r\n",
            "Bad Header: x\r\nContent-Disposition: form-data; name=\"a\"\r\n",
        ] {
            assert!(head(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn quoting_of_new_names() {
        assert_eq!(quote_safe("a\"b\\c\r\n"), "a%22b%5Cc%0D%0A");
        assert_eq!(pct_encode_attr("a b.pdf"), "a%20b.pdf");
    }
}
