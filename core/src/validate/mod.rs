//! Validators: checksums and shape checks a candidate must pass.
//!
//! Every validator sees the candidate's bytes after normalisation (ASCII
//! digits, plain spaces and dashes) and answers [`Check`]. They are pure
//! functions over bytes, grouped by family (`payment`, `contact`, `date`,
//! `network`, `secret`, `national`) on the arithmetic in `checksum`.
//!
//! This stage sits below the policy: a policy names validators
//! (`validator = "luhn"`) and the scanner runs them, so both import from here.
//! One table, [`validators!`](self), gives each validator its variant, policy
//! name, description and function: a new validator is one row in it and one
//! function in its family's file.

mod checksum;
mod contact;
mod date;
mod national;
mod network;
mod payment;
mod plans;
mod secret;

pub use checksum::{iban_mod97, luhn, verhoeff};

use serde::{Deserialize, Serialize};

/// The outcome of a validator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// Not a finding.
    Reject,
    /// A finding as matched.
    Accept,
    /// A finding, limited to the first `n` bytes of the match.
    Trim(usize),
}

impl From<bool> for Check {
    fn from(ok: bool) -> Check {
        if ok {
            Check::Accept
        } else {
            Check::Reject
        }
    }
}

/// The validator table: `Variant = "policy_name", family::function, "description";`.
/// The function takes the candidate's bytes and returns `bool` or [`Check`].
macro_rules! validators {
    ($($variant:ident = $name:literal, $check:path, $description:literal;)*) => {
        /// A named validator a detector can require.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Validator {
            $(
                #[doc = $description]
                #[serde(rename = $name)]
                $variant,
            )*
        }

        impl Validator {
            /// Every validator, for listings and exhaustive tests.
            pub const ALL: [Validator; [$($name),*].len()] = [$(Validator::$variant),*];

            /// The name policies use (`payment_card`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Validator::$variant => $name,)*
                }
            }

            /// One sentence on what the validator checks (for listings and docs).
            pub fn description(self) -> &'static str {
                match self {
                    $(Validator::$variant => $description,)*
                }
            }

            /// Runs the validator on a candidate value.
            pub fn check(self, v: &[u8]) -> Check {
                match self {
                    $(Validator::$variant => $check(v).into(),)*
                }
            }
        }
    };
}

