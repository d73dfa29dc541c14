package dev.tokentracker.cursor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body in memory, up to a cap, and insists that it is complete: a body larger
 * than the cap is abandoned as soon as that is known (from {@code Content-Length}, or while
 * reading), and a body that ends before its declared {@code Content-Length} is a failure, whatever
 * the HTTP client made of it. Either failure completes the body with one of the two exceptions
 * below, which {@link CursorApi} turns into a {@link CursorApiException}.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body is larger than the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body larger than the cap", null);
        }
    }

    /** The body ended before its declared length. */
    static final class Truncated extends IOException {
        private static final long serialVersionUID = 1L;

        Truncated(long received, long declared) {
            super("received " + received + " of " + declared + " bytes", null);
        }
    }

    private final long cap;
    private final long declaredLength;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /**
     * @param cap            the largest body accepted, in bytes
     * @param declaredLength the {@code Content-Length}, or -1 when the response has none
     */
    CappedBody(long cap, long declaredLength) {
        this.cap = cap;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > cap) {
            s.cancel();
            body.completeExceptionally(new TooLarge());
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > cap) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        if (declaredLength >= 0 && buffer.size() != declaredLength) {
            body.completeExceptionally(new Truncated(buffer.size(), declaredLength));
            return;
        }
        body.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
