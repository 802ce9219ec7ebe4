package io.github.badgeshelf.credentials;

import io.github.badgeshelf.api.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FileCredentialStoreTest {
    private static final String KEY = "AbCdEf0123456789AbCdEf0123456789";

    @TempDir
    Path dir;

    @Test
    void savedCredentialsLoadBack() throws IOException {
        FileCredentialStore store = new FileCredentialStore(dir.resolve("home/credentials.json"));
        assertThat(store.load()).isEmpty();

        store.save(new Credentials("Ada", KEY));

        assertThat(store.load()).contains(new Credentials("Ada", KEY));
        // A fresh store on the same file (the next start of the app) reads the same.
        assertThat(new FileCredentialStore(store.file()).load()).contains(new Credentials("Ada", KEY));
    }

    @Test
    void theFileIsReadableAndWritableByItsOwnerAlone() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve("credentials.json");
        new FileCredentialStore(file).save(new Credentials("Ada", KEY));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFolderItCreatesIsTheOwnersAlone() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path folder = dir.resolve("new-home");
        new FileCredentialStore(folder.resolve("credentials.json")).save(new Credentials("Ada", KEY));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void aWiderFileIsReplacedByAPrivateOne() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new FileCredentialStore(file).save(new Credentials("Ada", KEY));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void saveReplacesThePreviousCredentials() throws IOException {
        FileCredentialStore store = new FileCredentialStore(dir.resolve("credentials.json"));
        store.save(new Credentials("Ada", KEY));
        store.save(new Credentials("Grace", "another-key-0000000000000000000"));
        assertThat(store.load()).contains(new Credentials("Grace", "another-key-0000000000000000000"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(store.file());
        }
    }

    @Test
    void clearRemovesTheFile() throws IOException {
        FileCredentialStore store = new FileCredentialStore(dir.resolve("credentials.json"));
        store.save(new Credentials("Ada", KEY));
        store.clear();
        assertThat(store.file()).doesNotExist();
        assertThat(store.load()).isEmpty();
        store.clear(); // nothing to clear is fine
    }

    @Test
    void aDamagedFileReadsAsNoCredentials() throws IOException {
        Path file = dir.resolve("credentials.json");
        FileCredentialStore store = new FileCredentialStore(file);
        Files.writeString(file, "{\"username\":\"Ada\",\"apiKey\":\"" + KEY);
        assertThat(store.load()).isEmpty();
        Files.writeString(file, "{\"username\":\"Ada\"}");
        assertThat(store.load()).isEmpty();
        Files.writeString(file, "{\"username\":\"Ada\",\"apiKey\":7}");
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aFailedSaveNamesNeitherTheKeyNorTheFileContent() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        FileCredentialStore store = new FileCredentialStore(notAFolder.resolve("credentials.json"));
        assertThatThrownBy(() -> store.save(new Credentials("Ada", KEY)))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain(KEY));
    }

    @Test
    void itIsNotTheOsStoreAndSaysWhereTheFileIs() {
        FileCredentialStore store = new FileCredentialStore(dir.resolve("credentials.json"));
        assertThat(store.isOsStore()).isFalse();
        assertThat(store.description()).contains("credentials.json");
    }

    static String stackTraceOf(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