validators! {
    Luhn = "luhn", payment::luhn_number,
        "Luhn mod-10 over the digits.";
    PaymentCard = "payment_card", payment::payment_card,
        "Card length, issuer (IIN) range, consistent grouping and Luhn.";
    Iban = "iban", payment::iban,
        "Per-country IBAN length and ISO 7064 mod-97; trims trailing words.";
    AbaRouting = "aba_routing", payment::aba_routing,
        "US ABA routing number checksum (weights 3-7-1).";
    Bic = "bic", payment::bic,
        "SWIFT/BIC with a real ISO 3166 country code.";
    UsSsn = "us_ssn", national::us_ssn,
        "US SSN area/group/serial rules, without advertised sample numbers.";
    UkNino = "uk_nino", national::uk_nino,
        "UK NINO prefix rules.";
    NhsNumber = "nhs_number", national::nhs_number,
        "NHS number mod 11.";
    CaSin = "ca_sin", national::ca_sin,
        "Canadian SIN: Luhn and a valid first digit.";
    Aadhaar = "aadhaar", national::aadhaar,
        "Aadhaar: Verhoeff check digit.";
    Date = "date", date::date,
        "A calendar date (day, month, year 1900-2099).";
    Email = "email", contact::email,
        "Email: not a reserved example domain, not an image name like `icon@2x.png`.";
    Address = "address", contact::address,
        "A postal address: not in a copyright or licence paragraph, not an organisation's.";
    Phone = "phone", contact::phone,
        "Phone: an international number fits its country's numbering plan (libphonenumber metadata), a national one the North American rules or a trunk prefix; fiction ranges, dates, postcodes, amounts, versions and bytes excluded.";
    IpPublic = "ip_public", network::ip_public,
        "A globally routable IPv4/IPv6 address (not private, reserved or documentation).";
    IpPrivate = "ip_private", network::ip_private,
        "A private (RFC 1918), shared (100.64.0.0/10) or link-local IPv4 address, or a unique-local or link-local IPv6 address, with valid octets; not a whole well-known range.";
    InternalHost = "internal_host", network::internal_host,
        "A host under an internal suffix that is not a reserved example name.";
    Jwt = "jwt", secret::jwt,
        "JWT: the header decodes to a JSON object with `alg`.";
    Token = "token", secret::token,
        "A token with a fixed prefix: not a placeholder.";
    SecretValue = "secret_value", secret::secret_value,
        "A password or secret value: not a placeholder, an env lookup or code; mixed or random enough.";
    UrlCredentials = "url_credentials", secret::url_credentials,
        "A URL or connection string whose password is not a placeholder.";
    BasicAuth = "basic_auth", secret::basic_auth,
        "HTTP Basic credentials: base64 of `user:password` with a real password.";
    PersonName = "person_name", contact::person_name,
        "A person name: a trailing possessive `'s` is not part of it.";
    AccountNumber = "account_number", payment::account_number,
        "An account-like number that is not a made-up sequence or one repeated digit.";
    EsDni = "es_dni", national::es_dni,
        "Spain DNI/NIE: the check letter (number mod 23).";
    ItFiscalCode = "it_fiscal_code", national::it_fiscal_code,
        "Italy codice fiscale: the check letter over odd/even tables.";
    PlPesel = "pl_pesel", national::pl_pesel,
        "Poland PESEL: birth date and weighted check digit.";
    NlBsn = "nl_bsn", national::nl_bsn,
        "Netherlands BSN: the 11-proof.";
    SePersonnummer = "se_personnummer", national::se_personnummer,
        "Sweden personnummer/samordningsnummer: date and Luhn.";
    FiHetu = "fi_hetu", national::fi_hetu,
        "Finland henkilötunnus: date, century sign and mod-31 check character.";
    TrTckn = "tr_tckn", national::tr_tckn,
        "Turkey T.C. kimlik no: two check digits.";
    BrCpf = "br_cpf", national::br_cpf,
        "Brazil CPF: two mod-11 check digits.";
    SgNric = "sg_nric", national::sg_nric,
        "Singapore NRIC/FIN: prefix and check letter.";
    AuTfn = "au_tfn", national::au_tfn,
        "Australia tax file number: weighted mod 11.";
    FrNir = "fr_nir", national::fr_nir,
        "France NIR: key 97 - (number mod 97), Corsica 2A/2B.";
    UsNpi = "us_npi", national::us_npi,
        "US National Provider Identifier: Luhn with the 80840 prefix.";
    UsDea = "us_dea", national::us_dea,
        "US DEA registration number: check digit.";
    AuMedicare = "au_medicare", national::au_medicare,
        "Australian Medicare card number: weighted check digit.";
    KrRrn = "kr_rrn", national::kr_rrn,
        "South Korea resident registration number: birth date and check digit.";
    DeTaxId = "de_tax_id", national::de_tax_id,
        "Germany tax id: one repeated digit and ISO 7064 MOD 11,10.";
    JpMyNumber = "jp_my_number", national::jp_my_number,
        "Japan My Number: weighted mod-11 check digit.";
    MxCurp = "mx_curp", national::mx_curp,
        "Mexico CURP: birth date, sex and the check digit over 17 characters.";
    ZaId = "za_id", national::za_id,
        "South Africa identity number: birth date, citizenship digit and Luhn.";
    BeNationalNumber = "be_national_number", national::be_national_number,
        "Belgium national register number: 97 minus the number mod 97.";
    DkCpr = "dk_cpr", national::dk_cpr,
        "Denmark CPR number: a valid birth date.";
    NoFnr = "no_fnr", national::no_fnr,
        "Norway fødselsnummer: birth date and two mod-11 check digits.";
    ChAhv = "ch_ahv", national::ch_ahv,
        "Switzerland AHV/AVS number: 756 prefix and EAN-13 check digit.";
    IePps = "ie_pps", national::ie_pps,
        "Ireland PPS number: weighted mod-23 check letter.";
    PtNif = "pt_nif", national::pt_nif,
        "Portugal NIF: first digit and mod-11 check digit.";
    CnResidentId = "cn_resident_id", national::cn_resident_id,
        "China resident identity number: birth date and ISO 7064 MOD 11-2.";
    BrCnpj = "br_cnpj", national::br_cnpj,
        "Brazil CNPJ: two mod-11 check digits.";
    AuAbn = "au_abn", national::au_abn,
        "Australian Business Number: weighted mod 89.";
    UkUtr = "uk_utr", national::uk_utr,
        "UK Unique Taxpayer Reference: weighted mod-11 leading check digit.";
    ItVat = "it_vat", national::it_vat,
        "Italy partita IVA: Luhn.";
    PlNip = "pl_nip", national::pl_nip,
        "Poland NIP: weighted mod-11 check digit.";
    FrSiren = "fr_siren", national::fr_siren,
        "France SIREN or SIRET: Luhn.";
    NzIrd = "nz_ird", national::nz_ird,
        "New Zealand IRD number: mod 11 with the secondary weights.";
    IlId = "il_id", national::il_id,
        "Israel identity number: Luhn-like digit sum.";
    HkHkid = "hk_hkid", national::hk_hkid,
        "Hong Kong identity card: mod-11 check character.";
    TwId = "tw_id", national::tw_id,
        "Taiwan national ID: region code and weighted check digit.";
    ThId = "th_id", national::th_id,
        "Thailand national ID: weighted mod-11 check digit.";
    InGstin = "in_gstin", national::in_gstin,
        "India GSTIN: state code and mod-36 check character.";
    FiBusinessId = "fi_business_id", national::fi_business_id,
        "Finland business ID (Y-tunnus): mod-11 check digit.";
    SeOrgnr = "se_orgnr", national::se_orgnr,
        "Sweden organisation number: Luhn.";
    CaOhip = "ca_ohip", national::ca_ohip,
        "Ontario health card number: Luhn.";
    BtcAddress = "btc_address", national::btc_address,
        "Bitcoin address: Base58Check or Bech32 checksum.";
    NzNhi = "nz_nhi", national::nz_nhi,
        "New Zealand NHI number: mod-11 check digit.";
    MyMykad = "my_mykad", national::my_mykad,
        "Malaysia MyKad: birth date and place-of-birth code.";
}

