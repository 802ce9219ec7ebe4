package io.github.badgeshelf.cli;

import io.github.badgeshelf.model.UnreadValue;

import java.io.PrintStream;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one warning line on standard error for an answer with values that could not be read
 * (docs/faults.md): the export goes on with empty cells, exit 0, but never without a word.
 */
final class UnreadWarning {
    private static final Logger LOG = Logger.getLogger(UnreadWarning.class.getName());

    private UnreadWarning() {
    }

    /** Prints nothing when every value was read; else one line naming the records, fields and values. */
    static void print(PrintStream err, String answer, List<UnreadValue> values) {
        if (values.isEmpty()) {
            return;
        }
        String line = ("warning: in " + answer + ", " + UnreadValue.summary(values)).replace('\n', ' ').replace('\r', ' ');
        err.println(CommandLine.PREFIX + line);
        err.flush();
        LOG.warning(line);
    }
}
