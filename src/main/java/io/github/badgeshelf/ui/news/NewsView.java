package io.github.badgeshelf.ui.news;

import io.github.badgeshelf.model.AwardCategory;
import io.github.badgeshelf.news.NewsEntry;
import io.github.badgeshelf.news.PersonNews;
import io.github.badgeshelf.ui.i18n.Messages;
import io.github.badgeshelf.ui.insights.InsightsView;
import io.github.badgeshelf.ui.shelf.AwardText;
import io.github.badgeshelf.ui.shelf.BadgeIcons;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The news page (#newsPage): the awards of everyone followed, newest first and grouped by day
 * (#newsList), with the period, kind and person filters, progress while fresher shelves arrive,
 * who could not be refreshed, a refresh, and the way back (#closeNews, Escape, Alt+Left, the
 * mouse's back button). Enter or a double-click on an entry opens that person's shelf; Shift+Enter,
 * the entry's Game button or its menu open that game's page.
 */
public final class NewsView extends VBox {
    static final String STYLESHEET = Objects.requireNonNull(
            NewsView.class.getResource("/io/github/badgeshelf/ui/news/news.css")).toExternalForm();

    /** The person filter's "everyone" (a name is never empty). */
    private static final String EVERYONE = "";

    private final NewsViewModel model;
    private final ListView<NewsEntry> list;
    private Runnable onClose = () -> { };
    private Consumer<NewsEntry> onOpen = e -> { };
    private Consumer<NewsEntry> onOpenGame = e -> { };

    public NewsView(NewsViewModel model, BadgeIcons icons) {
        this.model = model;
        setId("newsPage");
        getStyleClass().add("news-page");
        getStylesheets().add(STYLESHEET);
        setAccessibleText(Messages.get("news.page"));
        list = createList(icons);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(createHeader(), createFilters(), createNotes(), list);
        // A filter, not a handler: the list consumes Escape itself (to cancel an edit it never has).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.LEFT && e.isAltDown())) {
                e.consume();
                onClose.run();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                e.consume();
                onClose.run();
            }
        });
    }

    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    void setOnOpen(Consumer<NewsEntry> onOpen) {
        this.onOpen = onOpen;
    }

    void setOnOpenGame(Consumer<NewsEntry> onOpenGame) {
        this.onOpenGame = onOpenGame;
    }

    /** Puts the keyboard in the list, on its first entry. */
    void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
            list.getFocusModel().focus(0);
        }
    }

    public ListView<NewsEntry> list() {
        return list;
    }

    private Node createHeader() {
        Button back = new Button(Messages.get("news.close"), new FontIcon(Material2AL.ARROW_BACK));
        back.setId("closeNews");
        back.getStyleClass().add("flat");
        back.setTooltip(new Tooltip(Messages.get("news.close.tooltip")));
        back.setOnAction(e -> onClose.run());
        Label title = new Label(Messages.get("news.title"));
        title.getStyleClass().add("news-heading");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label progress = new Label();
        progress.setId("newsProgress");
        progress.getStyleClass().add("news-note");
        progress.textProperty().bind(Bindings.createStringBinding(() -> model.totalProperty().get() == 0 ? ""
                        : Messages.format("news.progress", model.doneProperty().get(), model.totalProperty().get()),
                model.doneProperty(), model.totalProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button(Messages.get("news.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setId("refreshNews");
        refresh.setTooltip(new Tooltip(Messages.get("news.refresh.tooltip")));
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.refresh());
        // On a narrow window the heading wraps; the buttons and the progress keep their words whole.
        title.setWrapText(true);
        title.setMinWidth(120);
        for (Region whole : new Region[] {back, progress, refresh}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(10, back, title, spinner, progress, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node createFilters() {
        ComboBox<NewsPeriod> period = new ComboBox<>(FXCollections.observableArrayList(NewsPeriod.values()));
        period.setId("newsPeriod");
        period.setAccessibleText(Messages.get("news.period.help"));
        period.setTooltip(new Tooltip(Messages.get("news.period.help")));
        period.setCellFactory(words(NewsView::periodWords));
        period.setButtonCell(period.getCellFactory().call(null));
        period.valueProperty().bindBidirectional(model.periodProperty());

        // Choices are never null (a ComboBox words a null value as empty): "every kind" is Optional.empty(), "everyone" "".
        List<Optional<AwardCategory>> kinds = new ArrayList<>();
        kinds.add(Optional.empty());
        for (AwardCategory c : AwardCategory.values()) {
            kinds.add(Optional.of(c));
        }
        ComboBox<Optional<AwardCategory>> kind = new ComboBox<>(FXCollections.observableArrayList(kinds));
        kind.setId("newsKind");
        kind.setAccessibleText(Messages.get("news.kind.help"));
        kind.setTooltip(new Tooltip(Messages.get("news.kind.help")));
        kind.setCellFactory(words(k -> k.map(InsightsView::kindLabel).orElse(Messages.get("news.kind.all"))));
        kind.setButtonCell(kind.getCellFactory().call(null));
        kind.setValue(Optional.ofNullable(model.kindProperty().get()));
        kind.valueProperty().addListener((obs, old, now) -> model.kindProperty().set(now == null ? null : now.orElse(null)));
        model.kindProperty().addListener((obs, old, now) -> kind.setValue(Optional.ofNullable(now)));

        ObservableList<String> peopleChoices = FXCollections.observableArrayList();
        ComboBox<String> person = new ComboBox<>(peopleChoices);
        Runnable fill = () -> {
            List<String> choices = new ArrayList<>();
            choices.add(EVERYONE);
            choices.addAll(model.getPeople());
            String keep = model.personProperty().get();
            peopleChoices.setAll(choices);
            person.setValue(keep == null ? EVERYONE : keep);
        };
        model.getPeople().addListener((ListChangeListener<String>) c -> fill.run());
        person.setId("newsPerson");
        person.setAccessibleText(Messages.get("news.person.help"));
        person.setTooltip(new Tooltip(Messages.get("news.person.help")));
        person.setCellFactory(words(p -> p.isEmpty() ? Messages.get("news.person.all") : p));
        person.setButtonCell(person.getCellFactory().call(null));
        fill.run();
        person.valueProperty().addListener((obs, old, now) -> model.personProperty().set(
                now == null || now.isEmpty() ? null : now));
        model.personProperty().addListener((obs, old, now) -> person.setValue(now == null ? EVERYONE : now));

        Label count = new Label();
        count.setId("newsCount");
        count.getStyleClass().add("news-note");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("news.count", model.getShown().size()), model.getShown()));
        HBox filters = new HBox(8, period, kind, person, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private Node createNotes() {
        Label notes = new Label();
        notes.setId("newsMessage");
        notes.getStyleClass().add("news-note");
        notes.setWrapText(true);
        Runnable update = () -> notes.setText(notes());
        model.getTroubled().addListener((ListChangeListener<PersonNews>) c -> update.run());
        model.failureProperty().addListener((obs, old, now) -> update.run());
        update.run();
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        return notes;
    }

    private String notes() {
        List<String> parts = new ArrayList<>();
        if (model.failureProperty().get() != null) {
            parts.add(Messages.format("news.failed", model.failureProperty().get()));
        }
        for (PersonNews p : model.getTroubled()) {
            if (p.state() == PersonNews.State.UNAVAILABLE) {
                parts.add(Messages.format("news.person.unavailable", p.user()));
            } else {
                Duration age = p.age(model.now()).orElse(Duration.ZERO);
                parts.add(Messages.format("news.person.stale", p.user(), age.toHours(), age.toMinutes()));
            }
        }
        return String.join(" · ", parts);
    }

    private ListView<NewsEntry> createList(BadgeIcons icons) {
        ListView<NewsEntry> view = new ListView<>(model.getShown());
        view.setId("newsList");
        view.getStyleClass().add("news-list");
        view.setAccessibleText(Messages.get("news.list"));
        ZoneId zone = ZoneId.systemDefault();
        view.setCellFactory(v -> new NewsCell(icons, zone, e -> onOpenGame.accept(e)));
        view.setContextMenu(NewsMenu.create(view, e -> onOpen.accept(e), e -> onOpenGame.accept(e)));
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.busyProperty().get()
                ? Messages.get("news.loading") : Messages.get("news.empty"), model.busyProperty()));
        view.setPlaceholder(empty);
        view.setOnKeyPressed(e -> {
            NewsEntry selected = view.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) {
                    onOpenGame.accept(selected);
                } else {
                    onOpen.accept(selected);
                }
            }
        });
        view.setOnMouseClicked(e -> {
            NewsEntry selected = view.getSelectionModel().getSelectedItem();
            if (selected != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onOpen.accept(selected);
            }
        });
        return view;
    }

    private static String periodWords(NewsPeriod p) {
        return p == null || p == NewsPeriod.ALL ? Messages.get("news.period.all") : Messages.format("news.period.days", p.days());
    }

    private static <T> Callback<ListView<T>, ListCell<T>> words(java.util.function.Function<T, String> text) {
        return v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** The spoken words of an entry, for tests and screen readers alike. */
    static String spoken(NewsEntry e) {
        return Messages.format("news.entry.spoken", e.user(), AwardText.spoken(e.award()));
    }
}
