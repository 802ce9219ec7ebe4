package io.github.badgeshelf.ui.shelf;

/** What the shelf's back/forward need from the comparison page (ui.compare provides it). */
public interface ComparePages {
    ComparePages NONE = new ComparePages() {
        @Override
        public void reopen(String left, String right) {
        }

        @Override
        public boolean close() {
            return false;
        }
    };

    /** Shows the comparison of {@code left} with {@code right} again, without recording a visit. */
    void reopen(String left, String right);

    /** Leaves the comparison page without recording anything; true if it was open. */
    boolean close();
}
