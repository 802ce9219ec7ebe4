/**
 * Loading what the window shows, in one place: from the server ({@link io.github.badgeshelf.shelf.Fetcher}),
 * the last good copy on disk for when the server cannot be reached ({@link io.github.badgeshelf.shelf.OfflineCopies},
 * the rule in {@link io.github.badgeshelf.shelf.OfflineAwareSource}), and the recent ones in RAM
 * ({@link io.github.badgeshelf.shelf.RecentMemory}). A ViewModel asks a {@link io.github.badgeshelf.shelf.Source}
 * and gets a {@link io.github.badgeshelf.shelf.Loaded} value, marked when it is an offline copy.
 *
 * <p>A user's shelf is the first instance: {@code ShelfLoader} (profile + awards), {@code ShelfCache}
 * (one JSON file per user), {@code ShelfMemory}. Another page loads the same way with its own key
 * and value, for example a game page keyed by user and game: a {@code record GameKey(String user, int gameId)}
 * whose constructor folds the name's case, a {@code Fetcher<GameKey, GamePage>} calling the game
 * endpoint, an {@code OfflineCopies<GameKey, GamePage>} (or none: {@code Source.direct(fetcher)}),
 * {@code new OfflineAwareSource<>(fetcher, copies, writer)} built where {@code AppServices.shelfSource}
 * is, and a {@code RecentMemory<GameKey, GamePage>} in its ViewModel. A comparison is a pair of
 * shelves: two loads through the session's shelf source.
 */
package io.github.badgeshelf.shelf;
