package io.github.badgeshelf.news;

import io.github.badgeshelf.api.ApiException;
import io.github.badgeshelf.model.FollowedUser;
import io.github.badgeshelf.model.FollowingPage;

import java.util.ArrayList;
import java.util.List;

/** Everyone the key's owner follows, every page of API_GetUsersIFollow, in the server's order (most recently active first). */
public final class FollowList {
    /** The most the API gives in one page: 200 people cost one round trip. */
    public static final int PAGE_SIZE = 500;
    /** A bound on the pages read, so a server that keeps answering full pages cannot keep us looping. */
    static final int MAX_PAGES = 200;

    /** One page of the list: {@code RaClient::getUsersIFollow}. */
    @FunctionalInterface
    public interface Pages {
        FollowingPage page(int count, int offset) throws ApiException;
    }

    private FollowList() {
    }

    public static List<FollowedUser> all(Pages pages) throws ApiException {
        List<FollowedUser> all = new ArrayList<>();
        for (int read = 0; read < MAX_PAGES; read++) {
            FollowingPage page = pages.page(PAGE_SIZE, all.size());
            all.addAll(page.results());
            if (page.results().isEmpty() || all.size() >= page.total()) {
                break;
            }
        }
        return List.copyOf(all);
    }
}
