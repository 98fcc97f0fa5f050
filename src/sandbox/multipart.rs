//! Reads a `multipart/form-data` body into text fields and file parts.
//!
//! multer splits the parts; the Content-Disposition header is parsed here
//! because multer ignores `filename*=` (RFC 5987) and would then report a
//! real file part as a text field. Freshdesk's rule is followed: a part
//! that carries a `filename` attribute is a file, even when the name is
//! empty.

use bytes::Bytes;
use multer::Multipart;

/// One part of a multipart body.
#[derive(Debug, Clone)]
pub enum Part {
    /// A part without `filename`: a form field.
    Text {
        /// The `name` attribute.
        name: String,
        /// The part's body, decoded as UTF-8 (lossily).
        value: String,
    },
    /// A part with `filename` (possibly empty).
    File {
        /// The `name` attribute.
        name: String,
        /// The decoded filename.
        filename: String,
        /// The part's own Content-Type, when it sent one.
        content_type: Option<String>,
        /// The file bytes.
        bytes: Bytes,
    },
}

/// Why a multipart body could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MultipartError {
    /// The body is malformed (bad boundary, truncated part, …).
    #[error("malformed multipart body")]
    Malformed(#[source] multer::Error),
}

/// Splits `body` into parts using `boundary`.
pub async fn parse(body: Bytes, boundary: &str) -> Result<Vec<Part>, MultipartError> {
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut multipart = Multipart::new(stream, boundary.to_owned());
    let mut parts = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(MultipartError::Malformed)?
    {
        let disposition = field
            .headers()
            .get(http::header::CONTENT_DISPOSITION)
            .and_then(|v| v.to_str().ok())
            .map(Disposition::parse)
            .unwrap_or_default();
        let content_type = field
            .headers()
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = field.bytes().await.map_err(MultipartError::Malformed)?;
        let name = disposition.name.unwrap_or_default();
        parts.push(match disposition.filename {
            Some(filename) => Part::File {
                name,
                filename,
                content_type,
                bytes,
            },
            None => Part::Text {
                name,
                value: String::from_utf8_lossy(&bytes).into_owned(),
            },
        });
    }
    Ok(parts)
}

/// The attributes of a `Content-Disposition: form-data; …` header.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Disposition {
    /// `name=`.
    pub name: Option<String>,
    /// `filename*=` (preferred) or `filename=`.
    pub filename: Option<String>,
}

impl Disposition {
    /// Parses the header value; unknown attributes are ignored.
    pub fn parse(value: &str) -> Disposition {
        let mut out = Disposition::default();
        let mut extended = None;
        for (key, val) in attributes(value) {
            match key.to_ascii_lowercase().as_str() {
                "name" => out.name = Some(val),
                "filename" => out.filename = Some(val),
                "filename*" => extended = decode_ext_value(&val),
                _ => {}
            }
        }
        if extended.is_some() {
            out.filename = extended;
        }
        out
    }
}

/// `key=value` pairs after the disposition type, values unquoted.
fn attributes(value: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let bytes = value.as_bytes();
    // Skip the disposition type ("form-data").
    let mut i = value.find(';').map_or(bytes.len(), |p| p + 1);
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b';' || bytes[i] == b'\t') {
            i += 1;
        }
        let key_start = i;
        while i < bytes.len() && bytes[i] != b'=' && bytes[i] != b';' {
            i += 1;
        }
        let key = value[key_start..i].trim().to_owned();
        if i >= bytes.len() || bytes[i] == b';' {
            continue;
        }
        i += 1; // '='
        let mut val = String::new();
        if i < bytes.len() && bytes[i] == b'"' {
            i += 1;
            let mut start = i;
            while i < bytes.len() && bytes[i] != b'"' {
                if bytes[i] == b'\\' && i + 1 < bytes.len() {
                    val.push_str(&value[start..i]);
                    i += 1;
                    start = i;
                }
                i += 1;
            }
            val.push_str(&value[start..i.min(bytes.len())]);
            i += 1;
        } else {
            let start = i;
            while i < bytes.len() && bytes[i] != b';' {
                i += 1;
            }
            val.push_str(value[start..i].trim());
        }
        out.push((key, val));
    }
    out
}

/// Decodes an RFC 5987 `charset'lang'pct-encoded` value (UTF-8 and
/// ISO-8859-1).
fn decode_ext_value(value: &str) -> Option<String> {
    let mut pieces = value.splitn(3, '\'');
    let charset = pieces.next()?.to_ascii_lowercase();
    let _lang = pieces.next()?;
    let raw = super::web::percent_decode_bytes(pieces.next()?.as_bytes(), false);
    match charset.as_str() {
        "utf-8" => String::from_utf8(raw).ok(),
        "iso-8859-1" => Some(raw.iter().map(|b| *b as char).collect()),
        _ => None,
    }
}

/// A MIME type guessed from a filename's extension, for file parts that
/// sent no Content-Type.
pub fn guess_mime(filename: &str) -> &'static str {
    let ext = filename
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "txt" | "log" => "text/plain",
        "csv" => "text/csv",
        "html" | "htm" => "text/html",
        "json" => "application/json",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" | "jpe" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "zip" => "application/zip",
        "gz" => "application/gzip",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "eml" => "message/rfc822",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposition_prefers_extended_filename() {
        let d = Disposition::parse(
            r#"form-data; name="attachments[]"; filename="a.txt"; filename*=UTF-8''J%C3%BCrgen.txt"#,
        );
        assert_eq!(d.name.as_deref(), Some("attachments[]"));
        assert_eq!(d.filename.as_deref(), Some("Jürgen.txt"));
        let d = Disposition::parse(r#"form-data; name="x"; filename="""#);
        assert_eq!(
            d.filename.as_deref(),
            Some(""),
            "an empty filename still marks a file"
        );
        let d = Disposition::parse(r#"form-data; name="q\"uote""#);
        assert_eq!(d.name.as_deref(), Some("q\"uote"));
        assert_eq!(d.filename, None);
    }

    #[tokio::test]
    async fn splits_fields_and_files() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nHi\r\n\
             --b\r\nContent-Disposition: form-data; name=\"attachments[]\"; filename*=UTF-8''%C3%A9.txt\r\n\r\nxyz\r\n--b--\r\n";
        let parts = parse(Bytes::from(body), "b").await.unwrap();
        assert!(
            matches!(&parts[0], Part::Text { name, value } if name == "subject" && value == "Hi")
        );
        assert!(
            matches!(&parts[1], Part::File { filename, bytes, content_type: None, .. } if filename == "é.txt" && &bytes[..] == b"xyz")
        );
    }
}
