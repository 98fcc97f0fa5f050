//! CSV export: one row per finding (a record without findings gets one row
//! with the finding columns empty), so a spreadsheet can filter and count
//! without understanding nested JSON. JSON Lines export writes the stored
//! lines themselves, hashes included.

use std::io::{self, Write};

use super::record::{AuditRecord, FindingEntry};

/// The CSV header row.
pub const CSV_COLUMNS: &[&str] = &[
    "seq",
    "time",
    "request_id",
    "method",
    "route",
    "ticket_id",
    "conversation_id",
    "upstream_status",
    "outcome",
    "outcome_reason",
    "policy_version",
    "hushdesk_version",
    "retention_class",
    "retention_rule",
    "path",
    "category",
    "subtype",
    "rule_id",
    "action",
    "length",
    "fingerprint",
    "hash",
];

/// Writes the header row.
pub fn write_csv_header(out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", CSV_COLUMNS.join(","))
}

/// Writes a record's rows.
pub fn write_csv_record(out: &mut impl Write, record: &AuditRecord, hash: &str) -> io::Result<()> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let reason = match &record.outcome {
        super::Outcome::Rejected { reason } => reason.clone(),
        _ => String::new(),
    };
    let head = [
        record.seq.to_string(),
        record.time.to_string(),
        record.request_id.clone(),
        record.method.clone(),
        record.route.clone(),
        opt(record.ticket_id.map(|t| t.to_string())),
        opt(record.conversation_id.map(|t| t.to_string())),
        opt(record.upstream_status.map(|t| t.to_string())),
        record.outcome.kind().to_string(),
        reason,
        record.policy_version.clone(),
        record.hushdesk_version.clone(),
        opt(record.retention.as_ref().map(|r| r.class.clone())),
        opt(record.retention.as_ref().map(|r| r.rule.clone())),
    ];
    let mut row = |finding: Option<&FindingEntry>| -> io::Result<()> {
        let tail = match finding {
            Some(f) => [
                f.path.clone(),
                f.category.to_string(),
                f.subtype.clone().unwrap_or_default(),
                f.rule_id.clone(),
                f.action.as_str().to_string(),
                f.length.to_string(),
                f.fingerprint.clone(),
            ],
            None => Default::default(),
        };
        let cells: Vec<String> = head
            .iter()
            .chain(tail.iter())
            .map(|c| csv_cell(c))
            .chain(std::iter::once(hash.to_string()))
            .collect();
        writeln!(out, "{}", cells.join(","))
    };
    if record.findings.is_empty() {
        return row(None);
    }
    for finding in &record.findings {
        row(Some(finding))?;
    }
    Ok(())
}

/// Quotes a cell when it holds a comma, quote or line break; a leading
/// `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not run it
/// as a formula.
fn csv_cell(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
    }
}
