package io.github.badgeshelf.bench;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** bench/RESULTS.md: the figures, the machine they come from and the servers that played the host. */
final class ResultsFile {
    private final BenchOptions options;
    private final Map<String, Object> figures;
    private final Map<String, String> notes;
    private final String iconServer;

    ResultsFile(BenchOptions options, Map<String, Object> figures, Map<String, String> notes, String iconServer) {
        this.options = options;
        this.figures = figures;
        this.notes = notes;
        this.iconServer = iconServer;
    }

    void write(Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `bench/run` on ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" (see bench/README.md for what each figure means).\n\n");
        md.append("## Machine\n\n");
        md.append("- CPU cores seen by the JVM: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        md.append("- Memory: ").append(totalMemoryMb()).append(" MB\n");
        md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- JavaFX: ").append(System.getProperty("javafx.runtime.version", "?"))
                .append(", headless Monocle, software rendering\n");
        md.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n');
        md.append("- Load average when written: ")
                .append(String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" (the machine is shared)\n\n");
        md.append("## Servers (all on loopback, in the benchmark's JVM)\n\n");
        md.append("- Icons and avatars (BADGESHELF_MEDIA_BASE): ").append(iconServer).append('\n');
        md.append("- API (BADGESHELF_API_BASE): the test fixture FakeRaServer, JDK com.sun.net.httpserver, "
                + "HTTP/1.1, ").append(options.latencyMillis()).append(" ms before every answer\n\n");
        md.append("## Figures\n\n```\n");
        figures.forEach((k, v) -> md.append(k).append('=').append(v).append('\n'));
        md.append("```\n\n## Details\n\n");
        notes.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n');
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static long totalMemoryMb() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize() >> 20;
        }
        return -1;
    }
}
