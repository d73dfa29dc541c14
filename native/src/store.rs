//! Decoding of the OpenCode store rows Java hands over (docs/abi.md, "Store rows"; written by
//! Java `engine.NativePayloads.storeRows`, rows as Java `source.opencode.StoreRow`).
//!
//! The library has no SQLite: Java reads the `message` table of `opencode.db` (with the column
//! type rules of `OpenCodeStore`) and sends the rows in this little-endian layout. The decoder is
//! strict — a truncated blob, a count larger than the bytes left, a flag byte with unknown bits,
//! invalid UTF-8 in a text column, or bytes after the last store is an error — because any of
//! these means the two sides disagree on the layout, and guessing would give a silently wrong
//! report.

use crate::binary::LeReader;
use std::path::PathBuf;

/// One `opencode.db` as Java found it: its path (which takes part in record order like a file),
/// whether it could be read, and its `message` rows in rowid order (none when unreadable).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub path: PathBuf,
    /// False when the store could not be read: it then counts as one unreadable file.
    pub readable: bool,
    pub rows: Vec<StoreRow>,
}

/// One row of the `message` table, each column kept only when it holds the type OpenCode
/// writes (Java `StoreRow`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreRow {
    /// The `id` column when it is text.
    pub id: Option<String>,
    /// The `session_id` column when it is text.
    pub session_id: Option<String>,
    /// The `time_created` column when it is a non-negative integer (Unix ms).
    pub time_created: Option<i64>,
    /// The `data` column's raw bytes when it is text or a blob; `None` makes the row malformed.
    pub data: Option<Vec<u8>>,
}

const HAS_ID: u8 = 1;
const HAS_SESSION_ID: u8 = 2;
const HAS_TIME_CREATED: u8 = 4;
const HAS_DATA: u8 = 8;
const KNOWN_BITS: u8 = HAS_ID | HAS_SESSION_ID | HAS_TIME_CREATED | HAS_DATA;

/// Reads the stores of a "Store rows" blob. An empty blob (nothing sent) is no store.
pub fn decode(blob: &[u8]) -> Result<Vec<Store>, String> {
    if blob.is_empty() {
        return Ok(Vec::new());
    }
    let mut reader = LeReader::new(blob);
    let count = reader.count("store_count", 1 + 4 + 4)?;
    let mut stores = Vec::with_capacity(count);
    for s in 0..count {
        stores.push(read_store(&mut reader).map_err(|e| format!("store {}: {}", s, e))?);
    }
    if reader.remaining() != 0 {
        return Err(format!(
            "store rows: {} bytes after the last store",
            reader.remaining()
        ));
    }
    Ok(stores)
}

fn read_store(reader: &mut LeReader) -> Result<Store, String> {
    let path = PathBuf::from(reader.text("path")?);
    let readable = match reader.u8("readable")? {
        0 => false,
        1 => true,
        other => return Err(format!("readable is {}, not 0 or 1", other)),
    };
    // The smallest row is its flag byte alone.
    let count = reader.count("row_count", 1)?;
    if !readable && count > 0 {
        return Err(format!("an unreadable store with {} rows", count));
    }
    let mut rows = Vec::with_capacity(count);
    for r in 0..count {
        rows.push(read_row(reader).map_err(|e| format!("row {}: {}", r, e))?);
    }
    Ok(Store {
        path,
        readable,
        rows,
    })
}

fn read_row(reader: &mut LeReader) -> Result<StoreRow, String> {
    let present = reader.u8("present")?;
    if present & !KNOWN_BITS != 0 {
        return Err(format!("present flags {:#04x} have unknown bits", present));
    }
    let id = match present & HAS_ID {
        0 => None,
        _ => Some(reader.text("id")?.to_string()),
    };
    let session_id = match present & HAS_SESSION_ID {
        0 => None,
        _ => Some(reader.text("session_id")?.to_string()),
    };
    let time_created = match present & HAS_TIME_CREATED {
        0 => None,
        _ => {
            let ms = reader.i64("time_created")?;
            if ms < 0 {
                return Err(format!("time_created {} is negative", ms));
            }
            Some(ms)
        }
    };
    let data = match present & HAS_DATA {
        0 => None,
        _ => Some(reader.bytes("data")?.to_vec()),
    };
    Ok(StoreRow {
        id,
        session_id,
        time_created,
        data,
    })
}

/// The blob of `stores`, byte for byte as Java's `NativePayloads.storeRows` writes it (for tests
/// and tools that stand in for Java).
pub fn encode(stores: &[Store]) -> Vec<u8> {
    fn bytes(out: &mut Vec<u8>, value: &[u8]) {
        out.extend_from_slice(&(value.len() as u32).to_le_bytes());
        out.extend_from_slice(value);
    }
    let mut out = Vec::new();
    out.extend_from_slice(&(stores.len() as u32).to_le_bytes());
    for store in stores {
        bytes(&mut out, store.path.to_string_lossy().as_bytes());
        out.push(u8::from(store.readable));
        out.extend_from_slice(&(store.rows.len() as u32).to_le_bytes());
        for row in &store.rows {
            let flag = |present: bool, bit: u8| if present { bit } else { 0 };
            out.push(
                flag(row.id.is_some(), HAS_ID)
                    | flag(row.session_id.is_some(), HAS_SESSION_ID)
                    | flag(row.time_created.is_some(), HAS_TIME_CREATED)
                    | flag(row.data.is_some(), HAS_DATA),
            );
            if let Some(id) = &row.id {
                bytes(&mut out, id.as_bytes());
            }
            if let Some(session_id) = &row.session_id {
                bytes(&mut out, session_id.as_bytes());
            }
            if let Some(ms) = row.time_created {
                out.extend_from_slice(&ms.to_le_bytes());
            }
            if let Some(data) = &row.data {
                bytes(&mut out, data);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
