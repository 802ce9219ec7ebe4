package io.github.badgeshelf.ui.shelf;

/** What the shelf's back/forward need from the news page (ui.news provides it). */
public interface NewsPages {
    NewsPages NONE = new NewsPages() {
        @Override
        public void reopen() {
        }

        @Override
        public boolean close() {
            return false;
        }
    };

    /** Shows the news page again, without recording a visit. */
    void reopen();

    /** Sets the news page aside without recording anything; true if it was shown. */
    boolean close();
}
