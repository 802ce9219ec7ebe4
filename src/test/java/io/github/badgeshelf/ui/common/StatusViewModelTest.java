package io.github.badgeshelf.ui.common;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.testsupport.FakeRaServer.Endpoint;
import io.github.badgeshelf.ui.export.ExportViewModel;
import io.github.badgeshelf.ui.shelf.ShelfViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The status line without a toolkit: the real shelf and export models reporting into it. */
class StatusViewModelTest {
    private FakeRaServer server;
    private ShelfViewModel shelf;
    private final StatusViewModel status = new StatusViewModel();
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        server = FakeRaServer.start();
        server.addUser("Alice", AwardsFixtures.generate(30, 1));
        server.addUser("Bob", AwardsFixtures.generate(12, 2));
        shelf = new ShelfViewModel(Source.direct(new ShelfLoader(new RaClient(server.config(), server.credentials()))),
                CurrentThreadTaskExecutor.immediate());
        status.follow(shelf.statusProperty());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private ExportViewModel export() {
        return new ExportViewModel(CurrentThreadTaskExecutor.immediate(), status::show, Clock.systemUTC());
    }

    @Test
    void itSaysWhatTheShelfSays() {
        shelf.show("Alice");
        assertThat(status.messageProperty().get()).isSameAs(shelf.statusProperty().get());
        assertThat(status.messageProperty().get().tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
        assertThat(status.canRetryProperty().get()).isFalse();
        assertThat(status.folderToOpenProperty().get()).isNull();
    }

    @Test
    void aFailureOffersRetryAndRetryLoadsAgain() {
        server.htmlNext(Endpoint.AWARDS, 500);
        shelf.show("Bob");
        assertThat(status.messageProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(status.messageProperty().get().action()).isInstanceOf(StatusAction.Retry.class);
        assertThat(status.canRetryProperty().get()).isTrue();

        status.retry();
        assertThat(shelf.shelfProperty().get().profile().user()).isEqualTo("Bob");
        assertThat(status.messageProperty().get().tone()).isEqualTo(StatusMessage.Tone.SUCCESS);
        assertThat(status.canRetryProperty().get()).isFalse();
    }

    @Test
    void aSavedFileOffersItsFolderUntilTheNextMessage() throws Exception {
        shelf.show("Alice");
        Path target = Files.createDirectories(dir.resolve("exports")).resolve("alice.csv");
        export().export(shelf.shelfProperty().get().awards().visibleAwards(), target);
        assertThat(Files.exists(target)).isTrue();
        assertThat(status.messageProperty().get().text()).startsWith("Saved 30 awards to ");
        assertThat(status.folderToOpenProperty().get()).isEqualTo(target.toAbsolutePath().getParent());

        shelf.show("Bob");
        assertThat(status.folderToOpenProperty().get()).as("a newer message takes the link away").isNull();
    }

    @Test
    void aFailedSaveOffersNoFolder() {
        shelf.show("Alice");
        export().export(shelf.shelfProperty().get().awards().visibleAwards(), dir.resolve("missing").resolve("a.csv"));
        assertThat(status.messageProperty().get().tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(status.folderToOpenProperty().get()).isNull();
        assertThat(status.canRetryProperty().get()).isFalse();
    }

    @Test
    void aNoticeWaitsForTheOutcomeAndKeepsItsAction() {
        CurrentThreadTaskExecutor deferred = CurrentThreadTaskExecutor.deferred();
        ShelfViewModel slow = new ShelfViewModel(Source.direct(new ShelfLoader(new RaClient(server.config(),
                server.credentials()))), deferred);
        StatusViewModel line = new StatusViewModel();
        line.follow(slow.statusProperty());
        server.htmlNext(Endpoint.AWARDS, 500);
        slow.show("Alice");
        line.addNotice("Your key is kept in a file.");
        line.addNotice("The settings file was damaged.");
        assertThat(line.messageProperty().get().inProgress()).isTrue();
        assertThat(line.messageProperty().get().text()).doesNotContain("kept in a file");

        deferred.runOldestFirst();
        StatusMessage shown = line.messageProperty().get();
        assertThat(shown.tone()).isEqualTo(StatusMessage.Tone.ERROR);
        assertThat(shown.text()).endsWith(" Your key is kept in a file. The settings file was damaged.");
        assertThat(shown.action()).isInstanceOf(StatusAction.Retry.class);

        slow.show("Bob");
        deferred.runOldestFirst();
        assertThat(line.messageProperty().get().text()).as("said once").doesNotContain("kept in a file");
    }

    @Test
    void aNoticeAfterAnOutcomeIsAddedAtOnceAsAWarning() {
        shelf.show("Alice");
        status.addNotice("The settings file was damaged.");
        assertThat(status.messageProperty().get().tone()).isEqualTo(StatusMessage.Tone.WARNING);
        assertThat(status.messageProperty().get().text()).startsWith("Loaded 30 awards for Alice.")
                .endsWith("The settings file was damaged.");
    }
}
