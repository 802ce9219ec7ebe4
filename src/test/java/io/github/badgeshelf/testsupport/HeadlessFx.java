package io.github.badgeshelf.testsupport;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * JavaFX from a plain main() (the benchmark, the screenshot tool): Monocle started headless, work
 * run on the FX thread and waited for, conditions polled.
 */
public final class HeadlessFx {
    private HeadlessFx() {
    }

    public static void startHeadless() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        // Monocle paints nothing larger than its virtual screen.
        System.setProperty("headless.geometry", "1600x1000-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        // Each measurement closes its window before the next opens; the toolkit must outlive them.
        Platform.setImplicitExit(false);
    }

    public static <T> T call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX work failed", e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Polls {@code condition} on the FX thread until it holds; false on timeout. */
    public static boolean await(BooleanSupplier condition, long timeoutMillis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < end) {
            if (call(condition::getAsBoolean)) {
                return true;
            }
            sleep(10);
        }
        return false;
    }

    public static void require(BooleanSupplier condition, long timeoutMillis, String what) {
        if (!await(condition, timeoutMillis)) {
            throw new IllegalStateException("Timed out after " + timeoutMillis + " ms waiting for " + what);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
