package io.github.badgeshelf.ui.compare;

import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.Loaded;
import io.github.badgeshelf.ui.common.ErrorMessages;
import io.github.badgeshelf.ui.common.Retries;
import io.github.badgeshelf.ui.i18n.Messages;

import java.util.EnumMap;
import java.util.Map;

/**
 * One comparison asked for, and its two shelves as they arrive, each a shelf or a failure.
 * {@code shown} is the shelf on screen, used as it is for the left side when it is that user's.
 * FX thread only.
 */
final class ComparisonRequest {
    /** Which of the two shelves. */
    enum Side { LEFT, RIGHT }

    final long ticket;
    final String left;
    final String right;
    private final Map<Side, Loaded<Shelf>> loaded = new EnumMap<>(Side.class);
    private final Map<Side, Throwable> failed = new EnumMap<>(Side.class);

    ComparisonRequest(long ticket, Shelf shown, String left, String right) {
        this.ticket = ticket;
        this.left = left;
        this.right = right;
        if (shown != null && shown.profile().user() != null && shown.profile().user().equalsIgnoreCase(left)) {
            loaded.put(Side.LEFT, Loaded.fresh(shown));
        }
    }

    boolean has(Side side) {
        return loaded.containsKey(side);
    }

    void arrived(Side side, Loaded<Shelf> shelf) {
        loaded.put(side, shelf);
    }

    void failed(Side side, Throwable failure) {
        failed.put(side, failure);
    }

    boolean settled() {
        return loaded.size() + failed.size() == 2;
    }

    boolean anyFailed() {
        return !failed.isEmpty();
    }

    Loaded<Shelf> loaded(Side side) {
        return loaded.get(side);
    }

    String user(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** Whether this asks for {@code l} with {@code r}, ignoring case as the server does. */
    boolean isOf(String l, String r) {
        return left.equalsIgnoreCase(l) && right.equalsIgnoreCase(r);
    }

    /** Which side (or both) could not be loaded, and why, in plain words. */
    /** Whether asking again could help: not when a side's user does not exist or the key was refused. */
    boolean retryCanHelp() {
        return failed.values().stream().anyMatch(Retries::canHelp);
    }

    String describeFailure() {
        Throwable l = failed.get(Side.LEFT);
        Throwable r = failed.get(Side.RIGHT);
        if (l != null && r != null) {
            String lw = ErrorMessages.describe(l, left);
            String rw = ErrorMessages.describe(r, right);
            return lw.equals(rw) ? Messages.format("compare.failed.both", lw)
                    : Messages.format("compare.failed.left", left, lw) + " " + Messages.format("compare.failed.right", right, rw);
        }
        return l != null
                ? Messages.format("compare.failed.left", left, ErrorMessages.describe(l, left))
                : Messages.format("compare.failed.right", right, ErrorMessages.describe(r, right));
    }
}
