//! The streaming multipart walker over realistic client bodies
//! (`tests/fixtures/multipart/*.form`, CRLF line endings as sent).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use hushdesk::body::multipart::{
    boundary_from_content_type, scrub_multipart, AttachmentPolicy, MultipartLimits, PartScrubber,
    TextPart,
};
use hushdesk::body::BodyError;

/// What the test scrubber saw, shared with the test after the stream ends.
#[derive(Default, Debug)]
struct Seen {
    /// Part names per `texts` batch.
    batches: Vec<Vec<String>>,
    /// Whether the requester's email was known when `description` was seen.
    description_saw_known_email: Option<bool>,
    /// File names asked about.
    filenames: Vec<String>,
    finished: bool,
}

/// Replaces words containing `@` with `[email]`; renames file names holding
/// a capitalised word; appends `extra` at the end.
struct TestScrubber {
    seen: Arc<Mutex<Seen>>,
    known_email: Option<String>,
    extra: Vec<(String, String)>,
}

fn scrubber(extra: &[(&str, &str)]) -> (TestScrubber, Arc<Mutex<Seen>>) {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let s = TestScrubber {
        seen: seen.clone(),
        known_email: None,
        extra: extra
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
    };
    (s, seen)
}

fn redact_emails(text: &str) -> String {
    let is_word = |c: char| c.is_alphanumeric() || "._%+-@".contains(c);
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let trimmed = word.trim_end_matches('.');
        if trimmed.contains('@') {
            out.push_str("[email]");
            out.push_str(&word[trimmed.len()..]);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if is_word(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn has_capitalised_word(name: &str) -> bool {
    name.split(|c: char| !c.is_alphabetic()).any(|w| {
        let mut cs = w.chars();
        matches!((cs.next(), cs.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
    })
}

/// A stand-in for a keyed fingerprint (FNV-1a, 8 hex digits).
fn fp(name: &str) -> String {
    let mut h: u32 = 0x811c9dc5;
    for b in name.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x01000193);
    }
    format!("{h:08x}")
}

impl PartScrubber for TestScrubber {
    fn texts(&mut self, parts: &mut [TextPart]) -> Result<(), BodyError> {
        let mut seen = self.seen.lock().unwrap();
        seen.batches
            .push(parts.iter().map(|p| p.name().to_string()).collect());
        // Known values first, whatever their position in the batch.
        if let Some(email) = parts.iter().find(|p| p.name() == "email") {
            self.known_email = Some(email.value().to_string());
        }
        for part in parts.iter_mut() {
            if part.name() == "description" {
                seen.description_saw_known_email = Some(self.known_email.is_some());
            }
            let new = redact_emails(part.value());
            part.set_value(new);
        }
        Ok(())
    }

    fn filename(&mut self, _name: &str, filename: &str) -> Result<Option<String>, BodyError> {
        self.seen
            .lock()
            .unwrap()
            .filenames
            .push(filename.to_string());
        Ok(has_capitalised_word(filename).then(|| fp(filename)))
    }

    fn finish(&mut self) -> Vec<(String, String)> {
        self.seen.lock().unwrap().finished = true;
        std::mem::take(&mut self.extra)
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        "multipart",
        name,
    ]
    .iter()
    .collect();
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// The boundary of a fixture: its first line without the leading `--`.
fn boundary_of(body: &[u8]) -> String {
    let end = body.windows(2).position(|w| w == b"\r\n").unwrap();
    String::from_utf8(body[2..end].to_vec()).unwrap()
}

/// The body as a stream of `chunk`-byte pieces.
fn chunked(
    body: Vec<u8>,
    chunk: usize,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    let pieces: Vec<Result<Bytes, std::io::Error>> = body
        .chunks(chunk)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    futures_util::stream::iter(pieces)
}

async fn collect(
    stream: impl Stream<Item = Result<Bytes, BodyError>>,
) -> (Vec<u8>, Option<BodyError>) {
    let mut out = Vec::new();
    let mut stream = std::pin::pin!(stream);
    while let Some(item) = stream.next().await {
        match item {
            Ok(b) => out.extend_from_slice(&b),
            Err(e) => {
                assert!(
                    stream.next().await.is_none(),
                    "the stream ends after an error"
                );
                return (out, Some(e));
            }
        }
    }
    (out, None)
}

async fn run_with(
    body: Vec<u8>,
    chunk: usize,
    scrubber: TestScrubber,
    limits: MultipartLimits,
    policy: AttachmentPolicy,
) -> (Vec<u8>, Option<BodyError>) {
    let boundary = boundary_of(&body);
    collect(scrub_multipart(
        &boundary,
        chunked(body, chunk),
        scrubber,
        limits,
        policy,
    ))
    .await
}

async fn scrub_ok(body: Vec<u8>, chunk: usize, scrubber: TestScrubber) -> Vec<u8> {
    let (out, err) = run_with(
        body,
        chunk,
        scrubber,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    )
    .await;
    if let Some(e) = err {
        panic!("unexpected error: {e}");
    }
    out
}

fn replace(haystack: &[u8], from: &str, to: &str) -> Vec<u8> {
    let (from, to) = (from.as_bytes(), to.as_bytes());
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

/// Shows the first difference readably.
fn assert_bytes_eq(actual: &[u8], expected: &[u8]) {
    if actual != expected {
        let at = actual
            .iter()
            .zip(expected)
            .position(|(a, b)| a != b)
            .unwrap_or(actual.len().min(expected.len()));
        let from = at.saturating_sub(60);
        panic!(
            "outputs differ at byte {at} (lengths {} vs {}):\n actual: {:?}\n expect: {:?}",
            actual.len(),
            expected.len(),
            String::from_utf8_lossy(&actual[from..(at + 60).min(actual.len())]),
            String::from_utf8_lossy(&expected[from..(at + 60).min(expected.len())]),
        );
    }
}

/// One parsed field: name, file name, content type, bytes.
type Field = (String, Option<String>, Option<String>, Vec<u8>);

async fn parse_with_multer(body: Vec<u8>, boundary: &str) -> Vec<Field> {
    let stream =
        futures_util::stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(body)) });
    let mut form = multer::Multipart::new(stream, boundary.to_string());
    let mut fields = Vec::new();
    while let Some(mut field) = form.next_field().await.expect("output parses") {
        let name = field.name().unwrap_or_default().to_string();
        let filename = field.file_name().map(str::to_string);
        let ct = field
            .headers()
            .get(http::header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap().to_string());
        let mut data = Vec::new();
        while let Some(chunk) = field.chunk().await.expect("field data") {
            data.extend_from_slice(&chunk);
        }
        fields.push((name, filename, ct, data));
    }
    fields
}

#[tokio::test]
async fn python_freshdesk_body_is_scrubbed_and_otherwise_byte_identical() {
    let input = fixture("python_freshdesk.form");
    let renamed = format!("attachment-{}.png", fp("Anna Berg passport.png"));
    let mut expected = replace(&input, "anna.berg@example.se", "[email]");
    expected = replace(&expected, "it-team@example.com", "[email]");
    expected = replace(&expected, "Anna Berg passport.png", &renamed);
    for chunk in [1, 7, 64, 100_000] {
        let (s, seen) = scrubber(&[]);
        let out = scrub_ok(input.clone(), chunk, s).await;
        assert_bytes_eq(&out, &expected);
        let seen = seen.lock().unwrap();
        assert_eq!(
            seen.batches.len(),
            1,
            "text parts before the files form one batch"
        );
        assert_eq!(seen.batches[0].len(), 11);
        assert_eq!(seen.description_saw_known_email, Some(true));
        assert_eq!(
            seen.filenames,
            vec!["error-log.txt", "Anna Berg passport.png"]
        );
        assert!(seen.finished);
    }
}

#[tokio::test]
async fn output_parses_again_to_the_expected_fields() {
    let input = fixture("python_freshdesk.form");
    let boundary = boundary_of(&input);
    let original = parse_with_multer(input.clone(), &boundary).await;
    let (s, _) = scrubber(&[("tags[]", "retention:standard")]);
    let out = scrub_ok(input, 13, s).await;
    let fields = parse_with_multer(out, &boundary).await;

    let names: Vec<&str> = fields.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "subject",
            "description",
            "email",
            "name",
            "status",
            "priority",
            "tags[]",
            "tags[]",
            "cc_emails[]",
            "custom_fields[cf_category]",
            "custom_fields[cf_urgent]",
            "attachments[]",
            "attachments[]",
            "tags[]",
        ]
    );
    let value = |i: usize| String::from_utf8(fields[i].3.clone()).unwrap();
    assert_eq!(
        value(1),
        "<div>Hi team,<br>the printer jams again. Write to [email] or call me.</div>"
    );
    assert_eq!(value(2), "[email]");
    assert_eq!(
        value(3),
        "Anna Berg",
        "names are the detector's job, not this test's"
    );
    assert_eq!(value(8), "[email]");
    assert_eq!(value(13), "retention:standard");
    // Files: same bytes, no per-part type added, the sensitive name replaced.
    assert_eq!(fields[11], original[11]);
    assert_eq!(fields[12].3, original[12].3);
    assert_eq!(fields[12].2, None);
    assert_eq!(
        fields[12].1.as_deref(),
        Some(format!("attachment-{}.png", fp("Anna Berg passport.png")).as_str())
    );
    assert!(fields
        .iter()
        .all(|f| f.0 != "attachments[]" || f.1.is_some()));
    assert!(fields
        .iter()
        .all(|f| f.0 == "attachments[]" || f.1.is_none()));
}

