//! The report time zone as a table of UTC offsets (mirrors Java `report.ZoneTable`). To be written.
