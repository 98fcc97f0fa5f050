//! Columns of pasted tables: the cells under a header.
//!
//! Customers paste spreadsheets, CSV exports and Markdown tables; HTML
//! tables reach the detector as tab-separated rows (see `body::html`). In a
//! row such as `5620;Harper;D'Souza;…` nothing but the header line above
//! says that `Harper` is a first name. A rule with `columns` names the
//! headers it applies to; when the prefilter finds one of them filling a
//! whole header cell, this module walks the rows below and hands back the
//! cell of that column in each, and the rule's regex must match the whole
//! cell.
//!
//! A table here is a header line followed by rows with the same number of
//! cells, split by the first of tab, `|`, `;` or `,` the header line holds
//! (commas and semicolons inside double quotes do not split); tab-separated
//! tables need three columns, since two are mostly an HTML form's
//! `label | value` rows, and so do pipe tables without a separator row. A
//! Markdown separator row (`|---|:--:|`) under the header is skipped. The
//! table ends at the first line with another cell count; rows are capped at
//! [`MAX_ROWS`]. A header line over a ruler of dash runs (`-----  ------`,
//! as `psql` and report tools print) makes a fixed-width table instead: its
//! columns start where the runs start, counted in characters.

/// Most rows read below one header.
pub const MAX_ROWS: usize = 2000;

/// Cell delimiters, most specific first.
const DELIMITERS: [u8; 4] = [b'\t', b'|', b';', b','];

/// Calls `cell(start, end)` with the trimmed span of each non-empty cell in
/// the column whose header cell is exactly `start..end` (after trimming
/// blanks, quotes, `*`, `_` and a trailing `:`), for every row of the table
/// below it. Nothing happens when `start..end` is not a whole header cell or
/// no row follows.
pub(crate) fn column_cells(
    bytes: &[u8],
    start: usize,
    end: usize,
    mut cell: impl FnMut(usize, usize),
) {
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let header_end = line_end(bytes, end);
    let header = &bytes[line_start..header_end];
    let ruler_start = next_line(bytes, header_end);
    if let Some(columns) = ruler(bytes, ruler_start) {
        fixed_width_cells(
            bytes,
            (line_start, header_end),
            (start, end),
            &columns,
            cell,
        );
        return;
    }
    let Some(&delimiter) = DELIMITERS.iter().find(|&&d| header.contains(&d)) else {
        return;
    };
    let mut cells = Vec::new();
    split(bytes, line_start, header_end, delimiter, &mut cells);
    let Some(column) = cells.iter().position(|&(s, e)| {
        let (s, e) = trim_header(bytes, s, e);
        s == start && e == end
    }) else {
        return;
    };
    let width = cells.len();
    // Two tab-separated cells are mostly an HTML form's `label | value`
    // rows, not a table with a header line: only wider ones count.
    if width < 2 || (delimiter == b'\t' && width < 3) {
        return;
    }
    // A two-column pipe table without a separator row is a form's
    // `| label | value |` lines, not a header over rows.
    if delimiter == b'|' && width < 3 {
        let next = next_line(bytes, header_end);
        let mut row = Vec::new();
        if next < bytes.len() {
            split(bytes, next, line_end(bytes, next), delimiter, &mut row);
        }
        if !is_separator_row(bytes, &row) {
            return;
        }
    }
    let mut at = next_line(bytes, header_end);
    let mut first = true;
    for _ in 0..MAX_ROWS {
        if at >= bytes.len() {
            break;
        }
        let row_end = line_end(bytes, at);
        cells.clear();
        split(bytes, at, row_end, delimiter, &mut cells);
        if first && is_separator_row(bytes, &cells) {
            first = false;
            at = next_line(bytes, row_end);
            continue;
        }
        first = false;
        if cells.len() != width {
            break;
        }
        let (s, e) = trim(bytes, cells[column].0, cells[column].1);
        if s < e {
            cell(s, e);
        }
        at = next_line(bytes, row_end);
    }
}

/// The column starts (in characters) of a fixed-width table's ruler line
/// at `at`: runs of `-` or `=` separated by blanks (`-----  ---------`),
/// at least two of them. `None` when the line is not such a ruler.
fn ruler(bytes: &[u8], at: usize) -> Option<Vec<usize>> {
    if at >= bytes.len() {
        return None;
    }
    let line = &bytes[at..line_end(bytes, at)];
    if !line
        .iter()
        .all(|b| matches!(b, b'-' | b'=' | b' ' | b'\t' | b'+'))
    {
        return None;
    }
    let mut starts = Vec::new();
    let mut prev = b' ';
    for (i, &b) in line.iter().enumerate() {
        let dash = matches!(b, b'-' | b'=');
        if dash && !matches!(prev, b'-' | b'=') {
            starts.push(i);
        }
        prev = b;
    }
    // Runs must be at least two long and separated by a blank.
    let runs_ok = starts.iter().all(|&s| {
        line.get(s + 1).is_some_and(|b| matches!(b, b'-' | b'='))
            && (s == 0 || matches!(line[s - 1], b' ' | b'\t' | b'+'))
    });
    (starts.len() >= 2 && runs_ok).then_some(starts)
}

