package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.i18n.WindowTexts;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window started in another language (the JVM's default locale, as {@code -Duser.language=pt
 * -Duser.country=BR} sets it) shows no English: the sign-in card, then the demo shelf with a tile
 * selected. Every label, text, prompt, tooltip and accessible text is compared with the English bundle.
 */
abstract class LanguageUiTestBase extends InLanguageAppTestBase {
    @Test
    void theSignInCardAndTheDemoShelfShowNoEnglish(FxRobot robot) {
        WindowTexts check = new WindowTexts(language());
        waitUntil(() -> robot.lookup("#signIn").tryQuery().isPresent());
        assertThat(onFx(() -> ((Labeled) robot.lookup("#signIn").query()).getText()))
                .isEqualTo(Messages.bundle(language()).getString("login.signIn"));
        assertNoEnglish(check, "the sign-in card");

        robot.clickOn("#tryDemo");
        waitUntil(() -> shelfShown(robot) && !app.text("#status").isEmpty()
                && !app.text("#status").equals(Messages.get("login.progress.demo")));
        Node tile = robot.lookup(".badge-tile").match(n -> ((GridCell<?>) n).getItem() != null).query();
        robot.clickOn(tile);
        waitUntil(() -> robot.lookup("#detailsAward").tryQuery().isPresent());
        assertNoEnglish(check, "the demo shelf");
        // Numbers and dates are the language's too: the tile says its date in words of this language.
        assertThat(onFx(tile::getAccessibleText)).isNotBlank();

        // Enter on the first award (the demo's is a game's) opens its game page, in the same language.
        runFx(() -> robot.lookup("#badgeGrid").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.HOME);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> app.visible("#gamePage") && robot.lookup("#achievementGrid").tryQuery()
                .map(g -> !((org.controlsfx.control.GridView<?>) g).getItems().isEmpty()).orElse(false));
        assertNoEnglish(check, "the demo game page");
    }

    /** True once a shelf with tiles is on screen (false while the sign-in card still is). */
    static boolean shelfShown(FxRobot robot) {
        return robot.lookup("#badgeGrid").tryQuery()
                .map(g -> !((org.controlsfx.control.GridView<?>) g).getItems().isEmpty()).orElse(false);
    }

    void assertNoEnglish(WindowTexts check, String where) {
        Set<String> shown = onFx(() -> WindowTexts.collect(stage.getScene().getRoot()));
        assertThat(shown).as("texts found on " + where).hasSizeGreaterThan(5);
        // The server's data (titles, console names such as "Events", names) is shown as sent.
        Set<String> data = onFx(() -> {
            Set<String> sent = new java.util.HashSet<>();
            if (stage.getScene().getRoot().lookup("#badgeGrid") instanceof org.controlsfx.control.GridView<?> g) {
                for (Object item : g.getItems()) {
                    io.github.badgeshelf.model.Award award = (io.github.badgeshelf.model.Award) item;
                    sent.add(award.displayTitle());
                    if (award.consoleName() != null) {
                        sent.add(award.consoleName());
                    }
                }
            }
            if (stage.getScene().getRoot().lookup("#achievementGrid") instanceof org.controlsfx.control.GridView<?> g) {
                for (Object item : g.getItems()) {
                    io.github.badgeshelf.model.Achievement achievement = (io.github.badgeshelf.model.Achievement) item;
                    sent.add(achievement.title());
                    sent.add(achievement.description());
                }
            }
            return sent;
        });
        List<String> english = check.englishIn(shown, data);
        assertThat(english).as("English on " + where + " in " + language()).isEmpty();
    }
}
