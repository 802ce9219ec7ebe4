package io.github.badgeshelf.images;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded icons, least recently used evicted first, bounded by the total decoded weight rather
 * than a count so that HiDPI sizes are accounted for honestly. Every method is short and
 * synchronized: the FX thread calls {@link #get} for every tile it shows.
 */
final class MemoryIconCache<T> {

    record Key(String url, int sizePx) {
    }

    private record Entry<T>(T icon, long weight) {
    }

    private final long budgetBytes;
    private final LinkedHashMap<Key, Entry<T>> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long totalBytes;

    MemoryIconCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    synchronized Optional<T> get(Key key) {
        Entry<T> entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.icon());
    }

    synchronized void put(Key key, T icon, long weight) {
        Entry<T> old = entries.remove(key);
        if (old != null) {
            totalBytes -= old.weight();
        }
        if (weight > budgetBytes) {
            return; // would evict everything else and still not fit
        }
        entries.put(key, new Entry<>(icon, Math.max(0, weight)));
        totalBytes += Math.max(0, weight);
        Iterator<Map.Entry<Key, Entry<T>>> eldestFirst = entries.entrySet().iterator();
        while (totalBytes > budgetBytes && eldestFirst.hasNext()) {
            totalBytes -= eldestFirst.next().getValue().weight();
            eldestFirst.remove();
        }
    }

    synchronized long totalBytes() {
        return totalBytes;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
        totalBytes = 0;
    }
}
