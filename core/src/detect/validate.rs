//! Validators: checksums and shape checks a candidate must pass.
//!
//! Every validator sees the candidate's bytes after normalisation (ASCII
//! digits, plain spaces and dashes) and answers [`Check`].

use super::national;
use serde::{Deserialize, Serialize};
use std::net::{Ipv4Addr, Ipv6Addr};

/// A named validator a detector can require.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Validator {
    /// Luhn mod-10 over the digits.
    Luhn,
    /// Card length, issuer (IIN) range, consistent grouping and Luhn.
    PaymentCard,
    /// Per-country IBAN length and ISO 7064 mod-97; trims trailing words.
    Iban,
    /// US ABA routing number checksum (weights 3-7-1).
    AbaRouting,
    /// SWIFT/BIC with a real ISO 3166 country code.
    Bic,
    /// US SSN area/group/serial rules, without advertised sample numbers.
    UsSsn,
    /// UK NINO prefix rules.
    UkNino,
    /// NHS number mod 11.
    NhsNumber,
    /// Canadian SIN: Luhn and a valid first digit.
    CaSin,
    /// Aadhaar: Verhoeff check digit.
    Aadhaar,
    /// A calendar date (day, month, year 1900-2099).
    Date,
    /// Email: not a reserved example domain, not an image name like `icon@2x.png`.
    Email,
    /// Phone: digit count and plan rules; fictional 555-01xx and drama numbers excluded.
    Phone,
    /// A globally routable IPv4/IPv6 address (not private, reserved or documentation).
    IpPublic,
    /// An RFC 1918 IPv4 or RFC 4193 IPv6 address with valid octets.
    IpPrivate,
    /// A host under an internal suffix that is not a reserved example name.
    InternalHost,
    /// JWT: the header decodes to a JSON object with `alg`.
    Jwt,
    /// A token with a fixed prefix: not a placeholder.
    Token,
    /// A password or secret value: not a placeholder, an env lookup or code; mixed or random enough.
    SecretValue,
    /// A URL or connection string whose password is not a placeholder.
    UrlCredentials,
    /// HTTP Basic credentials: base64 of `user:password` with a real password.
    BasicAuth,
    /// A person name: a trailing possessive `'s` is not part of it.
    PersonName,
    /// An account-like number that is not a made-up sequence or one repeated digit.
    AccountNumber,
    /// Spain DNI/NIE: the check letter (number mod 23).
    EsDni,
    /// Italy codice fiscale: the check letter over odd/even tables.
    ItFiscalCode,
    /// Poland PESEL: birth date and weighted check digit.
    PlPesel,
    /// Netherlands BSN: the 11-proof.
    NlBsn,
    /// Sweden personnummer/samordningsnummer: date and Luhn.
    SePersonnummer,
    /// Finland henkilötunnus: date, century sign and mod-31 check character.
    FiHetu,
    /// Turkey T.C. kimlik no: two check digits.
    TrTckn,
    /// Brazil CPF: two mod-11 check digits.
    BrCpf,
    /// Singapore NRIC/FIN: prefix and check letter.
    SgNric,
    /// Australia tax file number: weighted mod 11.
    AuTfn,
    /// France NIR: key 97 - (number mod 97), Corsica 2A/2B.
    FrNir,
    /// US National Provider Identifier: Luhn with the 80840 prefix.
    UsNpi,
    /// US DEA registration number: check digit.
    UsDea,
    /// Australian Medicare card number: weighted check digit.
    AuMedicare,
    /// South Korea resident registration number: birth date and check digit.
    KrRrn,
    /// Germany tax id: one repeated digit and ISO 7064 MOD 11,10.
    DeTaxId,
    /// Japan My Number: weighted mod-11 check digit.
    JpMyNumber,
    /// Mexico CURP: birth date, sex and the check digit over 17 characters.
    MxCurp,
    /// South Africa identity number: birth date, citizenship digit and Luhn.
    ZaId,
    /// Belgium national register number: 97 minus the number mod 97.
    BeNationalNumber,
    /// Denmark CPR number: a valid birth date.
    DkCpr,
    /// Norway fødselsnummer: birth date and two mod-11 check digits.
    NoFnr,
    /// Switzerland AHV/AVS number: 756 prefix and EAN-13 check digit.
    ChAhv,
    /// Ireland PPS number: weighted mod-23 check letter.
    IePps,
    /// Portugal NIF: first digit and mod-11 check digit.
    PtNif,
    /// China resident identity number: birth date and ISO 7064 MOD 11-2.
    CnResidentId,
    /// Brazil CNPJ: two mod-11 check digits.
    BrCnpj,
    /// Australian Business Number: weighted mod 89.
    AuAbn,
    /// UK Unique Taxpayer Reference: weighted mod-11 leading check digit.
    UkUtr,
    /// Italy partita IVA: Luhn.
    ItVat,
    /// Poland NIP: weighted mod-11 check digit.
    PlNip,
    /// France SIREN or SIRET: Luhn.
    FrSiren,
    /// New Zealand IRD number: mod 11 with the secondary weights.
    NzIrd,
    /// Israel identity number: Luhn-like digit sum.
    IlId,
    /// Hong Kong identity card: mod-11 check character.
    HkHkid,
    /// Taiwan national ID: region code and weighted check digit.
    TwId,
    /// Thailand national ID: weighted mod-11 check digit.
    ThId,
    /// India GSTIN: state code and mod-36 check character.
    InGstin,
    /// Finland business ID (Y-tunnus): mod-11 check digit.
    FiBusinessId,
    /// Sweden organisation number: Luhn.
    SeOrgnr,
    /// Ontario health card number: Luhn.
    CaOhip,
    /// Bitcoin address: Base58Check or Bech32 checksum.
    BtcAddress,
    /// New Zealand NHI number: mod-11 check digit.
    NzNhi,
    /// Malaysia MyKad: birth date and place-of-birth code.
    MyMykad,
}

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

