package io.github.badgeshelf.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.AwardsJson;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.testsupport.HeadlessFx;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Issue 24's yardstick: headless Chromium loading the same shelf as a web page of tiles, icons from
 * the same media host, at about the window's size. The page's own script reports when every image
 * on its first screen has loaded (from the navigation's start: the page is the shelf, as the
 * awards answer is for the window), with one request to the page's server; a fresh profile each
 * run, so the browser's cache is cold. Measured only where a {@code chromium} is installed
 * ({@code apt-get install chromium}); the figure is left out, and the notes say why, elsewhere.
 */
final class ChromiumBench {
    /** About the window's outer size for BenchWindow's 1360x860 scene. */
    static final int WIDTH = 1400;
    static final int HEIGHT = 900;
    private static final long TIMEOUT_SECONDS = 120;

    record Result(long medianMs, List<Long> runs, int imagesOnScreen, String browser) {
    }

    private ChromiumBench() {
    }

    /** The browser on the path, if any. */
    static Optional<Path> browser() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static Result measure(Path chromium, IconHost media, String body, long latencyMillis, int runs) throws Exception {
        String page = page(body, media.origin());
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> serve(exchange, page, latencyMillis, reports));
        server.start();
        String version = version(chromium);
        try {
            List<Long> times = new ArrayList<>();
            int images = 0;
            // One unmeasured run: the browser's own first start (fonts, profile) is not the page's time.
            for (int i = -1; i < runs; i++) {
                String[] report = run(chromium, server, reports).split(",");
                if (i >= 0) {
                    times.add(Math.round(Double.parseDouble(report[0])));
                    images = Integer.parseInt(report[1]);
                }
            }
            return new Result(GuiRuns.median(times), times, images, version);
        } finally {
            server.stop(0);
        }
    }

    private static String run(Path chromium, HttpServer server, BlockingQueue<String> reports) throws Exception {
        Path profile = Files.createTempDirectory("badgeshelf-bench-chromium");
        reports.clear();
        Process browser = new ProcessBuilder(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-extensions",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/shelf.html")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String report = reports.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (report == null) {
                throw new IllegalStateException("headless Chromium did not report its first screen within " + TIMEOUT_SECONDS + " s");
            }
            return report;
        } finally {
            // Chromium runs its renderers and GPU helper as child processes that outlive a killed
            // parent for a while and keep writing into the profile: end them all before deleting it.
            List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
            all.add(browser.toHandle());
            all.forEach(ProcessHandle::destroy);
            for (ProcessHandle p : all) {
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    p.destroyForcibly();
                }
            }
            deleteTree(profile);
        }
    }

    private static void serve(HttpExchange exchange, String page, long latencyMillis, BlockingQueue<String> reports) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/report")) {
                reports.add(exchange.getRequestURI().getQuery().replaceAll("[^0-9.,]", ""));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (!path.equals("/shelf.html")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            HeadlessFx.sleep(latencyMillis); // as the API's awards answer does for the window
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The shelf as a plain page: newest first, as the window's grid, one tile per award with its icon and title. */
    static String page(String body, URI media) throws ApiException {
        List<Award> awards = new ArrayList<>(AwardsJson.parse(body.getBytes(StandardCharsets.UTF_8), ApiConfig.defaults()).visibleAwards());
        awards.sort(Comparator.comparing(Award::awardedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><title>shelf</title><style>
                body{margin:0;font:12px sans-serif;background:#1e1f22;color:#ddd}
                .grid{display:flex;flex-wrap:wrap;gap:8px;padding:8px}
                .tile{width:112px;height:140px;text-align:center;background:#2b2d31;border-radius:6px;overflow:hidden}
                .tile img{width:64px;height:64px;margin:10px auto 6px;display:block}
                </style></head><body><div class="grid">
                """);
        for (Award a : awards) {
            String icon = a.iconUrl() == null ? "" : media.resolve(URI.create(a.iconUrl()).getPath()).toString();
            html.append("<div class=\"tile\"><img src=\"").append(icon).append("\" alt=\"\"><div>")
                    .append(escape(a.title())).append("</div></div>\n");
        }
        html.append("""
                </div><script>
                function onScreen(i){const r=i.getBoundingClientRect();return r.bottom>0&&r.top<innerHeight&&r.right>0&&r.left<innerWidth;}
                function check(){
                  const shown=[...document.images].filter(i=>i.src&&onScreen(i));
                  if(shown.length&&shown.every(i=>i.complete&&i.naturalWidth>0)){
                    // The next frame paints them; report from there.
                    requestAnimationFrame(()=>fetch('/report?'+performance.now().toFixed(1)+','+shown.length));
                  } else requestAnimationFrame(check);
                }
                requestAnimationFrame(check);
                </script></body></html>
                """);
        return html.toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String version(Path chromium) {
        try {
            Process p = new ProcessBuilder(chromium.toString(), "--version").redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
            p.waitFor(10, TimeUnit.SECONDS);
            // Debian's wrapper script may print its own complaints first; the version is the last line.
            return lines.isEmpty() ? chromium.toString() : lines.get(lines.size() - 1).trim();
        } catch (IOException | InterruptedException e) {
            return chromium.toString();
        }
    }

    /** Best effort: a profile left in the temp folder must not end the benchmark. */
    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("bench: could not remove Chromium's profile " + dir + ": " + e);
        }
    }
}
