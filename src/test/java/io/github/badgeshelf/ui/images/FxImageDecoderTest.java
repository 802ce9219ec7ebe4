package io.github.badgeshelf.ui.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import io.github.badgeshelf.images.TestPngs;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FxImageDecoderTest {

    private final FxImageDecoder decoder = new FxImageDecoder();

    @BeforeAll
    static void startToolkit() throws java.util.concurrent.TimeoutException {
        // Started the way TestFX starts it, so the UI tests that run later in this JVM find it as they expect.
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void decodesAPngAtTheRequestedSize() throws Exception {
        Image image = decoder.decode(TestPngs.png("fx", 64), 32);

        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(32);
        assertThat(decoder.weightBytes(image)).isEqualTo(32 * 32 * 4);
        assertThat(image.getPixelReader().getArgb(16, 16)).isEqualTo("fx".hashCode() | 0xFF000000);
    }

    @Test
    void decodesAtAHiDpiSize() throws Exception {
        Image image = decoder.decode(TestPngs.png("hidpi", 64), 128);

        assertThat(decoder.weightBytes(image)).isEqualTo(128 * 128 * 4);
    }

    @Test
    void decodesOffTheFxThread() throws Exception {
        assertThat(Platform.isFxApplicationThread()).isFalse();

        assertThat(decoder.decode(TestPngs.png("off", 64), 64).isError()).isFalse();
    }

    @Test
    void aDecodedIconDoesNotKeepTheBytesOfItsFile() throws Exception {
        byte[] png = TestPngs.png("let-go", 64);
        WeakReference<byte[]> file = new WeakReference<>(png);
        Image image = decoder.decode(png, 64);
        png = null;

        // A JavaFX Image keeps the stream it was read from; the memory cache holds thousands of them.
        for (int i = 0; i < 20 && file.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(file.get()).as("the PNG's bytes, with its decoded Image still held").isNull();
        assertThat(image.getPixelReader().getArgb(32, 32)).isEqualTo("let-go".hashCode() | 0xFF000000);
    }

    @Test
    void somethingThatIsNotAnImageIsAnIoException() {
        byte[] html = "<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatIOException().isThrownBy(() -> decoder.decode(html, 64)).withMessageStartingWith("not an image");
        assertThatIOException().isThrownBy(() -> decoder.decode(new byte[0], 64));
    }
}