impl Validator {
    /// One sentence on what the validator checks (for listings and docs).
    pub fn description(self) -> &'static str {
        match self {
            Validator::Luhn => "Luhn mod-10 over the digits.",
            Validator::PaymentCard => "Card length, issuer (IIN) range, consistent grouping and Luhn.",
            Validator::Iban => "Per-country IBAN length and ISO 7064 mod-97; trims trailing words.",
            Validator::AbaRouting => "US ABA routing number checksum (weights 3-7-1).",
            Validator::Bic => "SWIFT/BIC with a real ISO 3166 country code.",
            Validator::UsSsn => "US SSN area/group/serial rules, without advertised sample numbers.",
            Validator::UkNino => "UK NINO prefix rules.",
            Validator::NhsNumber => "NHS number mod 11.",
            Validator::CaSin => "Canadian SIN: Luhn and a valid first digit.",
            Validator::Aadhaar => "Aadhaar: Verhoeff check digit.",
            Validator::Date => "A calendar date (day, month, year 1900-2099).",
            Validator::Email => "Email: not a reserved example domain, not an image name like `icon@2x.png`.",
            Validator::Phone => "Phone: digit count and plan rules; fictional 555-01xx and drama numbers excluded.",
            Validator::IpPublic => "A globally routable IPv4/IPv6 address (not private, reserved or documentation).",
            Validator::IpPrivate => "An RFC 1918 IPv4 or RFC 4193 IPv6 address with valid octets.",
            Validator::InternalHost => "A host under an internal suffix that is not a reserved example name.",
            Validator::Jwt => "JWT: the header decodes to a JSON object with `alg`.",
            Validator::Token => "A token with a fixed prefix: not a placeholder.",
            Validator::SecretValue => "A password or secret value: not a placeholder, an env lookup or code; mixed or random enough.",
            Validator::UrlCredentials => "A URL or connection string whose password is not a placeholder.",
            Validator::BasicAuth => "HTTP Basic credentials: base64 of `user:password` with a real password.",
            Validator::PersonName => "A person name: a trailing possessive `'s` is not part of it.",
            Validator::AccountNumber => "An account-like number that is not a made-up sequence or one repeated digit.",
            Validator::EsDni => "Spain DNI/NIE: the check letter (number mod 23).",
            Validator::ItFiscalCode => "Italy codice fiscale: the check letter over odd/even tables.",
            Validator::PlPesel => "Poland PESEL: birth date and weighted check digit.",
            Validator::NlBsn => "Netherlands BSN: the 11-proof.",
            Validator::SePersonnummer => "Sweden personnummer/samordningsnummer: date and Luhn.",
            Validator::FiHetu => "Finland henkilötunnus: date, century sign and mod-31 check character.",
            Validator::TrTckn => "Turkey T.C. kimlik no: two check digits.",
            Validator::BrCpf => "Brazil CPF: two mod-11 check digits.",
            Validator::SgNric => "Singapore NRIC/FIN: prefix and check letter.",
            Validator::AuTfn => "Australia tax file number: weighted mod 11.",
            Validator::FrNir => "France NIR: key 97 - (number mod 97), Corsica 2A/2B.",
            Validator::UsNpi => "US National Provider Identifier: Luhn with the 80840 prefix.",
            Validator::UsDea => "US DEA registration number: check digit.",
            Validator::AuMedicare => "Australian Medicare card number: weighted check digit.",
            Validator::KrRrn => "South Korea resident registration number: birth date and check digit.",
            Validator::DeTaxId => "Germany tax id: one repeated digit and ISO 7064 MOD 11,10.",
            Validator::JpMyNumber => "Japan My Number: weighted mod-11 check digit.",
            Validator::MxCurp => "Mexico CURP: birth date, sex and the check digit over 17 characters.",
            Validator::ZaId => "South Africa identity number: birth date, citizenship digit and Luhn.",
            Validator::BeNationalNumber => "Belgium national register number: 97 minus the number mod 97.",
            Validator::DkCpr => "Denmark CPR number: a valid birth date.",
            Validator::NoFnr => "Norway fødselsnummer: birth date and two mod-11 check digits.",
            Validator::ChAhv => "Switzerland AHV/AVS number: 756 prefix and EAN-13 check digit.",
            Validator::IePps => "Ireland PPS number: weighted mod-23 check letter.",
            Validator::PtNif => "Portugal NIF: first digit and mod-11 check digit.",
            Validator::CnResidentId => "China resident identity number: birth date and ISO 7064 MOD 11-2.",
            Validator::BrCnpj => "Brazil CNPJ: two mod-11 check digits.",
            Validator::AuAbn => "Australian Business Number: weighted mod 89.",
            Validator::UkUtr => "UK Unique Taxpayer Reference: weighted mod-11 leading check digit.",
            Validator::ItVat => "Italy partita IVA: Luhn.",
            Validator::PlNip => "Poland NIP: weighted mod-11 check digit.",
            Validator::FrSiren => "France SIREN or SIRET: Luhn.",
            Validator::NzIrd => "New Zealand IRD number: mod 11 with the secondary weights.",
            Validator::IlId => "Israel identity number: Luhn-like digit sum.",
            Validator::HkHkid => "Hong Kong identity card: mod-11 check character.",
            Validator::TwId => "Taiwan national ID: region code and weighted check digit.",
            Validator::ThId => "Thailand national ID: weighted mod-11 check digit.",
            Validator::InGstin => "India GSTIN: state code and mod-36 check character.",
            Validator::FiBusinessId => "Finland business ID (Y-tunnus): mod-11 check digit.",
            Validator::SeOrgnr => "Sweden organisation number: Luhn.",
            Validator::CaOhip => "Ontario health card number: Luhn.",
            Validator::BtcAddress => "Bitcoin address: Base58Check or Bech32 checksum.",
            Validator::NzNhi => "New Zealand NHI number: mod-11 check digit.",
            Validator::MyMykad => "Malaysia MyKad: birth date and place-of-birth code.",
        }
    }

    /// The name policies use (`payment_card`).
    pub fn name(self) -> &'static str {
        match self {
            Validator::Luhn => "luhn",
            Validator::PaymentCard => "payment_card",
            Validator::Iban => "iban",
            Validator::AbaRouting => "aba_routing",
            Validator::Bic => "bic",
            Validator::UsSsn => "us_ssn",
            Validator::UkNino => "uk_nino",
            Validator::NhsNumber => "nhs_number",
            Validator::CaSin => "ca_sin",
            Validator::Aadhaar => "aadhaar",
            Validator::Date => "date",
            Validator::Email => "email",
            Validator::Phone => "phone",
            Validator::IpPublic => "ip_public",
            Validator::IpPrivate => "ip_private",
            Validator::InternalHost => "internal_host",
            Validator::Jwt => "jwt",
            Validator::Token => "token",
            Validator::SecretValue => "secret_value",
            Validator::UrlCredentials => "url_credentials",
            Validator::BasicAuth => "basic_auth",
            Validator::PersonName => "person_name",
            Validator::AccountNumber => "account_number",
            Validator::EsDni => "es_dni",
            Validator::ItFiscalCode => "it_fiscal_code",
            Validator::PlPesel => "pl_pesel",
            Validator::NlBsn => "nl_bsn",
            Validator::SePersonnummer => "se_personnummer",
            Validator::FiHetu => "fi_hetu",
            Validator::TrTckn => "tr_tckn",
            Validator::BrCpf => "br_cpf",
            Validator::SgNric => "sg_nric",
            Validator::AuTfn => "au_tfn",
            Validator::FrNir => "fr_nir",
            Validator::UsNpi => "us_npi",
            Validator::UsDea => "us_dea",
            Validator::AuMedicare => "au_medicare",
            Validator::KrRrn => "kr_rrn",
            Validator::DeTaxId => "de_tax_id",
            Validator::JpMyNumber => "jp_my_number",
            Validator::MxCurp => "mx_curp",
            Validator::ZaId => "za_id",
            Validator::BeNationalNumber => "be_national_number",
            Validator::DkCpr => "dk_cpr",
            Validator::NoFnr => "no_fnr",
            Validator::ChAhv => "ch_ahv",
            Validator::IePps => "ie_pps",
            Validator::PtNif => "pt_nif",
            Validator::CnResidentId => "cn_resident_id",
            Validator::BrCnpj => "br_cnpj",
            Validator::AuAbn => "au_abn",
            Validator::UkUtr => "uk_utr",
            Validator::ItVat => "it_vat",
            Validator::PlNip => "pl_nip",
            Validator::FrSiren => "fr_siren",
            Validator::NzIrd => "nz_ird",
            Validator::IlId => "il_id",
            Validator::HkHkid => "hk_hkid",
            Validator::TwId => "tw_id",
            Validator::ThId => "th_id",
            Validator::InGstin => "in_gstin",
            Validator::FiBusinessId => "fi_business_id",
            Validator::SeOrgnr => "se_orgnr",
            Validator::CaOhip => "ca_ohip",
            Validator::BtcAddress => "btc_address",
            Validator::NzNhi => "nz_nhi",
            Validator::MyMykad => "my_mykad",
        }
    }

    /// Every validator, for listings and exhaustive tests.
    pub const ALL: [Validator; 67] = [
        Validator::Luhn,
        Validator::PaymentCard,
        Validator::Iban,
        Validator::AbaRouting,
        Validator::Bic,
        Validator::UsSsn,
        Validator::UkNino,
        Validator::NhsNumber,
        Validator::CaSin,
        Validator::Aadhaar,
        Validator::Date,
        Validator::Email,
        Validator::Phone,
        Validator::IpPublic,
        Validator::IpPrivate,
        Validator::InternalHost,
        Validator::Jwt,
        Validator::Token,
        Validator::SecretValue,
        Validator::UrlCredentials,
        Validator::BasicAuth,
        Validator::PersonName,
        Validator::AccountNumber,
        Validator::EsDni,
        Validator::ItFiscalCode,
        Validator::PlPesel,
        Validator::NlBsn,
        Validator::SePersonnummer,
        Validator::FiHetu,
        Validator::TrTckn,
        Validator::BrCpf,
        Validator::SgNric,
        Validator::AuTfn,
        Validator::FrNir,
        Validator::UsNpi,
        Validator::UsDea,
        Validator::AuMedicare,
        Validator::KrRrn,
        Validator::DeTaxId,
        Validator::JpMyNumber,
        Validator::MxCurp,
        Validator::ZaId,
        Validator::BeNationalNumber,
        Validator::DkCpr,
        Validator::NoFnr,
        Validator::ChAhv,
        Validator::IePps,
        Validator::PtNif,
        Validator::CnResidentId,
        Validator::BrCnpj,
        Validator::AuAbn,
        Validator::UkUtr,
        Validator::ItVat,
        Validator::PlNip,
        Validator::FrSiren,
        Validator::NzIrd,
        Validator::IlId,
        Validator::HkHkid,
        Validator::TwId,
        Validator::ThId,
        Validator::InGstin,
        Validator::FiBusinessId,
        Validator::SeOrgnr,
        Validator::CaOhip,
        Validator::BtcAddress,
        Validator::NzNhi,
        Validator::MyMykad,
    ];

    /// Runs the validator on the candidate `hay[start..end]`, looking at its
    /// neighbours where the value alone cannot tell (`5.7E+53774632` is a
    /// number in scientific notation, not a phone; `google.protobuf.internal.x`
    /// is a module path, not a host).
    pub fn check_in(self, hay: &[u8], start: usize, end: usize) -> Check {
        if start > end || end > hay.len() {
            return Check::Reject;
        }
        let before = |k: usize| start.checked_sub(k).and_then(|i| hay.get(i)).copied();
        let after = hay.get(end).copied();
        let next = hay.get(end + 1).copied();
        let neighbours_reject = match self {
            // `5.7E+53774632`, `153.E+8379`: an exponent, not a phone.
            // `U+30000020` is a code point.
            // `.../commit/9226322394`: a bare number in a URL path is an id.
            Validator::Phone => {
                hay.get(start) == Some(&b'+')
                    && (matches!(before(1), Some(b'e' | b'E'))
                        && before(2).is_some_and(|b| b.is_ascii_digit() || b == b'.')
                        || matches!(before(1), Some(b'U' | b'u')))
                    || before(1) == Some(b'/') && hay[start..end].iter().all(u8::is_ascii_digit)
            }
            // A key that contains ':' is an ARN or a type path, not a setting:
            // `arn:aws:secretsmanager:...:secret:name`, `"AWS::AppSync::ApiKey": "..."`.
            Validator::SecretValue => {
                let window = &hay[start.saturating_sub(80)..start];
                let key_end = window
                    .iter()
                    .rposition(|b| !matches!(b, b' ' | b'"' | b'\'' | b':' | b'=' | b'>'))
                    .map_or(0, |i| i + 1);
                let key_start = window[..key_end]
                    .iter()
                    .rposition(|b| {
                        b.is_ascii_whitespace()
                            || matches!(b, b'"' | b'\'' | b'{' | b',' | b'[' | b'(')
                    })
                    .map_or(0, |i| i + 1);
                window[key_start..key_end].contains(&b':')
            }
            // A number glued to a slug (`file-system-1481848448460`) is an id.
            Validator::AccountNumber => {
                before(1) == Some(b'-') && before(2).is_some_and(|b| b.is_ascii_alphabetic())
            }
            Validator::InternalHost => {
                after == Some(b'.') && next.is_some_and(|b| b.is_ascii_alphabetic())
            }
            // `https://user:pass@host`: the userinfo of a URL, not an address.
            Validator::Email => {
                let token_start = hay[..start]
                    .iter()
                    .rposition(|b| {
                        b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'(')
                    })
                    .map_or(0, |i| i + 1);
                hay[token_start..start].windows(3).any(|w| w == b"://")
            }
            _ => false,
        };
        if neighbours_reject {
            Check::Reject
        } else {
            self.check(&hay[start..end])
        }
    }

    /// Runs the validator on a candidate value.
    pub fn check(self, v: &[u8]) -> Check {
        match self {
            Validator::Luhn => luhn(&digits(v)).into(),
            Validator::PaymentCard => payment_card(v).into(),
            Validator::Iban => iban(v),
            Validator::AbaRouting => aba_routing(&digits(v)).into(),
            Validator::Bic => bic(v).into(),
            Validator::UsSsn => us_ssn(&digits(v)).into(),
            Validator::UkNino => uk_nino(v).into(),
            Validator::NhsNumber => nhs_number(&digits(v)).into(),
            Validator::CaSin => ca_sin(&digits(v)).into(),
            Validator::Aadhaar => verhoeff(&digits(v)).into(),
            Validator::EsDni => national::es_dni(v).into(),
            Validator::ItFiscalCode => national::it_fiscal_code(v).into(),
            Validator::PlPesel => national::pl_pesel(v).into(),
            Validator::NlBsn => national::nl_bsn(v).into(),
            Validator::SePersonnummer => national::se_personnummer(v).into(),
            Validator::FiHetu => national::fi_hetu(v).into(),
            Validator::TrTckn => national::tr_tckn(v).into(),
            Validator::BrCpf => national::br_cpf(v).into(),
            Validator::SgNric => national::sg_nric(v).into(),
            Validator::AuTfn => national::au_tfn(v).into(),
            Validator::FrNir => national::fr_nir(v).into(),
            Validator::UsNpi => national::us_npi(v).into(),
            Validator::UsDea => national::us_dea(v).into(),
            Validator::AuMedicare => national::au_medicare(v).into(),
            Validator::KrRrn => national::kr_rrn(v).into(),
            Validator::DeTaxId => national::de_tax_id(v).into(),
            Validator::JpMyNumber => national::jp_my_number(v).into(),
            Validator::MxCurp => national::mx_curp(v).into(),
            Validator::ZaId => national::za_id(v).into(),
            Validator::BeNationalNumber => national::be_national_number(v).into(),
            Validator::DkCpr => national::dk_cpr(v).into(),
            Validator::NoFnr => national::no_fnr(v).into(),
            Validator::ChAhv => national::ch_ahv(v).into(),
            Validator::IePps => national::ie_pps(v).into(),
            Validator::PtNif => national::pt_nif(v).into(),
            Validator::CnResidentId => national::cn_resident_id(v).into(),
            Validator::BrCnpj => national::br_cnpj(v).into(),
            Validator::AuAbn => national::au_abn(v).into(),
            Validator::UkUtr => national::uk_utr(v).into(),
            Validator::ItVat => national::it_vat(v).into(),
            Validator::PlNip => national::pl_nip(v).into(),
            Validator::FrSiren => national::fr_siren(v).into(),
            Validator::NzIrd => national::nz_ird(v).into(),
            Validator::IlId => national::il_id(v).into(),
            Validator::HkHkid => national::hk_hkid(v).into(),
            Validator::TwId => national::tw_id(v).into(),
            Validator::ThId => national::th_id(v).into(),
            Validator::InGstin => national::in_gstin(v).into(),
            Validator::FiBusinessId => national::fi_business_id(v).into(),
            Validator::SeOrgnr => national::se_orgnr(v).into(),
            Validator::CaOhip => national::ca_ohip(v).into(),
            Validator::BtcAddress => national::btc_address(v).into(),
            Validator::NzNhi => national::nz_nhi(v).into(),
            Validator::MyMykad => national::my_mykad(v).into(),

            Validator::Date => date(v).into(),
            Validator::Email => email(v).into(),
            Validator::Phone => phone(v).into(),
            Validator::IpPublic => ip_public(v).into(),
            Validator::IpPrivate => ip_private(v).into(),
            Validator::InternalHost => internal_host(v).into(),
            Validator::Jwt => jwt(v).into(),
            Validator::Token => (!is_placeholder(v)).into(),
            Validator::SecretValue => secret_value(v).into(),
            Validator::UrlCredentials => url_credentials(v).into(),
            Validator::BasicAuth => basic_auth(v).into(),
            Validator::AccountNumber => {
                let d = digits(v);
                let mut distinct = d.clone();
                distinct.sort_unstable();
                distinct.dedup();
                // `111122223333`: too few distinct digits to be a real account number;
                // `20030716`: eight digits that read as a date are a date.
                let as_date = d.len() == 8 && {
                    let n = |r: std::ops::Range<usize>| {
                        d[r].iter().fold(0, |a, &x| a * 10 + u32::from(x))
                    };
                    (1900..2100).contains(&n(0..4))
                        && super::national::valid_date(n(0..4), n(4..6), n(6..8))
                };
                (distinct.len() > 3 && !has_sequence(&d, 6) && !as_date).into()
            }
            Validator::PersonName => match v.strip_suffix(b"'s") {
                Some(name) if !name.is_empty() => Check::Trim(name.len()),
                _ => Check::Accept,
            },
        }
    }
}

