//! The mapping of one row, cell variant by cell variant (mirrors Java's
//! `CursorRowMappingTest`).

use super::*;

/// Date, Kind, Model, then the four token columns in the 2025-09 order, then Cost.
fn columns() -> CursorColumns {
    CursorColumns::of(&CsvRecord::of(&[
        "Date",
        "Kind",
        "Model",
        "Input (w/ Cache Write)",
        "Input (w/o Cache Write)",
        "Cache Read",
        "Output Tokens",
        "Cost",
    ]))
    .unwrap()
}

fn map(cells: &[&str]) -> Result<UsageMessage, Malformed> {
    to_message(&CsvRecord::of(cells), &columns(), &mut RowTexts::default())
}

fn row(date: &str, kind: &str, model: &str, tokens: [&str; 4], cost: &str) -> UsageMessage {
    let [a, b, c, d] = tokens;
    map(&[date, kind, model, a, b, c, d, cost]).unwrap()
}

#[test]
fn maps_the_four_disjoint_columns_to_four_buckets() {
    let m = row(
        "2026-01-01T00:00:00.000Z",
        "Included",
        "auto",
        ["1", "2", "3", "4"],
        "0.01",
    );
    assert_eq!(
        [
            m.cache_write,
            m.input,
            m.cache_read,
            m.output,
            m.reasoning,
            m.cache_write_1h
        ],
        [1, 2, 3, 4, 0, 0]
    );
    assert_eq!(m.session_id, "");
    assert_eq!(
        (m.source, m.provider_id.as_str()),
        (Source::Cursor, "cursor")
    );
    assert_eq!(m.timestamp_ms, 1_767_225_600_000);
    assert_eq!(m.reported_cost_picos, 10_000_000_000);
}

#[test]
fn a_token_cell_that_is_not_a_plain_integer_is_malformed() {
    for cell in [
        "1.5",
        "-1",
        "+1",
        "1e3",
        " 1",
        "1 ",
        "1,000",
        "01",
        "9223372036854775808",
        "x",
        "１",
    ] {
        let cells = [
            "2026-01-01T00:00:00.000Z",
            "Included",
            "auto",
            cell,
            "0",
            "0",
            "0",
            "",
        ];
        assert!(map(&cells).is_err(), "{:?}", cell);
    }
}

#[test]
fn empty_token_cells_are_zero_and_the_largest_count_is_kept() {
    let m = row(
        "2026-01-01",
        "",
        "auto",
        ["", "9223372036854775807", "", ""],
        "",
    );
    assert_eq!(
        (m.input, m.cache_write, m.cache_read, m.output),
        (i64::MAX, 0, 0, 0)
    );
}

#[test]
fn a_date_that_does_not_parse_is_malformed() {
    for date in [
        "",
        "2026-13-01T00:00:00Z",
        "2026-02-30",
        "01/02/2026",
        "2026-01-01T00:00:00.000Z ",
    ] {
        let cells = [date, "Included", "auto", "0", "0", "0", "0", ""];
        assert!(map(&cells).is_err(), "{:?}", date);
    }
}

#[test]
fn dates_may_omit_the_offset_or_the_time() {
    let at = |date: &str| row(date, "", "auto", ["", "", "", ""], "").timestamp_ms;
    assert_eq!(at("2026-01-01T00:00:00.000Z"), 1_767_225_600_000);
    assert_eq!(at("2026-01-01T00:00:00"), 1_767_225_600_000);
    assert_eq!(at("2026-01-01"), 1_767_225_600_000 + 12 * 3_600_000);
    assert_eq!(at("2026-01-01T02:00:00+02:00"), 1_767_225_600_000);
}

#[test]
fn a_row_with_another_cell_count_is_malformed() {
    assert!(map(&["2026-01-01", "Included", "auto"]).is_err());
    let nine = ["2026-01-01", "", "auto", "", "", "", "", "", ""];
    assert!(map(&nine).is_err());
}

#[test]
fn model_is_kept_as_written_and_empty_is_unknown() {
    let empty = ["", "", "", ""];
    assert_eq!(
        row("2026-01-01", "", " Auto ", empty, "").model_id,
        " Auto "
    );
    let unknown = row("2026-01-01", "", "", empty, "");
    assert_eq!(
        (unknown.model_id.as_str(), unknown.provider_id.as_str()),
        ("unknown", "cursor")
    );
    assert_eq!(
        row("2026-01-01", "", "claude-4-sonnet", empty, "").provider_id,
        "anthropic"
    );
}

