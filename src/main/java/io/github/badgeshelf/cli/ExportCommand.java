package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.export.CsvExporter;
import io.github.badgeshelf.model.Award;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code export --user <name> [--out file]}: checks credentials, settings and the name before any
 * request, makes sure the user exists (the awards endpoint answers an unknown user with zero
 * awards), then writes the awards in the API's order.
 */
final class ExportCommand {
    private final Map<String, String> env;
    private final PrintStream out;

    ExportCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    /** Returns normally on success; every failure is a {@link CommandFailure}. */
    void run(Arguments.Export request) throws CommandFailure {
        RaClient client = new ServerAccess(env).client();
        String user = ServerAccess.checkedName(request.user());
        List<Award> awards;
        try {
            client.getUserProfile(user);
            awards = client.getUserAwards(user).visibleAwards();
        } catch (ApiException e) {
            throw CommandFailure.of(e);
        }
        CsvOutput.write(stream -> CsvExporter.write(awards, stream), request.out(), out);
    }
}
