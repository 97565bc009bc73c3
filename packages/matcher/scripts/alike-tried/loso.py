import json, sys
ranks = json.load(open(sys.argv[1]))
names = list(ranks)
sets = list(ranks[names[0]])
def score(name, ss):
    return (sum(sum(1 for r in ranks[name][s] if r == 1) for s in ss), sum(sum(1 for r in ranks[name][s] if r <= 5) for s in ss))
print('| setting | ' + ' | '.join(sets) + ' |')
for n in names:
    print(f'| {n} | ' + ' | '.join(f'{score(n,[s])[0]} / {score(n,[s])[1]}' for s in sets) + ' |')
tot = [0, 0]; base = [0, 0]; row = []
for held in sets:
    others = [s for s in sets if s != held]
    best = max(names, key=lambda n: (score(n, others), n == names[0]))
    h = score(best, [held]); b = score(names[0], [held])
    row.append(f'{h[0]} / {h[1]} ({best[:40]})')
    tot[0] += h[0]; tot[1] += h[1]; base[0] += b[0]; base[1] += b[1]
print('| LOSO held out | ' + ' | '.join(row) + ' |')
print('LOSO total', tot, 'shipped', base)
