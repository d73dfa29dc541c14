//! One data row of a Cursor export → one message (mirrors Java `cursor.CursorRowMapping`;
//! SPEC §6). The four token columns are disjoint (`Total Tokens` is their sum, and is not read):
//! input = `Input (w/o Cache Write)`, cache write = `Input (w/ Cache Write)`, cache read =
//! `Cache Read`, output = `Output Tokens`/`Output`; the single `Tokens` column counts as input.

use super::columns::CursorColumns;
use super::provider;
use super::record_reader::CsvRecord;
use crate::json::number::non_negative_integer_text;
use crate::json::Malformed;
use crate::model::{CostRule, Interner, Source, UsageMessage, NO_REPORTED_COST};
use crate::money;
use crate::timestamps;

/// The message of a well-formed row; malformed when its cell count differs from the header's,
/// its date does not parse, or a token cell is neither empty nor a plain non-negative integer.
/// Its texts are shared through `texts`.
pub fn to_message(
    row: &CsvRecord,
    columns: &CursorColumns,
    texts: &mut Interner,
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
    let model = match row.cell(columns.model) {
        "" => "unknown",
        model => model,
    };
    Ok(UsageMessage {
        source: Source::Cursor,
        model_id: texts.get(model),
        provider_id: texts.get(provider::infer(model)),
        session_id: texts.get(""),
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

/// `Errored, Not Charged`, `Errored, No Charge`, `Aborted, Not Charged`, …
pub fn says_not_charged(kind: &str) -> bool {
    let lower = kind.to_ascii_lowercase();
    lower.contains("not charged") || lower.contains("no charge")
}

#[cfg(test)]
#[path = "row_mapping_tests.rs"]
mod tests;