/// The ASCII digits of `v` as numbers 0..=9.
pub(crate) fn digits(v: &[u8]) -> Vec<u8> {
    v.iter()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect()
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

fn payment_card(v: &[u8]) -> bool {
    let d = digits(v);
    // Separators must form a plausible grouping: none, or only spaces or only
    // dashes; one line break may stand for one of them (a number wrapped in a paste).
    let breaks = v.iter().filter(|&&b| b == b'\n').count();
    let seps: Vec<u8> = v
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_digit() && !matches!(b, b'\n' | b'\r'))
        .collect();
    if breaks > 1 || seps.windows(2).any(|w| w[0] != w[1]) {
        return false;
    }
    if !seps.is_empty() {
        let groups: Vec<usize> = v
            .split(|b| !b.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .map(<[u8]>::len)
            .collect();
        if groups.iter().any(|&g| !(3..=6).contains(&g)) {
            return false;
        }
    }
    let n = d.len();
    let prefix = |k: usize| d.iter().take(k).fold(0u32, |a, &x| a * 10 + u32::from(x));
    let p2 = prefix(2);
    let (p3, p4) = (prefix(3), prefix(4));
    if n < 12 {
        return false;
    }
    let visa = d[0] == 4 && matches!(n, 13 | 16 | 19);
    let mastercard = ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && n == 16;
    let amex = matches!(p2, 34 | 37) && n == 15;
    let long = (16..=19).contains(&n);
    let discover = (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65) && long;
    let jcb = (3528..=3589).contains(&p4) && long;
    let diners =
        ((300..=305).contains(&p3) || matches!(p2, 36 | 38 | 39)) && (14..=19).contains(&n);
    let unionpay = p2 == 62 && long;
    let maestro = (p2 == 50 || (56..=69).contains(&p2)) && (12..=19).contains(&n);
    let issuer_ok = visa || mastercard || amex || discover || jcb || diners || unionpay || maestro;
    // `4229989100000000`: a long run of one digit is test data, not a card.
    let longest_run = d
        .chunk_by(|a, b| a == b)
        .map(<[u8]>::len)
        .max()
        .unwrap_or(0);
    issuer_ok && luhn(&d) && longest_run < 7
}

/// Whether `digits` starts with an assigned ITU-T E.164 country code, so
/// `+2147483648` (zone 2, code 214 is unassigned) and `+4294967296` (429) are
/// constants, not phone numbers.
fn country_code(digits: &str) -> bool {
    let code = |n: usize| digits.get(..n).and_then(|p| p.parse::<u16>().ok());
    match digits.as_bytes().first() {
        Some(b'1' | b'7') => true,
        Some(b'2') => {
            matches!(code(2), Some(20 | 27))
                || code(3).is_some_and(|c| {
                    matches!(c, 211..=213 | 216 | 218 | 220..=258 | 260..=269 | 290 | 291 | 297..=299)
                })
        }
        Some(b'3') => {
            matches!(code(2), Some(30..=34 | 36 | 39))
                || code(3).is_some_and(|c| matches!(c, 350..=359 | 370..=383 | 385..=387 | 389))
        }
        Some(b'4') => {
            matches!(code(2), Some(40 | 41 | 43..=49))
                || code(3).is_some_and(|c| matches!(c, 420 | 421 | 423))
        }
        Some(b'5') => {
            matches!(code(2), Some(51..=58))
                || code(3).is_some_and(|c| matches!(c, 500..=509 | 590..=599))
        }
        Some(b'6') => {
            matches!(code(2), Some(60..=66)) || code(3).is_some_and(|c| matches!(c, 670..=692))
        }
        Some(b'8') => {
            matches!(code(2), Some(81 | 82 | 84 | 86))
                || code(3).is_some_and(|c| matches!(c, 850 | 852 | 853 | 855 | 856 | 880 | 886))
        }
        Some(b'9') => {
            matches!(code(2), Some(90..=95 | 98))
                || code(3).is_some_and(|c| matches!(c, 960..=968 | 970..=977 | 992..=998))
        }
        _ => false,
    }
}

/// IBAN lengths per country (ISO 13616 registry).
fn iban_length(cc: &[u8]) -> Option<usize> {
    Some(match cc {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NL" => 18,
        b"NO" => 15,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"SA" => 24,
        b"SC" => 31,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        _ => return None,
    })
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

fn iban(v: &[u8]) -> Check {
    let Some(len) = v.get(..2).and_then(iban_length) else {
        return Check::Reject;
    };
    // Walk the match taking `len` alphanumerics; the match may run on into a
    // following word ("... 3000 BIC"), which is trimmed off at a group boundary.
    let mut chars = Vec::with_capacity(len);
    let mut end = 0;
    for (i, &b) in v.iter().enumerate() {
        if b == b' ' {
            continue;
        }
        chars.push(b);
        if chars.len() == len {
            end = i + 1;
            break;
        }
    }
    if chars.len() != len || (end < v.len() && v[end] != b' ') || !iban_mod97(&chars) {
        return Check::Reject;
    }
    if end == v.len() {
        Check::Accept
    } else {
        Check::Trim(end)
    }
}

fn aba_routing(d: &[u8]) -> bool {
    if d.len() != 9 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let w = [3u32, 7, 1];
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * w[i % 3])
        .sum();
    sum % 10 == 0
}

/// ISO 3166-1 alpha-2 codes, for BIC validation.
const COUNTRIES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW";

fn is_country(cc: &[u8]) -> bool {
    COUNTRIES.as_bytes().chunks(2).any(|c| c == cc)
}

fn bic(v: &[u8]) -> bool {
    (v.len() == 8 || v.len() == 11)
        && is_country(&v[4..6])
        && v[..4].iter().all(u8::is_ascii_uppercase)
}

fn us_ssn(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let n = |r: std::ops::Range<usize>| d[r].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    let (area, group, serial) = (n(0..3), n(3..5), n(5..9));
    let whole = n(0..9);
    // Never issued: area 000, 666, 900-999; group 00; serial 0000.
    // Widely published samples (Woolworth's wallet card, advertising) are not real.
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !matches!(whole, 78_051_120 | 219_099_999 | 123_456_789 | 457_555_462)
        && !(d[..3].iter().all(|&x| x == d[0])
            && d[3..5].iter().all(|&x| x == d[3])
            && d[5..].iter().all(|&x| x == d[5]))
        && !(987_654_320..=987_654_329).contains(&whole)
}

fn uk_nino(v: &[u8]) -> bool {
    let s: Vec<u8> = v.iter().copied().filter(|b| *b != b' ').collect();
    if s.len() != 9 {
        return false;
    }
    let prefix = &s[..2];
    !matches!(
        prefix,
        b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
    )
}

fn nhs_number(d: &[u8]) -> bool {
    if d.len() != 10 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * (10 - i as u32))
        .sum();
    let check = 11 - (sum % 11);
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == u32::from(d[9])
}