#[test]
fn the_kind_decides_whether_a_row_is_charged() {
    let cases = [
        ("Errored, Not Charged", CostRule::NotCharged),
        ("Errored, No Charge", CostRule::NotCharged),
        ("Aborted, Not Charged", CostRule::NotCharged),
        ("aborted, not charged", CostRule::NotCharged),
        ("ERRORED, NO CHARGE", CostRule::NotCharged),
        ("é not chargeD", CostRule::NotCharged),
        ("Not Chargé", CostRule::PricedFirst),
        ("NO CHARG", CostRule::PricedFirst),
        ("N", CostRule::PricedFirst),
        ("Included", CostRule::PricedFirst),
        ("Included in Pro", CostRule::PricedFirst),
        ("Free", CostRule::PricedFirst),
        ("On-Demand", CostRule::PricedFirst),
        ("Usage-based", CostRule::PricedFirst),
        ("", CostRule::PricedFirst),
    ];
    for (kind, rule) in cases {
        let m = row("2026-01-01", kind, "auto", ["1", "1", "1", "1"], "0.20");
        assert_eq!(m.cost_rule, rule, "{:?}", kind);
    }
}

#[test]
fn a_not_charged_row_keeps_its_tokens_and_its_cost_cell() {
    let m = row(
        "2026-01-01",
        "Errored, No Charge",
        "auto",
        ["74113", "14", "425122", "2098"],
        "0.28",
    );
    assert_eq!(m.total_tokens(), 74113 + 14 + 425122 + 2098);
    assert_eq!(m.reported_cost_picos, 280_000_000_000);
}

#[test]
fn cost_cells_hold_amounts_or_say_none() {
    let cost =
        |cell: &str| row("2026-01-01", "", "auto", ["", "", "", ""], cell).reported_cost_picos;
    assert_eq!(cost("0.12"), 120_000_000_000);
    assert_eq!(cost("$0.12"), 120_000_000_000);
    assert_eq!(cost(" 0.12 "), 120_000_000_000);
    assert_eq!(cost("1,234.50"), 1_234_500_000_000_000);
    assert_eq!(cost("0"), 0);
    for none in ["Included", "-", "Free", "", "0,5", "12,34", "$", "-0.12"] {
        assert_eq!(cost(none), NO_REPORTED_COST, "{:?}", none);
    }
}

#[test]
fn no_cost_column_means_no_reported_cost() {
    let columns =
        CursorColumns::of(&CsvRecord::of(&["Date", "Model", "Output", "Requests"])).unwrap();
    let m = to_message(
        &CsvRecord::of(&["2026-01-01", "auto", "5", "1"]),
        &columns,
        &mut RowTexts::default(),
    )
    .unwrap();
    assert_eq!((m.output, m.reported_cost_picos), (5, NO_REPORTED_COST));
    assert_eq!(m.cost_rule, CostRule::PricedFirst);
}

#[test]
fn a_single_tokens_column_is_input_costed_from_the_csv_only() {
    let columns = CursorColumns::of(&CsvRecord::of(&[
        "Date", "User", "Kind", "Max Mode", "Model", "Tokens", "Cost ($)",
    ]))
    .unwrap();
    let cells = [
        "2025-08-10T09:17:47.114Z",
        "You",
        "Included in Pro",
        "No",
        "auto",
        "220637",
        "0.42",
    ];
    let m = to_message(&CsvRecord::of(&cells), &columns, &mut RowTexts::default()).unwrap();
    assert_eq!((m.input, m.total_tokens()), (220_637, 220_637));
    assert_eq!(m.reported_cost_picos, 420_000_000_000);
    assert_eq!(m.cost_rule, CostRule::ReportedOnly);
    let errored = [
        "2025-08-10T09:17:47.114Z",
        "You",
        "Errored, Not Charged",
        "No",
        "auto",
        "1",
        "0",
    ];
    assert_eq!(
        to_message(&CsvRecord::of(&errored), &columns, &mut RowTexts::default())
            .unwrap()
            .cost_rule,
        CostRule::NotCharged
    );
}

#[test]
fn says_not_charged_folds_ascii_case_only() {
    assert!(says_not_charged("ERRORED, NO CHARGE"));
    assert!(!says_not_charged("Charged"));
    assert!(!says_not_charged("NOT CHARGED".replace('O', "Ｏ").as_str()));
}
