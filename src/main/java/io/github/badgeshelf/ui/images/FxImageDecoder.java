package io.github.badgeshelf.ui.images;

import io.github.badgeshelf.images.IconDecoder;
import java.io.IOException;
import javafx.scene.image.Image;

/**
 * Decodes icons into JavaFX Images at their display size, so the memory cache holds only the
 * pixels a tile shows (not the encoded file it came from). Loading an Image from a stream is
 * synchronous and legal off the FX thread.
 * Callers pass the size in physical pixels (logical size times the screen's output scale).
 */
public final class FxImageDecoder implements IconDecoder<Image> {

    @Override
    public Image decode(byte[] data, int sizePx) throws IOException {
        if (data == null || data.length == 0) {
            throw new IOException("not an image (the file is empty)");
        }
        ReleasableByteStream source = new ReleasableByteStream(data);
        Image image;
        try {
            image = new Image(source, sizePx, sizePx, true, true);
        } finally {
            source.release(); // the Image keeps its source for life: without this, the file's bytes too
        }
        if (image.isError() || image.getWidth() <= 0 || image.getHeight() <= 0) {
            Exception cause = image.getException();
            throw new IOException("not an image (" + data.length + " bytes that JavaFX cannot read)", cause);
        }
        return image;
    }

    @Override
    public long weightBytes(Image icon) {
        return (long) Math.ceil(icon.getWidth()) * (long) Math.ceil(icon.getHeight()) * 4L;
    }
}
