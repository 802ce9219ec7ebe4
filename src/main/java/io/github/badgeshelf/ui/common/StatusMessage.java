package io.github.badgeshelf.ui.common;

/** What the status line says, and in which tone. */
public record StatusMessage(Tone tone, String text) {

    public enum Tone { INFO, BUSY, SUCCESS, WARNING, ERROR }

    public static final StatusMessage EMPTY = new StatusMessage(Tone.INFO, "");

    public static StatusMessage info(String text) {
        return new StatusMessage(Tone.INFO, text);
    }

    public static StatusMessage busy(String text) {
        return new StatusMessage(Tone.BUSY, text);
    }

    public static StatusMessage success(String text) {
        return new StatusMessage(Tone.SUCCESS, text);
    }

    public static StatusMessage warning(String text) {
        return new StatusMessage(Tone.WARNING, text);
    }

    public static StatusMessage error(String text) {
        return new StatusMessage(Tone.ERROR, text);
    }
}
