package io.github.badgeshelf.ui.shelf;

import io.github.badgeshelf.api.RaClient;
import io.github.badgeshelf.lastlooked.LastLookedStore;
import io.github.badgeshelf.lastlooked.ShelfLooks;
import io.github.badgeshelf.lastlooked.Viewer;
import io.github.badgeshelf.model.Award;
import io.github.badgeshelf.shelf.ShelfLoader;
import io.github.badgeshelf.shelf.Source;
import io.github.badgeshelf.testsupport.AwardsFixtures;
import io.github.badgeshelf.testsupport.FakeRaServer;
import io.github.badgeshelf.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shelf's ViewModel marks what is new for the shelf it shows, against a real client and a loopback server. */
class ShelfViewModelNewAwardsTest {
    private final FakeRaServer server = FakeRaServer.start();
    private final List<Map<String, Object>> alice = new ArrayList<>(AwardsFixtures.generateAwards(20, 1));
    private final LastLookedStore store = LastLookedStore.inMemory();

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aRefreshMarksTheAwardEarnedSinceAndAFailedSearchLeavesTheMarks() {
        server.addUser("Alice", AwardsFixtures.bodyOf(alice));
        ShelfViewModel vm = new ShelfViewModel(Source.direct(new ShelfLoader(new RaClient(server.config(), server.credentials()))),
                CurrentThreadTaskExecutor.immediate());
        vm.setLooks(new ShelfLooks(store, Viewer.signedIn("Ada"), Runnable::run));

        vm.show("Alice");
        assertThat(vm.newAwardsProperty().get().count()).as("a first look").isZero();
        assertThat(store.lastLooked(Viewer.signedIn("Ada"), "alice")).isPresent();

        alice.add(0, AwardsFixtures.gameAward("Game Beaten", 5151, true, 0, "Just Beaten", 7, "NES",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)), "/Images/005151.png"));
        server.addUser("Alice", AwardsFixtures.bodyOf(alice));
        vm.refresh();
        assertThat(vm.newAwardsProperty().get().awards()).extracting(Award::title).containsExactly("Just Beaten");

        vm.show("NoSuchPerson"); // fails: Alice's shelf and its marks stay
        assertThat(vm.shelfProperty().get().profile().user()).isEqualTo("Alice");
        assertThat(vm.newAwardsProperty().get().count()).isEqualTo(1);
    }
}