fn ca_sin(d: &[u8]) -> bool {
    d.len() == 9 && !matches!(d[0], 0 | 8) && luhn(d)
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

fn date(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month_word = MONTHS
        .iter()
        .position(|m| s.contains(m))
        .map(|i| i as u32 + 1);
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let (y, m, d) = match (month_word, nums.as_slice()) {
        (Some(m), [a, b]) if *a > 31 => (*a, m, *b),
        (Some(m), [a, b]) => (*b, m, *a),
        (None, [y, m, d]) if *y >= 1000 => (*y, *m, *d),
        // Day-first or month-first: valid if either reading is a date.
        (None, [a, b, y]) => {
            let ok = |d: u32, m: u32| (1..=12).contains(&m) && (1..=days_in(m, *y)).contains(&d);
            return (1900..=2099).contains(y) && (ok(*a, *b) || ok(*b, *a));
        }
        _ => return false,
    };
    (1900..=2099).contains(&y) && (1..=12).contains(&m) && (1..=days_in(m, y)).contains(&d)
}

fn days_in(m: u32, y: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// Reserved names that are never real people's or hosts' (RFC 2606, RFC 6761).
fn is_reserved_domain(domain: &str) -> bool {
    let d = domain.trim_end_matches('.').as_bytes();
    [
        "example.com",
        "example.net",
        "example.org",
        "example",
        "test",
        "invalid",
        "localhost",
    ]
    .iter()
    .any(|r| {
        let r = r.as_bytes();
        d.len() >= r.len()
            && d[d.len() - r.len()..].eq_ignore_ascii_case(r)
            && (d.len() == r.len() || d[d.len() - r.len() - 1] == b'.')
    })
}

fn email(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v);
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let tld = domain.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    let image = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "avif",
    ];
    let system = ["git", "noreply", "no-reply", "donotreply", "do-not-reply"];
    !is_reserved_domain(domain)
        && !image.contains(&tld.as_str())
        && !system.contains(&local.to_ascii_lowercase().as_str())
        && !domain
            .to_ascii_lowercase()
            .ends_with("users.noreply.github.com")
}

