package io.github.badgeshelf.compare;

import io.github.badgeshelf.model.Award;

import java.util.Arrays;

/**
 * Each side's kept award per game ID: open addressing on plain ints, so the hot loop over
 * thousands of awards neither boxes IDs nor allocates per award.
 */
final class GameSlots {
    private final int[] table;      // slot + 1 per hash position; 0 = free
    private final int mask;
    private final int[] ids;
    private final Award[] left;
    private final Award[] right;
    private final int[] leftRanks;
    private final int[] rightRanks;
    private int size;

    GameSlots(int expectedGames) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedGames * 2 - 1)) << 1;
        table = new int[capacity];
        mask = capacity - 1;
        ids = new int[expectedGames];
        left = new Award[expectedGames];
        right = new Award[expectedGames];
        leftRanks = new int[expectedGames];
        rightRanks = new int[expectedGames];
    }

    /**
     * Keeps {@code award} (of the given kind's rank) for its game on that side if it beats what is
     * kept: {@link GameAwardRank}'s rule, with the kept award's rank remembered rather than worked
     * out again for every offer.
     */
    void offer(Award award, int rank, boolean leftSide) {
        int slot = slotOf(award.awardData());
        Award[] side = leftSide ? left : right;
        int[] ranks = leftSide ? leftRanks : rightRanks;
        Award current = side[slot];
        if (current == null || rank < ranks[slot]
                || (rank == ranks[slot] && GameAwardRank.earlier(award.awardedAt(), current.awardedAt()))) {
            side[slot] = award;
            ranks[slot] = rank;
        }
    }

    private int slotOf(int gameId) {
        int h = mix(gameId) & mask;
        while (true) {
            int entry = table[h];
            if (entry == 0) {
                ids[size] = gameId;
                table[h] = ++size;
                return size - 1;
            }
            if (ids[entry - 1] == gameId) {
                return entry - 1;
            }
            h = (h + 1) & mask;
        }
    }

    private static int mix(int x) {
        // Game IDs are dense small numbers; spread them over the table's bits.
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    int size() {
        return size;
    }

    int id(int slot) {
        return ids[slot];
    }

    Award left(int slot) {
        return left[slot];
    }

    Award right(int slot) {
        return right[slot];
    }

    @Override
    public String toString() {
        return "GameSlots" + Arrays.toString(Arrays.copyOf(ids, size));
    }
}
