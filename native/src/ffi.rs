//! The C ABI (see `include/token_tracker.h` for the contract in prose).
//!
//! This is the only module allowed to use `unsafe` and `extern "C"`. It only moves bytes:
//! pointers are checked and turned into slices, results are handed over in library-owned
//! buffers, and the work itself is in [`crate::engine`]. Every export that does work runs inside
//! [`boundary`], which turns a panic into `TT_PANIC` instead of unwinding into the JVM.

#![allow(unsafe_code)]

use crate::engine::{self, Failure, LocalData};
use crate::report::ReportKind;
use crate::version;
use std::cell::{Cell, RefCell};
use std::os::raw::c_char;
use std::panic::{self, AssertUnwindSafe};
use std::ptr;
use std::sync::Once;

pub const TT_OK: i32 = 0;
pub const TT_INVALID_ARGUMENT: i32 = 1;
pub const TT_BAD_REQUEST: i32 = 2;
pub const TT_IO_ERROR: i32 = 3;
pub const TT_PANIC: i32 = 99;

/// `tt_buf`: bytes allocated here, given back through [`tt_buf_free`].
#[repr(C)]
#[derive(Debug)]
pub struct TtBuf {
    pub ptr: *mut u8,
    pub len: usize,
}

impl TtBuf {
    pub const EMPTY: TtBuf = TtBuf {
        ptr: ptr::null_mut(),
        len: 0,
    };
}

/// `tt_local`: phase 1's messages, owned by the caller until [`tt_local_release`].
pub struct TtLocal(LocalData);

/// `TT_ABI_VERSION` of the built library.
#[no_mangle]
pub extern "C" fn tt_abi_version() -> u32 {
    version::ABI_VERSION
}

/// A static, NUL-terminated version string; never freed.
#[no_mangle]
pub extern "C" fn tt_version() -> *const c_char {
    version::VERSION_STRING.as_ptr() as *const c_char
}

/// Phase 1 (header: `tt_parse_local_sources`).
///
/// # Safety
/// Pointers follow the header's rules: inputs valid for their lengths (or NULL with length 0),
/// outputs valid for writing.
#[no_mangle]
pub unsafe extern "C" fn tt_parse_local_sources(
    request: *const u8,
    request_len: usize,
    store: *const u8,
    store_len: usize,
    out_local: *mut *mut TtLocal,
    out_stats: *mut TtBuf,
    err: *mut TtBuf,
) -> i32 {
    if out_local.is_null() || out_stats.is_null() {
        return report_failure(err, Failure::InvalidArgument("null output pointer".into()));
    }
    *out_local = ptr::null_mut();
    *out_stats = TtBuf::EMPTY;
    boundary(err, || {
        let request = input(request, request_len, "request")?;
        let store = input(store, store_len, "store")?;
        let local = engine::parse_local_sources(request, store)?;
        release_free_memory();
        *out_stats = fill(local.stats_json().into_bytes());
        *out_local = Box::into_raw(Box::new(TtLocal(local)));
        Ok(())
    })
}

/// Gives the memory phase 1 freed back to the system. Its per-file results were allocated on
/// the parse threads, and glibc keeps what such threads free in their own arenas, resident,
/// while the JVM goes on growing for phase 2; the run's peak memory is the sum of both.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn release_free_memory() {
    extern "C" {
        fn malloc_trim(pad: usize) -> i32;
    }
    // SAFETY: glibc's malloc_trim takes no pointer and may be called at any time.
    unsafe {
        malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release_free_memory() {}

/// Phase 2 for one report kind; the four `tt_finalize_*` exports share it (hence the C
/// signature's argument count).
#[allow(clippy::too_many_arguments)]
unsafe fn finalize(
    kind: ReportKind,
    local: *const TtLocal,
    request: *const u8,
    request_len: usize,
    prices: *const u8,
    prices_len: usize,
    zone: *const u8,
    zone_len: usize,
    out: *mut TtBuf,
    err: *mut TtBuf,
) -> i32 {
    if out.is_null() {
        return report_failure(err, Failure::InvalidArgument("null output pointer".into()));
    }
    *out = TtBuf::EMPTY;
    boundary(err, || {
        let local = handle(local)?;
        let request = input(request, request_len, "request")?;
        let prices = input(prices, prices_len, "prices")?;
        let zone = input(zone, zone_len, "zone")?;
        let report = engine::finalize(kind, &local.0, request, prices, zone)?;
        *out = fill(report.into_bytes());
        Ok(())
    })
}

macro_rules! finalize_export {
    ($name:ident, $kind:expr) => {
        /// Phase 2 (header: `tt_finalize_*`).
        ///
        /// # Safety
        /// As for [`tt_parse_local_sources`]; `local` is a live handle from it.
        #[no_mangle]
        pub unsafe extern "C" fn $name(
            local: *const TtLocal,
            request: *const u8,
            request_len: usize,
            prices: *const u8,
            prices_len: usize,
            zone: *const u8,
            zone_len: usize,
            out: *mut TtBuf,
            err: *mut TtBuf,
        ) -> i32 {
            finalize(
                $kind,
                local,
                request,
                request_len,
                prices,
                prices_len,
                zone,
                zone_len,
                out,
                err,
            )
        }
    };
}

finalize_export!(tt_finalize_report, ReportKind::Models);
finalize_export!(tt_finalize_monthly_report, ReportKind::Monthly);
finalize_export!(tt_finalize_daily_report, ReportKind::Daily);
finalize_export!(tt_finalize_graph, ReportKind::Graph);

/// The handle's messages as parse-golden text (header: `tt_local_dump`).
///
/// # Safety
/// `local` is a live handle; `out` and `err` are valid for writing.
#[no_mangle]
pub unsafe extern "C" fn tt_local_dump(
    local: *const TtLocal,
    out: *mut TtBuf,
    err: *mut TtBuf,
) -> i32 {
    if out.is_null() {
        return report_failure(err, Failure::InvalidArgument("null output pointer".into()));
    }
    *out = TtBuf::EMPTY;
    boundary(err, || {
        *out = fill(handle(local)?.0.dump().into_bytes());
        Ok(())
    })
}

/// Releases a handle; NULL is a no-op.
///
/// # Safety
/// `local` came from [`tt_parse_local_sources`] and is released once.
#[no_mangle]
pub unsafe extern "C" fn tt_local_release(local: *mut TtLocal) {
    if !local.is_null() {
        // Dropping frees memory only; it cannot panic in a way worth catching, but the
        // boundary rule holds for every export.
        let _ = panic::catch_unwind(AssertUnwindSafe(|| drop(Box::from_raw(local))));
    }
}

/// Frees a buffer this library filled and zeroes it; NULL or empty is a no-op.
///
/// # Safety
/// `buf` is NULL or points to a `tt_buf` filled by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn tt_buf_free(buf: *mut TtBuf) {
    if buf.is_null() || (*buf).ptr.is_null() {
        return;
    }
    let bytes = ptr::slice_from_raw_parts_mut((*buf).ptr, (*buf).len);
    drop(Box::from_raw(bytes));
    *buf = TtBuf::EMPTY;
}

