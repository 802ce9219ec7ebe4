package io.github.badgeshelf.news;

import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.OfflineCopies;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The copies of some people's shelves, read in the background from the moment this is made, so the
 * reading overlaps the follow-list round trip instead of following it (issue 22's warm figure: the
 * disk and parse work of 200 copies is most of a warm run). Reading is disk and CPU only and never
 * throws for I/O ({@link OfflineCopies#load}); a name not read ahead is read when asked for.
 */
public final class KeptCopies {
    private static final KeptCopies NONE = new KeptCopies(CompletableFuture.completedFuture(Map.of()));

    /** By lower-case name: the copy, or empty where none is kept. */
    private final CompletableFuture<Map<String, Optional<Shelf>>> ahead;

    private KeptCopies(CompletableFuture<Map<String, Optional<Shelf>>> ahead) {
        this.ahead = ahead;
    }

    /** Nothing read ahead: every copy is read when asked for. */
    public static KeptCopies none() {
        return NONE;
    }

    /** Starts reading the copies of {@code users} on the common pool's threads. */
    static KeptCopies readAhead(OfflineCopies<String, Shelf> copies, Collection<String> users) {
        List<String> names = users.stream().map(KeptCopies::key).distinct().toList();
        if (names.isEmpty()) {
            return NONE;
        }
        return new KeptCopies(CompletableFuture.supplyAsync(() -> names.parallelStream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), copies::load))));
    }

    /**
     * Each person's copy or null, in order: those read ahead from that reading (waiting for it to
     * end), the rest read now, in parallel.
     */
    List<Shelf> shelvesOf(List<String> users, OfflineCopies<String, Shelf> copies) throws InterruptedException {
        Map<String, Optional<Shelf>> read;
        try {
            read = ahead.get();
        } catch (ExecutionException e) {
            // A bug in a reader, not a damaged file (those come back empty): let it show.
            throw new IllegalStateException("Could not read the kept copies", e.getCause());
        }
        return users.parallelStream().map(user -> {
            Optional<Shelf> readAhead = read.get(key(user));
            return (readAhead != null ? readAhead : copies.load(user)).orElse(null);
        }).toList();
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }
}
