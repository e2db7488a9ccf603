//! The arithmetic every family of validators shares: digits of a value,
//! weighted sums and the published check-digit schemes (Luhn, Verhoeff,
//! ISO 7064).

/// The ASCII digits of `v` as numbers 0..=9.
pub(crate) fn digits(v: &[u8]) -> Vec<u8> {
    v.iter()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect()
}

/// Upper-cased letters and digits of `v`, separators dropped.
pub(super) fn alnum(v: &[u8]) -> Vec<u8> {
    v.iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase)
        .collect()
}

pub(super) fn all_same(d: &[u8]) -> bool {
    d.iter().all(|&x| x == d[0])
}

pub(super) fn weighted(d: &[u8], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(&x, &w)| u32::from(x) * w).sum()
}

pub(super) fn two(d: &[u8], i: usize) -> u32 {
    u32::from(d[i]) * 10 + u32::from(d[i + 1])
}

/// Luhn mod-10 (ISO/IEC 7812).
pub fn luhn(d: &[u8]) -> bool {
    if d.len() < 2 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum % 10 == 0
}

/// Verhoeff check digit (used by Aadhaar).
pub fn verhoeff(d: &[u8]) -> bool {
    const MUL: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const PERM: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    if d.len() < 2 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let c = d.iter().rev().enumerate().fold(0u8, |c, (i, &x)| {
        MUL[c as usize][PERM[i % 8][x as usize] as usize]
    });
    c == 0
}

/// ISO 7064 MOD 97-10 over an IBAN's characters (already rearranged or not).
pub fn iban_mod97(chars: &[u8]) -> bool {
    if chars.len() < 5 {
        return false;
    }
    let rearranged = chars[4..].iter().chain(&chars[..4]);
    let mut rem: u32 = 0;
    for &c in rearranged {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// ISO 7064 MOD 11,10 (German tax id and others): the check digit completes the product chain.
pub(super) fn iso7064_mod11_10(d: &[u8]) -> bool {
    let mut product = 10u32;
    for &x in &d[..d.len() - 1] {
        let mut sum = (u32::from(x) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == u32::from(d[d.len() - 1])
}

/// Whether `d` has a run of `n` consecutive ascending or descending digits
/// (`1234567`), the mark of a made-up number.
pub(super) fn has_sequence(d: &[u8], n: usize) -> bool {
    let up = |w: &[u8]| w.windows(2).all(|p| p[1] == p[0] + 1);
    let down = |w: &[u8]| w.windows(2).all(|p| p[0] == p[1] + 1);
    d.windows(n).any(|w| up(w) || down(w))
}

/// The length of the longest run of one repeated digit (`4229989100000000`: 8).
pub(super) fn longest_run(d: &[u8]) -> usize {
    d.chunk_by(|a, b| a == b)
        .map(<[u8]>::len)
        .max()
        .unwrap_or(0)
}