/// The cells of a fixed-width table (header line, ruler, rows aligned under
/// the ruler's runs; character columns, so `Jörg` takes four): the column
/// whose header cell is exactly `want`, in each row until a blank line or a
/// row whose text crosses a column gap.
fn fixed_width_cells(
    bytes: &[u8],
    header: (usize, usize),
    want: (usize, usize),
    columns: &[usize],
    mut cell: impl FnMut(usize, usize),
) {
    let Some(header_line) = FixedLine::new(bytes, header.0, header.1, columns) else {
        return;
    };
    let Some(column) = (0..columns.len()).find(|&c| {
        let (s, e) = header_line.cell(bytes, columns, c);
        trim_header(bytes, s, e) == want
    }) else {
        return;
    };
    let mut at = next_line(bytes, next_line(bytes, header.1));
    for _ in 0..MAX_ROWS {
        if at >= bytes.len() {
            break;
        }
        let row_end = line_end(bytes, at);
        if bytes[at..row_end].iter().all(|b| matches!(b, b' ' | b'\t')) {
            break;
        }
        let Some(row) = FixedLine::new(bytes, at, row_end, columns) else {
            break;
        };
        let (s, e) = row.cell(bytes, columns, column);
        if s < e {
            cell(s, e);
        }
        at = next_line(bytes, row_end);
    }
}

/// One line of a fixed-width table: the byte offset of each character (and
/// of the line's end), read once.
struct FixedLine {
    offsets: Vec<usize>,
}

impl FixedLine {
    /// The line at `s..e`; `None` when it is not text or a character stands
    /// in the gap just before a column start (its text crosses columns).
    fn new(bytes: &[u8], s: usize, e: usize, columns: &[usize]) -> Option<FixedLine> {
        let line = std::str::from_utf8(&bytes[s..e]).ok()?;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let crosses = columns
            .iter()
            .any(|&c| c > 0 && chars.get(c - 1).is_some_and(|&(_, ch)| !ch.is_whitespace()));
        if crosses {
            return None;
        }
        let offsets = chars.iter().map(|&(i, _)| s + i).chain([e]).collect();
        Some(FixedLine { offsets })
    }

    /// The trimmed byte span of column `c`: from its start to the next
    /// column's start, the last column to the line's end.
    fn cell(&self, bytes: &[u8], columns: &[usize], c: usize) -> (usize, usize) {
        let end_of_line = *self.offsets.last().unwrap_or(&0);
        let at = |char_index: usize| self.offsets.get(char_index).copied().unwrap_or(end_of_line);
        let start = at(columns[c]);
        let end = columns.get(c + 1).map_or(end_of_line, |&next| at(next));
        trim(bytes, start, end.max(start))
    }
}

