package io.github.badgeshelf.ui.main;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.Locale;

/** The window in Spanish, for any Spanish-speaking country (es-MX here). */
class SpanishWindowUiTest extends LanguageUiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startIn(stage);
    }

    @Override
    Locale language() {
        return Locale.forLanguageTag("es-MX");
    }
}
