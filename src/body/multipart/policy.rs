//! Limits and the attachment policy of the multipart walker (built from the
//! operator's `[limits.multipart]` and `[attachments]` sections when the
//! runtime is assembled), and the content-type checks behind the policy.

use crate::body::BodyError;

/// Size and count limits for one multipart body. Every breach refuses the
/// request ([`BodyError::MultipartLimit`] names the field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultipartLimits {
    /// Most parts (text and file) one body may carry.
    pub max_parts: usize,
    /// Largest text part (a part without `filename`) in bytes. Text parts are
    /// held in memory until scanned.
    pub max_text_part_bytes: usize,
    /// Largest header block of one part in bytes.
    pub max_header_bytes: usize,
    /// Most text bytes held at once: all text parts buffered between two file
    /// parts (or before the end) together.
    pub max_buffered_text_bytes: usize,
    /// Largest whole body in bytes, file parts included.
    pub max_total_bytes: u64,
}

/// Default for [`MultipartLimits::max_parts`]: 256.
pub fn default_max_parts() -> usize {
    256
}

/// Default for [`MultipartLimits::max_text_part_bytes`]: 1 MiB.
pub fn default_max_text_part_bytes() -> usize {
    1024 * 1024
}

/// Default for [`MultipartLimits::max_header_bytes`]: 8 KiB.
pub fn default_max_header_bytes() -> usize {
    8 * 1024
}

/// Default for [`MultipartLimits::max_buffered_text_bytes`]: 4 MiB.
pub fn default_max_buffered_text_bytes() -> usize {
    4 * 1024 * 1024
}

/// Default for [`MultipartLimits::max_total_bytes`]: 64 MiB (Freshdesk's
/// attachment budget is 20 MB per request).
pub fn default_max_total_bytes() -> u64 {
    64 * 1024 * 1024
}

impl Default for MultipartLimits {
    fn default() -> Self {
        MultipartLimits {
            max_parts: default_max_parts(),
            max_text_part_bytes: default_max_text_part_bytes(),
            max_header_bytes: default_max_header_bytes(),
            max_buffered_text_bytes: default_max_buffered_text_bytes(),
            max_total_bytes: default_max_total_bytes(),
        }
    }
}

/// Which attachments may pass, and how files whose names held personal data
/// are renamed.
///
/// Content types are compared case-insensitively on the media type alone
/// (parameters dropped). An entry may be `type/*` or `*/*`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentPolicy {
    /// Content types allowed; empty allows every type not denied. Checked
    /// against the declared per-part type, or the type guessed from the file
    /// name's extension when the part declares none.
    pub allow_content_types: Vec<String>,
    /// Content types refused. Checked against the declared type and against
    /// the type guessed from the extension, so `setup.exe` sent as
    /// `application/octet-stream` is refused too.
    pub deny_content_types: Vec<String>,
    /// New file name for a file whose name held personal data. `{fp}` is the
    /// scrubber's value-free token (a keyed fingerprint), `{ext}` the original
    /// extension with its dot (empty if none or not plainly alphanumeric).
    pub rename_pattern: String,
}

/// Default for [`AttachmentPolicy::allow_content_types`]: empty (all).
pub fn default_allow_content_types() -> Vec<String> {
    Vec::new()
}