fn phone(v: &[u8]) -> bool {
    let d = digits(v);
    let mut distinct = d.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let longest_run = d
        .chunk_by(|a, b| a == b)
        .map(<[u8]>::len)
        .max()
        .unwrap_or(0);
    // `+10011010010` (binary), `+2.00000000`, `1234567`: not phone numbers.
    if distinct.len() <= 2 || longest_run >= 6 || has_sequence(&d, 6) {
        return false;
    }
    // `252.227-7013` (a DFARS clause), `277.764 1035` (SVG coordinates): phone
    // numbers do not mix dots with dashes or spaces.
    if v.contains(&b'.') && (v.contains(&b'-') || v.contains(&b' ')) {
        return false;
    }
    // `+35236450.6`: a decimal, not a number with a one-digit last group.
    let last_group = v
        .rsplit(|b| !b.is_ascii_digit())
        .next()
        .map_or(0, <[u8]>::len);
    if last_group == 1 {
        return false;
    }
    let international = v.first() == Some(&b'+');
    let nanp: Option<&[u8]> = match (international, d.len(), d.first()) {
        (_, 11, Some(1)) => Some(&d[1..]),
        (false, 10, _) => Some(&d[..]),
        _ => None,
    };
    if let Some(n) = nanp.filter(|n| n[0] != 0) {
        let exchange = &n[3..6];
        // NANP: area and exchange start with 2-9. Exchange 555 holds the numbers
        // reserved for fiction (0100-0199) and directory services (1212); in text
        // it is practically always made up.
        return n[0] >= 2 && n[3] >= 2 && exchange != [5, 5, 5];
    }
    if international {
        // E.164 country codes never start with 0; Ofcom's drama ranges are fictional
        // in international form too (+44 7700 900xxx).
        let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        let drama = ["447700900", "442079460", "441632960"]
            .iter()
            .any(|p| s.starts_with(p));
        return (8..=15).contains(&d.len()) && d[0] != 0 && !drama && country_code(&s);
    }
    // National trunk-prefixed numbers (0...). Ofcom's drama ranges are fictional.
    let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
    (10..=11).contains(&d.len())
        && d[0] == 0
        && !s.starts_with("07700900")
        && !s.starts_with("02079460")
        && !s.starts_with("01632960")
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

/// Whether `d` has a run of `n` consecutive ascending or descending digits
/// (`1234567`), the mark of a made-up number.
fn has_sequence(d: &[u8], n: usize) -> bool {
    let up = |w: &[u8]| w.windows(2).all(|p| p[1] == p[0] + 1);
    let down = |w: &[u8]| w.windows(2).all(|p| p[0] == p[1] + 1);
    d.windows(n).any(|w| up(w) || down(w))
}

fn parse_ip(v: &[u8]) -> Option<std::net::IpAddr> {
    let s = std::str::from_utf8(v).ok()?;
    let s = s.split('/').next()?;
    s.parse().ok()
}

fn ip_public(v: &[u8]) -> bool {
    match parse_ip(v) {
        Some(std::net::IpAddr::V4(a)) => ipv4_public(a),
        Some(std::net::IpAddr::V6(a)) => ipv6_public(a),
        None => false,
    }
}

fn ipv4_public(a: Ipv4Addr) -> bool {
    let o = a.octets();
    let doc = matches!(
        o,
        [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _] | [192, 0, 0, _]
    ); // RFC 5737, RFC 6890
    let cgnat = o[0] == 100 && (64..=127).contains(&o[1]);
    let benchmark = o[0] == 198 && (o[1] == 18 || o[1] == 19);
    // Public resolvers are services, not people.
    let resolver = matches!(
        o,
        [8, 8, 8, 8] | [8, 8, 4, 4] | [1, 1, 1, 1] | [1, 0, 0, 1] | [9, 9, 9, 9]
    );
    // Sample addresses in documentation and tests: one octet four times
    // (`42.42.42.42`), a run (`14.15.16.17`); and single digits (`1.6.2.3`) are
    // release numbers far more often than hosts.
    let sample = matches!(o, [123, 45, 67, 89] | [12, 34, 56, 78] | [11, 22, 33, 44])
        || o.iter().all(|&x| x == o[0])
        || o.windows(2).all(|w| w[1] == w[0].wrapping_add(1))
        || o.windows(2).all(|w| w[0] == w[1].wrapping_add(1))
        || o.iter().all(|&x| x <= 9);
    !(a.is_private()
        || a.is_loopback()
        || a.is_link_local()
        || a.is_multicast()
        || a.is_broadcast()
        || a.is_unspecified()
        || o[0] == 0
        || o[0] >= 240
        || doc
        || cgnat
        || benchmark
        || resolver
        || sample)
}

fn ipv6_public(a: Ipv6Addr) -> bool {
    let s = a.segments();
    // Global unicast is 2000::/3; 2001:db8::/32 is documentation (RFC 3849).
    (s[0] & 0xe000) == 0x2000 && !(s[0] == 0x2001 && s[1] == 0x0db8)
}

fn ip_private(v: &[u8]) -> bool {
    match parse_ip(v) {
        // `10.0.0.0/8`, `172.16.0.0/12`: ranges everybody knows, not hosts.
        Some(std::net::IpAddr::V4(a)) => {
            a.is_private()
                && !matches!(
                    a.octets(),
                    [10, 0, 0, 0] | [172, 16, 0, 0] | [192, 168, 0, 0]
                )
        }
        Some(std::net::IpAddr::V6(a)) => (a.segments()[0] & 0xfe00) == 0xfc00,
        None => false,
    }
}

fn internal_host(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    let host = s.split("://").last().unwrap_or(&s);
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(['/', ':']).next().unwrap_or(host);
    // Documentation hosts: `printer.example.local`, `db.example.internal`.
    !is_reserved_domain(host)
        && !host.starts_with("localhost.")
        && !host.split('.').any(|label| label == "example")
}

fn jwt(v: &[u8]) -> bool {
    use base64::Engine as _;
    let header = v.split(|&b| b == b'.').next().unwrap_or(b"");
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(header) else {
        return false;
    };
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes)
        .is_ok_and(|m| m.contains_key("alg") || m.contains_key("typ"))
}

