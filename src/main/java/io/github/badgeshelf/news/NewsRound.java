package io.github.badgeshelf.news;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.model.FollowedUser;

import java.util.List;

/**
 * One gathering of the news from the follow list on, as the {@code news} command does it: the copies
 * of the people the last follow list named are read while the follow list is asked for again, so a
 * warm run costs about the one round trip (issue 22); then {@link NewsGatherer} judges and refreshes.
 */
public final class NewsRound {
    private final FollowList.Pages pages;
    private final NewsGatherer gatherer;
    private final LastFollowList last;

    public NewsRound(FollowList.Pages pages, NewsGatherer gatherer, LastFollowList last) {
        this.pages = pages;
        this.gatherer = gatherer;
        this.last = last;
    }

    /** Every followed person's part, in the follow list's order. Blocking. */
    public List<PersonNews> gather(NewsGatherer.Listener listener) throws ApiException, InterruptedException {
        List<String> kept = last.names();
        KeptCopies ahead = gatherer.readAhead(kept);
        List<FollowedUser> followed = FollowList.all(pages);
        last.remember(followed, kept);
        return gatherer.gather(followed, ahead, listener);
    }
}
