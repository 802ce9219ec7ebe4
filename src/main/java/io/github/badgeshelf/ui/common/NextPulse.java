package io.github.badgeshelf.ui.common;

import javafx.animation.AnimationTimer;

/**
 * Runs an action on the FX thread after the next pulse has been laid out and painted, so that
 * what changed before (say, counters) reaches the screen without waiting for the action's work
 * (say, filling a grid with a big shelf). Requests made before the action ran collapse into one.
 */
public final class NextPulse {
    private final Runnable action;
    private final AnimationTimer timer = new AnimationTimer() {
        private boolean pulsed;

        @Override
        public void start() {
            pulsed = false;
            super.start();
        }

        @Override
        public void handle(long now) {
            // Timers run at the start of a pulse: the first call opens the pulse that paints the
            // earlier changes; the action runs at the start of the following one.
            if (!pulsed) {
                pulsed = true;
                return;
            }
            stop();
            action.run();
        }
    };

    public NextPulse(Runnable action) {
        this.action = action;
    }

    /** FX thread only. */
    public void requestAfterNextPulse() {
        timer.start();
    }
}
