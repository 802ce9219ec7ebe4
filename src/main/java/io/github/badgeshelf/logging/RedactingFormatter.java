package io.github.badgeshelf.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record (plus the stack trace, if any), with every secret removed from the whole
 * text: the message after its parameters are filled in, and the thrown exception's trace,
 * causes and suppressed exceptions included.
 */
final class RedactingFormatter extends Formatter {
    private final UnaryOperator<String> redactor;

    RedactingFormatter(UnaryOperator<String> redactor) {
        this.redactor = redactor;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(Instant.ofEpochMilli(record.getMillis()))
                .append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName())
                .append(" [").append(Thread.currentThread().getName()).append("] ")
                .append(formatMessage(record))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter out = new PrintWriter(trace)) {
                record.getThrown().printStackTrace(out);
            }
            line.append(trace);
        }
        // Redacting the finished text, not its parts, leaves no path (a parameter, a cause's message) unscrubbed.
        return redactor.apply(line.toString());
    }
}
