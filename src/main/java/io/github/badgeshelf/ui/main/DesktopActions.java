package io.github.badgeshelf.ui.main;

import javafx.application.HostServices;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The real desktop: the browser, the file manager, the save dialog, the theme. */
public final class DesktopActions implements WindowActions {
    private final HostServices host;
    private final Stage stage;
    private final AppServices services;
    private final Supplier<AppShell> shell;

    public DesktopActions(HostServices host, Stage stage, AppServices services, Supplier<AppShell> shell) {
        this.host = host;
        this.stage = stage;
        this.services = services;
        this.shell = shell;
    }

    @Override
    public void openInBrowser(String url) {
        host.showDocument(url);
    }

    @Override
    public void openFolder(Path folder) {
        host.showDocument(folder.toUri().toString());
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String proposedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export awards to CSV");
        chooser.setInitialFileName(proposedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        String last = services.settings().lastExportFolder();
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        }
        File chosen = chooser.showSaveDialog(owner == null ? stage : owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        if (path.getParent() != null) {
            services.updateSettings(s -> s.withLastExportFolder(path.getParent().toString()));
        }
        return Optional.of(path);
    }

    @Override
    public void toggleTheme() {
        Theme next = Theme.fromName(services.settings().theme()).other();
        next.apply(shell.get());
        services.updateSettings(s -> s.withTheme(next.settingName()));
    }

    @Override
    public void signOut() {
        // Routed by AppShell itself; nothing for the desktop to do.
    }
}
