package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.compare.ShelfComparer;
import io.github.badgeshelf.compare.ShelfComparison;
import io.github.badgeshelf.export.ComparisonCsv;
import io.github.badgeshelf.model.Shelf;
import io.github.badgeshelf.shelf.ShelfLoader;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code compare --user <a> --with <b> [--out file]}: both names checked before any request, both
 * shelves fetched at once (each shelf's profile and awards at once too, so one round trip in all),
 * then one row per game either user has a game award for (docs/contracts.md).
 */
final class CompareCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    CompareCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.err = err;
        this.env = env;
        this.out = out;
    }

    void run(Arguments.Compare request) throws CommandFailure {
        RaClient client = new ServerAccess(env).client();
        String left = ServerAccess.checkedName(request.user());
        String right = ServerAccess.checkedName(request.with());
        ShelfLoader loader = new ShelfLoader(client);

        CompletableFuture<Shelf> rightShelf = CompletableFuture.supplyAsync(() -> load(loader, right));
        Shelf leftShelf;
        try {
            leftShelf = loader.fetch(left);
        } catch (ApiException e) {
            // The --user side's failure is the one reported; the other request is not waited for.
            rightShelf.cancel(true);
            throw CommandFailure.of(e);
        }
        Shelf other = await(rightShelf);

        ShelfComparison comparison = ShelfComparer.compare(
                leftShelf.awards().visibleAwards(), other.awards().visibleAwards());
        String leftName = leftShelf.profile().user();
        String rightName = other.profile().user();
        CsvOutput.write(stream -> ComparisonCsv.write(leftName, rightName, comparison.games(), stream),
                request.out(), out);
        UnreadWarning.print(err, "the awards of " + leftName, leftShelf.awards().unreadable());
        UnreadWarning.print(err, "the awards of " + rightName, other.awards().unreadable());
    }

    private static Shelf load(ShelfLoader loader, String user) {
        try {
            return loader.fetch(user);
        } catch (ApiException e) {
            throw new ShelfFailure(e);
        }
    }

    private static Shelf await(CompletableFuture<Shelf> shelf) throws CommandFailure {
        try {
            return shelf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(5, "the comparison was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ShelfFailure failure) {
                throw CommandFailure.of(failure.api);
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Carries a shelf's {@link ApiException} out of the future that loaded it. */
    private static final class ShelfFailure extends RuntimeException {
        final ApiException api;

        ShelfFailure(ApiException api) {
            super(null, null, false, false);
            this.api = api;
        }
    }
}
