package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.model.AwardCounts;
import io.github.badgeshelf.testsupport.AppDriver;
import io.github.badgeshelf.ui.i18n.Messages;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counter cards write their numbers as the window's language does, the same way as the status
 * line beside them ("6,000" and "Loaded 6,000 awards", never "6000" next to "6,000").
 */
@ExtendWith(ApplicationExtension.class)
class CountersViewUiTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void countersAreGroupedAsTheChosenLanguageGroupsThemLikeTheStatusLine() {
        AwardCounts counts = new AwardCounts(6000, 0, 1613, 0, 12, 0, 2, 0);
        for (Locale language : Messages.SUPPORTED) {
            Messages.setLocale(language);
            String total = AppDriver.onFx(() -> {
                CountersView view = new CountersView(new SimpleObjectProperty<>(counts));
                return ((Label) view.lookup("#totalCount")).getText();
            });
            String status = Messages.format("shelf.status.loaded", 6000, "Tester");
            assertThat(total).as(language.toLanguageTag()).isEqualTo(Messages.number(6000)).isNotEqualTo("6000");
            assertThat(status).as("the status line in " + language.toLanguageTag()).contains(total);
        }
        Messages.setLocale(Locale.ENGLISH);
        assertThat(AppDriver.onFx(() -> ((Label) new CountersView(new SimpleObjectProperty<>(counts))
                .lookup("#masteredCount")).getText())).isEqualTo("1,613");
    }
}
