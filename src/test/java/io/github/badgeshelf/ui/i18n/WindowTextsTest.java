package io.github.badgeshelf.ui.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The English detector the language UI tests rely on finds English, and only English. */
class WindowTextsTest {

    @Test
    void patternsBecomeRegularExpressionsWithChoicesAsAlternatives() {
        String regex = WindowTexts.regexOf("{0,choice,0#Loaded 0 awards|1#Loaded 1 award|1<Loaded {0,number,integer} awards} for {1}.");
        assertThat("Loaded 1,613 awards for MaxMilyin.").matches(regex);
        assertThat("Loaded 1 award for Bob.").matches(regex);
        assertThat("Carregados 12 prêmios de Bob.").doesNotMatch(regex);
    }

    @Test
    void findsEnglishButNotTranslationsOrWordsTheSameInBothLanguages() {
        WindowTexts pt = new WindowTexts(Locale.forLanguageTag("pt-BR"));
        assertThat(pt.englishIn(Set.of("Sign in", "Mega Man\nNES\nMastered · Hardcore\nMastered on Jan 2, 2016")))
                .anyMatch(s -> s.startsWith("\"Sign in\""))
                .anyMatch(s -> s.startsWith("\"Mastered\""))
                .anyMatch(s -> s.startsWith("\"Mastered on Jan 2, 2016\""))
                .noneMatch(s -> s.contains("Mega Man") || s.contains("Hardcore"));
        assertThat(pt.englishIn(Set.of("Entrar", "Hardcore", "Demo", "Mega Man", "Platinado em 2 de jan. de 2016",
                "Carregados 12 prêmios de Bob."))).isEmpty();
        WindowTexts es = new WindowTexts(Locale.forLanguageTag("es"));
        assertThat(es.englishIn(Set.of("Showing 3 of 40"))).hasSize(1);
        assertThat(es.englishIn(Set.of("Mostrando 3 de 40"))).isEmpty();
    }
}
