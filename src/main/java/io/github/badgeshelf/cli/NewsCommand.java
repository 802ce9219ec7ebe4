package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.news.Ages;
import io.github.badgeshelf.news.LastFollowList;
import io.github.badgeshelf.news.NewsCsv;
import io.github.badgeshelf.news.NewsFeed;
import io.github.badgeshelf.news.NewsGatherer;
import io.github.badgeshelf.news.NewsRound;
import io.github.badgeshelf.news.OneAtATimeShelfFetcher;
import io.github.badgeshelf.news.PersonNews;
import io.github.badgeshelf.news.RefetchRule;
import io.github.badgeshelf.settings.AppHome;
import io.github.badgeshelf.shelf.ShelfCache;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code news [--days N] [--out f.csv]}: the awards of the people the signed-in user follows,
 * awarded within the last N days, newest first (docs/contracts.md). Shelves come from the copies
 * the window keeps under BADGESHELF_HOME, asked for again only as {@link RefetchRule} says.
 */
final class NewsCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    NewsCommand(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    void run(Arguments.News request) throws CommandFailure {
        RaClient client = new ServerAccess(env).client();
        AppHome home = AppHome.fromEnvironment(env);
        NewsGatherer gatherer = new NewsGatherer(new OneAtATimeShelfFetcher(client, clock),
                new ShelfCache(home.shelvesDir()), new RefetchRule(clock));
        NewsRound round = new NewsRound(client::getUsersIFollow, gatherer, new LastFollowList(home.followingDir(), client.username()));
        List<PersonNews> people;
        try {
            people = round.gather((news, done, total) -> { });
        } catch (ApiException e) {
            throw CommandFailure.of(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(5, "interrupted while fetching the news; nothing was written.");
        }
        List<PersonNews> missing = people.stream().filter(p -> p.state() == PersonNews.State.UNAVAILABLE).toList();
        if (!missing.isEmpty()) {
            throw new CommandFailure(5, "could not get the awards of " + names(missing) + " and no copy is kept ("
                    + missing.get(0).failure().getMessage() + "); nothing was written.");
        }
        Instant now = clock.instant();
        for (PersonNews p : people) {
            // Only fresh answers carry what could not be read; a copy was warned about when fetched.
            if (p.state() == PersonNews.State.FRESH && p.shelf() != null) {
                UnreadWarning.print(err, "the awards of " + p.user(), p.shelf().awards().unreadable());
            }
            if (p.state() == PersonNews.State.STALE) {
                String age = p.age(now).map(Ages::words).orElse("an unknown time");
                err.println(CommandLine.PREFIX + "could not get the awards of " + p.user() + " ("
                        + p.failure().getMessage() + "); using the copy from " + age + " ago.");
            }
        }
        err.flush();
        Instant since = now.minus(Duration.ofDays(request.days()));
        CsvOutput.write(stream -> NewsCsv.write(NewsFeed.entries(people, since), stream), request.out(), out);
    }

    private static String names(List<PersonNews> people) {
        return people.stream().map(PersonNews::user).collect(Collectors.joining(", "));
    }
}
