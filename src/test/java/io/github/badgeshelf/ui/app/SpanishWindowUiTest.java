package io.github.badgeshelf.ui.app;

import java.util.Locale;

/** The window in Spanish, for any Spanish-speaking country (es-MX here). */
class SpanishWindowUiTest extends LanguageUiTestBase {

    @Override
    Locale language() {
        return Locale.forLanguageTag("es-MX");
    }
}
