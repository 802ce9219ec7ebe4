package io.github.badgeshelf.cli;

import io.github.badgeshelf.api.ApiConfig;
import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.api.Credentials;
import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.api.Version;
import io.github.badgeshelf.images.IconPipeline;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.model.UserAwards;
import io.github.badgeshelf.model.UserProfile;
import io.github.badgeshelf.settings.AppHome;
import io.github.badgeshelf.wall.WallCaptions;
import io.github.badgeshelf.wall.WallContent;
import io.github.badgeshelf.wall.WallIconLoader;
import io.github.badgeshelf.wall.WallLayout;
import io.github.badgeshelf.wall.WallRenderer;
import io.github.badgeshelf.wall.WallSaver;
import io.github.badgeshelf.wall.WallTheme;
import io.github.badgeshelf.wall.WallTooLargeException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code image --user <u> --out <f.png> [--columns N] [--kind K]}: the user's visible awards, in
 * their order, drawn as the window's "Save image" draws them (the same renderer), headless. Icons
 * come through the icon pipeline and the window's disk cache, so a second image of the same
 * shelf downloads nothing. Icons that cannot be had become placeholders, counted in one line on
 * standard error; the exit status stays 0.
 */
final class ImageCommand {
    private final Map<String, String> env;
    private final ServerAccess access;
    private final PrintStream err;

    ImageCommand(Map<String, String> env, PrintStream err) {
        this.env = env;
        this.err = err;
        // Credentials, settings and their one-line failures are every server command's.
        this.access = new ServerAccess(env);
    }

    void run(Arguments.Image request) throws CommandFailure {
        RaClient client = access.client();
        ApiConfig config = access.config();
        String user = ServerAccess.checkedName(request.user());
        UserProfile profile;
        UserAwards awards;
        try {
            profile = client.getUserProfile(user);
            awards = client.getUserAwards(user);
        } catch (ApiException e) {
            throw CommandFailure.of(e);
        }
        List<Award> shown = request.kind() == null ? awards.visibleAwards()
                : awards.visibleAwards().stream().filter(a -> AwardCategory.of(a) == request.kind()).toList();
        WallContent content = new WallContent(profile.user(), subtitle(profile, request.kind(), shown.size()),
                profile.avatarUrl(), awards.counts(), shown);

        AppHome home = AppHome.fromEnvironment(env);
        // A timeout set for the API bounds icon downloads too, as in the window.
        Duration iconTimeout = env.get(ApiConfig.ENV_TIMEOUT_SECONDS) == null ? null : config.requestTimeout();
        WallSaver.Saved saved;
        try (IconPipeline<BufferedImage> pipeline = WallIconLoader.pipeline(home.iconsDir(), iconTimeout, Version.userAgent())) {
            saved = new WallSaver(new WallIconLoader(pipeline), new WallRenderer(WallTheme.DARK, WallCaptions.ENGLISH))
                    .save(content, request.columns(), request.out(), (done, total) -> { }, () -> false);
        } catch (WallTooLargeException e) {
            throw new CommandFailure(2, tooLarge(e, request, shown.size()));
        } catch (IOException e) {
            throw CommandFailure.couldNotWrite(request.out(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(5, "interrupted while downloading the icons; nothing was written.");
        }
        UnreadWarning.print(err, "the awards of " + user, awards.unreadable());
        if (saved.placeholders() > 0) {
            err.println(CommandLine.PREFIX + saved.placeholders() + " of " + saved.tiles() + " tiles are drawn as"
                    + " placeholders: their icons could not be had (" + saved.failure() + ").");
            err.flush();
        }
    }

    private static String subtitle(UserProfile profile, AwardCategory kind, int shown) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.US);
        String points = numbers.format(profile.totalPoints()) + " points";
        if (profile.totalSoftcorePoints() > 0) {
            points += " (+" + numbers.format(profile.totalSoftcorePoints()) + " softcore)";
        }
        return kind == null ? points : points + " \u00b7 " + kind.label() + ": " + numbers.format(shown);
    }

    private static String tooLarge(WallTooLargeException e, Arguments.Image request, int awards) {
        String advice = e.width() > WallLayout.MAX_SIDE
                ? "use fewer --columns"
                : "choose a --kind, or more --columns";
        return awards + " awards at " + request.columns() + " a row would make an image of " + e.width() + " x "
                + e.height() + " pixels, more than " + WallLayout.MAX_SIDE + " a side: " + advice + ".";
    }
}
