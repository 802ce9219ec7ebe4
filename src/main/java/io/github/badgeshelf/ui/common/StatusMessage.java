package io.github.badgeshelf.ui.common;

import java.util.function.Supplier;

/**
 * What the status line says, in which tone, and what can be done about it ({@code action}, null
 * when nothing). A message made with {@link #worded} knows how to say itself again, so after a
 * change of language the line is {@link #reworded()} rather than left in the old one.
 */
public record StatusMessage(Tone tone, String text, StatusAction action, Supplier<String> wording) {

    public StatusMessage(Tone tone, String text, StatusAction action) {
        this(tone, text, action, null);
    }

    /** A message worded now, and again by {@link #reworded()}, from the window's bundle. */
    public static StatusMessage worded(Tone tone, Supplier<String> wording) {
        return new StatusMessage(tone, wording.get(), null, wording);
    }

    /** The same message in the window's current language (unchanged when it cannot say itself again). */
    public StatusMessage reworded() {
        return wording == null ? this : new StatusMessage(tone, wording.get(), action, wording);
    }

    /** BUSY is work in progress; the others are outcomes. */
    public enum Tone { INFO, BUSY, SUCCESS, WARNING, ERROR }

    public static final StatusMessage EMPTY = info("");

    public static StatusMessage info(String text) {
        return new StatusMessage(Tone.INFO, text, null);
    }

    public static StatusMessage busy(String text) {
        return new StatusMessage(Tone.BUSY, text, null);
    }

    public static StatusMessage success(String text) {
        return new StatusMessage(Tone.SUCCESS, text, null);
    }

    public static StatusMessage warning(String text) {
        return new StatusMessage(Tone.WARNING, text, null);
    }

    public static StatusMessage error(String text) {
        return new StatusMessage(Tone.ERROR, text, null);
    }

    public StatusMessage withAction(StatusAction newAction) {
        return new StatusMessage(tone, text, newAction, wording);
    }

    public boolean inProgress() {
        return tone == Tone.BUSY;
    }

    /**
     * The same outcome with a notice after it, as a warning (an error stays an error) so the
     * notice is not read as part of a success. The action is kept.
     */
    public StatusMessage withNotice(String notice) {
        String joined = text.isBlank() ? notice : text + " " + notice;
        Supplier<String> again = wording == null ? null : () -> {
            String now = wording.get();
            return now.isBlank() ? notice : now + " " + notice;
        };
        return new StatusMessage(tone == Tone.ERROR ? Tone.ERROR : Tone.WARNING, joined, action, again);
    }
}
