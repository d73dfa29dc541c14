//! One data row of a Cursor export → one message (mirrors Java `cursor.CursorRowMapping`;
//! SPEC §6). The four token columns are disjoint (`Total Tokens` is their sum, and is not read):
//! input = `Input (w/o Cache Write)`, cache write = `Input (w/ Cache Write)`, cache read =
//! `Cache Read`, output = `Output Tokens`/`Output`; the single `Tokens` column counts as input.

use super::columns::CursorColumns;
use super::provider;
use super::record_reader::CsvRecord;
use crate::fast_hash::FastHashMap;
use crate::json::number::non_negative_integer_text;
use crate::json::Malformed;
use crate::model::{CostRule, Interner, Source, Text, UsageMessage, NO_REPORTED_COST};
use crate::money;
use crate::timestamps;

/// The message of a well-formed row; malformed when its cell count differs from the header's,
/// its date does not parse, or a token cell is neither empty nor a plain non-negative integer.
/// Its texts are shared through `texts`.
pub fn to_message(
    row: &CsvRecord,
    columns: &CursorColumns,
    texts: &mut RowTexts,
) -> Result<UsageMessage, Malformed> {
    if row.len() != columns.width {
        return Err(Malformed::new("row has another cell count than the header"));
    }
    let timestamp_ms = timestamps::parse_csv_date(row.cell(columns.date))?;
    let input_column = if columns.single_token_column() {
        columns.tokens
    } else {
        columns.input
    };
    let input = tokens(row, input_column)?;
    let cache_write = tokens(row, columns.cache_write)?;
    let cache_read = tokens(row, columns.cache_read)?;
    let output = tokens(row, columns.output)?;
    let (model_id, provider_id) = texts.model(row.cell(columns.model));
    Ok(UsageMessage {
        source: Source::Cursor,
        model_id,
        provider_id,
        session_id: texts.no_session.clone(),
        timestamp_ms,
        input,
        output,
        cache_read,
        cache_write,
        cache_write_1h: 0,
        reasoning: 0,
        reported_cost_picos: reported_cost(row, columns),
        cost_rule: cost_rule(row, columns),
    })
}

/// The texts of one export's messages, each stored once: an export names a handful of models in
/// thousands of rows, so each model's provider is inferred once, and a row costs one lookup.
#[derive(Debug, Default)]
pub struct RowTexts {
    /// Each model cell seen, with the model and provider texts of its rows.
    models: FastHashMap<Box<str>, (Text, Text)>,
    /// Model and provider texts (so that a model named like a provider shares it, as before).
    shared: Interner,
    /// A Cursor row has no session.
    no_session: Text,
}

impl RowTexts {
    /// The model of a row whose model cell is `cell` (empty: `unknown`), and its provider.
    fn model(&mut self, cell: &str) -> (Text, Text) {
        if let Some((model, provider)) = self.models.get(cell) {
            return (model.clone(), provider.clone());
        }
        let model = if cell.is_empty() { "unknown" } else { cell };
        let texts = (
            self.shared.get(model),
            self.shared.get(provider::infer(model)),
        );
        self.models.insert(Box::from(cell), texts.clone());
        texts
    }
}

/// An absent column or an empty cell is 0; anything else must be digits only.
fn tokens(row: &CsvRecord, column: Option<usize>) -> Result<i64, Malformed> {
    match column.map(|c| row.cell(c)) {
        None | Some("") => Ok(0),
        Some(cell) => non_negative_integer_text(cell),
    }
}

/// The `Cost ($)`/`Cost` cell when it holds an amount (`0.12`, `$0.12`, `1,234.50`); `Included`,
/// `-`, `Free`, empty or no such column: none. Kept as written even on not-charged rows, whose
/// cost rule already makes the cost 0.
fn reported_cost(row: &CsvRecord, columns: &CursorColumns) -> i64 {
    match columns.cost {
        None => NO_REPORTED_COST,
        Some(column) => match money::csv_cell_to_picos(row.cell(column)) {
            money::NOT_AN_AMOUNT => NO_REPORTED_COST,
            picos => picos,
        },
    }
}

/// Not charged (by kind) beats everything; then the single-`Tokens` export, whose token split is
/// unknown, can only use the CSV cost; every other row is priced from its tokens. `Included`,
/// `Free` and `On-Demand` rows are priced normally: they were used.
fn cost_rule(row: &CsvRecord, columns: &CursorColumns) -> CostRule {
    if columns
        .kind
        .map_or(false, |k| says_not_charged(row.cell(k)))
    {
        CostRule::NotCharged
    } else if columns.single_token_column() {
        CostRule::ReportedOnly
    } else {
        CostRule::PricedFirst
    }
}

/// `Errored, Not Charged`, `Errored, No Charge`, `Aborted, Not Charged`, … (ASCII letters
/// compared without case, as Java lower-cases A–Z only).
pub fn says_not_charged(kind: &str) -> bool {
    contains_ignoring_ascii_case(kind.as_bytes(), b"not charged")
        || contains_ignoring_ascii_case(kind.as_bytes(), b"no charge")
}

/// Whether `text` holds `lower` (lower-case ASCII) with A–Z in any case: the same as searching
/// the ASCII-lower-cased text, without making it.
fn contains_ignoring_ascii_case(text: &[u8], lower: &[u8]) -> bool {
    text.windows(lower.len())
        .any(|window| window.eq_ignore_ascii_case(lower))
}

#[cfg(test)]
#[path = "row_mapping_tests.rs"]
mod tests;
