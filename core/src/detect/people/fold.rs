//! Folding a name for lookup: lowercase, Latin letters without their marks
//! (`Wiśniewski` and `WISNIEWSKI` are one key), other scripts lowercased.
//! Shared by `core/build.rs`, which folds the lexicon's keys, and the
//! recogniser, which folds the words it looks up: both sides fold alike.

/// Base letters of U+00C0..U+024F, then U+1E00..U+1EFF (Latin Extended
/// Additional: Vietnamese), generated from Unicode's decompositions; `?`
/// keeps the character (lowercased), `#` has a two-letter base (`æ`, `ß`).
const LATIN_1_TO_B: &[u8; 400] = b"aaaaaa#ceeeeiiiidnooooo?ouuuuy##aaaaaa#ceeeeiiiidnooooo?ouuuuy#yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnn??oooooo##rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsb?????????????????f???????l?????oo?????????????uu????????????????????????????aaiioouuuuuuuuuu?aaaa????ggkkoooo??j???gg??nnaa????aaaaeeeeiiiioooorrrruuuusstt??hh??????aaeeooooooooyy????????????????????????????";
const LATIN_EXTENDED_ADDITIONAL: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy??????aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????";

/// Appends the folded form of `word` to `out`. Apostrophes and hyphens are
/// kept (`O'Brien`, `Al-Farsi` are keys as written); combining marks are dropped.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        let cp = c as u32;
        let table = match cp {
            0xC0..=0x24F => Some(LATIN_1_TO_B[(cp - 0xC0) as usize]),
            0x1E00..=0x1EFF => Some(LATIN_EXTENDED_ADDITIONAL[(cp - 0x1E00) as usize]),
            _ => None,
        };
        match (c, table) {
            (_, Some(b)) if b.is_ascii_lowercase() => out.push(b as char),
            ('Æ' | 'æ', _) => out.push_str("ae"),
            ('Œ' | 'œ', _) => out.push_str("oe"),
            ('ß', _) => out.push_str("ss"),
            ('Þ' | 'þ', _) => out.push_str("th"),
            ('\u{2019}' | '\u{02BC}' | '`', _) => out.push('\''),
            ('\u{0300}'..='\u{036F}', _) => {}
            _ => out.extend(c.to_lowercase().filter_map(script_variant)),
        }
    }
}

/// One spelling for letters that vary within a script, after lowercasing;
/// `None` drops a mark. Arabic and Persian: the forms of yeh, kaf and alef
/// and teh marbuta (`فاطمة`, `فاطمه`), vowel marks and tatweel. Hebrew:
/// vowel points. Greek: accents and final sigma. Cyrillic: `ё` as `е`.
fn script_variant(c: char) -> Option<char> {
    Some(match c {
        '\u{0649}' | '\u{06CC}' => '\u{064A}',
        '\u{06A9}' => '\u{0643}',
        '\u{0629}' => '\u{0647}',
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => '\u{0627}',
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => return None,
        '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'
        | '\u{05C2}'
        | '\u{05C4}'
        | '\u{05C5}'
        | '\u{05C7}' => return None,
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ΐ' | 'ϊ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ΰ' | 'ϋ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        'ё' => 'е',
        _ => c,
    })
}

