//! The inputs that cost the most fuel per byte, for calibrating the fuel
//! budget ([`Limits`](tiergate_wasmtime::Limits)): each kind of text that
//! makes the core do the most work per byte it reads. Shared by the crate's
//! tests and `examples/calibrate.rs`.

/// `(name, text)` pairs, each about `len` bytes.
pub fn inputs(len: usize) -> Vec<(&'static str, String)> {
    let fill = |piece: &str| {
        let mut s = piece.repeat(len / piece.len() + 1);
        let mut cut = len.min(s.len());
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s
    };
    // A small deterministic generator: no dependency, the same bytes each run.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let printable: String = (0..len)
        .map(|_| char::from(b' ' + (next() % 95) as u8))
        .collect();
    let digits: String = (0..len)
        .map(|i| match i % 12 {
            3 | 6 => '-',
            11 => ' ',
            _ => char::from(b'0' + (next() % 10) as u8),
        })
        .collect();
    vec![
        (
            "prose",
            fill("Please review the notes from the vendor meeting. "),
        ),
        ("printable noise", printable),
        ("digit groups", digits),
        ("SSNs in context", fill("SSN 536-90-4399, ")),
        ("card numbers", fill("card 4526 0181 5908 3012 exp 09/28 ")),
        (
            "phone numbers",
            fill("call (415) 867-5309 or +44 20 7183 9264 "),
        ),
        (
            "account numbers",
            fill("Account number: 40817263915 IBAN GB82WEST12345698765432 "),
        ),
        ("dates and IPs", fill("born 1990-01-31 from 10.1.2.3 ")),
        ("e-mail addresses", fill("mail a.b@acme.io; ")),
        ("base64 blobs", fill("aHVudGVyMiFodW50 ")),
        ("percent-encoding", fill("q=a%40b%2Cc%20d ")),
        ("keys in groups", fill("Ab1C dE2f Gh3I jK4l ")),
        ("invisible characters", fill("5\u{200E}3\u{FE0F}6\u{0301}-")),
        ("CJK", fill("日本語のテキストと漢字")),
        (
            "names",
            fill("Dear Oksana Melnyk, Tomasz Wiśniewski and Okonkwo, Chidi asked "),
        ),
        (
            "Han and Hangul names",
            fill("客户王小明先生、李娜女士、고객 김민준님 "),
        ),
        ("Arabic names", fill("العميل محمد أحمد و")),
        ("credential prefixes", fill("ghp_ AKIA sk- xoxb- ")),
    ]
}
