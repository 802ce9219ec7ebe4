package io.github.badgeshelf.api;

/** The web API endpoints the client calls, with the words used for them in messages. */
enum Endpoint {
    AWARDS("/API/API_GetUserAwards.php", "the user's awards"),
    PROFILE("/API/API_GetUserProfile.php", "the user's profile"),
    FOLLOWING("/API/API_GetUsersIFollow.php", "the list of people you follow"),
    GAME_PROGRESS("/API/API_GetGameInfoAndUserProgress.php", "the game's achievements");

    final String path;
    final String what;

    Endpoint(String path, String what) {
        this.path = path;
        this.what = what;
    }
}
