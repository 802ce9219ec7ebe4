package io.github.badgeshelf.model;

/** Hardcore or softcore, for game awards only; {@link #NONE} for everything else. */
public enum AwardMode {
    HARDCORE("Hardcore"),
    SOFTCORE("Softcore"),
    NONE("");

    private final String label;

    AwardMode(String label) {
        this.label = label;
    }

    /** "Hardcore", "Softcore" or the empty string, as the CSV's Mode column wants it. */
    public String label() {
        return label;
    }

    public static AwardMode of(String awardType, int awardDataExtra) {
        if (!AwardTypes.isGameAward(awardType)) {
            return NONE;
        }
        return awardDataExtra == 1 ? HARDCORE : SOFTCORE;
    }
}
