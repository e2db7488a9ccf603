//! Latin spellings of names written in Devanagari (`राजेन्द्र` → `rajendra`,
//! `अमृता` → `amrita`), so the registries' Latin entries serve Hindi, Marathi
//! and Nepali names as they serve Cyrillic and Greek ones
//! ([`super::fold::romanize_into`]).
//!
//! Each consonant carries an inherent `a` unless a vowel sign or a virama
//! follows it. Hindi does not pronounce that `a` at the end of a word after
//! a single consonant (`मनीश` → `manish`, but `इन्द्र` → `indra`), and
//! inside a word between a vowel and a single consonant with its own vowel
//! (`देवदान` → `devdan`); registries spell names as they are said, so both
//! spellings are tried, with and without the medial deletion.

/// One written syllable: its consonants (already in Latin), its vowel and
/// what follows the vowel (a nasal, a visarga).
struct Syllable {
    consonants: String,
    /// How many consonants (a conjunct has more than one).
    count: u8,
    vowel: Vowel,
    coda: Coda,
}

#[derive(Clone, Copy, PartialEq)]
enum Vowel {
    /// The inherent `a`, which may go unsaid.
    Inherent,
    /// A vowel sign or an independent vowel.
    Written(&'static str),
    /// A virama with nothing after it: no vowel.
    Killed,
}

#[derive(Clone, Copy, PartialEq)]
enum Coda {
    None,
    /// Anusvara or chandrabindu: `m` before `p`, `b`, `m`, else `n`.
    Nasal,
    Visarga,
}

fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' | 'ञ' | 'ण' | 'न' | '\u{0929}' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        'झ' => "jh",
        'ट' | 'त' => "t",
        'ठ' | 'थ' => "th",
        'ड' | 'द' => "d",
        'ढ' | 'ध' => "dh",
        'प' => "p",
        'फ' => "ph",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' | '\u{095F}' => "y",
        'र' | '\u{0931}' => "r",
        'ल' | 'ळ' | '\u{0934}' => "l",
        'व' => "v",
        'श' | 'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        // Consonants with a nukta, precomposed.
        '\u{0958}' => "q",
        '\u{0959}' => "kh",
        '\u{095A}' => "g",
        '\u{095B}' => "z",
        '\u{095C}' => "r",
        '\u{095D}' => "rh",
        '\u{095E}' => "f",
        _ => return None,
    })
}

fn vowel_sign(c: char) -> Option<&'static str> {
    Some(match c {
        'ा' => "a",
        'ि' | 'ी' => "i",
        'ु' | 'ू' => "u",
        'ृ' => "ri",
        'े' | 'ॅ' => "e",
        'ै' => "ai",
        'ो' | 'ॉ' => "o",
        'ौ' => "au",
        _ => return None,
    })
}

fn independent_vowel(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' | 'आ' => "a",
        'इ' | 'ई' => "i",
        'उ' | 'ऊ' => "u",
        'ऋ' => "ri",
        'ए' | 'ऍ' => "e",
        'ऐ' => "ai",
        'ओ' | 'ऑ' => "o",
        'औ' => "au",
        _ => return None,
    })
}

/// The syllables of a Devanagari word, or `None` when it has a character
/// this does not spell (another script, a digit, a sign it does not know).
fn syllables(word: &str) -> Option<Vec<Syllable>> {
    let mut out: Vec<Syllable> = Vec::new();
    for c in word.chars() {
        let last_killed = out.last().is_some_and(|s| s.vowel == Vowel::Killed);
        if let Some(latin) = consonant(c) {
            match out.last_mut() {
                // A virama joins this consonant to the one before: a conjunct.
                Some(s) if last_killed && s.coda == Coda::None => {
                    s.consonants.push_str(latin);
                    s.count += 1;
                    s.vowel = Vowel::Inherent;
                }
                _ => out.push(Syllable {
                    consonants: latin.to_owned(),
                    count: 1,
                    vowel: Vowel::Inherent,
                    coda: Coda::None,
                }),
            }
        } else if let Some(v) = independent_vowel(c) {
            out.push(Syllable {
                consonants: String::new(),
                count: 0,
                vowel: Vowel::Written(v),
                coda: Coda::None,
            });
        } else {
            let s = out.last_mut()?;
            match c {
                '्' if s.count > 0 => s.vowel = Vowel::Killed,
                _ if s.count > 0 && s.vowel == Vowel::Inherent && vowel_sign(c).is_some() => {
                    s.vowel = Vowel::Written(vowel_sign(c)?)
                }
                'ं' | 'ँ' => s.coda = Coda::Nasal,
                'ः' => s.coda = Coda::Visarga,
                // A nukta written apart: the consonant before it changes.
                '\u{093C}' => {
                    let k = s.consonants.as_str();
                    let changed = if k.ends_with("ph") {
                        ("ph", "f")
                    } else if k.ends_with("dh") {
                        ("dh", "rh")
                    } else if k.ends_with('j') {
                        ("j", "z")
                    } else if k.ends_with('d') {
                        ("d", "r")
                    } else if k.ends_with('k') {
                        ("k", "q")
                    } else {
                        ("", "")
                    };
                    let keep = s.consonants.len() - changed.0.len();
                    s.consonants.truncate(keep);
                    s.consonants.push_str(changed.1);
                }
                _ => return None,
            }
        }
    }
    Some(out)
}

