# Drops single speaker words that are common words of another language (as common there as
# here, or nearly). Usage: python3 speaker-words.filter.py RAW.tsv OUT.tsv (pip install wordfreq).
import sys, wordfreq
from collections import defaultdict
langs = ['ar','cs','da','de','el','en','es','fa','fi','fr','he','hi','hu','id','it','nb','nl','pl','pt','ru','sv','tr','uk','vi']
code = {'no': 'nb', 'tl': 'fil'}
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
own = defaultdict(set)
for lang, kind, p, g in rows:
    own[code.get(lang, lang)].add(p.lower())
kept, dropped = [], []
for r in rows:
    lang, kind, p, g = r
    L = code.get(lang, lang)
    w = p.lower()
    if ' ' in p or p == 'I':
        kept.append(r); continue
    clash = [(M, wordfreq.zipf_frequency(w, M)) for M in langs if M != L and w not in own[M]]
    home = wordfreq.zipf_frequency(w, L) if L in wordfreq.available_languages() else 0
    clash = [(M, z) for M, z in clash if z >= 5.0 and z >= home - 0.3]
    if clash:
        dropped.append((r, clash))
    else:
        kept.append(r)
with open(sys.argv[2], 'w') as f:
    for r in kept: f.write('\t'.join(r) + '\n')
for r, c in dropped:
    print(r[0], r[2], sorted(c, key=lambda x: -x[1])[:3])
print(len(kept), 'kept', len(dropped), 'dropped', file=sys.stderr)
