use super::*;

fn text(buf: &TtBuf) -> String {
    if buf.ptr.is_null() {
        return String::new();
    }
    // SAFETY: the buffer was filled by this library and not freed yet.
    let bytes = unsafe { std::slice::from_raw_parts(buf.ptr, buf.len) };
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn request(home: &str) -> Vec<u8> {
    format!(
        "{{\"sources\":[\"claude\"],\"claudeRoots\":[\"{h}/.claude/projects\"],\
         \"codexRoots\":[],\"geminiTmp\":\"{h}/g\",\"openCodeData\":\"{h}/o\",\"threads\":1}}",
        h = home
    )
    .into_bytes()
}

/// Runs tt_parse_local_sources; returns (status, handle, stats, err).
fn parse(request: &[u8]) -> (i32, *mut TtLocal, String, String) {
    let (mut local, mut stats, mut err) = (ptr::null_mut(), TtBuf::EMPTY, TtBuf::EMPTY);
    // SAFETY: valid input slice and output pointers.
    let status = unsafe {
        tt_parse_local_sources(
            request.as_ptr(),
            request.len(),
            ptr::null(),
            0,
            &mut local,
            &mut stats,
            &mut err,
        )
    };
    let result = (status, local, text(&stats), text(&err));
    // SAFETY: both were filled by the call (or are empty).
    unsafe {
        tt_buf_free(&mut stats);
        tt_buf_free(&mut err);
    }
    result
}

#[test]
fn a_parse_gives_a_handle_whose_dump_has_the_counts() {
    let (status, local, stats, err) = parse(&request("/nonexistent/home"));
    assert_eq!(status, TT_OK, "{}", err);
    assert!(!local.is_null());
    assert!(stats.contains("\"claude\":{\"filesRead\":0"), "{}", stats);
    let (mut out, mut err) = (TtBuf::EMPTY, TtBuf::EMPTY);
    // SAFETY: a live handle and valid output pointers.
    unsafe {
        assert_eq!(tt_local_dump(local, &mut out, &mut err), TT_OK);
        assert!(
            text(&out).starts_with("{\"stats\":{\"filesRead\":0,"),
            "{}",
            text(&out)
        );
        tt_buf_free(&mut out);
        assert!(
            out.ptr.is_null() && out.len == 0,
            "freeing zeroes the buffer"
        );
        tt_buf_free(&mut out);
        tt_local_release(local);
        tt_local_release(ptr::null_mut());
    }
}

#[test]
fn a_bad_request_is_a_status_with_the_message() {
    let (status, local, stats, err) = parse(b"{\"sources\":");
    assert_eq!(status, TT_BAD_REQUEST);
    assert!(local.is_null());
    assert!(stats.is_empty());
    assert!(err.starts_with("bad parse request: not JSON"), "{}", err);
}

#[test]
fn null_pointers_and_impossible_lengths_are_invalid_arguments() {
    let mut err = TtBuf::EMPTY;
    let (mut local, mut stats) = (ptr::null_mut(), TtBuf::EMPTY);
    // SAFETY: every pointer that is not null is valid; the library must check the null ones.
    unsafe {
        let status = tt_parse_local_sources(
            ptr::null(),
            5,
            ptr::null(),
            0,
            &mut local,
            &mut stats,
            &mut err,
        );
        assert_eq!(status, TT_INVALID_ARGUMENT);
        assert_eq!(text(&err), "request is NULL with length 5");
        tt_buf_free(&mut err);
        let request = request("/x");
        let status = tt_parse_local_sources(
            request.as_ptr(),
            request.len(),
            ptr::null(),
            0,
            ptr::null_mut(),
            &mut stats,
            &mut err,
        );
        assert_eq!(status, TT_INVALID_ARGUMENT);
        tt_buf_free(&mut err);
        let mut out = TtBuf::EMPTY;
        let status = tt_finalize_report(
            ptr::null(),
            request.as_ptr(),
            request.len(),
            ptr::null(),
            0,
            ptr::null(),
            0,
            &mut out,
            &mut err,
        );
        assert_eq!(status, TT_INVALID_ARGUMENT);
        assert_eq!(text(&err), "the local handle is NULL");
        tt_buf_free(&mut err);
        assert_eq!(
            tt_local_dump(ptr::null(), &mut out, ptr::null_mut()),
            TT_INVALID_ARGUMENT
        );
    }
}

#[test]
fn a_panic_becomes_a_status_with_its_message_and_place_and_calls_keep_working() {
    for _ in 0..2 {
        let mut err = TtBuf::EMPTY;
        // SAFETY: a valid output pointer.
        let status = unsafe { tt_test_panic(&mut err) };
        assert_eq!(status, TT_PANIC);
        let message = text(&err);
        assert!(
            message.starts_with("native panic: tt_test_panic was called (at "),
            "{}",
            message
        );
        assert!(message.contains("ffi.rs:"), "{}", message);
        // SAFETY: filled by the call.
        unsafe { tt_buf_free(&mut err) };
    }
    assert_eq!(parse(&request("/nonexistent")).0, TT_OK);
}

#[test]
fn exports_report_the_crate_constants() {
    use std::ffi::CStr;
    assert_eq!(tt_abi_version(), version::ABI_VERSION);
    // SAFETY: tt_version returns a pointer to a static NUL-terminated string.
    let text = unsafe { CStr::from_ptr(tt_version()) }.to_str().unwrap();
    assert_eq!(text, version::VERSION_STRING.trim_end_matches('\0'));
}