/// The end of the line holding `at` (before a `\r\n` or `\n`, or the text end).
fn line_end(bytes: &[u8], at: usize) -> usize {
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
    if end > at && bytes[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// The start of the line after the one ending at `end`.
fn next_line(bytes: &[u8], end: usize) -> usize {
    memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |i| end + i + 1)
}

/// Splits `start..end` into cells at `delimiter`. For `|`, the empty cells
/// before a leading and after a trailing pipe are dropped; for `,` and `;`,
/// delimiters inside double quotes do not split.
fn split(bytes: &[u8], start: usize, end: usize, delimiter: u8, out: &mut Vec<(usize, usize)>) {
    let quoted = matches!(delimiter, b',' | b';');
    let mut in_quotes = false;
    let mut cell_start = start;
    for (i, &b) in bytes[start..end].iter().enumerate() {
        let i = start + i;
        if quoted && b == b'"' {
            in_quotes = !in_quotes;
        } else if b == delimiter && !in_quotes {
            out.push((cell_start, i));
            cell_start = i + 1;
        }
    }
    out.push((cell_start, end));
    if delimiter == b'|' && out.len() > 1 {
        let blank =
            |&(s, e): &(usize, usize)| bytes[s..e].iter().all(|b| *b == b' ' || *b == b'\t');
        if out.last().is_some_and(blank) {
            out.pop();
        }
        if out.first().is_some_and(blank) {
            out.remove(0);
        }
    }
}

/// A Markdown header separator: every cell only `-`, `:`, `=`, `+` and blanks,
/// with at least one `-` or `=`.
fn is_separator_row(bytes: &[u8], cells: &[(usize, usize)]) -> bool {
    !cells.is_empty()
        && cells.iter().all(|&(s, e)| {
            let cell = &bytes[s..e];
            cell.iter().any(|b| matches!(b, b'-' | b'='))
                && cell
                    .iter()
                    .all(|b| matches!(b, b'-' | b'=' | b':' | b'+' | b' ' | b'\t'))
        })
}

/// A cell without surrounding blanks and double quotes.
fn trim(bytes: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    let edge = |b: u8| matches!(b, b' ' | b'\t' | b'"');
    while s < e && edge(bytes[s]) {
        s += 1;
    }
    while e > s && edge(bytes[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// A header cell without surrounding blanks, quotes, emphasis and a
/// trailing colon (`**Name:**`, `"first_name"`).
fn trim_header(bytes: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    let edge = |b: u8| matches!(b, b' ' | b'\t' | b'"' | b'\'' | b'*' | b'_' | b'`');
    while s < e && edge(bytes[s]) {
        s += 1;
    }
    while e > s && (edge(bytes[e - 1]) || bytes[e - 1] == b':') {
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str, header: &str) -> Vec<String> {
        let start = text.find(header).expect("header in text");
        let mut out = Vec::new();
        column_cells(text.as_bytes(), start, start + header.len(), |s, e| {
            out.push(text[s..e].to_string())
        });
        out
    }

    #[test]
    fn csv_column_below_its_header() {
        let text = "see below:\nid;first_name;email\n1;Harper;h@x.io\n2;\"Mei\";m@x.io\n\nthanks";
        assert_eq!(cells(text, "first_name"), ["Harper", "Mei"]);
    }

    #[test]
    fn markdown_table_skips_its_separator_row() {
        let text = "| Name | Date of birth | Seat |\n|---|:---:|---|\n| LÓPEZ Javier | 6 de mayo de 2019 | 30F |\n| Ana Ruiz | 1/2/1990 | 2A |\nok";
        assert_eq!(
            cells(text, "Date of birth"),
            ["6 de mayo de 2019", "1/2/1990"]
        );
        assert_eq!(cells(text, "Name"), ["LÓPEZ Javier", "Ana Ruiz"]);
    }

    #[test]
    fn tab_rows_from_html_and_quoted_commas() {
        let text =
            "Name\tGeburtsdatum\tSitz\r\nSvenja Petersen\t9.4.1983\t2A\r\nJo Ek\t1.2.1990\t3C";
        assert_eq!(cells(text, "Geburtsdatum"), ["9.4.1983", "1.2.1990"]);
        // A form's label and value cells are not a header row.
        assert!(cells("Name\tMoritz Lehmann\nE-Mail\tm@x.de", "Name").is_empty());
        assert!(cells("| Namn | Gustav Öberg |\n| IBAN | SE84 9157 |", "Namn").is_empty());
        assert_eq!(
            cells("| Namn | Ort |\n|---|---|\n| Gustav Öberg | Umeå |", "Namn"),
            ["Gustav Öberg"]
        );
        let csv = "name,city\n\"Smith, John\",Leeds\n\"Doe, Jane\",York";
        assert_eq!(cells(csv, "name"), ["Smith, John", "Doe, Jane"]);
    }

    #[test]
    fn fixed_width_table_under_a_ruler() {
        let text = "list:\n\nName               Email             Phone\n-----------------  ----------------  ---------------\nJörg Weiß          j@x.de            +49 30 1234567\nPetrakis, Madison  m@x.com           4158859237\n\nThanks";
        assert_eq!(cells(text, "Phone"), ["+49 30 1234567", "4158859237"]);
        assert_eq!(cells(text, "Name"), ["Jörg Weiß", "Petrakis, Madison"]);
        // A row whose text runs across a column gap ends the table.
        let text = "Name   Phone\n-----  -----\nAnna   0701\nthis line is prose\nEva    0702";
        assert_eq!(cells(text, "Phone"), ["0701"]);
        // One run is a heading underline, not a ruler.
        assert!(cells("Phone\n-----\n0701", "Phone").is_empty());
    }

    #[test]
    fn prose_and_partial_headers_give_nothing() {
        // The word fills no whole cell.
        assert!(cells("Product name;Price\nWidget;12", "name").is_empty());
        // A sentence with commas: the next line has another cell count.
        assert!(cells("Name, address and phone, please.\nThanks a lot", "Name").is_empty());
        // A table ends at the first row of another width.
        let text = "Name;Phone\nAnna Berg;0701\nthat is all; bye; now\nEva Ek;0702";
        assert_eq!(cells(text, "Name"), ["Anna Berg"]);
    }
}
