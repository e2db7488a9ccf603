# Turns a blind writer's name list into hand lists. The writers' raw lists are not kept.
# Usage (pip install wordfreq):
#   TAG=greek-slavic-turkish python3 writers.filter.py LEXICON_BEFORE.tsv WRITER.tsv... OUTDIR
# WRITER.tsv: `lang<TAB>name<TAB>given|surname<TAB>word|-` (`word`: the writer says it is also an
# ordinary word). Writes OUTDIR/{given,givenword,surname}-TAG.txt, one name a line. Left out:
# names of more than one word, names the lexicon already knows (their folded key: a hand list's
# name never takes the STOP or PLACE flag, so adding a known one would take it off), CLDR's
# months, weekdays and countries and GeoNames' cities (make.py's own lists), and surnames that
# are words. A given name is also a word (givenword) when the writer says so and no other
# language's line of it says otherwise, when wordfreq finds it at least 5.0 Zipf in its own
# language, or when another language of the recogniser uses it as often as its own (at least
# 3.5 Zipf for a Latin-script name, `Fügen` is a German verb; 4.5 for other scripts, whose
# related languages share their names: Serbian `люба`).
import collections, os, pathlib, sys, tempfile, unicodedata
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import make, wordfreq

TAG = os.environ["TAG"]
LANGS = ['ar', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'nb', 'nl',
         'pl', 'pt', 'ru', 'sv', 'tr', 'uk', 'vi', 'bg', 'sr', 'ms']
# The writers' languages wordfreq has a list of (Frisian read as Dutch).
HOME = {'fy': 'nl', 'sr': 'sh', 'nl': 'nl', 'el': 'el', 'ru': 'ru', 'uk': 'uk', 'tr': 'tr', 'bg': 'bg',
        'id': 'id', 'ms': 'ms', 'ar': 'ar', 'fa': 'fa', 'he': 'he'}


def arabic_spellings(word):
    """The spellings the lexicon's folding makes one with `word`."""
    bases = {word, word.replace('آ', 'ا').replace('أ', 'ا').replace('إ', 'ا')}
    out = set()
    for b in bases:
        out |= {b, b[:-1] + 'ه' if b.endswith('ة') else b, b[:-1] + 'ة' if b.endswith('ه') else b,
                b[:-1] + 'ي' if b.endswith('ى') else b, b[:-1] + 'ى' if b.endswith('ي') else b}
    for a in ('ا', 'أ', 'إ', 'آ'):
        out |= {a + v[1:] for v in list(out) if v[:1] in 'اأإآ'}
    return out


def main():
    lexicon, *writers, outdir = sys.argv[1:]
    known = set()
    for line in open(lexicon, encoding='utf-8'):
        if not line.startswith('#'):
            known.add(make.folded(line.split('\t')[0]))
    with tempfile.TemporaryDirectory() as tmp:
        cldr, calendar = make.cldr_words(tmp)
        cities = make.city_words(tmp)
    places = {make.folded(w) for w in cldr} | calendar | cities
    rows = [l.rstrip('\n').split('\t') for w in writers for l in open(w, encoding='utf-8')]
    rows = [r for r in rows if len(r) == 4]
    own = collections.defaultdict(set)
    for lang, name, _, _ in rows:
        own[lang].add(name.lower())
    plain = {(name, kind) for _, name, kind, word in rows if word != 'word'}
    out = collections.defaultdict(set)
    dropped = collections.Counter()
    for lang, name, kind, word in rows:
        name = name.strip()
        key = make.folded(name)
        if ' ' in name or len(name) < 2 or any(c.isdigit() for c in name) or name.lower() in make.PARTICLES:
            dropped['shape'] += 1
            continue
        if key in known:
            dropped['known'] += 1
            continue
        if key in places:
            dropped['month, weekday, country or city'] += 1
            continue
        w = name.lower()
        home_lang = HOME.get(lang)
        home = wordfreq.zipf_frequency(w, home_lang) if home_lang else 0
        # In Arabic script the lexicon folds `ة` to `ه`, `ى` to `ي` and the alef's forms, so a
        # name is also every word spelt like it (`علية`, Aliyya, is `عليه`, "on him").
        if home_lang in ('ar', 'fa'):
            home = max([home] + [wordfreq.zipf_frequency(v, m) for v in arabic_spellings(w) for m in ('ar', 'fa')])
        latin = 'LATIN' in unicodedata.name(name[0], '') or name[0].isascii()
        clash = any(z >= (3.5 if latin else 4.5) and z >= home - 0.5
                    for z in (wordfreq.zipf_frequency(w, m) for m in LANGS if m != lang and w not in own[m]))
        is_word = word == 'word' and (name, kind) not in plain or clash or home >= 5.0
        # (Since 2026-12-07, third Turkish list: a given name at least 4.5 Zipf in its own
        # language is left out, a word far more than a name, `Doğu`, "east", which made the
        # catalogues' inverted language names `Bru, Doğu` names; a surname at least 4.0 is a word,
        # `Kurum`, "institution".)
        if kind != 'surname' and home >= 4.5:
            dropped['given name that is a common word'] += 1
            continue
        if kind == 'surname':
            if is_word or home >= 4.0:
                dropped['surname that is a word'] += 1
            else:
                out['surname'].add(name)
        else:
            out['givenword' if is_word else 'given'].add(name)
    for kind, names in sorted(out.items()):
        pathlib.Path(outdir, f'{kind}-{TAG}.txt').write_text('\n'.join(sorted(names)) + '\n', encoding='utf-8')
        print(kind, len(names))
    print(dict(dropped))


main()
