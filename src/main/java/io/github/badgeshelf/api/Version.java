package io.github.badgeshelf.api;

/** The app's name and version, as packaged (falls back to "dev" when run from classes). */
public final class Version {
    public static final String NAME = "BadgeShelf";

    private Version() {
    }

    public static String version() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The User-Agent the HTTP clients send. */
    public static String userAgent() {
        return NAME + "/" + version() + " (+https://github.com/badgeshelf)";
    }
}