#[tokio::test]
async fn text_after_a_file_is_a_second_batch_and_typed_parts_keep_their_type() {
    let input = fixture("curl.form");
    let renamed = format!("attachment-{}.pdf", fp("Invoice Maria.pdf"));
    let mut expected = replace(&input, "maria.lopez@example.org", "[email]");
    expected = replace(&expected, "Invoice Maria.pdf", &renamed);
    let (s, seen) = scrubber(&[]);
    let out = scrub_ok(input, 5, s).await;
    assert_bytes_eq(&out, &expected);
    let seen = seen.lock().unwrap();
    assert_eq!(
        seen.batches,
        vec![
            vec!["subject".to_string()],
            vec!["description".to_string(), "email".to_string()],
            vec!["custom_fields[cf_order]".to_string()],
        ]
    );
    assert_eq!(seen.filenames, vec!["Invoice Maria.pdf", "notes.txt"]);
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains(
        "name=\"description\"\r\nContent-Type: text/html\r\n\r\n<p>Please refund to [email], order 5521.</p>"
    ));
}

#[tokio::test]
async fn raw_utf8_names_are_renamed_and_empty_file_names_stay_files() {
    let input = fixture("browser.form");
    let original_name = "kvitto från Björn.jpg";
    let renamed = format!("attachment-{}.jpg", fp(original_name));
    let mut expected = replace(&input, "bjorn.svensson@example.se", "[email]");
    expected = replace(&expected, original_name, &renamed);
    let (s, seen) = scrubber(&[]);
    let out = scrub_ok(input, 3, s).await;
    assert_bytes_eq(&out, &expected);
    // The empty file name is not asked about, and stays `filename=""`.
    assert_eq!(seen.lock().unwrap().filenames, vec![original_name]);
    let boundary = boundary_of(&out);
    let fields = parse_with_multer(out, &boundary).await;
    assert_eq!(fields[3].1.as_deref(), Some(""));
    assert!(fields[3].3.is_empty());
}

