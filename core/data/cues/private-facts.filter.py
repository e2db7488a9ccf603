# Drops single private-fact words that are common words of another language, or too common in
# their own to say anything alone. Usage: python3 private-facts.filter.py WRITER.tsv... OUT.tsv
# (the writers' raw lists are not kept; pip install wordfreq).
import sys, wordfreq
from collections import defaultdict
langs = ['ar','cs','da','de','el','en','es','fa','fi','fr','he','hi','hu','id','it','nb','nl','pl','pt','ru','sv','tr','uk','vi']
code = {'no': 'nb', 'tl': 'fil'}
rows = []
for path in sys.argv[1:-1]:
    rows += [l.rstrip('\n').split('\t') for l in open(path, encoding='utf-8') if l.strip()]
own = defaultdict(set)
for lang, area, p, g in rows:
    own[code.get(lang, lang)].add(p.lower())
kept, dropped = [], []
seen = set()
for r in rows:
    lang, area, p, g = r
    if (lang, p) in seen: continue
    seen.add((lang, p))
    L = code.get(lang, lang)
    w = p.lower()
    if ' ' in p:
        kept.append(r); continue
    home = wordfreq.zipf_frequency(w, L) if L in wordfreq.available_languages() else 0
    clash = [(M, wordfreq.zipf_frequency(w, M)) for M in langs if M != L and w not in own[M]]
    clash = [(M, z) for M, z in clash if z >= 4.5 and z >= home - 1.0]
    if clash or home >= 5.3:
        dropped.append((r, clash, home))
    else:
        kept.append(r)
with open(sys.argv[-1], 'w', encoding='utf-8') as f:
    for r in kept: f.write('\t'.join(r) + '\n')
for r, c, h in dropped:
    print(r[0], r[2], round(h,2), sorted(c, key=lambda x: -x[1])[:2])
print(len(kept), 'kept', len(dropped), 'dropped', file=sys.stderr)
