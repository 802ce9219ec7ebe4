package io.github.badgeshelf.ui.main;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.util.Locale;

/** Every page inside the window at every common width, in English. */
class EnglishWindowFitsUiTest extends WindowFitsUiTestBase {

    @Start
    void start(Stage stage) throws IOException {
        startIn(stage);
    }

    @Override
    Locale language() {
        return Locale.forLanguageTag("en");
    }
}
