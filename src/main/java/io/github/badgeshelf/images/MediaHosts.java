package io.github.badgeshelf.images;

import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The media hosts as every icon pipeline of the app sees them: one HTTP client (so one HTTP/2
 * connection per host), and per host how many downloads run, how many may, and whether the host
 * asked us to wait. The window's tiles and the wall image decode differently (two pipelines,
 * two decoders) but download through one of these, so the host never sees more connections or
 * streams than one polite client opens, and a 429 or 503 pauses both.
 *
 * <p>Thread-safe. A pipeline sharing it is woken whenever another one frees a slot, so a queue
 * never waits for a slot that the other pipeline no longer uses.
 */
public final class MediaHosts {

    private final IconPipelineConfig limits;
    private final HttpClient client;
    private final Map<String, HostLane> lanes = new HashMap<>();
    private final List<Runnable> pumps = new CopyOnWriteArrayList<>();

    /**
     * @param limits the connection limits, pauses and HTTP client settings (the first pipeline's
     *               configuration; a pipeline sharing these hosts keeps its own caches and timeouts)
     */
    public MediaHosts(IconPipelineConfig limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.client = limits.httpClient() != null ? limits.httpClient() : HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_2)
                .build();
    }

    HttpClient client() {
        return client;
    }

    IconPipelineConfig limits() {
        return limits;
    }

    HostLane lane(String host) {
        synchronized (lanes) {
            return lanes.computeIfAbsent(host, h -> new HostLane());
        }
    }

    /** Downloads running now on every host, all pipelines together (for tests and stats). */
    public int running() {
        synchronized (lanes) {
            int n = 0;
            for (HostLane lane : lanes.values()) {
                n += lane.active();
            }
            return n;
        }
    }

    void register(Runnable pump) {
        pumps.add(pump);
    }

    void unregister(Runnable pump) {
        pumps.remove(pump);
    }

    /**
     * A slot was freed (or a pause learnt): every pipeline looks whether it may start something.
     * Called outside any pipeline's lock; the window's pipeline registered first, so it goes first.
     */
    void wakeAll() {
        for (Runnable pump : pumps) {
            pump.run();
        }
    }
}
