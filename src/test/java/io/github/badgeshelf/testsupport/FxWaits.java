package io.github.badgeshelf.testsupport;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** For TestFX tests that drive a grid themselves: work on the FX thread, and waiting for a state read there. */
public final class FxWaits {
    private FxWaits() {
    }

    /** Runs {@code work} on the FX thread and returns its result (30 s at most). */
    public static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread until it holds; fails naming {@code what} after 60 s. */
    public static void waitUntil(Callable<Boolean> condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }
}
