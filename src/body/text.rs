//! Plain-text fields: detection runs over the text as given and the
//! [`Redactor`] rewrites the spans. Offsets are byte offsets into the input.

use super::Scrubbed;
use crate::detect::{Detector, Finding, KnownValues};
use crate::redact::Redactor;

/// Detects and redacts personal data in plain text.
pub fn scrub(
    detector: &Detector,
    redactor: &Redactor,
    text: &str,
    known: &KnownValues,
    path: &str,
) -> Scrubbed {
    scrub_with(|t| detector.detect(t, known), redactor, text, path)
}

/// [`scrub`] with any detection function (text in, sorted non-overlapping
/// findings out).
pub fn scrub_with(
    detect: impl Fn(&str) -> Vec<Finding>,
    redactor: &Redactor,
    text: &str,
    path: &str,
) -> Scrubbed {
    let findings = detect(text);
    let (output, records) = redactor.apply(text, &findings, path);
    Scrubbed {
        output,
        findings,
        records,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::test_detector::detect;
    use crate::detect::Category;
    use crate::redact::{Action, Policy};

    fn redactor() -> Redactor {
        Redactor::new(Policy::default(), b"text walker test key".to_vec())
    }

    #[test]
    fn redacts_every_finding_and_keeps_the_rest() {
        let text = "Hi, this is Anna (anna.berg@example.se).\nCard: 4111 1111 1111 1111\n";
        let out = scrub_with(detect, &redactor(), text, "description");
        assert_eq!(
            out.output,
            "Hi, this is [person_name] ([email]).\nCard: [payment_card]\n"
        );
        assert_eq!(out.findings.len(), 3);
        assert_eq!(out.records.len(), 3);
        assert_eq!(
            &text[out.findings[1].start..out.findings[1].end],
            "anna.berg@example.se"
        );
        assert!(out.records.iter().all(|r| r.path == "description"));
    }

    #[test]
    fn text_without_findings_is_unchanged() {
        let text = "Nothing to see here, ticket #4711 is fine.";
        let out = scrub_with(detect, &redactor(), text, "p");
        assert_eq!(out.output, text);
        assert!(out.findings.is_empty() && out.records.is_empty());
    }

    #[test]
    fn follows_the_policy() {
        let mut policy = Policy::default();
        policy
            .actions
            .insert(Category::PaymentCard, Action::Partial);
        policy.actions.insert(Category::Email, Action::Remove);
        let r = Redactor::new(policy, b"k".to_vec());
        let out = scrub_with(detect, &r, "4111-1111-1111-1111 / a@b.se", "p");
        assert_eq!(out.output, "****-****-****-1111 / ");
    }
}
