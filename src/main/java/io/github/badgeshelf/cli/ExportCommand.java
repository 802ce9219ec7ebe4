package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.export.AchievementCsv;
import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.export.CsvTable;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.GameProgress;
import io.github.badgeshelf.model.UserAwards;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code export --user <name> [--out file]}: checks credentials, settings and the name before any
 * request, makes sure the user exists (the awards endpoint answers an unknown user with zero
 * awards), then writes the awards in the API's order.
 *
 * <p>{@code export-game --user <name> --game <id> [--out file]}: the same checks, then the game's
 * achievements with the user's progress, in the game's order (the server's {@code []} for an
 * unknown user or game is exit 4).
 */
final class ExportCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Returns normally on success; every failure is a {@link CommandFailure}. */
    void run(Arguments.Export request) throws CommandFailure {
        RaClient client = new ServerAccess(env).client();
        String user = ServerAccess.checkedName(request.user());
        UserAwards awards;
        try {
            client.getUserProfile(user);
            awards = client.getUserAwards(user);
        } catch (ApiException e) {
            throw CommandFailure.of(e);
        }
        List<Award> visible = awards.visibleAwards();
        CsvOutput.write(stream -> CsvExporter.write(visible, stream), request.out(), out);
        UnreadWarning.print(err, "the awards of " + user, awards.unreadable());
    }

    /** Returns normally on success; every failure is a {@link CommandFailure}. */
    void run(Arguments.ExportGame request) throws CommandFailure {
        RaClient client = new ServerAccess(env).client();
        String user = ServerAccess.checkedName(request.user());
        GameProgress game;
        try {
            game = client.getGameProgress(user, request.gameId());
        } catch (ApiException e) {
            throw CommandFailure.of(e);
        }
        CsvOutput.write(stream -> CsvTable.write(AchievementCsv.HEADER, game.achievements(), AchievementCsv::row, stream),
                request.out(), out);
        UnreadWarning.print(err, "game " + request.gameId() + " for " + user, game.unreadable());
    }
}
