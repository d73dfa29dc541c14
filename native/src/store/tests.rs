use super::*;

/// A little-endian blob written out field by field, as docs/abi.md lays it out.
#[derive(Default)]
struct Blob(Vec<u8>);

impl Blob {
    fn u8(mut self, v: u8) -> Blob {
        self.0.push(v);
        self
    }
    fn u32(mut self, v: u32) -> Blob {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    fn i64(mut self, v: i64) -> Blob {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    fn bytes(self, v: &[u8]) -> Blob {
        let mut b = self.u32(v.len() as u32);
        b.0.extend_from_slice(v);
        b
    }
}

fn one_store_header(rows: u32) -> Blob {
    Blob::default()
        .u32(1)
        .bytes(b"/d/opencode.db")
        .u8(1)
        .u32(rows)
}

#[test]
fn an_empty_blob_is_no_store() {
    assert_eq!(decode(&[]), Ok(Vec::new()));
    assert_eq!(decode(&Blob::default().u32(0).0), Ok(Vec::new()));
}

#[test]
fn decodes_every_column_combination_of_a_hand_built_blob() {
    let blob = one_store_header(3)
        // all four columns
        .u8(0b1111)
        .bytes(b"msg_a")
        .bytes(b"ses_1")
        .i64(1_781_674_674_287)
        .bytes(b"{\"role\":\"assistant\"}")
        // only data, and raw bytes that are not UTF-8 (the JSON reader judges them)
        .u8(0b1000)
        .bytes(b"\xff{}")
        // nothing at all: a row whose data was neither text nor a blob
        .u8(0)
        .0;
    let stores = decode(&blob).unwrap();
    assert_eq!(
        stores,
        vec![Store {
            path: PathBuf::from("/d/opencode.db"),
            readable: true,
            rows: vec![
                StoreRow {
                    id: Some("msg_a".to_string()),
                    session_id: Some("ses_1".to_string()),
                    time_created: Some(1_781_674_674_287),
                    data: Some(b"{\"role\":\"assistant\"}".to_vec()),
                },
                StoreRow {
                    id: None,
                    session_id: None,
                    time_created: None,
                    data: Some(b"\xff{}".to_vec()),
                },
                StoreRow {
                    id: None,
                    session_id: None,
                    time_created: None,
                    data: None,
                },
            ],
        }]
    );
    assert_eq!(encode(&stores), blob, "encode writes what Java writes");
}

#[test]
fn an_unreadable_store_has_a_path_and_no_rows() {
    let blob = Blob::default()
        .u32(1)
        .bytes("/d/ü/opencode.db".as_bytes())
        .u8(0)
        .u32(0)
        .0;
    let stores = decode(&blob).unwrap();
    assert_eq!(stores[0].path, PathBuf::from("/d/ü/opencode.db"));
    assert!(!stores[0].readable && stores[0].rows.is_empty());
}

#[test]
fn empty_texts_and_data_are_present_not_absent() {
    let blob = one_store_header(1)
        .u8(0b1011)
        .bytes(b"")
        .bytes(b"")
        .bytes(b"")
        .0;
    let row = &decode(&blob).unwrap()[0].rows[0];
    assert_eq!(row.id.as_deref(), Some(""));
    assert_eq!(row.session_id.as_deref(), Some(""));
    assert_eq!(row.data.as_deref(), Some(&b""[..]));
}

fn error_of(blob: &[u8]) -> String {
    decode(blob).unwrap_err()
}

#[test]
fn every_truncation_is_an_error() {
    let blob = one_store_header(1)
        .u8(0b1111)
        .bytes(b"msg_a")
        .bytes(b"ses_1")
        .i64(7)
        .bytes(b"{}")
        .0;
    assert!(decode(&blob).is_ok());
    for len in 1..blob.len() {
        let message = error_of(&blob[..len]);
        assert!(
            message.contains("truncated") || message.contains("cannot fit"),
            "{} bytes: {}",
            len,
            message
        );
    }
}

#[test]
fn counts_larger_than_the_blob_are_errors_before_allocation() {
    assert!(error_of(&Blob::default().u32(u32::MAX).0).contains("store_count"));
    let rows = one_store_header(u32::MAX).0;
    assert!(error_of(&rows).contains("row_count"));
    let long_text = Blob::default().u32(1).u32(u32::MAX).u8(1).u32(0).0;
    assert!(error_of(&long_text).contains("truncated: path"));
}

#[test]
fn invalid_utf8_in_a_text_column_is_an_error() {
    let id = one_store_header(1).u8(0b0001).bytes(b"msg_\xc3").0;
    assert!(
        error_of(&id).contains("id at offset 28 is not UTF-8"),
        "{}",
        error_of(&id)
    );
    let session = one_store_header(1).u8(0b0010).bytes(b"\xed\xa0\x80").0;
    assert!(error_of(&session).contains("session_id at offset"));
    assert!(error_of(&session).contains("is not UTF-8"));
    let path = Blob::default().u32(1).bytes(b"/d/\xff").u8(1).u32(0).0;
    assert!(error_of(&path).contains("path at offset 4 is not UTF-8"));
}

#[test]
fn values_java_never_writes_are_errors() {
    let flags = one_store_header(1).u8(0b1_0000).0;
    assert!(error_of(&flags).contains("unknown bits"));
    let readable = Blob::default().u32(1).bytes(b"/p").u8(2).u32(0).0;
    assert!(error_of(&readable).contains("readable is 2"));
    let unreadable_rows = Blob::default().u32(1).bytes(b"/p").u8(0).u32(1).u8(0).0;
    assert!(error_of(&unreadable_rows).contains("unreadable store with 1 rows"));
    let negative = one_store_header(1).u8(0b0100).i64(-1).0;
    assert!(error_of(&negative).contains("negative"));
    let trailing = one_store_header(0).u8(0).0;
    assert!(error_of(&trailing).contains("1 bytes after the last store"));
}

#[test]
fn errors_say_which_store_and_row() {
    let blob = one_store_header(2).u8(0).u8(0b0001).0;
    assert_eq!(
        error_of(&blob),
        "store 0: row 1: truncated: id needs 4 bytes at offset 29, 0 left"
    );
}