impl Validator {
    /// Runs the validator on the candidate `hay[start..end]`, looking at its
    /// neighbours where the value alone cannot tell (`5.7E+53774632` is a
    /// number in scientific notation, not a phone; `google.protobuf.internal.x`
    /// is a module path, not a host).
    pub fn check_in(self, hay: &[u8], start: usize, end: usize) -> Check {
        if start > end || end > hay.len() {
            return Check::Reject;
        }
        let ruled_out = match self {
            Validator::Phone => contact::phone_ruled_out_by_neighbours(hay, start, end),
            Validator::Address => contact::address_ruled_out_by_neighbours(hay, start),
            Validator::Email => contact::email_ruled_out_by_neighbours(hay, start),
            Validator::SecretValue => secret::secret_ruled_out_by_neighbours(hay, start),
            Validator::InternalHost => network::host_ruled_out_by_neighbours(hay, end),
            // A number glued to a slug (`file-system-1481848448460`) is an id.
            Validator::AccountNumber => {
                let before = |k: usize| start.checked_sub(k).and_then(|i| hay.get(i)).copied();
                before(1) == Some(b'-') && before(2).is_some_and(|b| b.is_ascii_alphabetic())
            }
            _ => false,
        };
        if ruled_out {
            Check::Reject
        } else {
            self.check(&hay[start..end])
        }
    }
}

/// Whether a match that begins or ends with a digit is part of a longer
/// dotted number: a decimal (`0.340359081555988`), an OID
/// (`1.3.6.1.4.1.311.10.3.3.1`) or a version (`1.2.3.4.5`).
pub(crate) fn inside_longer_dotted_number(hay: &[u8], start: usize, end: usize) -> bool {
    let digit_at = |i: Option<usize>| i.and_then(|i| hay.get(i)).is_some_and(u8::is_ascii_digit);
    let before = digit_at(Some(start))
        && start.checked_sub(1).and_then(|i| hay.get(i)) == Some(&b'.')
        && digit_at(start.checked_sub(2));
    let after = end > 0
        && digit_at(Some(end - 1))
        && hay.get(end) == Some(&b'.')
        && digit_at(Some(end + 1));
    before || after
}

