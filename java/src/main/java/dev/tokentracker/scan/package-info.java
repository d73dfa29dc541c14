/**
 * Reading bytes: the lexical layer every parser stands on, written by hand so that the Java and
 * the native engine accept and reject exactly the same input.
 *
 * <ul>
 *   <li>{@link dev.tokentracker.scan.JsonReader} — a strict RFC 8259 pull reader over one record
 *       (strict UTF-8, paired surrogates, exact number grammar, depth 512, optional leading BOM,
 *       nothing but whitespace after the value), with {@code JsonString} (string validation and
 *       decoding) and {@code Utf8} (the rules of Rust's {@code str::from_utf8}) behind it;
 *   <li>{@link dev.tokentracker.scan.NumberText} — the JSON number grammar and exact integer
 *       conversions (token counts 0..2^63-1);
 *   <li>{@link dev.tokentracker.scan.Timestamps} — RFC 3339 and Cursor CSV dates to Unix
 *       milliseconds;
 *   <li>{@link dev.tokentracker.scan.DecimalAmount} — decimal dollar text to integer picodollars,
 *       exact, half to even at the twelfth decimal;
 *   <li>{@link dev.tokentracker.scan.MalformedRecordException} — the one way this layer says "this
 *       record breaks the rules"; callers count it, it never aborts a run.
 * </ul>
 *
 * <p>Nothing here knows about sources, files or messages. The grammar is pinned by the shared
 * vectors under {@code testdata/json/}, {@code testdata/timestamps/} and {@code testdata/amounts/},
 * which the native engine's tests read too.
 */
package dev.tokentracker.scan;
