package dev.tokentracker.ffi;

/** The native status codes of {@code include/token_tracker.h}; numbers are never reused. */
public enum NativeStatus {
    OK(0),
    INVALID_ARGUMENT(1),
    BAD_REQUEST(2),
    IO_ERROR(3),
    PANIC(99),
    /** A code this build does not know (a newer library would have a newer ABI version). */
    UNKNOWN(-1);

    private final int code;

    NativeStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static NativeStatus of(int code) {
        for (NativeStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