#[cfg(test)]
mod tests {
    //! Rules that look at a candidate's neighbours, and regressions found on
    //! public text that cut across families; each family's own checks are
    //! tested in its file.
    use super::*;

    /// False positives found on /usr/share/doc, one rule each.
    #[test]
    fn public_text_false_positives() {
        // SVG coordinates: dots mixed with spaces.
        assert!(!ok(Validator::Phone, "277.764 1035"));
        assert!(ok(Validator::Phone, "415.867.5309"));
        // A commit id in a URL path.
        let url = b"https://github.com/nodejs/node/commit/9226322394)";
        assert_eq!(Validator::Phone.check_in(url, 38, 48), Check::Reject);
        assert_eq!(
            Validator::Phone.check_in(b"call 9226322394", 5, 15),
            Check::Accept
        );
        // Eight digits that read as a date.
        assert!(!ok(Validator::AccountNumber, "20030716"));
        assert!(ok(Validator::AccountNumber, "20031716"));
        assert!(ok(Validator::AccountNumber, "40817263915"));
        // An HTML entity after a one-character value.
        assert!(!ok(Validator::SecretValue, "1&rdquo"));
        assert!(
            ok(Validator::SecretValue, "Xk29!fLq&amp"),
            "a real value keeps its entity-free part"
        );
        // `&` followed by a word is part of a password, not an entity.
        assert!(ok(Validator::SecretValue, "tiger&river8"));
        // Prose: a word with a full stop, a comment, a user name before `@`.
        assert!(!ok(Validator::SecretValue, "correct."));
        assert!(!ok(Validator::SecretValue, "#comment"));
        assert!(!ok(Validator::SecretValue, "anonymous@"));
        assert!(ok(Validator::SecretValue, "Lotus2019@"));
        // A random token may start with `_`; a private name may not.
        assert!(ok(
            Validator::SecretValue,
            "_x9KqLm2Vb7RtP4sW8nYc3Hd6Jf1Gz5Ak0Qe"
        ));
        assert!(!ok(Validator::SecretValue, "_secret_value"));
        assert!(!ok(
            Validator::SecretValue,
            "__private_connection_settings__"
        ));
        // `https://a:b@host`: one-character passwords are stand-ins.
        assert!(!ok(
            Validator::UrlCredentials,
            "https://a:b@xn--g6w251d/?abc"
        ));
        assert!(ok(
            Validator::UrlCredentials,
            "https://svc:S3cr3tPw9@db1.prod.corp"
        ));
    }

    fn ok(v: Validator, s: &str) -> bool {
        v.check(s.as_bytes()) != Check::Reject
    }

