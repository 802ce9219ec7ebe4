package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.model.Shelf;

/** Where shelves come from (the server, with an offline copy as fallback). Blocking. */
@FunctionalInterface
public interface ShelfSource {
    LoadedShelf load(String user) throws ApiException;

    /**
     * A shelf, and the failure that made it an offline copy rather than fresh from the server (null
     * when fresh); the window words it in its language.
     */
    record LoadedShelf(Shelf shelf, ApiException offlineCause) {
        public static LoadedShelf fresh(Shelf shelf) {
            return new LoadedShelf(shelf, null);
        }

        public boolean offline() {
            return offlineCause != null;
        }
    }

    /** A source straight from a loader, with no offline fallback. */
    static ShelfSource direct(ShelfLoaderFunction loader) {
        return user -> LoadedShelf.fresh(loader.load(user));
    }

    @FunctionalInterface
    interface ShelfLoaderFunction {
        Shelf load(String user) throws ApiException;
    }
}
