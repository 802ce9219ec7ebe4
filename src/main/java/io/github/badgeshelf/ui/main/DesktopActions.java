package io.github.badgeshelf.ui.main;

import io.github.badgeshelf.ui.i18n.Messages;
import javafx.application.HostServices;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The real desktop: the browser, the file manager, the save dialog, the theme. */
public final class DesktopActions implements WindowActions {
    private final HostServices host;
    private final Stage stage;
    private final AppServices services;
    private final Supplier<AppShell> shell;

    private final ExportFileChooser chooser;

    public DesktopActions(HostServices host, Stage stage, AppServices services, Supplier<AppShell> shell,
                          ExportFileChooser chooser) {
        this.chooser = chooser == null ? DesktopActions::systemSaveDialog : chooser;
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
        ExportFolder.Proposal proposal = ExportFolder.propose(services.settings().lastExportFolder());
        proposal.unusable().ifPresent(bad -> {
            // Forgotten at once, so a bad setting costs one note rather than every later save.
            services.updateSettings(s -> s.withLastExportFolder(null));
            String note = Messages.format("export.folder.unusable", printable(bad), proposal.folder());
            // Later, so it joins the outcome of the save about to start ("Saved ...") rather than the line now.
            javafx.application.Platform.runLater(() -> shell.get().addNotice(note));
        });
        Path initial = proposal.folder();
        Optional<Path> chosen = chooser.choose(owner == null ? stage : owner, proposedName, initial);
        chosen.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(folder ->
                services.updateSettings(s -> s.withLastExportFolder(folder.toString())));
        return chosen;
    }

    /** A remembered folder as a person can read it: control characters (a NUL) shown as "?". */
    private static String printable(String folder) {
        return folder.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Optional<Path> systemSaveDialog(Window owner, String proposedName, Path initialFolder) {
        FileChooser dialog = new FileChooser();
        dialog.setInitialFileName(proposedName);
        if (proposedName != null && proposedName.endsWith(".png")) { // "Save image" asks here too
            dialog.setTitle(Messages.get("image.chooser.title"));
            dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Messages.get("image.chooser.filter"), "*.png"));
        } else {
            dialog.setTitle(Messages.get("export.chooser.title"));
            dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.chooser.filter"), "*.csv"));
        }
        if (initialFolder != null) {
            dialog.setInitialDirectory(initialFolder.toFile());
        }
        File chosen = dialog.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
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
