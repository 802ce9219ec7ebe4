package io.github.badgeshelf.bench;

import java.nio.file.Path;

/** What bench/run passes on: the latency, the media host's protocol and certificate, where to write. */
record BenchOptions(long latencyMillis, boolean http1, Path keyStore, String keyStorePassword, int runs,
                    Path results, String startupClasspath, boolean gameOnly) {

    static BenchOptions parse(String[] args) {
        long latency = 80;
        boolean http1 = false;
        Path keyStore = null;
        String password = null;
        int runs = 3;
        Path results = Path.of("bench/RESULTS.md");
        String startupClasspath = null;
        boolean gameOnly = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--latency-ms" -> latency = Long.parseLong(require(args[i], value));
                case "--http1" -> {
                    http1 = true;
                    continue;
                }
                case "--game-only" -> {
                    gameOnly = true;
                    continue;
                }
                case "--keystore" -> keyStore = Path.of(require(args[i], value));
                case "--keystore-password" -> password = require(args[i], value);
                case "--runs" -> runs = Integer.parseInt(require(args[i], value));
                case "--results" -> results = Path.of(require(args[i], value));
                case "--startup-classpath" -> startupClasspath = require(args[i], value);
                default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
            i++;
        }
        if (latency < 0 || runs < 1) {
            throw new IllegalArgumentException("--latency-ms must be 0 or more and --runs 1 or more");
        }
        if (!http1 && (keyStore == null || password == null)) {
            throw new IllegalArgumentException("HTTP/2 needs --keystore and --keystore-password (or use --http1)");
        }
        if (startupClasspath == null) {
            throw new IllegalArgumentException("--startup-classpath is required");
        }
        return new BenchOptions(latency, http1, keyStore, password, runs, results, startupClasspath, gameOnly);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
