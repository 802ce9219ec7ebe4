package io.github.badgeshelf.lastlooked;

import io.github.badgeshelf.files.UnkeptWrites;
import io.github.badgeshelf.model.Shelf;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One viewer's looks during one session: told each time a shelf is put on screen, it says which
 * awards are new and notes the look. The rule:
 * <ul>
 *   <li>Arriving at a user's shelf (any other shelf was on screen before) compares with the look
 *       kept for that user; the first look at a user marks nothing.</li>
 *   <li>While the person stays on that shelf (refresh, retry, a game page and back), the same
 *       moment stays the reference, so marks do not vanish on a refresh and awards that arrive
 *       meanwhile join them; after a first look the reference is that first look.</li>
 *   <li>A look is noted as the time the shown data was fetched ({@link Shelf#fetchedAt()}): a
 *       shelf from memory or an offline copy is as old as its fetch, and a time never moves back.</li>
 * </ul>
 * Only shelves shown to the person come here; background fetches (comparisons, news) do not.
 * FX thread only (or one thread); the store is saved on {@code writer}.
 */
public final class ShelfLooks {
    private static final Logger LOG = Logger.getLogger(ShelfLooks.class.getName());

    private final LastLookedStore store;
    private final Viewer viewer;
    private final Executor writer;
    private final UnkeptWrites unkept;
    /** The user whose shelf is on screen (store key), or null before the first. */
    private String stayingWith;
    /** What the shelf on screen is compared with; null on a first look until it is noted. */
    private Instant reference;

    public ShelfLooks(LastLookedStore store, Viewer viewer, Executor writer) {
        this(store, viewer, writer, new UnkeptWrites());
    }

    /** As above; a save that fails is also told to {@code unkept} (the window says it once). */
    public ShelfLooks(LastLookedStore store, Viewer viewer, Executor writer, UnkeptWrites unkept) {
        this.store = Objects.requireNonNull(store, "store");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.unkept = Objects.requireNonNull(unkept, "unkept");
    }

    /** The shelf is on screen now: the awards to mark, and the look noted. */
    public NewAwards shown(Shelf shelf, String requested) {
        String user = Viewer.userKey(shelf.profile().user() != null ? shelf.profile().user() : requested);
        if (!user.equals(stayingWith)) {
            stayingWith = user;
            reference = store.lastLooked(viewer, user).orElse(null);
        }
        NewAwards marks = reference == null ? NewAwards.NONE
                : NewAwards.since(reference, shelf.awards().visibleAwards());
        Instant seen = shelf.fetchedAt();
        if (reference == null) {
            reference = seen;
        }
        if (seen != null && store.record(viewer, user, seen)) {
            save();
        }
        return marks;
    }

    private void save() {
        Runnable write = () -> {
            try {
                store.save();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not save when shelves were last looked at", e);
                unkept.failed(e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not save when shelves were last looked at", e);
            }
        };
        try {
            writer.execute(write);
        } catch (RejectedExecutionException shuttingDown) {
            write.run();
        }
    }
}
