#!/usr/bin/env python3
"""Writes src/main/resources/io/github/badgeshelf/demo/games.json: the demo games' achievements and
each demo user's progress on them, consistent with the demo shelves (a mastery means every
achievement in hardcore, a completion every one in softcore, a beaten game its progression and win
achievements). Deterministic; run again after changing the demo shelves."""
import json, random, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, '..', '..', 'src', 'main', 'resources', 'io', 'github', 'badgeshelf', 'demo')
USERS = ['BadgeShelfDemo', 'PixelPenny', 'Hoarder']
VERBS = ['Reach', 'Defeat', 'Collect', 'Rescue', 'Find', 'Clear', 'Survive', 'Escape', 'Unlock', 'Master']
THINGS = ['the Crystal Gate', 'the Iron Golem', '100 coins', 'the lost cat', 'every secret room', 'world 2',
          'the storm', 'the tower', 'the hidden shop', 'the final boss', 'the bonus stage', 'all relics',
          'the sky fortress', 'the sunken ship', 'a flawless run', 'the music box']
NAMES = ['First Steps', 'Shiny!', 'No Hit Wonder', 'Completionist', 'Speed Demon', 'Treasure Hunter',
         'Night Owl', 'Pacifist', 'Sharp Eye', 'Lucky Seven', 'Boss Rush', 'Untouchable', 'Collector',
         'Explorer', 'Marathon', 'Perfectionist', 'Sidequest', 'Secret Keeper', 'Hat Trick', 'Iron Will']
SPACED = '%Y-%m-%d %H:%M:%S'


def parse(iso):
    return datetime.datetime.fromisoformat(iso)


def main():
    shelves = {u: json.load(open(os.path.join(DEMO, 'awards-%s.json' % u)))['VisibleUserAwards'] for u in USERS}
    games = {}
    for awards in shelves.values():
        for a in awards:
            if a['AwardType'] in ('Mastery/Completion', 'Game Beaten'):
                games.setdefault(a['AwardData'], a)
    out_games = {}
    for gid in sorted(games):
        a = games[gid]
        rnd = random.Random(gid)
        # One big set so the page can be seen with hundreds of badges, like the biggest real sets.
        n = 240 if gid == 1029 else rnd.randint(14, 48)
        achievements = []
        win = rnd.randint(n // 2, n - 1)
        for i in range(n):
            if i == win:
                kind = 'win_condition'
            elif i % 6 == 0:
                kind = 'progression'
            elif rnd.random() < 0.12:
                kind = 'missable'
            else:
                kind = None
            name = NAMES[(gid + i) % len(NAMES)] + ('' if i < len(NAMES) else ' ' + str(i // len(NAMES) + 1))
            achievements.append({
                'ID': gid * 100 + i + 1 if n < 100 else 500000 + i + 1,
                'Title': name,
                'Description': '%s %s' % (VERBS[rnd.randrange(len(VERBS))], THINGS[rnd.randrange(len(THINGS))]),
                'Points': rnd.choice([1, 2, 3, 4, 5, 5, 10, 10, 10, 25, 50]),
                'TrueRatio': 0,
                'Type': kind,
                'BadgeName': '%05d' % (gid * 37 + i * 11 % 100000),
                'NumAwarded': 0, 'NumAwardedHardcore': 0,
                'DisplayOrder': i + 1,
            })
        players = rnd.randint(800, 30000)
        for ach in achievements:
            share = rnd.uniform(0.03, 0.9)
            ach['NumAwarded'] = int(players * share)
            ach['NumAwardedHardcore'] = int(ach['NumAwarded'] * rnd.uniform(0.3, 0.8))
            ach['TrueRatio'] = int(ach['Points'] * (1 + (1 - share) * 5))
        out_games[str(gid)] = {
            'ID': gid, 'Title': a['Title'], 'ConsoleID': a['ConsoleID'], 'ConsoleName': a['ConsoleName'],
            'NumDistinctPlayers': players, 'ImageIcon': a['ImageIcon'], 'Achievements': achievements}
    progress = {}
    order = ['mastered', 'completed', 'beaten-hardcore', 'beaten-softcore']
    for user, awards in shelves.items():
        mine = {}
        for a in awards:
            if a['AwardType'] not in ('Mastery/Completion', 'Game Beaten'):
                continue
            hc = a['AwardDataExtra'] == 1
            kind = ('mastered' if hc else 'completed') if a['AwardType'] == 'Mastery/Completion' \
                else ('beaten-hardcore' if hc else 'beaten-softcore')
            p = mine.setdefault(str(a['AwardData']), {'HighestAwardKind': None, 'HighestAwardDate': None, 'awards': []})
            p['awards'].append((kind, a['AwardedAt']))
        out = {}
        for gid, p in mine.items():
            game = out_games[gid]
            rnd = random.Random(sum(map(ord, user)) * 7919 + int(gid))
            best = min(p['awards'], key=lambda k: order.index(k[0]))
            last = max(parse(t) for _, t in p['awards'])
            full = best[0] in ('mastered', 'completed')
            earned = {}
            achs = game['Achievements']
            when = last - datetime.timedelta(days=len(achs) // 3 + 2)
            step = (last - when) / max(1, len(achs))
            for i, ach in enumerate(achs):
                needed = full or ach['Type'] in ('progression', 'win_condition')
                if needed or rnd.random() < 0.55:
                    t = (when + step * i).strftime(SPACED)
                    hard = best[0] in ('mastered', 'beaten-hardcore') and (full or needed or rnd.random() < 0.6)
                    earned[str(ach['ID'])] = [t, t if hard else None]
            out[gid] = {'HighestAwardKind': best[0], 'HighestAwardDate': best[1], 'Earned': earned}
        progress[user] = out
    with open(os.path.join(DEMO, 'games.json'), 'w') as f:
        json.dump({'games': out_games, 'progress': progress}, f, separators=(',', ':'), sort_keys=False)
        f.write('\n')


if __name__ == '__main__':
    main()