/// Placeholders, template variables and environment lookups, never real secrets.
pub(crate) fn is_placeholder(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    const MARKERS: [&str; 31] = [
        "your_",
        "your-",
        "yourapi",
        "<",
        ">",
        "${",
        "{{",
        "}}",
        "%(",
        "example",
        "placeholder",
        "changeme",
        "change_me",
        "dummy",
        "redacted",
        "xxxx",
        "****",
        "....",
        "sample",
        "insert_",
        "replace_me",
        "fake",
        "...",
        // Documentation's made-up values.
        "abc123",
        "test123",
        "123456",
        "qwerty",
        "a1b2c3",
        "1a2b3c",
        "abcd1234",
        "passw0rd",
    ];
    if MARKERS.iter().any(|m| s.contains(m)) {
        return true;
    }
    const LOOKUPS: [&str; 8] = [
        "$",
        "env.",
        "os.environ",
        "process.env",
        "getenv",
        "secrets.",
        "vault:",
        "ref+",
    ];
    if LOOKUPS.iter().any(|p| s.starts_with(p)) {
        return true;
    }
    // A long run of one character (ghp_000000..., sk_test_aaaaaaaa) is not random.
    let mut run = 1;
    for w in v.windows(2) {
        run = if w[0] == w[1] { run + 1 } else { 1 };
        if run >= 8 {
            return true;
        }
    }
    false
}

/// Shannon entropy in bits per byte.
pub(crate) fn entropy(v: &[u8]) -> f64 {
    let mut counts = [0u32; 256];
    for &b in v {
        counts[b as usize] += 1;
    }
    let n = v.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

fn secret_value(v: &[u8]) -> bool {
    // Closing brackets belong to the surrounding code: `{"k": self.token}`.
    let v = v.trim_ascii_end();
    let v = match v
        .iter()
        .rposition(|b| !matches!(b, b'}' | b')' | b']' | b',' | b';'))
    {
        Some(i) => &v[..=i],
        None => return false,
    };
    // `secret:1&rdquo;` in HTML: the entity is markup, not part of the value.
    let v = match v.iter().rposition(|&b| b == b'&') {
        Some(i)
            if v.len() - i <= 9
                && v[i + 1..].iter().all(u8::is_ascii_alphanumeric)
                && v.len() > i + 2 =>
        {
            &v[..i]
        }
        _ => v,
    };
    if v.len() < 6 || is_placeholder(v) {
        return false;
    }
    // A path: `PWD: '/Users/maciej'`, `key_file = ~/.ssh/id_ed25519`.
    if v.starts_with(b"/") || v.starts_with(b"~/") || v.starts_with(b"./") {
        return false;
    }
    // Another assignment or a key, not a value: `Protocol=https`, `client-key-data:`.
    // (Base64 secrets carry `=` only as trailing padding.)
    let body = v
        .strip_suffix(b"==")
        .or_else(|| v.strip_suffix(b"="))
        .unwrap_or(v);
    if body.contains(&b'=') || v.ends_with(b":") {
        return false;
    }
    // A value that names itself is a stand-in: `generatedwebdavpassword1`, `session-token`.
    let lower = v.to_ascii_lowercase();
    if [
        "password", "secret", "token", "apikey", "api-key", "api_key",
    ]
    .iter()
    .any(|w| lower.windows(w.len()).any(|x| x == w.as_bytes()))
    {
        return false;
    }
    // Lowercase words joined by hyphens describe a value: `sas-token-for-blob-access`.
    if v.iter().all(|b| b.is_ascii_lowercase() || *b == b'-') && v.contains(&b'-') {
        return false;
    }
    // Code, not a literal: `user.password`, `get_token()`, `os.environ[`,
    // `syn::token::Paren`, `*const c_char`, `&str`, `self->token`, `_secret`.
    // (A long value that starts with `_` is a random token, `_x9Kq...`; long
    // identifiers are caught below.)
    if v.iter().any(|b| matches!(b, b'(' | b')' | b'[' | b']'))
        || v.windows(2).any(|w| w == b"::" || w == b"->")
        || matches!(v[0], b'*' | b'&' | b'<' | b'{' | b'.')
        || (v[0] == b'_' && v.len() < 24)
    {
        return false;
    }
    // Regexes and macros in code: `\w{20}`, `quote!`.
    if v.contains(&b'\\')
        || (v.ends_with(b"!")
            && v[..v.len() - 1]
                .iter()
                .all(|b| b.is_ascii_lowercase() || *b == b'_'))
    {
        return false;
    }
    // Type names: `ULONG64`, `UINT32`, `DWORD`.
    let letters_then_digits = {
        let k = v.iter().take_while(|b| b.is_ascii_uppercase()).count();
        k > 0 && v.len() - k <= 3 && v[k..].iter().all(u8::is_ascii_digit)
    };
    if letters_then_digits {
        return false;
    }
    // Identifiers and type names: `Token`, `WS_STRING`, `WIN32_ERROR`, `c_long`.
    let ident = v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
    let letters_only = v.iter().all(|b| b.is_ascii_alphabetic() || *b == b'_');
    let upper_snake = v
        .iter()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_');
    let snake = v
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_');
    // CamelCase type names: `OAuth2Token`, `HttpClient` (an inner capital after a lowercase or
    // digit) are made of words: lowercase runs of three letters on average and few digits. A
    // random mixed-case secret (`QmOhlLonZIGMW7T3`) flips case every letter or two.
    let camel = v[0].is_ascii_uppercase()
        && v.windows(2).any(|w| {
            (w[0].is_ascii_lowercase() || w[0].is_ascii_digit()) && w[1].is_ascii_uppercase()
        })
        && {
            let runs = v
                .split(|b| !b.is_ascii_lowercase())
                .filter(|r| !r.is_empty())
                .map(<[u8]>::len);
            let (count, letters) = runs.fold((0, 0), |(c, l), n| (c + 1, l + n));
            let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
            count > 0 && letters >= 3 * count && digits <= 2
        };
    if ident && (letters_only || camel || (v.contains(&b'_') && (upper_snake || snake))) {
        return false;
    }
    let s = String::from_utf8_lossy(v);
    let dotted_identifier = s.contains('.')
        && s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic());
    if dotted_identifier {
        return false;
    }
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    let other = v.iter().any(|b| !b.is_ascii_alphanumeric());
    let classes = [lower, upper, digit, other].iter().filter(|&&c| c).count();
    let plain_word = classes == 1 && (lower || upper);
    if plain_word
        && matches!(
            s.to_ascii_lowercase().as_str(),
            "required"
                | "optional"
                | "string"
                | "boolean"
                | "undefined"
                | "password"
                | "secret"
                | "token"
        )
    {
        return false;
    }
    (classes >= 2 && entropy(v) >= 2.5) || entropy(v) >= 3.5
}

