/**
 * Friends' news: the awards of everyone the signed-in user follows, newest first, fetched politely.
 * The follow list ({@link io.github.badgeshelf.news.FollowList}, every page) carries each person's
 * points; {@link io.github.badgeshelf.news.RefetchRule} asks for a person's shelf again only when those
 * points differ from the kept copy's or the copy is over a day old; {@link io.github.badgeshelf.news.NewsGatherer}
 * does the asking (two at a time, most recently active first) and falls back to the copies the window
 * keeps ({@code ShelfCache}); {@link io.github.badgeshelf.news.NewsFeed} merges the shelves into one list.
 * Used by the {@code news} command and the window's news page. No JavaFX.
 */
package io.github.badgeshelf.news;