/// Panics on purpose inside the boundary (header: `tt_test_panic`).
///
/// # Safety
/// `err` is NULL or valid for writing.
#[no_mangle]
pub unsafe extern "C" fn tt_test_panic(err: *mut TtBuf) -> i32 {
    boundary(err, || panic!("tt_test_panic was called"))
}

/// Runs `work`, turning its failure or its panic into a status and a message in `err`.
unsafe fn boundary<F>(err: *mut TtBuf, work: F) -> i32
where
    F: FnOnce() -> Result<(), Failure>,
{
    if !err.is_null() {
        *err = TtBuf::EMPTY;
    }
    install_quiet_panic_hook();
    IN_BOUNDARY.with(|flag| flag.set(true));
    let outcome = panic::catch_unwind(AssertUnwindSafe(work));
    IN_BOUNDARY.with(|flag| flag.set(false));
    match outcome {
        Ok(Ok(())) => TT_OK,
        Ok(Err(failure)) => report_failure(err, failure),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_string());
            let place = PANIC_PLACE
                .with(|p| p.borrow_mut().take())
                .unwrap_or_default();
            write_message(err, format!("native panic: {}{}", what, place));
            TT_PANIC
        }
    }
}

unsafe fn report_failure(err: *mut TtBuf, failure: Failure) -> i32 {
    let status = match failure {
        Failure::InvalidArgument(_) => TT_INVALID_ARGUMENT,
        Failure::BadRequest(_) => TT_BAD_REQUEST,
        Failure::Io(_) => TT_IO_ERROR,
    };
    write_message(err, failure.message().to_string());
    status
}

unsafe fn write_message(err: *mut TtBuf, message: String) {
    if !err.is_null() {
        *err = fill(message.into_bytes());
    }
}

thread_local! {
    static IN_BOUNDARY: Cell<bool> = const { Cell::new(false) };
    static PANIC_PLACE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A panic inside a boundary is reported through the status, so the default hook's printout
/// on stderr (in the middle of the user's report) is replaced by remembering where it
/// happened. Panics elsewhere (tests, threads outside a call) keep the previous hook.
fn install_quiet_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            // The parse pool's threads ("tt-parse-N") only run inside a call, whose boundary
            // receives their panic through the pool.
            let in_pool = std::thread::current()
                .name()
                .map_or(false, |name| name.starts_with("tt-parse-"));
            if in_pool || IN_BOUNDARY.with(|flag| flag.get()) {
                let place = info
                    .location()
                    .map(|l| format!(" (at {}:{})", l.file(), l.line()))
                    .unwrap_or_default();
                PANIC_PLACE.with(|p| *p.borrow_mut() = Some(place));
            } else {
                previous(info);
            }
        }));
    });
}

/// Hands bytes over to the caller; [`tt_buf_free`] takes them back.
fn fill(bytes: Vec<u8>) -> TtBuf {
    if bytes.is_empty() {
        return TtBuf::EMPTY;
    }
    let boxed = bytes.into_boxed_slice();
    let len = boxed.len();
    TtBuf {
        ptr: Box::into_raw(boxed) as *mut u8,
        len,
    }
}

/// A borrowed input: NULL is allowed with length 0 only.
unsafe fn input<'a>(data: *const u8, len: usize, name: &str) -> Result<&'a [u8], Failure> {
    if len == 0 {
        return Ok(&[]);
    }
    if data.is_null() {
        return Err(Failure::InvalidArgument(format!(
            "{} is NULL with length {}",
            name, len
        )));
    }
    if len > isize::MAX as usize {
        return Err(Failure::InvalidArgument(format!(
            "{} has an impossible length {}",
            name, len
        )));
    }
    Ok(std::slice::from_raw_parts(data, len))
}

unsafe fn handle<'a>(local: *const TtLocal) -> Result<&'a TtLocal, Failure> {
    local
        .as_ref()
        .ok_or_else(|| Failure::InvalidArgument("the local handle is NULL".into()))
}

#[cfg(test)]
mod tests;