fn url_credentials(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v);
    let password = if let Some(rest) = s.split_once("://").map(|(_, r)| r) {
        // user:password@host — the password runs to the last '@' before the host.
        let userinfo = rest.rsplit_once('@').map_or("", |(u, _)| u);
        userinfo.split_once(':').map_or("", |(_, p)| p).to_string()
    } else {
        // key=value;... Password=...;
        s.split(';')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| matches!(k.trim().to_ascii_lowercase().as_str(), "password" | "pwd"))
            .map_or(String::new(), |(_, p)| p.to_string())
    };
    // Documentation's stand-ins: user:pass@host, foo:bar@host, a:b@host.
    const DUMMIES: [&str; 10] = [
        "pass", "password", "passwd", "pwd", "pw", "secret", "bar", "test", "1234", "x",
    ];
    if password.chars().count() == 1 {
        return false;
    }
    // Credentials for a documentation host are an example: `http://abc:xyz@example.com`.
    let host = s
        .split_once("://")
        .and_then(|(_, r)| r.rsplit_once('@'))
        .map(|(_, h)| {
            h.split(['/', ':', '?', '#'])
                .next()
                .unwrap_or(h)
                .to_ascii_lowercase()
        });
    !password.is_empty()
        && !is_placeholder(password.as_bytes())
        && !DUMMIES.iter().any(|d| password.eq_ignore_ascii_case(d))
        && !host.is_some_and(|h| is_reserved_domain(&h))
}