/// Appends a Latin spelling of a Devanagari word to `out`; `medial` also
/// drops the inherent `a` inside the word where Hindi does not say it.
/// Returns false, leaving `out` as it was, for a word that is not all
/// Devanagari letters.
pub(super) fn romanize_into(word: &str, medial: bool, out: &mut String) -> bool {
    if !word
        .chars()
        .next()
        .is_some_and(|c| ('\u{0900}'..='\u{097F}').contains(&c))
    {
        return false;
    }
    let Some(syllables) = syllables(word) else {
        return false;
    };
    let n = syllables.len();
    let said = |i: usize| -> bool {
        let s: &Syllable = &syllables[i];
        match s.vowel {
            Vowel::Written(_) => true,
            Vowel::Killed => false,
            // Always said in the first syllable, before a nasal or visarga
            // and after a conjunct at the end (`इन्द्र`).
            Vowel::Inherent if i == 0 || s.coda != Coda::None => true,
            Vowel::Inherent if i + 1 == n => s.count > 1,
            Vowel::Inherent => {
                // V C _ C V: a single consonant between a said vowel and a
                // single consonant that has its own.
                let next = &syllables[i + 1];
                let next_said = match next.vowel {
                    Vowel::Written(_) => true,
                    Vowel::Inherent => i + 2 < n || next.count > 1,
                    Vowel::Killed => false,
                };
                !(medial && s.count == 1 && next.count == 1 && next_said)
            }
        }
    };
    for (i, s) in syllables.iter().enumerate() {
        out.push_str(&s.consonants);
        match s.vowel {
            Vowel::Written(v) => out.push_str(v),
            Vowel::Inherent if said(i) => out.push('a'),
            _ => {}
        }
        match s.coda {
            Coda::None => {}
            Coda::Nasal => {
                let labial = syllables.get(i + 1).is_some_and(|next| {
                    matches!(next.consonants.as_bytes().first(), Some(b'p' | b'b' | b'm'))
                });
                out.push(if labial { 'm' } else { 'n' });
            }
            Coda::Visarga => out.push('h'),
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(word: &str, medial: bool) -> String {
        let mut out = String::new();
        assert!(romanize_into(word, medial, &mut out), "{word}");
        out
    }

    #[test]
    fn spells_as_registries_do() {
        for (word, plain, said) in [
            ("राजेन्द्र", "rajendra", "rajendra"),
            ("अमृता", "amrita", "amrita"),
            ("मनीश", "manish", "manish"),
            ("जगन्नाथ", "jagannath", "jagannath"),
            ("सूर्य", "surya", "surya"),
            ("इन्द्र", "indra", "indra"),
            ("क्षितिज", "kshitij", "kshitij"),
            ("देवदान", "devadan", "devdan"),
            ("लावण्या", "lavanya", "lavanya"),
            ("संजय", "sanjay", "sanjay"),
            ("अम्बर", "ambar", "ambar"),
            ("\u{095E}रहान", "farahan", "farhan"),
            ("\u{092B}\u{093C}रहान", "farahan", "farhan"),
        ] {
            assert_eq!(latin(word, false), plain, "{word}");
            assert_eq!(latin(word, true), said, "{word}");
        }
    }

    #[test]
    fn other_scripts_and_signs_are_not_spelt() {
        let mut out = String::from("x");
        for word in ["Rajendra", "राज1", "राज।", "راجندر"] {
            assert!(!romanize_into(word, false, &mut out), "{word}");
        }
        assert_eq!(out, "x");
    }
}