/// Appends a Latin spelling of a folded Cyrillic or Greek word to `out`,
/// in one of two conventions (`anglicised` false: the passport spellings,
/// `х` → `kh`, `υ` → `y`; true: the forms English-speaking registries
/// record more often, `х` → `h`, `й` → `i`, `αι` → `e`, `μπ` → `b`), so a
/// name written in either script is found by the registries' Latin entries
/// (`Самуил` → `samuil`, `Δημήτριος` → `dimitrios`). Returns false, leaving
/// `out` as it was, when the word has a letter of another script.
#[allow(dead_code)] // build.rs includes this file and does not romanise
pub(crate) fn romanize_into(folded: &str, anglicised: bool, out: &mut String) -> bool {
    let cyrillic_or_greek = |c: char| matches!(c, '\u{370}'..='\u{3ff}' | '\u{400}'..='\u{4ff}');
    if !folded.chars().next().is_some_and(cyrillic_or_greek) {
        return false;
    }
    let len = out.len();
    let chars: Vec<char> = folded.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let (c, next) = (chars[i], chars.get(i + 1).copied());
        let initial = i == 0;
        // Greek digraphs first.
        let pair = match (c, next) {
            ('ο', Some('υ')) => Some("ou"),
            ('α', Some('υ')) => Some("av"),
            ('ε', Some('υ')) => Some("ev"),
            ('ε' | 'ο', Some('ι')) => Some("i"),
            ('α', Some('ι')) => Some(if anglicised { "e" } else { "ai" }),
            ('μ', Some('π')) => Some(if initial || anglicised { "b" } else { "mp" }),
            ('ν', Some('τ')) => Some(if initial || anglicised { "d" } else { "nt" }),
            ('γ', Some('γ')) => Some("ng"),
            ('γ', Some('κ')) => Some(if initial { "g" } else { "ng" }),
            // Cyrillic: a final `-ий`/`-ый` is `-y` in English registries.
            ('и' | 'ы', Some('й')) if anglicised && i + 2 == chars.len() => Some("y"),
            _ => None,
        };
        if let Some(p) = pair {
            out.push_str(p);
            i += 2;
            continue;
        }
        let latin = match c {
            'а' | 'α' => "a",
            'б' => "b",
            'в' | 'β' => "v",
            'г' | 'ґ' | 'γ' => "g",
            'д' | 'δ' => "d",
            'е' | 'э' | 'ε' => "e",
            'є' => "ye",
            'ж' => "zh",
            'з' | 'ζ' => "z",
            'и' | 'і' | 'ι' | 'η' => "i",
            'ї' => "yi",
            'й' => {
                if anglicised {
                    "i"
                } else {
                    "y"
                }
            }
            'к' | 'κ' => "k",
            'л' | 'λ' => "l",
            'м' | 'μ' => "m",
            'н' | 'ν' => "n",
            'о' | 'ο' | 'ω' => "o",
            'п' | 'π' => "p",
            'р' | 'ρ' => "r",
            'с' | 'σ' => "s",
            'т' | 'τ' => "t",
            'у' => "u",
            'ф' | 'φ' => "f",
            'х' | 'χ' => {
                if anglicised {
                    "h"
                } else if c == 'χ' {
                    "ch"
                } else {
                    "kh"
                }
            }
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => {
                if anglicised {
                    "iu"
                } else {
                    "yu"
                }
            }
            'я' => {
                if anglicised {
                    "ia"
                } else {
                    "ya"
                }
            }
            'θ' => "th",
            'ξ' => "x",
            'υ' => {
                if anglicised {
                    "i"
                } else {
                    "y"
                }
            }
            'ψ' => "ps",
            _ => {
                out.truncate(len);
                return false;
            }
        };
        out.push_str(latin);
        i += 1;
    }
    true
}

/// The folded form of `word`.
#[allow(dead_code)] // used by build.rs and the tests
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn spellings_within_a_script_fold_alike() {
        assert_eq!(fold("Wiśniewski"), fold("WISNIEWSKI"));
        // Arabic teh marbuta and the Persian heh; Persian and Arabic yeh; alef with hamza.
        assert_eq!(fold("فاطمة"), fold("فاطمه"));
        assert_eq!(fold("آرمين"), fold("آرمین"));
        assert_eq!(fold("أحمد"), fold("احمد"));
        assert_eq!(fold("مُحَمَّد"), fold("محمد"));
        assert_eq!(fold("Καλλίνικος"), fold("ΚΑΛΛΙΝΙΚΟΣ"));
        assert_eq!(fold("Алёна"), fold("Алена"));
        assert_ne!(fold("Алена"), fold("Алина"));
    }

    #[test]
    fn cyrillic_and_greek_have_latin_spellings() {
        let latin = |w: &str, anglicised| {
            let mut out = String::new();
            super::romanize_into(&fold(w), anglicised, &mut out).then_some(out)
        };
        assert_eq!(latin("Самуил", false).as_deref(), Some("samuil"));
        assert_eq!(latin("Дмитрий", false).as_deref(), Some("dmitriy"));
        assert_eq!(latin("Дмитрий", true).as_deref(), Some("dmitry"));
        assert_eq!(latin("Харитон", true).as_deref(), Some("hariton"));
        assert_eq!(latin("Δημήτριος", false).as_deref(), Some("dimitrios"));
        assert_eq!(latin("Ευάγγελος", false).as_deref(), Some("evangelos"));
        assert_eq!(latin("Μπάμπης", true).as_deref(), Some("babis"));
        // Another script, or a mix: no spelling.
        assert_eq!(latin("Samuil", false), None);
        assert_eq!(latin("Самuil", false), None);
    }
}
