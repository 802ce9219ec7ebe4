package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.testsupport.AppDriver;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field with ControlsFX suggestions, as the search and compare fields are: Enter starts the
 * search with the typed text and closes the list, and a list computed for the keys before Enter
 * that arrives after it does not open over the page the search brings.
 */
@ExtendWith(ApplicationExtension.class)
class TypedEnterUiTest {
    private final AtomicInteger searches = new AtomicInteger();
    private CustomTextField field;
    private AutoCompletionBinding<String> completion;

    @Start
    void start(Stage stage) {
        field = new CustomTextField();
        completion = TextFields.bindAutoCompletion(field, request -> List.of("Alice", "Alicia", "Malik").stream()
                .filter(n -> n.toLowerCase().contains(request.getUserText().toLowerCase()))
                .filter(n -> !n.equalsIgnoreCase(request.getUserText())).toList());
        TypedEnter.install(field, completion.getAutoCompletionPopup(), searches::incrementAndGet);
        stage.setScene(new Scene(new VBox(field), 400, 300));
        stage.show();
        stage.requestFocus();
    }

    private boolean showing() {
        return AppDriver.onFx(() -> completion.getAutoCompletionPopup().isShowing());
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterSearchesTheTypedTextClosesTheListAndALateListStaysClosedUntilTheNextKey(FxRobot robot) throws Exception {
        robot.clickOn(field).write("li");
        waitUntil(this::showing);

        robot.type(KeyCode.ENTER);
        waitUntil(() -> searches.get() == 1);
        String kept = AppDriver.onFx(() -> field.getText());
        assertThat(kept).as("Enter kept the typed text").isEqualTo("li");
        waitUntil(() -> !showing());

        // The suggestions for "li" arrive only now, after Enter, as on a slow machine.
        AppDriver.runFx(() -> completion.getAutoCompletionPopup().show(field));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing()).as("a list arriving after Enter opened over the page").isFalse();

        // The next key typed is a new search being written: suggestions come back.
        robot.write("c");
        waitUntil(this::showing);
        assertThat(searches.get()).isEqualTo(1);
    }
}
