//! Where each field of a Cursor export sits, found by header name (mirrors Java
//! `cursor.CursorColumns`; SPEC §6): the four export generations order and name their columns
//! differently, so positions mean nothing. Names are compared case-sensitively after trimming
//! ASCII spaces, tabs and line breaks (not Unicode white space, whose definition differs between
//! Java and Rust); when a name occurs twice the first column wins. Each index is `None` when the
//! header lacks the column.

use super::record_reader::CsvRecord;

/// The rank of a file without a header (it has no rows, so any rank would do).
pub const EMPTY_FILE_RANK: u8 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CursorColumns {
    /// The number of header cells; every data row must have exactly as many.
    pub width: usize,
    pub date: usize,
    pub model: usize,
    pub kind: Option<usize>,
    pub input: Option<usize>,
    pub cache_write: Option<usize>,
    pub cache_read: Option<usize>,
    pub output: Option<usize>,
    /// The single `Tokens` column of the 2025-08 "usage-details" export, set only when none of
    /// the four split token columns exists.
    pub tokens: Option<usize>,
    pub cost: Option<usize>,
}

impl CursorColumns {
    /// The columns of a header row, or `None` when it is not a Cursor export (no `Date` or no
    /// `Model` column).
    pub fn of(header: &CsvRecord) -> Option<CursorColumns> {
        let find = |name: &str| header.cells().position(|cell| trim_ascii(cell) == name);
        let date = find("Date")?;
        let model = find("Model")?;
        let input = find("Input (w/o Cache Write)");
        let cache_write = find("Input (w/ Cache Write)");
        let cache_read = find("Cache Read");
        let output = find("Output Tokens").or_else(|| find("Output"));
        let split =
            input.is_some() || cache_write.is_some() || cache_read.is_some() || output.is_some();
        let tokens = if split { None } else { find("Tokens") };
        // Never "Requests": the newest export puts a request count where the cost used to be.
        let cost = find("Cost ($)").or_else(|| find("Cost"));
        Some(CursorColumns {
            width: header.len(),
            date,
            model,
            kind: find("Kind"),
            input,
            cache_write,
            cache_read,
            output,
            tokens,
            cost,
        })
    }

    /// True for the 2025-08 "usage-details" export, whose one token count mixes input and cache
    /// reads: its rows can only be costed from the CSV (SPEC §6).
    pub fn single_token_column(&self) -> bool {
        self.tokens.is_some()
    }

    /// How much a row of this export says, for choosing which copy of an event to keep when
    /// several exports hold it (0 = most): the four split token columns beat the single `Tokens`
    /// column (+2), and a cost column beats none (+1). So the 2025-08 usage-tokens and 2025-09
    /// usage-events exports rank 0, the 2026-05 export (no cost column) 1, and the 2025-08
    /// usage-details export 2.
    pub fn rank(&self) -> u8 {
        let split = self.input.is_some()
            || self.cache_write.is_some()
            || self.cache_read.is_some()
            || self.output.is_some();
        (if split { 0 } else { 2 }) + (if self.cost.is_some() { 0 } else { 1 })
    }
}

/// Trims ASCII space, tab, CR and LF only.
fn trim_ascii(s: &str) -> &str {
    s.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(cells: &[&str]) -> Option<CursorColumns> {
        CursorColumns::of(&CsvRecord::of(cells))
    }

    fn rank(header: &str) -> u8 {
        of(&header.split(',').collect::<Vec<_>>()).unwrap().rank()
    }

    #[test]
    fn a_header_without_date_or_model_is_not_an_export() {
        assert_eq!(of(&["Date", "Amount"]), None);
        assert_eq!(of(&["Model", "Price"]), None);
        assert_eq!(of(&["date", "model"]), None);
    }

    #[test]
    fn names_are_trimmed_of_ascii_space_only() {
        assert!(of(&[" Date\t", "\r\nModel "]).is_some());
        assert!(of(&["\u{A0}Date", "Model"]).is_none());
    }

    #[test]
    fn the_first_of_two_columns_with_one_name_wins() {
        let columns = of(&["Model", "Date", "Model", "Date"]).unwrap();
        assert_eq!((columns.model, columns.date, columns.width), (0, 1, 4));
    }

    #[test]
    fn prefers_output_tokens_to_output_and_cost_dollars_to_cost_and_never_reads_requests() {
        let columns = of(&[
            "Output",
            "Date",
            "Cost",
            "Model",
            "Output Tokens",
            "Cost ($)",
            "Requests",
        ])
        .unwrap();
        assert_eq!((columns.output, columns.cost), (Some(4), Some(5)));
        assert_eq!(of(&["Date", "Model", "Requests"]).unwrap().cost, None);
        assert_eq!(
            of(&["Date", "Model", "Output", "Cost"]).unwrap().output,
            Some(2)
        );
        assert_eq!(
            of(&["Date", "Model", "Output", "Cost"]).unwrap().cost,
            Some(3)
        );
    }

    #[test]
    fn a_tokens_column_counts_only_when_no_split_column_exists() {
        assert!(of(&["Date", "Model", "Tokens"])
            .unwrap()
            .single_token_column());
        assert!(!of(&["Date", "Model", "Tokens", "Cache Read"])
            .unwrap()
            .single_token_column());
        assert!(!of(&["Date", "Model", "Total Tokens"])
            .unwrap()
            .single_token_column());
    }

    #[test]
    fn rank_follows_what_the_columns_say_about_a_row() {
        assert_eq!(rank("Date,User,Kind,Model,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output,Total Tokens,Cost ($)"), 0);
        assert_eq!(rank("Date,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Cost"), 0);
        assert_eq!(rank("Date,Cloud Agent ID,Automation ID,Kind,Model,Max Mode,Input (w/ Cache Write),Input (w/o Cache Write),Cache Read,Output Tokens,Total Tokens,Requests"), 1);
        assert_eq!(rank("Date,User,Kind,Max Mode,Model,Tokens,Cost ($)"), 2);
        assert_eq!(rank("Date,Model"), 3);
        assert_eq!(rank("Date,Model"), EMPTY_FILE_RANK);
    }
}
