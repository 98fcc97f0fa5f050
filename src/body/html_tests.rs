//! Unit tests of the HTML walker, with the regex test detector.

use super::*;
use crate::body::test_detector::detect;
use crate::detect::Category;
use crate::redact::{Action, Policy};

fn redactor() -> Redactor {
    Redactor::new(Policy::default(), b"html walker test key".to_vec())
}

fn run(html: &str) -> Scrubbed {
    scrub_with(
        detect,
        &redactor(),
        html,
        "description",
        &HtmlLimits::default(),
    )
    .expect("scrubs")
}

/// The source text of each finding.
fn sources<'a>(html: &'a str, out: &Scrubbed) -> Vec<&'a str> {
    out.findings.iter().map(|f| &html[f.start..f.end]).collect()
}

#[test]
fn html_without_findings_is_unchanged_byte_for_byte() {
    let html = "<!DOCTYPE html><html><head><title>Ticket</title><style>p{color:red}</style>\
        </head><body><DIV class=x  id='y'>Hello&nbsp;there &amp; thanks!<br/>\
        <img src=logo.png alt=\"Logo\"><!-- note --></DIV>\n<p>Order #4711</body></html>";
    let out = run(html);
    assert_eq!(out.output, html);
    assert!(out.findings.is_empty());
}

#[test]
fn redacts_text_and_reports_source_offsets() {
    let html = "<div>Hi Anna,<br>mail me at anna.berg@example.se</div>";
    let out = run(html);
    assert_eq!(
        out.output,
        "<div>Hi [person_name],<br>mail me at [email]</div>"
    );
    assert_eq!(sources(html, &out), ["Anna", "anna.berg@example.se"]);
    assert_eq!(out.records.len(), 2);
    assert_eq!(out.records[1].category, Category::Email);
}

#[test]
fn text_split_by_inline_markup_is_found() {
    let html = "<div>my card is 4111 <b>1111</b> 1111 1111, ok</div>";
    let out = run(html);
    assert_eq!(
        out.output,
        "<div>my card is [payment_card]<b></b>, ok</div>"
    );
    assert_eq!(sources(html, &out), ["4111 <b>1111</b> 1111 1111"]);

    let html = "<p>Call <span>+46</span> 70 123 45 67 today</p>";
    let out = run(html);
    assert_eq!(out.output, "<p>Call <span>[phone]</span> today</p>");
    assert_eq!(sources(html, &out), ["+46</span> 70 123 45 67"]);
}

#[test]
fn block_elements_do_not_join_text() {
    // Without the block break the digits would read as one card number.
    let html = "<p>4111 1111</p><p>1111 1111</p><td>Anna</td><td>Berg</td>";
    let out = run(html);
    assert_eq!(
        out.output,
        "<p>4111 1111</p><p>1111 1111</p><td>[person_name]</td><td>Berg</td>"
    );
}

#[test]
fn br_separated_address_lines_are_joined_with_newlines() {
    let html = "<div>Anna Berg<br>Storgatan 12<br>123 45 Stockholm</div>";
    let out = run(html);
    assert_eq!(
        out.output,
        "<div>[person_name]<br>[postal_address]<br></div>"
    );
    assert_eq!(sources(html, &out)[1], "Storgatan 12<br>123 45 Stockholm");
}

#[test]
fn entities_are_decoded_before_matching() {
    let html = "<p>bob&#64;example.com, J&ouml;rg M&#xFC;ller &amp; Anna&nbsp;Berg</p>";
    let out = run(html);
    assert_eq!(
        out.output,
        "<p>[email], [person_name] &amp; [person_name]</p>"
    );
    assert_eq!(
        sources(html, &out),
        [
            "bob&#64;example.com",
            "J&ouml;rg M&#xFC;ller",
            "Anna&nbsp;Berg"
        ]
    );
}

#[test]
fn replacements_are_escaped() {
    // A mask around markup-significant characters must not become markup.
    let html = "<p>4111 1111 1111 1111</p>";
    let mut policy = Policy::default();
    policy
        .actions
        .insert(Category::PaymentCard, Action::Partial);
    let r = Redactor::new(policy, b"k".to_vec());
    let out = scrub_with(detect, &r, html, "p", &HtmlLimits::default()).expect("scrubs");
    assert_eq!(out.output, "<p>**** **** **** 1111</p>");
    assert_eq!(markup::escape_text("[a<b>&c]"), "[a&lt;b&gt;&amp;c]");
}

