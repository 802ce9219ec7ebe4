package io.github.badgeshelf.logging;

import io.github.badgeshelf.api.Redactor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's log: java.util.logging into rotating files under the home's logs folder, with every
 * registered secret (the web API key) and any {@code y=} URL parameter removed before a line is
 * written. Nothing goes to the console, so the command line's standard error stays one clear line.
 */
public final class AppLog {
    /** badgeshelf-0.log is the newest; older ones roll over to -1 .. -4. */
    public static final String FILE_PATTERN = "badgeshelf-%g.log";
    static final int FILE_LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 5;

    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final Object LOCK = new Object();
    private static Handler installed;
    private static volatile boolean off;
    private static final List<Runnable> OFF_LISTENERS = new CopyOnWriteArrayList<>();

    private AppLog() {
    }

    /**
     * Sends all logging to rotating files in {@code logsDir}, replacing the root logger's handlers.
     * If the folder cannot be made or written, logging goes nowhere rather than failing the app.
     * Calling it again moves the log to the new folder.
     */
    public static void install(Path logsDir) {
        synchronized (LOCK) {
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
                if (h == installed) {
                    h.close();
                }
            }
            installed = null;
            off = false;
            root.setLevel(Level.INFO);
            FileHandler handler = openFileHandler(logsDir);
            if (handler != null) {
                root.addHandler(handler);
                installed = handler;
            }
        }
    }

    /** Closes the log file (at exit, or between tests). Logging goes nowhere afterwards. */
    public static void shutdown() {
        synchronized (LOCK) {
            if (installed != null) {
                Logger.getLogger("").removeHandler(installed);
                installed.close();
                installed = null;
            }
        }
    }

    /**
     * True once the log file could not be written (a full disk, a file-size limit): lines are then
     * dropped quietly rather than printed to the console.
     */
    public static boolean isOff() {
        return off;
    }

    /**
     * Runs {@code listener} (on the logging thread) the first time the log turns off; at once if it
     * already is. Returns what stops it: a window that closes must run it, or this class (which
     * lives as long as the JVM) keeps that window's whole model and scene alive.
     */
    public static Runnable whenOff(Runnable listener) {
        OFF_LISTENERS.add(listener);
        if (off) {
            listener.run();
        }
        return () -> OFF_LISTENERS.remove(listener);
    }

    private static void turnedOff() {
        off = true;
        OFF_LISTENERS.forEach(Runnable::run);
    }

    /** From now on, this text never reaches the log. Blank values are ignored. */
    public static void registerSecret(String secret) {
        if (secret != null && !secret.isBlank()) {
            SECRETS.add(secret);
        }
    }

    public static void forgetSecret(String secret) {
        if (secret != null) {
            SECRETS.remove(secret);
        }
    }

    /** The text with every registered secret and any {@code y=} URL parameter replaced by {@code <redacted>}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = Redactor.redact(text, null);
        // Longest first, so a secret that contains another is removed whole.
        List<String> secrets = SECRETS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : secrets) {
            out = Redactor.redact(out, secret);
        }
        return out;
    }

    /** Flushes the log file, so a test or a crash report sees every line. */
    public static void flush() {
        synchronized (LOCK) {
            if (installed != null) {
                installed.flush();
            }
        }
    }

    private static FileHandler openFileHandler(Path logsDir) {
        try {
            Files.createDirectories(logsDir);
            // FileHandler reads '%' in its pattern as a placeholder; a folder name may contain one.
            String folder = logsDir.toAbsolutePath().toString().replace("%", "%%");
            String pattern = folder + logsDir.getFileSystem().getSeparator() + FILE_PATTERN;
            FileHandler handler = new FileHandler(pattern, FILE_LIMIT_BYTES, FILE_COUNT, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new RedactingFormatter(AppLog::redact));
            handler.setLevel(Level.ALL);
            handler.setErrorManager(new QuietErrorManager(AppLog::turnedOff));
            return handler;
        } catch (IOException | RuntimeException e) {
            // No log is better than no app; there is nowhere to report this but standard error,
            // which the command line keeps for its one line, so it is dropped.
            return null;
        }
    }
}