/// Default for [`AttachmentPolicy::deny_content_types`]: Windows and Unix
/// executables and installers.
pub fn default_deny_content_types() -> Vec<String> {
    [
        "application/x-msdownload",
        "application/x-dosexec",
        "application/x-msdos-program",
        "application/x-msi",
        "application/vnd.microsoft.portable-executable",
        "application/x-executable",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

/// Default for [`AttachmentPolicy::rename_pattern`]: `attachment-{fp}{ext}`.
pub fn default_rename_pattern() -> String {
    "attachment-{fp}{ext}".to_string()
}

impl Default for AttachmentPolicy {
    fn default() -> Self {
        AttachmentPolicy {
            allow_content_types: default_allow_content_types(),
            deny_content_types: default_deny_content_types(),
            rename_pattern: default_rename_pattern(),
        }
    }
}

impl AttachmentPolicy {
    /// Checks one file part: `declared` is its `Content-Type` header value
    /// (if any), `file_names` the names it carries (`filename`, `filename*`).
    pub fn check(&self, declared: Option<&str>, file_names: &[&str]) -> Result<(), BodyError> {
        let declared = declared.map(media_type);
        let guessed: Vec<&'static str> = file_names
            .iter()
            .filter_map(|n| guess_content_type(n))
            .collect();
        let effective = declared
            .clone()
            .or_else(|| guessed.first().map(|g| g.to_string()))
            .unwrap_or_else(|| "application/octet-stream".to_string());
        let candidates = declared
            .iter()
            .map(String::as_str)
            .chain(guessed.iter().copied())
            .chain(std::iter::once(effective.as_str()));
        for candidate in candidates {
            if let Some(rule) = self
                .deny_content_types
                .iter()
                .find(|rule| type_matches(rule, candidate))
            {
                return Err(BodyError::AttachmentDenied {
                    rule: Some(rule.clone()),
                });
            }
        }
        if !self.allow_content_types.is_empty()
            && !self
                .allow_content_types
                .iter()
                .any(|rule| type_matches(rule, &effective))
        {
            return Err(BodyError::AttachmentDenied { rule: None });
        }
        Ok(())
    }

    /// The new name for a file: [`AttachmentPolicy::rename_pattern`] with
    /// `{fp}` and `{ext}` filled in (the extension taken from `original`).
    pub fn renamed(&self, fp: &str, original: &str) -> String {
        self.rename_pattern
            .replace("{fp}", fp)
            .replace("{ext}", extension(original).unwrap_or(""))
    }
}

/// The media type of a `Content-Type` value, lower-cased, parameters dropped.
fn media_type(value: &str) -> String {
    value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Whether a policy entry (`a/b`, `a/*`, `*/*`) covers a media type.
fn type_matches(rule: &str, media: &str) -> bool {
    let rule = rule.trim();
    if rule == "*/*" {
        return true;
    }
    match rule.strip_suffix("/*") {
        Some(top) => media
            .split_once('/')
            .is_some_and(|(t, _)| t.eq_ignore_ascii_case(top)),
        None => rule.eq_ignore_ascii_case(media),
    }
}

/// The extension of a file name with its dot (`.pdf`), if it is one to eight
/// ASCII letters or digits. Directory parts (`/`, `\`) are ignored.
pub(crate) fn extension(name: &str) -> Option<&str> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let dot = base.rfind('.')?;
    let ext = &base[dot..];
    let ok = dot > 0
        && (2..=9).contains(&ext.len())
        && ext[1..].bytes().all(|b| b.is_ascii_alphanumeric());
    ok.then_some(ext)
}

/// The content type usually meant by a file name's extension (a short table
/// of what helpdesk attachments are, plus executables for the deny list).
fn guess_content_type(name: &str) -> Option<&'static str> {
    let ext = extension(name)?[1..].to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "log" => "text/plain",
        "csv" => "text/csv",
        "htm" | "html" => "text/html",
        "json" => "application/json",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
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
        "mp3" => "audio/mpeg",
        "mp4" => "video/mp4",
        "exe" | "dll" | "scr" | "cpl" => "application/x-msdownload",
        "com" | "bat" | "cmd" => "application/x-msdos-program",
        "msi" => "application/x-msi",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert_eq!(extension("Anna Berg.pdf"), Some(".pdf"));
        assert_eq!(extension("C:\\Users\\x\\scan.JPEG"), Some(".JPEG"));
        assert_eq!(extension("archive.tar.gz"), Some(".gz"));
        assert_eq!(extension(".bashrc"), None);
        assert_eq!(extension("noext"), None);
        assert_eq!(extension("x.verylongextension"), None);
        assert_eq!(extension("x.p f"), None);
    }

    #[test]
    fn deny_checks_declared_and_guessed_types() {
        let p = AttachmentPolicy::default();
        assert!(p.check(Some("text/plain"), &["a.txt"]).is_ok());
        assert!(p.check(None, &["a.txt"]).is_ok());
        assert!(p.check(None, &[""]).is_ok());
        assert!(p
            .check(Some("Application/X-MSDownload; x=y"), &["a.txt"])
            .is_err());
        assert!(p
            .check(Some("application/octet-stream"), &["setup.exe"])
            .is_err());
        assert!(p.check(None, &["setup.EXE"]).is_err());
    }

    #[test]
    fn allow_list_uses_declared_or_guessed_type() {
        let p = AttachmentPolicy {
            allow_content_types: vec!["image/*".into(), "application/pdf".into()],
            ..AttachmentPolicy::default()
        };
        assert!(p.check(Some("image/png"), &["a.bin"]).is_ok());
        assert!(p.check(None, &["a.pdf"]).is_ok());
        assert!(p.check(None, &["a.bin"]).is_err());
        assert!(p.check(Some("text/plain"), &["a.png"]).is_err());
    }

    #[test]
    fn rename_keeps_extension() {
        let p = AttachmentPolicy::default();
        assert_eq!(p.renamed("ab12", "Anna Berg.PDF"), "attachment-ab12.PDF");
        assert_eq!(p.renamed("ab12", "Anna Berg"), "attachment-ab12");
    }
}