#[test]
fn attributes_that_carry_data_are_scanned() {
    let html = "<a href=\"mailto:anna.berg@example.se?subject=Hi\" class=\"anna.berg@example.se\" \
                title='Anna'>write</a><img src=/x.png?u=bob&#64;example.com alt=\"\">";
    let out = run(html);
    assert_eq!(
        out.output,
        "<a href=\"mailto:[email]?subject=Hi\" class=\"anna.berg@example.se\" \
         title='[person_name]'>write</a><img src=/x.png?u=[email] alt=\"\">"
    );
    assert_eq!(
        sources(html, &out),
        ["anna.berg@example.se", "Anna", "bob&#64;example.com"]
    );
    let paths: Vec<&str> = out.records.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        ["description@href", "description@title", "description@src"]
    );
}

#[test]
fn url_attributes_are_percent_decoded_and_layout_characters_folded() {
    let html = "<img src=\"https://cdn.example.org/s.png?u=anna.berg%40example.se&amp;v=2\">\
                <p>Ring +46&nbsp;70&#8209;123\u{a0}45 67</p>";
    let out = run(html);
    assert_eq!(
        out.output,
        "<img src=\"https://cdn.example.org/s.png?u=[email]&amp;v=2\"><p>Ring [phone]</p>"
    );
    assert_eq!(
        sources(html, &out),
        ["anna.berg%40example.se", "+46&nbsp;70&#8209;123\u{a0}45 67"]
    );
}

#[test]
fn unquoted_attribute_replacements_stay_one_value() {
    let mut policy = Policy::default();
    policy
        .actions
        .insert(Category::PaymentCard, Action::Partial);
    let r = Redactor::new(policy, b"k".to_vec());
    let html = "<input value=4111-1111-1111-1111 data-card=\"4111 1111 1111 1111\">";
    let out = scrub_with(detect, &r, html, "p", &HtmlLimits::default()).expect("scrubs");
    assert_eq!(
        out.output,
        "<input value=****-****-****-1111 data-card=\"**** **** **** 1111\">"
    );
    let html = "<input value=x>";
    assert_eq!(
        markup::escape_attribute("** 1", Quote::Unquoted),
        "**&#32;1"
    );
    assert_eq!(run(html).output, html);
}

#[test]
fn comments_are_scanned_and_stay_comments() {
    let html = "<p>x</p><!-- from anna.berg@example.se --><p>y</p>";
    let out = run(html);
    assert_eq!(out.output, "<p>x</p><!-- from [email] --><p>y</p>");
}

#[test]
fn script_and_style_are_not_scanned() {
    let html = "<script>var to = 'a@b.se';</script><style>/* a@b.se */</style>";
    assert_eq!(run(html).output, html);
}

#[test]
fn small_input_chunks_never_cut_a_match() {
    let html = "<div>Hi J&ouml;rg M&#xFC;ller, card 4111 <b>1111</b> 1111 1111 and \
                mail j&ouml;rg.mueller@example.de &mdash; Anna</div>";
    let whole = run(html);
    assert_eq!(whole.findings.len(), 4);
    for chunk in [1, 2, 3, 5, 7, 16] {
        let out = scrub_chunked(
            detect,
            &redactor(),
            html,
            "description",
            &HtmlLimits::default(),
            chunk,
        )
        .expect("scrubs");
        assert_eq!(out.output, whole.output, "chunk size {chunk}");
        assert_eq!(out.findings, whole.findings, "chunk size {chunk}");
    }
}

#[test]
fn limits_fail_closed() {
    let html = format!("<p>{}</p>", "a@b.se ".repeat(100));
    let small_node = HtmlLimits {
        max_text_node: 64,
        ..HtmlLimits::default()
    };
    assert!(matches!(
        scrub_with(detect, &redactor(), &html, "p", &small_node),
        Err(BodyError::TextNodeTooLarge { limit: 64 })
    ));
    let small_memory = HtmlLimits {
        max_memory: 32,
        ..HtmlLimits::default()
    };
    let html = format!("<p {}>x</p>", "data-a=\"b\" ".repeat(100));
    let err = scrub_chunked(detect, &redactor(), &html, "p", &small_memory, 16)
        .expect_err("over the memory cap");
    assert!(matches!(err, BodyError::MemoryLimit { limit: 32 }));
    assert!(!err.to_string().contains("data-a"));
}

#[test]
fn output_differs_only_inside_redacted_spans() {
    let html = "<div class=\"m\">Hej Anna,<br>\n<blockquote>On Mon, bob&#64;example.com \
                wrote:<br>call +46 70 123 45 67</blockquote></div>";
    let out = run(html);
    // Put the source of every finding back: the input must reappear.
    let mut rebuilt = out.output.clone();
    for (finding, replacement) in out
        .findings
        .iter()
        .zip(["[person_name]", "[email]", "[phone]"])
        .rev()
    {
        let at = rebuilt.rfind(replacement).expect("replacement present");
        rebuilt.replace_range(
            at..at + replacement.len(),
            &html[finding.start..finding.end],
        );
    }
    assert_eq!(rebuilt, html);
}

