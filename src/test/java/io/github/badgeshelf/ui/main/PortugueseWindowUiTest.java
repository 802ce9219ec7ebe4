package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.i18n.WindowTexts;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The window in Brazilian Portuguese; the language menu switches it live and is remembered. */
class PortugueseWindowUiTest extends LanguageUiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startIn(stage);
    }

    @Override
    Locale language() {
        return Locale.forLanguageTag("pt-BR");
    }

    @Test
    void theLanguageMenuRebuildsTheWindowAndIsRemembered(FxRobot robot) {
        waitUntil(() -> robot.lookup("#language").tryQuery().isPresent());
        assertThat(onFx(() -> ((Labeled) robot.lookup("#signIn").query()).getText())).isEqualTo("Entrar");

        choose(robot, Locale.ENGLISH);
        waitUntil(() -> "Sign in".equals(((Labeled) robot.lookup("#signIn").query()).getText()));
        // The detector sees English once English is chosen: the check above it can fail.
        assertThat(new WindowTexts(language()).englishIn(onFx(() -> WindowTexts.collect(stage.getScene().getRoot()))))
                .isNotEmpty();
        waitUntil(() -> readSettings().contains("\"language\" : \"en\""));

        robot.clickOn("#tryDemo");
        waitUntil(() -> shelfShown(robot));
        choose(robot, Locale.forLanguageTag("es"));
        waitUntil(() -> shelfShown(robot)
                && Messages.locale().getLanguage().equals("es"));
        assertNoEnglish(new WindowTexts(Locale.forLanguageTag("es")), "the demo shelf after choosing Español");
        waitUntil(() -> readSettings().contains("\"language\" : \"es\""));
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, Locale language) {
        runFx(() -> ((ComboBox<Locale>) robot.lookup("#language").query()).setValue(language));
    }

    private String readSettings() {
        var file = home.resolve("settings.json");
        return java.nio.file.Files.exists(file) ? readFile(file) : "";
    }
}