    #[test]
    fn names_are_the_policy_spelling_and_every_validator_is_described() {
        for v in Validator::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.name(), "{v:?}");
            assert!(v.description().ends_with('.'), "{v:?}");
        }
    }

    #[test]
    fn neighbours_decide_some_candidates() {
        let sci = b"x 5.73068392E+53774632 y";
        let s = 13;
        assert_eq!(&sci[s..s + 9], b"+53774632");
        assert_eq!(Validator::Phone.check_in(sci, s, s + 9), Check::Reject);
        let module = b"google.protobuf.internal.containers";
        assert_eq!(
            Validator::InternalHost.check_in(module, 0, 24),
            Check::Reject
        );
        let host = b"see wiki.acme.internal. Then";
        assert_eq!(Validator::InternalHost.check_in(host, 4, 22), Check::Accept);
        assert!(inside_longer_dotted_number(b"0.340359081555988", 2, 17));
        assert!(!ok(Validator::AccountNumber, "123456789012"));
        assert!(!ok(Validator::AccountNumber, "00000000"));
        assert!(ok(Validator::AccountNumber, "40817263"));
        assert!(!ok(Validator::UsSsn, "111-22-3333"));
        assert!(!ok(
            Validator::UrlCredentials,
            "http://User:Pass@www.python.org/doc"
        ));
        assert!(!ok(Validator::IpPublic, "1.2.3.4"));
        assert!(!ok(Validator::IpPublic, "123.45.67.89"));
        // Unassigned country codes: integer limits, not phone numbers.
        assert!(!ok(Validator::Phone, "+2147483648"));
        assert!(!ok(Validator::Phone, "100 200 300"), "round amounts");
        assert!(!ok(Validator::Phone, "252.227-7013"));
        assert!(!ok(Validator::IpPublic, "42.42.42.42"));
        assert!(!ok(Validator::IpPublic, "14.15.16.17"));
        assert!(!ok(Validator::IpPublic, "1.6.2.3"));
        assert!(!ok(Validator::Phone, "+4294967296"));
        assert!(ok(Validator::Phone, "+41 44 668 18 00"));
        assert_eq!(
            Validator::Phone.check_in(b"U+30000020", 1, 10),
            Check::Reject
        );
        assert!(!ok(
            Validator::UrlCredentials,
            "https://abc:xyz123@example.com/x"
        ));
        assert!(!ok(Validator::SecretValue, "/Users/maciej"));
        assert!(!ok(Validator::IpPrivate, "172.16.0.0/12"));
        assert!(ok(Validator::IpPrivate, "172.16.4.0/24"));
        assert!(ok(Validator::IpPrivate, "10.20.0.0/16"));
        assert!(
            ok(Validator::IpPrivate, "100.101.102.103"),
            "a tailnet address"
        );
        assert!(ok(Validator::IpPrivate, "169.254.10.20"));
        assert!(!ok(Validator::IpPrivate, "169.254.0.0/16"));
        assert!(ok(Validator::IpPrivate, "fe80::1ff:fe23:4567:890a"));
        assert!(
            !ok(Validator::IpPrivate, "100.128.1.1"),
            "outside 100.64.0.0/10"
        );
        assert!(!ok(Validator::SecretValue, "OAuth2Token"));
        assert!(!ok(Validator::SecretValue, "XMLHttpRequest"));
        assert!(ok(Validator::SecretValue, "Summer2024"));
        // Random mixed-case secrets that start with a capital are not type names.
        for random in [
            "QmOhlLonZIGMW7T3",
            "VYoh5djPLO",
            "Dz2K6nvf4h4yQhZS0p2S1aldhrmcFq5pWoj0GB88",
        ] {
            assert!(ok(Validator::SecretValue, random), "{random}");
        }
        assert!(!ok(Validator::InternalHost, "printer.example.local"));
        for stand_in in [
            "abc123xyz",
            "generatedwebdavpassword1",
            "sas-token-for-azure-blob",
            "ACEGmnoq#1rstu2...BDFH",
            "self.credentials.token}",
            "DefaultEndpointsProtocol=https",
            "client-key-data:",
        ] {
            assert!(!ok(Validator::SecretValue, stand_in), "{stand_in}");
        }
        assert!(!ok(Validator::AccountNumber, "111122223333"));
        assert!(!ok(Validator::PaymentCard, "4229989100000000"));
        assert!(!ok(Validator::Phone, "+447700900550"));
        assert!(!ok(Validator::Phone, "+000000120"));
        let arn = b"arn:aws:secretsmanager:*:*:secret:rcs-tls-pw1*";
        assert_eq!(
            Validator::SecretValue.check_in(arn, 34, arn.len()),
            Check::Reject
        );
        let cfn = br#""AWS::AppSync::ApiKey": "3d104ea0be48564b""#;
        assert_eq!(Validator::SecretValue.check_in(cfn, 25, 41), Check::Reject);
        let env = br#"DB_PASSWORD="3d104ea0be48564b""#;
        assert_eq!(Validator::SecretValue.check_in(env, 13, 29), Check::Accept);
        let slug = b"role-1481064682267";
        assert_eq!(
            Validator::AccountNumber.check_in(slug, 5, 18),
            Check::Reject
        );
        let url = b"see http://User:Pass@www.python.org/x";
        assert_eq!(Validator::Email.check_in(url, 16, 35), Check::Reject);
        let mailto = b"<a href=mailto:jane@acme.io>";
        assert_eq!(Validator::Email.check_in(mailto, 15, 27), Check::Accept);
    }

    #[test]
    fn dotted_numbers() {
        let oid = b"x 1.3.6.1.4.1.311.10.3.3.1 y";
        let s = 18; // "10.3.3.1"
        assert_eq!(&oid[s..s + 8], b"10.3.3.1");
        assert!(inside_longer_dotted_number(oid, s, s + 8));
        assert!(
            !inside_longer_dotted_number(b"ip 10.3.3.1.", 3, 11),
            "a full stop ends a sentence"
        );
    }
}
