package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.i18n.Messages;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;

import java.io.IOException;
import java.util.Locale;

/**
 * A real app started in one language, as a person's machine starts it: the JVM's default locale set
 * to {@link #language()} before the start, both locales put back after each test.
 */
abstract class InLanguageAppTestBase extends AppTestBase {
    private Locale systemBefore;
    private Locale windowBefore;

    abstract Locale language();

    /** Starts the app with the JVM's default locale set to {@link #language()} (each subclass's {@code @Start}). */
    void startIn(Stage stage) throws IOException {
        systemBefore = Locale.getDefault();
        windowBefore = Messages.locale();
        Locale.setDefault(language());
        startApp(stage);
    }

    @AfterEach
    void restoreLocale() {
        if (systemBefore != null) {
            Locale.setDefault(systemBefore);
        }
        Messages.setLocale(windowBefore);
    }
}
