package io.github.badgeshelf.ui.common;

/**
 * What the status line says, in which tone, and what can be done about it ({@code action}, null
 * when nothing).
 */
public record StatusMessage(Tone tone, String text, StatusAction action) {

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
        return new StatusMessage(tone, text, newAction);
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
        return new StatusMessage(tone == Tone.ERROR ? Tone.ERROR : Tone.WARNING, joined, action);
    }
}
