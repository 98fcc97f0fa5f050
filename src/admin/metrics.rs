//! The proxy's counters, written in the Prometheus text exposition format.
//!
//! Hand-written rather than through a metrics crate: a handful of counters
//! and one gauge need about a hundred lines, no new dependency (and no
//! second TLS or HTTP stack), and the label values are `&'static str` by
//! type: route names from the route table, outcome and error kinds from
//! fixed lists, category names from [`Category::as_str`]. Nothing taken
//! from a request can become a label, so no personal data can reach
//! `/metrics`.
//!
//! | metric | labels | meaning |
//! |---|---|---|
//! | `hushdesk_requests_total` | `route`, `outcome` | requests handled (`pass_through` for routes that are not scrubbed) |
//! | `hushdesk_findings_total` | `category` | redactions made |
//! | `hushdesk_ledger_append_failures_total` | | records that could not be written |
//! | `hushdesk_ledger_refusals_total` | | content requests refused with 503 because the ledger could not be written |
//! | `hushdesk_upstream_errors_total` | `kind` | upstream failures (`upstream_unavailable`, `upstream_timeout`) |
//! | `hushdesk_ledger_healthy` | | 1 while the ledger can be written (or is off), else 0 |

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use crate::detect::Category;

/// The proxy's counters. Shared by `Arc`; every method is cheap and never
/// fails.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, &'static str), u64>>,
    findings: Mutex<BTreeMap<&'static str, u64>>,
    upstream_errors: Mutex<BTreeMap<&'static str, u64>>,
    ledger_failures: AtomicU64,
    ledger_refusals: AtomicU64,
}

fn bump<K: Ord>(map: &Mutex<BTreeMap<K, u64>>, key: K, by: u64) {
    let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
    *map.entry(key).or_default() += by;
}

impl Metrics {
    /// New counters, all zero.
    pub fn new() -> Metrics {
        Metrics::default()
    }

    /// Counts one request on `route` (a route name, or `pass_through`)
    /// with `outcome` (`forwarded`, `rejected`, `report_only`,
    /// `ledger_unavailable`, `upstream_error`).
    pub fn request(&self, route: &'static str, outcome: &'static str) {
        bump(&self.requests, (route, outcome), 1);
    }

    /// Counts `n` redactions of `category`.
    pub fn findings(&self, category: Category, n: u64) {
        bump(&self.findings, category.as_str(), n);
    }

    /// Counts one upstream failure of this kind.
    pub fn upstream_error(&self, kind: &'static str) {
        bump(&self.upstream_errors, kind, 1);
    }

    /// Counts one record that could not be appended.
    pub fn ledger_failure(&self) {
        self.ledger_failures.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts one request refused because the ledger could not be written.
    pub fn ledger_refusal(&self) {
        self.ledger_refusals.fetch_add(1, Ordering::Relaxed);
    }

    /// Requests counted for `route` and `outcome` so far.
    pub fn requests_for(&self, route: &str, outcome: &str) -> u64 {
        let map = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        map.iter()
            .filter(|((r, o), _)| *r == route && *o == outcome)
            .map(|(_, n)| *n)
            .sum()
    }

    /// Records that could not be appended so far.
    pub fn ledger_failures(&self) -> u64 {
        self.ledger_failures.load(Ordering::Relaxed)
    }

    /// The counters in the Prometheus text format (version 0.0.4);
    /// `ledger_healthy` is the current state of the ledger.
    pub fn render(&self, ledger_healthy: bool) -> String {
        let mut out = String::new();
        let header = |out: &mut String, name: &str, kind: &str, help: &str| {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} {kind}");
        };
        header(
            &mut out,
            "hushdesk_requests_total",
            "counter",
            "Requests handled, by route name and outcome.",
        );
        for ((route, outcome), n) in self
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "hushdesk_requests_total{{route=\"{route}\",outcome=\"{outcome}\"}} {n}"
            );
        }
        header(
            &mut out,
            "hushdesk_findings_total",
            "counter",
            "Redactions made, by category.",
        );
        for (category, n) in self
            .findings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "hushdesk_findings_total{{category=\"{category}\"}} {n}"
            );
        }
        header(
            &mut out,
            "hushdesk_upstream_errors_total",
            "counter",
            "Upstream failures, by kind.",
        );
        for (kind, n) in self
            .upstream_errors
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            let _ = writeln!(out, "hushdesk_upstream_errors_total{{kind=\"{kind}\"}} {n}");
        }
        header(
            &mut out,
            "hushdesk_ledger_append_failures_total",
            "counter",
            "Ledger records that could not be written.",
        );
        let _ = writeln!(
            out,
            "hushdesk_ledger_append_failures_total {}",
            self.ledger_failures()
        );
        header(
            &mut out,
            "hushdesk_ledger_refusals_total",
            "counter",
            "Content requests refused because the ledger could not be written.",
        );
        let _ = writeln!(
            out,
            "hushdesk_ledger_refusals_total {}",
            self.ledger_refusals.load(Ordering::Relaxed)
        );
        header(
            &mut out,
            "hushdesk_ledger_healthy",
            "gauge",
            "1 while the ledger can be written (or is switched off), else 0.",
        );
        let _ = writeln!(out, "hushdesk_ledger_healthy {}", u8::from(ledger_healthy));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_text_format() {
        let m = Metrics::new();
        m.request("tickets.create", "forwarded");
        m.request("tickets.create", "forwarded");
        m.findings(Category::Email, 3);
        m.upstream_error("upstream_timeout");
        m.ledger_failure();
        let text = m.render(false);
        assert!(text.contains(
            "hushdesk_requests_total{route=\"tickets.create\",outcome=\"forwarded\"} 2\n"
        ));
        assert!(text.contains("hushdesk_findings_total{category=\"email\"} 3\n"));
        assert!(text.contains("hushdesk_upstream_errors_total{kind=\"upstream_timeout\"} 1\n"));
        assert!(text.contains("hushdesk_ledger_append_failures_total 1\n"));
        assert!(text.contains("hushdesk_ledger_healthy 0\n"));
        assert!(text.contains("# TYPE hushdesk_requests_total counter\n"));
        assert_eq!(m.requests_for("tickets.create", "forwarded"), 2);
    }
}
