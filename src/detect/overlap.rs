//! Overlap resolution: overlapping findings become one finding over their
//! union, labelled by the most severe of them.
//!
//! Redaction must cover every byte any rule flagged, so the union is kept;
//! the label comes from the most severe category (lowest
//! [`super::Category::rank`]), ties broken by higher confidence, then by the
//! longer original match. One sort and one sweep.

use super::{Category, Finding};

/// Sorts `findings` and merges overlapping ones. Touching spans stay apart.
pub(crate) fn resolve(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    // Original length of the finding currently labelling `out.last()`.
    let mut label_len = 0;
    for f in findings {
        match out.last_mut() {
            Some(last) if f.start < last.end => {
                let union_start = last.start;
                let union_end = last.end.max(f.end);
                if outranks(&f, f.len(), last, label_len) {
                    label_len = f.len();
                    *last = f;
                    last.start = union_start;
                }
                last.end = union_end;
            }
            _ => {
                label_len = f.len();
                out.push(f);
            }
        }
    }
    out
}

/// Person names and postal addresses, between which length decides.
fn is_name_or_address(f: &Finding) -> bool {
    matches!(f.category, Category::PersonName | Category::PostalAddress)
}

/// True when `a` (original length `a_len`) should label a merged finding
/// instead of `b` (original length `b_len`).
fn outranks(a: &Finding, a_len: usize, b: &Finding, b_len: usize) -> bool {
    let (ra, rb) = (a.category.rank(), b.category.rank());
    // Streets are named after people (`George Street`, `Ronda del Mar`) and
    // signature blocks run a name into an address: between these two
    // categories the longer span names the union.
    if ra != rb && is_name_or_address(a) && is_name_or_address(b) && a_len != b_len {
        return a_len > b_len;
    }
    if ra != rb {
        return ra < rb;
    }
    if a.confidence != b.confidence {
        return a.confidence > b.confidence;
    }
    a_len > b_len
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(start: usize, end: usize, category: Category, confidence: f32) -> Finding {
        Finding {
            start,
            end,
            category,
            subtype: None,
            rule_id: category.as_str().into(),
            confidence,
        }
    }

    #[test]
    fn union_takes_most_severe_label() {
        let out = resolve(vec![
            f(0, 10, Category::Phone, 0.9),
            f(5, 20, Category::PaymentCard, 0.6),
            f(25, 30, Category::Email, 0.9),
        ]);
        assert_eq!(out.len(), 2);
        assert_eq!((out[0].start, out[0].end), (0, 20));
        assert_eq!(out[0].category, Category::PaymentCard);
        assert_eq!(out[1].category, Category::Email);
    }

    #[test]
    fn address_holding_a_name_stays_an_address() {
        // `George` (a given name) inside `27 George Street, Sydney NSW 2000`.
        let out = resolve(vec![
            f(3, 9, Category::PersonName, 0.6),
            f(0, 33, Category::PostalAddress, 0.85),
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].start, out[0].end), (0, 33));
        assert_eq!(out[0].category, Category::PostalAddress);
        // A name line that runs into a shorter address fragment stays a name.
        let out = resolve(vec![
            f(0, 20, Category::PersonName, 0.8),
            f(15, 25, Category::PostalAddress, 0.85),
        ]);
        assert_eq!(out[0].category, Category::PersonName);
        assert_eq!((out[0].start, out[0].end), (0, 25));
    }

    #[test]
    fn ties_prefer_confidence_then_length() {
        let out = resolve(vec![
            f(0, 4, Category::Phone, 0.6),
            f(2, 12, Category::Phone, 0.9),
        ]);
        assert_eq!((out[0].start, out[0].end, out[0].confidence), (0, 12, 0.9));
        let mut long = f(1, 12, Category::Phone, 0.7);
        long.rule_id = "long".into();
        let out = resolve(vec![f(0, 4, Category::Phone, 0.7), long]);
        assert_eq!(&*out[0].rule_id, "long");
        assert_eq!((out[0].start, out[0].end), (0, 12));
    }

    #[test]
    fn touching_spans_stay_apart() {
        let out = resolve(vec![
            f(0, 4, Category::Phone, 0.6),
            f(4, 8, Category::Phone, 0.6),
        ]);
        assert_eq!(out.len(), 2);
    }
}
