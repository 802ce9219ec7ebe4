package io.github.badgeshelf.model;

/**
 * The counters exactly as the server sent them. Total counts hidden awards too; Event and
 * Site counts include hidden ones (docs/ra-api.md), so none of these is recomputed from the list.
 */
public record AwardCounts(
        int total,
        int hidden,
        int mastery,
        int completion,
        int beatenHardcore,
        int beatenSoftcore,
        int event,
        int site) {

    public static final AwardCounts ZERO = new AwardCounts(0, 0, 0, 0, 0, 0, 0, 0);
}
