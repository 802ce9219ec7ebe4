package io.github.badgeshelf.ui.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.badgeshelf.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Results arriving in a burst reach the UI thread as one task, in arrival order, none lost. */
class UiHandOffTest {

    /** A UI thread that runs its queued tasks only when the test says so. */
    private static final class HeldUiThread implements TaskExecutor {
        final List<Runnable> queued = new CopyOnWriteArrayList<>();

        @Override
        public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void runOnUiThread(Runnable action) {
            queued.add(action);
        }

        void runQueued() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aBurstOfResultsIsOneUiTaskInArrivalOrder() throws Exception {
        HeldUiThread ui = new HeldUiThread();
        UiHandOff handOff = new UiHandOff(ui);
        List<String> ran = new CopyOnWriteArrayList<>();
        Thread arrivals = new Thread(() -> {
            for (int i = 1; i <= 3; i++) {
                String name = "icon" + i;
                handOff.run(() -> ran.add(name));
            }
        });
        arrivals.start();
        arrivals.join();

        assertThat(ui.queued).hasSize(1);
        assertThat(ran).isEmpty();
        ui.runQueued();
        assertThat(ran).containsExactly("icon1", "icon2", "icon3");
    }

    @Test
    void aResultArrivingAfterABatchRanGetsABatchOfItsOwn() {
        HeldUiThread ui = new HeldUiThread();
        UiHandOff handOff = new UiHandOff(ui);
        List<String> ran = new ArrayList<>();
        handOff.run(() -> ran.add("first"));
        ui.runQueued();
        handOff.run(() -> ran.add("second"));

        assertThat(ui.queued).hasSize(1);
        ui.runQueued();
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void anActionThatHandsOffAnotherDuringTheBatchIsNotLost() {
        HeldUiThread ui = new HeldUiThread();
        UiHandOff handOff = new UiHandOff(ui);
        List<String> ran = new ArrayList<>();
        handOff.run(() -> {
            ran.add("outer");
            handOff.run(() -> ran.add("inner"));
        });
        ui.runQueued();

        assertThat(ran).containsExactly("outer", "inner");
        assertThat(ui.queued).hasSize(1); // scheduled again, finds nothing left: harmless
    }
}
