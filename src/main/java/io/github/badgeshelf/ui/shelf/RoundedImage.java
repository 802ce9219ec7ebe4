package io.github.badgeshelf.ui.shelf;

import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;

/** A square ImageView with rounded corners, as badge icons are shown. */
public final class RoundedImage {
    private RoundedImage() {
    }

    public static ImageView create(double size, double arc) {
        ImageView view = new ImageView();
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        Rectangle clip = new Rectangle(size, size);
        clip.setArcWidth(arc);
        clip.setArcHeight(arc);
        view.setClip(clip);
        return view;
    }
}
