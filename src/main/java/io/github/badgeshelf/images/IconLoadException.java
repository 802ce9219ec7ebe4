package io.github.badgeshelf.images;

import java.io.IOException;

/** A load failure whose message is already a plain reason fit to show. */
final class IconLoadException extends IOException {

    IconLoadException(String plainReason) {
        super(plainReason);
    }
}