fn basic_auth(v: &[u8]) -> bool {
    use base64::Engine as _;
    let body = v
        .strip_suffix(b"==")
        .or_else(|| v.strip_suffix(b"="))
        .unwrap_or(v);
    let Ok(bytes) = base64::engine::general_purpose::STANDARD_NO_PAD.decode(body) else {
        return false;
    };
    let Ok(s) = std::str::from_utf8(&bytes) else {
        return false;
    };
    // The same checks as a password in a URL: `user:pass` and `foo:bar` are stand-ins.
    s.split_once(':').is_some_and(|(user, _)| {
        !user.is_empty()
            && !s.chars().any(char::is_control)
            && url_credentials(format!("https://{s}@host").as_bytes())
    })
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn basic_auth_needs_a_real_password() {
        // base64("svc_reports:Tr0ub4dor&3x"), base64("user:pass"), base64("justtext")
        assert!(ok(Validator::BasicAuth, "c3ZjX3JlcG9ydHM6VHIwdWI0ZG9yJjN4"));
        assert!(!ok(Validator::BasicAuth, "dXNlcjpwYXNz"));
        assert!(!ok(Validator::BasicAuth, "anVzdHRleHQ="));
        assert!(!ok(Validator::BasicAuth, "not base64!"));
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
    fn luhn_and_cards() {
        assert!(luhn(&digits(b"4539 1488 0343 6467")));
        assert!(!luhn(&digits(b"4539 1488 0343 6468")));
        assert!(ok(Validator::PaymentCard, "4539 1488 0343 6467"));
        assert!(ok(Validator::PaymentCard, "4539-1488-0343-6467"));
        assert!(
            !ok(Validator::PaymentCard, "4539 1488-0343 6467"),
            "mixed separators"
        );
        assert!(ok(Validator::PaymentCard, "371449635398431"), "amex 15");
        assert!(
            !ok(Validator::PaymentCard, "1234567812345670"),
            "no issuer starts with 1"
        );
        assert!(
            !ok(Validator::PaymentCard, "3714496353984310"),
            "amex must be 15"
        );
        assert!(ok(Validator::PaymentCard, "5425233430109903"));
        assert!(ok(Validator::PaymentCard, "2720432319487575"));
        assert!(
            !ok(Validator::PaymentCard, "2221000000000009"),
            "a run of zeros is test data"
        );
        assert!(
            !ok(Validator::PaymentCard, "5575266562640200287"),
            "55 is Mastercard: 16 digits only"
        );
        assert!(!ok(Validator::Luhn, "7"));
    }

    #[test]
    fn iban_checks_length_checksum_and_trims() {
        assert_eq!(
            Validator::Iban.check(b"DE89 3704 0044 0532 0130 00"),
            Check::Accept
        );
        assert_eq!(
            Validator::Iban.check(b"GB29NWBK60161331926819"),
            Check::Accept
        );
        assert_eq!(
            Validator::Iban.check(b"GB29NWBK60161331926818"),
            Check::Reject
        );
        assert_eq!(
            Validator::Iban.check(b"XX29NWBK60161331926819"),
            Check::Reject
        );
        assert_eq!(
            Validator::Iban.check(b"DE89 3704 0044 0532 0130 00 BIC"),
            Check::Trim(27)
        );
        assert_eq!(
            Validator::Iban.check(b"DE89 3704 0044 0532 0130 00BIC"),
            Check::Reject
        );
    }

    #[test]
    fn aba_bic_ssn_nino() {
        assert!(ok(Validator::AbaRouting, "011000015"));
        assert!(!ok(Validator::AbaRouting, "011000016"));
        assert!(ok(Validator::Bic, "DEUTDEFF"));
        assert!(ok(Validator::Bic, "DEUTDEFF500"));
        assert!(!ok(Validator::Bic, "DEUTXQFF"));
        assert!(ok(Validator::UsSsn, "536-90-4399"));
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "912-12-3456",
            "536-00-4399",
            "536-90-0000",
            "078-05-1120",
            "123-45-6789",
        ] {
            assert!(!ok(Validator::UsSsn, bad), "{bad}");
        }
        assert!(ok(Validator::UkNino, "AB 12 34 56 C"));
        assert!(!ok(Validator::UkNino, "GB123456A"));
    }

    #[test]
    fn nhs_sin_aadhaar() {
        assert!(ok(Validator::NhsNumber, "943 476 5919"));
        assert!(!ok(Validator::NhsNumber, "943 476 5918"));
        assert!(ok(Validator::CaSin, "130 692 544"));
        assert!(
            !ok(Validator::CaSin, "046 454 286"),
            "0 is not a valid first digit"
        );
        assert!(!ok(Validator::CaSin, "130 692 545"));
        assert!(
            !ok(Validator::CaSin, "846 454 286"),
            "8 is not a valid first digit"
        );
        assert!(verhoeff(&digits(b"2363")), "Verhoeff reference example");
        assert!(!verhoeff(&digits(b"2364")));
        assert!(ok(Validator::Aadhaar, "4991 1866 5246"));
        assert!(!ok(Validator::Aadhaar, "4991 1866 5247"));
    }

    #[test]
    fn dates() {
        assert!(ok(Validator::Date, "14/03/1985"));
        assert!(ok(Validator::Date, "03/14/1985"));
        assert!(ok(Validator::Date, "1985-03-14"));
        assert!(ok(Validator::Date, "14 March 1985"));
        assert!(ok(Validator::Date, "March 14, 1985"));
        assert!(ok(Validator::Date, "29/02/2000"));
        assert!(!ok(Validator::Date, "29/02/1900"));
        assert!(!ok(Validator::Date, "32/13/1985"));
        assert!(!ok(Validator::Date, "1985-13-01"));
    }

    #[test]
    fn email_phone() {
        assert!(ok(Validator::Email, "jane@acme.io"));
        assert!(!ok(Validator::Email, "jane@example.com"));
        assert!(!ok(Validator::Email, "a@mail.example.org"));
        assert!(!ok(Validator::Email, "a@b.test"));
        assert!(!ok(Validator::Email, "icon@2x.png"));
        assert!(!ok(Validator::Email, "git@github.com"));
        assert!(ok(Validator::Phone, "(415) 867-5309"));
        assert!(
            !ok(Validator::Phone, "(415) 555-0123"),
            "fictional 555-01xx"
        );
        assert!(
            !ok(Validator::Phone, "(415) 555-2671"),
            "exchange 555 is made up in practice"
        );
        assert!(
            !ok(Validator::Phone, "(115) 867-5309"),
            "area code starts 2-9"
        );
        assert!(ok(Validator::Phone, "+44 20 7183 9264"));
        assert!(!ok(Validator::Phone, "+44 12"));
        assert!(!ok(Validator::Phone, "07700 900123"), "Ofcom drama range");
        assert!(ok(Validator::Phone, "07911 836402"));
        assert!(!ok(Validator::Phone, "+44 1234567"), "made-up sequence");
        assert!(!ok(Validator::Phone, "+1 987 654 3210"), "made-up sequence");
    }

    #[test]
    fn ip_addresses() {
        assert!(ok(Validator::IpPublic, "81.2.69.160"));
        for not_public in [
            "10.1.2.3",
            "192.168.1.1",
            "127.0.0.1",
            "192.0.2.10",
            "203.0.113.5",
            "8.8.8.8",
            "256.1.1.1",
            "100.64.0.1",
        ] {
            assert!(!ok(Validator::IpPublic, not_public), "{not_public}");
        }
        assert!(ok(Validator::IpPublic, "2a00:1450:4009:81f::200e"));
        assert!(!ok(Validator::IpPublic, "2001:db8::1"));
        assert!(!ok(Validator::IpPublic, "12:30:45"));
        assert!(ok(Validator::IpPrivate, "10.20.30.40"));
        // The RFC 1918 blocks themselves are common knowledge, not internal hosts.
        assert!(!ok(Validator::IpPrivate, "10.0.0.0/8"));
        assert!(!ok(Validator::IpPrivate, "10.0.0.300"));
        assert!(ok(Validator::IpPrivate, "fd12:3456:789a::1"));
    }

    #[test]
    fn hosts_jwt_tokens_secrets() {
        assert!(ok(Validator::InternalHost, "https://wiki.acme.corp/page"));
        assert!(!ok(Validator::InternalHost, "http://localhost.local"));
        let jwt_ok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig";
        assert!(ok(Validator::Jwt, jwt_ok));
        assert!(!ok(Validator::Jwt, "eyJub3Rqc29u.eyJ4IjoxfQ.x"));
        assert!(!ok(
            Validator::Token,
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ));
        assert!(!ok(
            Validator::Token,
            "ghp_000000000000000000000000000000000000"
        ));
        assert!(ok(
            Validator::Token,
            "ghp_R4nd0mT0k3nV4lu3sAr3L0ng3rTh4n36chXy"
        ));
        assert!(ok(Validator::SecretValue, "hunter2!"));
        assert!(ok(Validator::SecretValue, "Summer2024!"));
        for not_secret in [
            "required",
            "${DB_PASSWORD}",
            "$DB_PASSWORD",
            "getpass()",
            "user.password",
            "<password>",
            "changeme123",
        ] {
            assert!(!ok(Validator::SecretValue, not_secret), "{not_secret}");
        }
        assert!(ok(
            Validator::UrlCredentials,
            "postgres://app:S3cr3tPw@db.acme.io:5432/app"
        ));
        assert!(!ok(
            Validator::UrlCredentials,
            "postgres://app:${PGPASSWORD}@db/app"
        ));
        assert!(!ok(
            Validator::UrlCredentials,
            "postgres://app:<password>@db/app"
        ));
        assert!(ok(
            Validator::UrlCredentials,
            "Server=db1;Database=x;User Id=sa;Password=Pa55w0rd!"
        ));
        assert!(!ok(
            Validator::UrlCredentials,
            "Server=db1;Password=<your-password>"
        ));
    }

    #[test]
    fn dotted_numbers_and_possessives() {
        let oid = b"x 1.3.6.1.4.1.311.10.3.3.1 y";
        let s = 18; // "10.3.3.1"
        assert_eq!(&oid[s..s + 8], b"10.3.3.1");
        assert!(inside_longer_dotted_number(oid, s, s + 8));
        assert!(
            !inside_longer_dotted_number(b"ip 10.3.3.1.", 3, 11),
            "a full stop ends a sentence"
        );
        assert_eq!(Validator::PersonName.check(b"Lemire's"), Check::Trim(6));
        assert_eq!(Validator::PersonName.check(b"O'Brien"), Check::Accept);
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
    fn entropy_is_bits_per_byte() {
        assert_eq!(entropy(b"aaaa"), 0.0);
        assert!((entropy(b"abcd") - 2.0).abs() < 1e-9);
    }
}