#[test]
fn looks_like_html_finds_tags_anywhere() {
    assert!(looks_like_html("<div>Hi</div>"));
    assert!(looks_like_html("Hi Anna,<br>thanks"));
    assert!(looks_like_html("Hi<BR/>there"));
    assert!(looks_like_html("text then <p>para</p>"));
    assert!(looks_like_html("x <span class=\"a\">y</span>"));
    assert!(looks_like_html("<!doctype html><html>"));
    assert!(!looks_like_html("Mail <anna@example.se> please"));
    assert!(!looks_like_html("if a <b and b> c"));
    assert!(!looks_like_html("plain text, 3 < 4"));
    assert!(!looks_like_html(""));
}

/// Pseudo-random HTML from fragments: the walker never panics, findings lie
/// on character boundaries of the input, input chunking changes nothing, and
/// without findings the output is the input.
#[test]
fn generated_markup_keeps_the_invariants() {
    const FRAGMENTS: &[&str] = &[
        "<div>",
        "</div>",
        "<b>",
        "</b>",
        "<br>",
        "<p title=x",
        ">",
        "<",
        "&amp;",
        "&#64;",
        "&ouml;",
        "&",
        "&nbsp;",
        "a@b.se",
        "4111 ",
        "1111",
        " ",
        "\u{a0}",
        "ö",
        "<!--",
        "-->",
        "<a href='mailto:",
        "'>",
        "\"",
        "<script>",
        "</script>",
        "+46",
        " 70 123 45 67",
        "%40",
        "Anna",
        "\n",
        "<span>",
        "</span>",
        "<style>",
        "</style>",
        "<textarea>",
        "</textarea>",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let limits = HtmlLimits::default();
    for _ in 0..1000 {
        let html: String = (0..next(30))
            .map(|_| FRAGMENTS[next(FRAGMENTS.len())])
            .collect();
        let whole = scrub_with(detect, &redactor(), &html, "p", &limits);
        let chunked = scrub_chunked(detect, &redactor(), &html, "p", &limits, 1 + next(5));
        let (whole, chunked) = match (whole, chunked) {
            (Ok(w), Ok(c)) => (w, c),
            (Err(_), Err(_)) => continue,
            _ => panic!("chunking changed the outcome for {html:?}"),
        };
        assert_eq!(whole.output, chunked.output, "{html:?}");
        assert_eq!(whole.findings, chunked.findings, "{html:?}");
        for f in &whole.findings {
            assert!(html.get(f.start..f.end).is_some(), "{html:?}");
        }
        if whole.findings.is_empty() {
            assert_eq!(whole.output, html);
        }
    }
}

#[test]
fn table_rows_read_as_tab_separated_lines() {
    let html = "<table border=\"1\">\n<tr><th>Name</th><th>Born</th><th>Seat</th></tr>\n  <tr>\n    <td>Anna Berg</td>\n    <td>1.2.1990</td><td>2A</td></tr>\n</table>";
    let seen = std::sync::Mutex::new(Vec::new());
    scrub_with(
        |t: &str| {
            seen.lock().unwrap().push(t.to_string());
            Vec::new()
        },
        &redactor(),
        html,
        "description",
        &HtmlLimits::default(),
    )
    .expect("scrubs");
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen[0].trim(), "Name\tBorn\tSeat\nAnna Berg\t1.2.1990\t2A");
}

#[test]
fn known_values_are_found_in_prose_and_attributes_alike() {
    // No pattern rules: every finding comes from the requester's own values,
    // compiled once for the prose and each scanned attribute.
    let detector = crate::detect::Detector::new(
        &crate::detect::PackSet::default(),
        crate::detect::DetectOptions::default(),
    )
    .expect("an empty pack set compiles");
    let known = KnownValues {
        name: Some("Jörg Weber".into()),
        email: Some("jw@example.de".into()),
        ..KnownValues::default()
    };
    let html = "<p>Regards,<br>J&#246;rg Weber</p>\
        <a href=\"mailto:jw@example.de\" title=\"Weber, J&ouml;rg\">write</a>";
    let out = scrub(
        &detector,
        &redactor(),
        html,
        &known,
        "description",
        &HtmlLimits::default(),
    )
    .expect("scrubs");
    assert_eq!(
        sources(html, &out),
        ["J&#246;rg Weber", "jw@example.de", "Weber, J&ouml;rg"]
    );
    assert!(!out.output.contains("Weber") && !out.output.contains("jw@"));
}