#[tokio::test]
async fn filename_star_is_read_and_rewritten_consistently() {
    let input = fixture("rfc5987.form");
    let (s, seen) = scrubber(&[]);
    let out = scrub_ok(input.clone(), 11, s).await;
    let first = format!("attachment-{}.pdf", fp("Björn Svensson CV.pdf"));
    let second = format!("attachment-{}.pdf", fp("Lebenslauf Jürgen.pdf"));
    let mut expected = replace(
        &input,
        "filename*=utf-8''Bj%C3%B6rn%20Svensson%20CV.pdf",
        &format!("filename*=UTF-8''{first}"),
    );
    expected = replace(
        &expected,
        "filename=\"cv.pdf\"; filename*=UTF-8''Lebenslauf%20J%C3%BCrgen.pdf",
        &format!("filename=\"{second}\"; filename*=UTF-8''{second}"),
    );
    assert_bytes_eq(&out, &expected);
    assert_eq!(
        seen.lock().unwrap().filenames,
        vec![
            "Björn Svensson CV.pdf",
            "Lebenslauf Jürgen.pdf",
            "cv.pdf",
            "plain-å.txt"
        ]
    );
    let text = String::from_utf8_lossy(&out);
    for old in ["Bj%C3%B6rn", "Svensson", "Lebenslauf", "cv.pdf"] {
        assert!(!text.contains(old), "old name part {old:?} left");
    }
    assert!(text.contains("filename*=UTF-8''plain-%C3%A5.txt"));
}

