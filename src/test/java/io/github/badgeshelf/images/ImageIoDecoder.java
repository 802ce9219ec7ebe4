package io.github.badgeshelf.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** A decoder without JavaFX for the core tests; it remembers which threads it ran on. */
final class ImageIoDecoder implements IconDecoder<ImageIoDecoder.Icon> {

    /** A decoded icon: the source's pixel size and the size it was asked for. */
    record Icon(int sourceWidth, int sourceHeight, int sizePx) {
    }

    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final AtomicInteger decodes = new AtomicInteger();

    @Override
    public Icon decode(byte[] data, int sizePx) throws IOException {
        threads.add(Thread.currentThread().getName());
        decodes.incrementAndGet();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
        if (image == null) {
            throw new IOException("not an image");
        }
        return new Icon(image.getWidth(), image.getHeight(), sizePx);
    }

    @Override
    public long weightBytes(Icon icon) {
        return (long) icon.sizePx() * icon.sizePx() * 4;
    }
}
