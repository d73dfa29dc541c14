package dev.tokentracker.ffi;

/** A native call returned an error status; the message is the library's own. */
public final class NativeException extends Exception {

    private final NativeStatus status;

    public NativeException(NativeStatus status, String message) {
        super("native " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (message.isEmpty() ? "" : ": " + message));
        this.status = status;
    }

    public NativeStatus status() {
        return status;
    }
}