#[tokio::test]
async fn finish_appends_text_parts_before_the_closing_boundary() {
    let input = fixture("browser.form");
    let boundary = boundary_of(&input);
    let (s, _) = scrubber(&[("tags[]", "retention:short")]);
    let out = scrub_ok(input, 4096, s).await;
    let tail = format!(
        "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\nretention:short\r\n--{boundary}--\r\n"
    );
    assert!(out.ends_with(tail.as_bytes()));
}

fn small_body(parts: &[(&str, &str)], extra_file: Option<(&str, Option<&str>)>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in parts {
        body.extend_from_slice(
            format!(
                "--XBOUNDARY\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((filename, ct)) = extra_file {
        body.extend_from_slice(
            format!(
                "--XBOUNDARY\r\nContent-Disposition: form-data; name=\"attachments[]\"; filename=\"{filename}\"\r\n"
            )
            .as_bytes(),
        );
        if let Some(ct) = ct {
            body.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
        }
        body.extend_from_slice(b"\r\nMZ\x90\x00 binary\r\n");
    }
    body.extend_from_slice(b"--XBOUNDARY--\r\n");
    body
}

async fn scrub_err(
    body: Vec<u8>,
    limits: MultipartLimits,
    policy: AttachmentPolicy,
) -> (Vec<u8>, BodyError) {
    let (s, _) = scrubber(&[]);
    let (out, err) = run_with(body, 16, s, limits, policy).await;
    (out, err.expect("an error"))
}

#[tokio::test]
async fn denied_attachment_types_refuse_the_body() {
    let parts = [("subject", "Setup"), ("email", "x@example.com")];
    for file in [
        ("setup.bin", Some("application/x-msdownload")),
        ("setup.exe", None),
        ("setup.exe", Some("application/octet-stream")),
    ] {
        let (out, err) = scrub_err(
            small_body(&parts, Some(file)),
            MultipartLimits::default(),
            AttachmentPolicy::default(),
        )
        .await;
        assert!(
            matches!(err, BodyError::AttachmentDenied { rule: Some(_) }),
            "{file:?}: {err}"
        );
        let text = String::from_utf8_lossy(&out);
        assert!(
            !text.contains("MZ"),
            "no byte of the refused file is emitted"
        );
        assert!(
            !text.contains("x@example.com"),
            "text emitted before the error is scrubbed"
        );
    }
    // Missing type, harmless extension: passes, and no header is added.
    let (s, _) = scrubber(&[]);
    let body = small_body(&parts, Some(("readme.txt", None)));
    let out = scrub_ok(body, 16, s).await;
    assert!(!String::from_utf8_lossy(&out).contains("Content-Type"));
    // An allow list refuses what it does not list.
    let policy = AttachmentPolicy {
        allow_content_types: vec!["image/*".into()],
        ..AttachmentPolicy::default()
    };
    let (_, err) = scrub_err(
        small_body(&parts, Some(("readme.txt", None))),
        MultipartLimits::default(),
        policy,
    )
    .await;
    assert!(matches!(err, BodyError::AttachmentDenied { rule: None }));
}

#[tokio::test]
async fn broken_bodies_are_refused_without_leaking_unscanned_text() {
    let full = fixture("python_freshdesk.form");
    let boundary = boundary_of(&full);
    let closing = format!("\r\n--{boundary}--\r\n");
    let truncated = full[..full.len() - closing.len()].to_vec();
    let (out, err) = scrub_err(
        truncated,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    )
    .await;
    assert!(matches!(err, BodyError::MultipartMalformed { .. }), "{err}");
    assert!(!String::from_utf8_lossy(&out).contains("anna.berg@"));

    // Text only, never closed: nothing at all is emitted.
    let mut body = small_body(&[("description", "mail me: a@b.se")], None);
    body.truncate(body.len() - "--XBOUNDARY--\r\n".len());
    let (out, err) = scrub_err(
        body,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    )
    .await;
    assert!(out.is_empty());
    assert!(matches!(err, BodyError::MultipartMalformed { .. }));

    // Bad part headers.
    let body =
        b"--XBOUNDARY\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XBOUNDARY--\r\n".to_vec();
    let (_, err) = scrub_err(
        body,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    )
    .await;
    assert!(matches!(err, BodyError::MultipartMalformed { .. }));
    let body = b"--XBOUNDARY\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Transfer-Encoding: base64\r\n\r\nYUBiLnNl\r\n--XBOUNDARY--\r\n".to_vec();
    let (_, err) = scrub_err(
        body,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    )
    .await;
    assert!(matches!(err, BodyError::MultipartMalformed { .. }));

    // Text parts must be UTF-8.
    let mut body = b"--XBOUNDARY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n".to_vec();
    body.extend_from_slice(b"\xff\xfe\r\n--XBOUNDARY--\r\n");
    let (_, err) = scrub_err(
        body,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    )
    .await;
    assert!(matches!(err, BodyError::MultipartMalformed { .. }));

    // Error messages carry no content.
    let message = err.to_string();
    assert!(!message.contains("XBOUNDARY"));
}

#[tokio::test]
async fn limits_are_enforced() {
    let limit_name = |err: &BodyError| match err {
        BodyError::MultipartLimit { name, .. } => *name,
        other => panic!("not a limit error: {other}"),
    };
    let many: Vec<(&str, &str)> = vec![("tags[]", "t"); 5];
    let limits = MultipartLimits {
        max_parts: 4,
        ..MultipartLimits::default()
    };
    let (_, err) = scrub_err(small_body(&many, None), limits, AttachmentPolicy::default()).await;
    assert_eq!(limit_name(&err), "max_parts");

    let long = "x".repeat(100);
    let limits = MultipartLimits {
        max_text_part_bytes: 99,
        ..MultipartLimits::default()
    };
    let (out, err) = scrub_err(
        small_body(&[("description", &long)], None),
        limits,
        AttachmentPolicy::default(),
    )
    .await;
    assert_eq!(limit_name(&err), "max_text_part_bytes");
    assert!(out.is_empty());

    let limits = MultipartLimits {
        max_buffered_text_bytes: 150,
        ..MultipartLimits::default()
    };
    let (_, err) = scrub_err(
        small_body(&[("a", &long), ("b", &long)], None),
        limits,
        AttachmentPolicy::default(),
    )
    .await;
    assert_eq!(limit_name(&err), "max_buffered_text_bytes");

    let limits = MultipartLimits {
        max_total_bytes: 64,
        ..MultipartLimits::default()
    };
    let (_, err) = scrub_err(
        small_body(&[("a", &long)], None),
        limits,
        AttachmentPolicy::default(),
    )
    .await;
    assert_eq!(limit_name(&err), "max_total_bytes");

    // Exactly at the limits passes.
    let limits = MultipartLimits {
        max_parts: 5,
        max_text_part_bytes: 100,
        ..MultipartLimits::default()
    };
    let (s, _) = scrubber(&[]);
    let (_, err) = run_with(
        small_body(&many, None),
        16,
        s,
        limits.clone(),
        AttachmentPolicy::default(),
    )
    .await;
    assert!(err.is_none());
    let (s, _) = scrubber(&[]);
    let (_, err) = run_with(
        small_body(&[("a", &long)], None),
        16,
        s,
        limits,
        AttachmentPolicy::default(),
    )
    .await;
    assert!(err.is_none());
}

#[test]
fn boundary_comes_from_the_content_type() {
    assert_eq!(
        boundary_from_content_type("multipart/form-data; boundary=11af8c3a5b2e").unwrap(),
        "11af8c3a5b2e"
    );
    assert!(matches!(
        boundary_from_content_type("multipart/form-data"),
        Err(BodyError::MultipartBoundary)
    ));
    assert!(boundary_from_content_type("application/json").is_err());
}

#[tokio::test]
async fn an_invalid_boundary_fails_in_the_stream() {
    let (s, _) = scrubber(&[]);
    let input = chunked(fixture("browser.form"), 64);
    let (out, err) = collect(scrub_multipart(
        "",
        input,
        s,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    ))
    .await;
    assert!(out.is_empty());
    assert!(matches!(err, Some(BodyError::MultipartBoundary)));
}

/// 50 MB through a bounded channel: the output must reach the consumer while
/// the client has not yet sent the end of the body, in pieces no larger than
/// the input's, so the file is never held whole.
#[tokio::test]
async fn large_files_stream_through() {
    const CHUNK: usize = 64 * 1024;
    const FILE: usize = 50 * 1024 * 1024;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let (release_tx, release_rx) = tokio::sync::oneshot::channel::<()>();
    let input = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let producer = tokio::spawn(async move {
        let head = "--B0undary\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nbig@example.com\r\n\
                    --B0undary\r\nContent-Disposition: form-data; name=\"attachments[]\"; filename=\"dump.bin\"\r\n\
                    Content-Type: application/octet-stream\r\n\r\n";
        tx.send(Ok(Bytes::from(head))).await.unwrap();
        let piece = Bytes::from(vec![b'-'; CHUNK]);
        for _ in 0..FILE / CHUNK {
            tx.send(Ok(piece.clone())).await.unwrap();
        }
        // Hold back the end of the body until the consumer has the file.
        release_rx.await.unwrap();
        tx.send(Ok(Bytes::from_static(b"\r\n--B0undary--\r\n")))
            .await
            .unwrap();
    });

    let (s, _) = scrubber(&[]);
    let mut out = std::pin::pin!(scrub_multipart(
        "B0undary",
        input,
        s,
        MultipartLimits::default(),
        AttachmentPolicy::default(),
    ));
    let mut release = Some(release_tx);
    let mut total = 0usize;
    let mut largest = 0usize;
    let mut tail = Vec::new();
    let consume = async {
        while let Some(piece) = out.next().await {
            let piece = piece.expect("no error");
            largest = largest.max(piece.len());
            total += piece.len();
            if total >= FILE {
                if let Some(r) = release.take() {
                    r.send(()).unwrap();
                }
            }
            if total > FILE + 100 {
                tail.extend_from_slice(&piece);
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(120), consume)
        .await
        .expect("output stalled: the walker waited for the end of the body");
    producer.await.unwrap();
    assert!(largest <= CHUNK + 200, "largest output piece {largest}");
    assert!(total > FILE);
    assert!(String::from_utf8_lossy(&tail).ends_with("--B0undary--\r\n"));
}
