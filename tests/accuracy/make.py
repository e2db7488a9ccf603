#!/usr/bin/env python3
"""Writes tests/accuracy/cases.jsonl, tiergate's labelled evaluation set.

Every case is a text and *all* the sensitive values in it, labelled by hand
in the templates below: the detector that should find each one. Values come
from gen.py (independent implementations of the check-digit schemes and
token formats); the prose around them is written here. Three kinds:

- positive: one value in a sentence with the words people write around it,
  inside a realistic wrapper (email, ticket, log line, config, chat prompt);
- near-miss: the same shapes that must not be found (a broken check digit,
  a placeholder, a hash, a value without the context a detector needs);
- document: longer hand-written prompts (clinical notes, legal memos,
  support tickets, code, logs) with several labelled values or none.

The script never runs tiergate. Regenerate after editing:

    python3 tests/accuracy/make.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402
from gen import R  # noqa: E402

CASES = []


def add(kind, detector_group, text, labels, cid):
    """labels: [(detector, value)] in the order the values occur in text."""
    out, pos = [], 0
    for det, value in labels:
        i = text.find(value, pos)
        assert i >= 0, f"{cid}: {value!r} not in text"
        start = len(text[:i].encode())
        out.append({"detector": det, "start": start, "end": start + len(value.encode())})
        pos = i + len(value)
    CASES.append({"id": cid, "kind": kind, "group": detector_group, "text": text, "labels": out})


# Wrappers put a sentence where prompts really carry it. None of them holds
# anything sensitive on its own.
WRAPPERS = [
    "{s}",
    "Hi team,\n\n{s}\n\nCan someone take a look before the release?",
    "Ticket #48213 (priority P2)\nSummary: follow-up needed\n\n{s}\n\nStatus: open",
    "2026-03-14T09:12:44Z INFO worker-3 request handled: {s}",
    "Can you help me rewrite this message so it sounds friendlier?\n\n\"{s}\"",
    "# notes from the call\n- agenda reviewed\n- {s}\n- next steps agreed",
    "Please summarise the following in two bullet points: {s}",
    "Reminder for Tuesday's sync. {s} Thanks for the quick turnaround.",
]


def wrap(sentence):
    return R.choice(WRAPPERS).format(s=sentence)


# ------------------------------------------------------------ detectors ---
# Per detector: its group, a value generator, sentences a value sits in
# ("{v}" marks it), and near misses as (sentence, value) pairs that must not
# be found. Groups: checksum (a published check digit decides), prefixed
# (a provider prefix decides), structured (shape plus context), context
# (names, addresses, health: context decides), marking (phrases).

def b64(s):
    import base64
    return base64.b64encode(s.encode()).decode()


SPECS = {}


def spec(det, group, value, sentences, near=(), n=20):
    SPECS[det] = dict(group=group, value=value, sentences=sentences, near=list(near), n=n)


def near_checksum(value_fn, valid_fn, sentences, k=6):
    out = []
    for _ in range(k):
        v = gen.break_last_digit(value_fn(), valid_fn)
        out.append((R.choice(sentences), v))
    return out


# contact
spec("email", "structured", gen.email, [
    "Please write to {v} about the refund.", "cc: {v}", "Contact: {v}", "Forwarding from {v}, see below.",
    "Her address is {v} if you need it.", "reply-to: {v}"],
    near=[("Ping me at {v} for docs.", "jane@example.com"), ("Logo file: {v}", "logo@2x.png"),
          ("Use {v} in the tutorial.", "user@domain.test"), ("git clone {v}", "git@github.com:acme/app.git")])
spec("phone", "structured", lambda: R.choice([gen.us_phone, gen.intl_phone])(), [
    "Call me on {v} after 5.", "Mobile: {v}", "Phone {v} (office)", "You can reach me at {v}.",
    "tel: {v}", "WhatsApp {v} works best."],
    near=[("Order {v} shipped yesterday.", "415-555-0132"), ("Invoice 2024-0117-8812 is overdue.", None),
          ("Build 20240117 passed.", None), ("ISBN 978-0-306-40615-7", None),
          ("The range is 100-200-300 ms.", None)])
spec("street_address", "context", lambda: R.choice([gen.us_address, gen.uk_address, gen.de_address])(), [
    "She lives at {v}.", "Ship to: {v}", "Mailing address: {v}", "Please deliver to {v}.",
    "Billing address {v}"],
    near=[("The Washington Avenue bridge reopened in 1998.", None),
          ("Route 66 and Main Street are on the map.", None),
          ("Chapter 3 covers Oak Street Elementary's history.", None)])
spec("person_name", "context", gen.person, [
    "Dear {v},\nthank you for your letter.", "Patient {v} was seen today.", "Name: {v}",
    "Customer {v} called about the invoice.", "Kind regards,\n{v}", "Attn: {v}\nRe: contract renewal"],
    near=[("Dear Customer,\nyour order is on its way.", None), ("Name: Basic Routing Profile", None),
          ("Dear Hiring Manager,", None), ("Hi team,", None), ("Name: Default Service Account", None),
          ("The Golden Gate Bridge is in San Francisco.", None)])
spec("date_of_birth", "structured", gen.date_any, [
    "DOB: {v}", "Date of birth {v}", "born on {v}", "Geburtsdatum: {v}", "date de naissance : {v}"],
    near=[("Released on 2021-03-14 with fixes.", None), ("Invoice date 03/04/2019.", None),
          ("DOB: 31/02/1985", None)])
spec("public_ip", "structured", gen.public_ipv4, [
    "Login from {v} at 02:14", "client ip {v} was blocked", "GET /api/orders from {v}",
    "X-Forwarded-For: {v}", "user connected from {v}"],
    near=[("Version 2.4.10.1 fixes it.", None), ("Use 192.0.2.10 in the docs example.", None),
          ("OID 1.3.6.1.4.1 is registered.", None), ("Server at 127.0.0.1 only.", None)])

# financial
spec("payment_card", "checksum", gen.payment_card, [
    "Card number {v}, exp 09/28", "Visa {v}", "Please charge {v} for the renewal.", "cc: {v} cvv 123",
    "Tarjeta {v}", "Kreditkarte {v}"],
    near=near_checksum(gen.payment_card, gen.payment_card_valid, ["Card number {v}, exp 09/28", "Visa {v}"])
    + [("Use test card {v} in staging.", "4111 1111 1111 1111"), ("Tracking 1Z999AA10123456784", None)])
spec("iban", "checksum", gen.iban, [
    "IBAN: {v}", "Please wire to {v}.", "rekening {v}", "Bankverbindung {v}", "pay into {v} by Friday"],
    near=near_checksum(gen.iban, gen.iban_ok, ["IBAN: {v}", "Please wire to {v}."]))
spec("aba_routing", "checksum", gen.aba, [
    "routing number {v}, checking", "ABA {v}", "Routing: {v}", "wire routing no. {v}"],
    near=near_checksum(gen.aba, gen.aba_ok, ["routing number {v}", "ABA {v}"]))
spec("bank_account", "structured", gen.bank_account, [
    "Account number: {v}", "acct {v} at First National", "savings account {v}", "Kontonummer {v}"],
    near=[("Order number {v} shipped.", "48213377"), ("AWS account id 123456789012", None),
          ("customer id 99812345", None)])
spec("swift_bic", "structured", gen.bic, [
    "SWIFT: {v}", "BIC {v}", "swift code {v} for the wire", "SWIFT/BIC: {v}"],
    near=[("HTTPSURL and BASEPATH are env vars.", None), ("The DEADBEEF constant.", None)])

# government IDs
spec("us_ssn", "checksum", gen.ssn, [
    "SSN: {v}", "social security number {v}", "my ssn is {v}", "SSN# {v} on the W-2"],
    near=[("SSN: {v}", "000-12-3456"), ("SSN: {v}", "666-45-6789"), ("SSN {v}", "078-05-1120"),
          ("Part no. 123-45-6789 ships in May.", None), ("ssn: {v}", "123-00-4567")])
spec("us_passport", "structured", lambda: gen.digits(9), [
    "Passport number: {v}", "passport no {v}, expires 2031", "Passeport {v}"],
    near=[("Order {v} confirmed.", "563412789"), ("Version 202403141 deployed.", None)])
spec("us_drivers_license", "structured", lambda: R.choice("ABDFGW") + gen.rand(gen.DIGITS, 7), [
    "driver's license {v} (CA)", "Driving licence number: {v}", "DL# {v}"],
    near=[("Model {v} is discontinued.", "D1234567"), ("Route A1234567 planned.", None)])
spec("uk_nino", "checksum", gen.nino, [
    "NI number {v}", "National Insurance: {v}", "nino: {v}", "My NINO is {v}."],
    near=[("nino: {v}", "QQ123456C"), ("NI number {v}", "BG123456A"), ("Ref {v}", "ZZ 12 34 56 E")])
spec("uk_nhs_number", "checksum", gen.nhs, [
    "NHS number {v}", "nhs no: {v}", "NHS No. {v}, GP surgery notified"],
    near=near_checksum(gen.nhs, gen.nhs_ok, ["NHS number {v}"])
    + [("Order 401 023 2137 shipped.", None)])
spec("ca_sin", "checksum", gen.ca_sin, [
    "SIN: {v}", "Social Insurance Number {v}", "numéro d'assurance sociale {v}"],
    near=near_checksum(gen.ca_sin, gen.luhn_ok, ["SIN: {v}"]) + [("Reference 046 454 286 filed.", None)])
spec("in_aadhaar", "checksum", gen.aadhaar, [
    "Aadhaar {v}", "aadhaar number: {v}", "UIDAI number {v}"],
    near=near_checksum(gen.aadhaar, gen.verhoeff_ok, ["Aadhaar {v}"]))
spec("es_dni", "checksum", gen.es_dni, [
    "DNI: {v}", "NIE {v}", "Número de identidad {v}", "mi DNI es {v}"],
    near=[("DNI: {v}", "12345678A"), ("NIE {v}", "X1234567A"), ("Ref 48213377B", None)])
spec("it_fiscal_code", "checksum", gen.it_fiscal_code, [
    "Codice fiscale: {v}", "C.F. {v}", "il mio codice fiscale è {v}"],
    near=[("Codice fiscale: {v}", "RSSMRA85T10A562X"), ("SKU ABCDEF12G34H567I", None)])
spec("pl_pesel", "checksum", gen.pesel, ["PESEL: {v}", "numer PESEL {v}", "nr PESEL {v}"],
     near=[("PESEL: {v}", "44051401358"), ("Zamówienie 44051401359 wysłane.", None)])
spec("nl_bsn", "checksum", gen.bsn, ["BSN: {v}", "Mijn BSN is {v}.", "burgerservicenummer {v}"],
     near=near_checksum(gen.bsn, gen.bsn_ok, ["BSN: {v}"]) + [("Ordernummer 111222333", None)])
spec("se_personnummer", "checksum", gen.personnummer, ["Personnummer: {v}", "personnr {v}"],
     near=[("Personnummer: {v}", "811218-9875"), ("Order 811218-9876 skickad.", None)])
spec("fi_hetu", "checksum", gen.fi_hetu, ["Henkilötunnus {v}", "hetu: {v}", "HETU {v}"],
     near=[("Henkilötunnus {v}", "131052-308U"), ("Tilaus 131052-3081", None)])
spec("tr_tckn", "checksum", gen.tckn, ["T.C. kimlik no: {v}", "TC Kimlik {v}", "TCKN {v}"],
     near=[("T.C. kimlik no: {v}", "10000000147"), ("Sipariş 10000000146 kargoda.", None)])
spec("br_cpf", "checksum", gen.cpf, ["CPF {v}", "CPF/MF: {v}", "meu CPF é {v}"],
     near=[("CPF {v}", "529.982.247-26"), ("CPF {v}", "111.111.111-11"), ("Pedido 52998224725", None)])
spec("sg_nric", "checksum", gen.sg_nric, ["NRIC {v} on the form", "FIN: {v}", "IC number {v}"],
     near=[("NRIC {v}", "S1234567A"), ("Part S1234567 ships.", None)])
spec("au_tfn", "checksum", gen.au_tfn, ["TFN {v}", "My tax file number is {v}", "tax file no. {v}"],
     near=[("TFN {v}", "123 456 789"), ("Order 123 456 782 dispatched.", None)])
spec("fr_nir", "checksum", gen.fr_nir, [
    "NIR {v}", "numéro de sécurité sociale : {v}", "Carte Vitale {v}"],
    near=[("NIR {v}", "1 85 05 78 006 084 35"), ("Commande 185057800608436 expédiée.", None)])

# health
spec("medical_record_number", "context", lambda: R.choice(["", "MR", "H"]) + gen.rand(gen.DIGITS, R.randint(6, 8)), [
    "MRN: {v}", "medical record number {v}", "Patient ID {v} admitted overnight.", "chart no. {v}"],
    near=[("Order {v} shipped.", "00482913"), ("Build {v} is green.", "H1234567")])
spec("personnel_number", "context", lambda: R.choice(["", "E", "EMP-", "P"]) + gen.rand(gen.DIGITS, R.randint(5, 7)), [
    "Employee ID: {v} requested a transfer.", "staff number {v}", "Personalnummer {v}", "matricule {v}",
    "número de empleado {v}", "payroll number {v} is missing from the export"],
    near=[("Order {v} shipped.", "483920"), ("Room {v} is booked.", "4821")])
spec("us_mbi", "structured", gen.us_mbi, ["Medicare MBI {v}", "MBI: {v}", "Medicare beneficiary ID {v}"],
     near=[("Serial 1EG4-TE5-MK7 in stock.", None)])
spec("us_npi", "checksum", gen.us_npi, ["NPI {v}", "Prescriber NPI {v}, please verify", "provider number {v}"],
     near=near_checksum(gen.us_npi, lambda v: gen.luhn_ok("80840" + v), ["NPI {v}"]))
spec("us_dea", "checksum", gen.us_dea, ["DEA number {v} on the script", "DEA# {v}", "DEA registration {v}"],
     near=[("DEA number {v}", "AB1234564"), ("Flight AB1234563 delayed.", None)])
spec("au_medicare", "checksum", gen.au_medicare, ["Medicare card {v}", "medicare number {v}", "Medicare no. {v}"],
     near=[("Medicare card {v}", "2123 45671 1"), ("Invoice 2123 45670 1", None)])
spec("icd10_code", "context", lambda: R.choice(["E11.9", "I10", "J45.909", "F32.1", "M54.5", "C50.911", "K21.9",
                                                "N18.3", "G43.909", "F41.1"]), [
    "dx {v} noted at intake", "Diagnosis: {v}", "ICD-10 {v}, follow up in 3 months", "admitted with {v}"],
    near=[("Take the A10 towards Cambridge.", None), ("Room B12 on floor 2.", None),
          ("Exit I10 after the bridge.", None), ("Form E11.9 is attached.", None)])
spec("diagnosis_term", "context", lambda: R.choice(["type 2 diabetes", "hypertension", "asthma", "epilepsy",
                                                    "major depressive disorder", "COPD", "multiple sclerosis",
                                                    "breast cancer", "HIV", "bipolar disorder"]), [
    "Patient diagnosed with {v} in 2019.", "History of {v}, stable on treatment.",
    "Presents with {v}; medical history otherwise clear."],
    near=[("The cancer zodiac sign is a water sign.", None), ("That was a stroke of luck.", None),
          ("Our depression-era furniture collection.", None)])
spec("medication_term", "context", lambda: R.choice(["metformin", "sertraline", "lisinopril", "atorvastatin",
                                                     "levothyroxine", "insulin", "gabapentin", "oxycodone"]), [
    "Prescribed {v} 50 mg daily.", "Patient taking {v} twice daily.", "Refill {v} at the pharmacy."],
    near=[("Metformin is a widely studied molecule in chemistry papers.", None),
          ("The insulin pump market grew last year.", None)])


# national identifiers, batch 3
def near_bad(fn, sentences, k=4):
    out = []
    for _ in range(k):
        v = fn()
        i = max(j for j, c in enumerate(v) if c.isdigit())
        out.append((R.choice(sentences), v[:i] + str((int(v[i]) + R.randint(1, 9)) % 10) + v[i + 1:]))
    return out


for det, fn, sentences, group in [
    ("kr_rrn", gen.kr_rrn, ["주민등록번호 {v}", "resident registration number {v}", "RRN: {v}"], "checksum"),
    ("de_tax_id", gen.de_tax_id, ["Steuer-ID: {v}", "Ihre Steueridentifikationsnummer lautet {v}.", "IdNr {v}"], "checksum"),
    ("jp_my_number", gen.jp_my_number, ["マイナンバー {v}", "個人番号: {v}", "My Number {v}"], "checksum"),
    ("mx_curp", gen.mx_curp, ["CURP: {v}", "mi CURP es {v}", "CURP {v} registrada"], "checksum"),
    ("za_id", gen.za_id, ["SA ID number {v}", "identity number: {v}", "ID no {v}"], "checksum"),
    ("be_national_number", gen.be_national_number, ["Rijksregisternummer {v}", "numéro de registre national {v}", "INSZ {v}"], "checksum"),
    ("no_fnr", gen.no_fnr, ["Fødselsnummer: {v}", "fnr {v}", "personnummer {v}"], "checksum"),
    ("ch_ahv", gen.ch_ahv, ["AHV-Nr. {v}", "numéro AVS {v}", "Sozialversicherungsnummer {v}"], "checksum"),
    ("ie_pps", gen.ie_pps, ["PPSN {v}", "PPS number: {v}", "my PPS no is {v}"], "checksum"),
    ("pt_nif", gen.pt_nif, ["NIF {v}", "número de contribuinte (NIF): {v}", "contribuinte {v}"], "checksum"),
    ("cn_resident_id", gen.cn_resident_id, ["身份证号 {v}", "居民身份证 {v}", "ID card {v}"], "checksum"),
    ("br_cnpj", gen.br_cnpj, ["CNPJ {v}", "CNPJ: {v} (matriz)", "inscrita no CNPJ sob o nº {v}"], "checksum"),
    ("au_abn", gen.au_abn, ["ABN {v}", "Australian Business Number: {v}", "our ABN is {v}"], "checksum"),
]:
    spec(det, group, fn, sentences, near=near_bad(fn, sentences), n=16)
spec("dk_cpr", "structured", gen.dk_cpr, ["CPR-nummer {v}", "CPR: {v}", "cpr-nr {v}"],
     near=[("Ordre 280149-9043 er sendt.", None), ("CPR-nummer {v}", "320149-9043")], n=16)
spec("in_pan", "structured", gen.in_pan, ["PAN: {v}", "PAN card {v}", "permanent account number {v}"],
     near=[("Order ABCDE1234F shipped.", None), ("SKU PQRSX9876Z in stock", None)], n=16)
spec("us_itin", "structured", gen.us_itin, ["ITIN {v}", "ITIN: {v} on the W-7", "individual taxpayer identification number {v}"],
     near=[("ITIN {v}", "912-65-1234"), ("Invoice 912-78-1234 paid.", None)], n=16)
spec("cui_marking", "marking", lambda: R.choice(["CUI//SP-PRVCY", "CUI//SP-CTI", "U//FOUO", "FOUO",
                                                 "CONTROLLED UNCLASSIFIED INFORMATION", "For Official Use Only"]),
     ["{v}\nSubject: roster", "Banner: {v}", "This report is {v}."],
     near=[("The cuisine was great.", None), ("CUI stands for many things in chemistry.", None)])


# national identifiers, batch 4
for det, fn, sentences, group in [
    ("uk_utr", gen.uk_utr, ["UTR {v}", "Unique Taxpayer Reference: {v}", "HMRC UTR {v} for self assessment"], "checksum"),
    ("it_vat", gen.it_vat, ["P.IVA {v}", "partita IVA {v}", "P. IVA: {v}"], "checksum"),
    ("pl_nip", gen.pl_nip, ["NIP {v}", "numer NIP: {v}", "NIP firmy {v}"], "checksum"),
    ("fr_siren", gen.fr_siren, ["SIRET {v}", "n° SIREN : {v}", "numéro SIRET {v}"], "checksum"),
    ("nz_ird", gen.nz_ird, ["IRD number {v}", "IRD no. {v}", "Inland Revenue number {v}"], "checksum"),
    ("nz_nhi", gen.nz_nhi, ["NHI {v}", "NHI number: {v}", "National Health Index {v}"], "checksum"),
    ("il_id", gen.il_id, ["תעודת זהות {v}", "Teudat Zehut {v}", "Israeli ID {v}"], "checksum"),
    ("hk_hkid", gen.hk_hkid, ["HKID {v}", "香港身份證 {v}", "Hong Kong ID {v}"], "checksum"),
    ("tw_id", gen.tw_id, ["身分證字號 {v}", "national ID {v}", "ROC ID {v}"], "checksum"),
    ("th_id", gen.th_id, ["เลขประจำตัวประชาชน {v}", "Thai ID {v}", "national ID {v}"], "checksum"),
    ("in_gstin", gen.in_gstin, ["GSTIN {v}", "GST no: {v}", "our GSTIN is {v}"], "checksum"),
    ("fi_business_id", gen.fi_business_id, ["Y-tunnus {v}", "business ID {v}", "Y-tunnus: {v}"], "checksum"),
    ("se_orgnr", gen.se_orgnr, ["Organisationsnummer {v}", "org.nr {v}", "orgnr: {v}"], "checksum"),
    ("ca_ohip", gen.ca_ohip, ["OHIP {v}", "health card {v}", "Ontario health card number {v}"], "checksum"),
    ("crypto_wallet", gen.btc_address, ["send BTC to {v}", "bitcoin address {v}", "wallet: {v}"], "checksum"),
]:
    spec(det, group, fn, sentences, near=near_bad(fn, sentences) if det != "crypto_wallet" else
         [("send BTC to {v}", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")], n=12)
spec("my_mykad", "structured", gen.my_mykad, ["No. KP: {v}", "MyKad {v}", "IC number {v}"],
     near=[("No. KP: {v}", "850101-70-5123"), ("Order 850101-14-5123 shipped.", None)], n=12)
spec("us_ein", "structured", gen.us_ein, ["EIN: {v}", "employer identification number {v}", "FEIN {v}"],
     near=[("Invoice 12-3456789 is due.", None), ("EIN: {v}", "00-1234567")], n=12)
spec("eth_address", "structured", gen.eth_address, ["ETH wallet {v}", "send the USDC to {v}", "my MetaMask address is {v}"],
     near=[("commit 0x{v} reverted".replace("{v}", gen.rand(gen.HEX, 40)), None)], n=12)

# credentials
TOKEN_SENTENCES = ["token {v}", "export API_TOKEN={v}", "key: {v}", "Authorization: Bearer {v}",
                   "I accidentally pasted {v} into the channel, rotate it?", "config: { \"secret\": \"{v}\" }"]
for det, fn in gen.CREDENTIALS.items():
    if det in ("aws_secret_access_key", "private_key"):
        continue
    spec(det, "prefixed", fn, TOKEN_SENTENCES, n=12)
import providers  # noqa: E402

CONTEXT_SENTENCES = ["{ctx} key: {v}", "export {CTX}_API_KEY={v}", "Our {ctx} token is {v}, rotate it after the demo.",
                     "{ctx}:\n  api_key: {v}"]
for det, (fn, ctx) in providers.PROVIDERS.items():
    def value(fn=fn):
        out = fn()
        return out if isinstance(out, tuple) else (out, out)
    if ctx:
        sentences = [t.replace("{ctx}", ctx).replace("{CTX}", ctx.upper().replace(" ", "_")) for t in CONTEXT_SENTENCES]
        near = [(f"The {ctx} docs describe the key format.", None)]
        near += [(f"checksum {gen.rand(gen.HEX, 40)} of the release", None)]
    else:
        sentences = TOKEN_SENTENCES
        near = []
    if isinstance(fn(), tuple):
        # The format carries its own key (`AccountKey=...`): it stands alone in a config.
        sentences = ["{v}", "# production settings\n{v}\n", "Here is the config that fails:\n{v}"]
    spec(det, "prefixed", value, sentences, near=near, n=12)
spec("aws_secret_access_key", "structured", gen.CREDENTIALS["aws_secret_access_key"], [
    "aws_secret_access_key = {v}", "AWS_SECRET_ACCESS_KEY={v}", "secret_access_key: {v}"],
    near=[("aws_secret_access_key = {v}", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
          ("sha1 {v}", "da39a3ee5e6b4b0d3255bfef95601890afd80709")])
spec("private_key", "prefixed", gen.private_key, ["{v}", "key file:\n{v}\n"], n=12,
     near=[("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----", None),
           ("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUF\n-----END CERTIFICATE-----", None)])
spec("connection_string", "structured", gen.connection_string, [
    "DATABASE_URL={v}", "connect with {v}", "conn = \"{v}\""],
    near=[("DATABASE_URL={v}", "postgres://user:password@localhost/db"),
          ("DATABASE_URL={v}", "postgres://app:${DB_PASSWORD}@db:5432/app"),
          ("See https://docs.example.com/connect for details.", None)])
spec("secret_assignment", "structured", gen.password, [
    "password = '{v}'", "DB_PASSWORD={v}", "\"client_secret\": \"{v}\"", "pwd: {v}"],
    near=[("password = os.environ['DB_PASSWORD']", None), ("password = '<your password>'", None),
          ("token = get_token(session)", None), ("password: ${{SECRET_PASSWORD}}", None),
          ("api_key = None", None), ("secret = 'changeme'", None)])
spec("basic_auth_header", "structured",
     lambda: b64(R.choice(["svc_reports", "ci-bot", "backup", "grafana", "deploy"]) + ":" + gen.password()), [
    "Authorization: Basic {v}", "curl -H 'Authorization: Basic {v}' https://api.acme-retail.com/v1/orders",
    "headers = {{\"Authorization\": \"Basic {v}\"}}", "proxy-authorization: basic {v}"], n=12,
    near=[("Authorization: Basic {v}", b64("user:pass")), ("Authorization: Basic {v}", b64("justtext1234")),
          ("WWW-Authenticate: Basic realm=\"Restricted\"", None),
          ("Authorization: Basic {v}", b64("admin:${ADMIN_PASSWORD}"))])

# markings
spec("legal_privilege", "marking", lambda: R.choice([
    "attorney-client privilege", "privileged and confidential", "attorney work product",
    "prepared at the direction of counsel", "without prejudice", "legally privileged"]), [
    "This memo is {v}.", "{v} - draft for review", "Marked {v} by outside counsel."],
    near=[("The attorney general spoke today.", None), ("A privilege escalation bug in sudo.", None),
          ("Without a doubt the prejudice was unfair.", None)])
spec("classification_marking", "marking", lambda: R.choice([
    "SECRET//NOFORN", "TOP SECRET//SI//REL TO USA, FVEY", "NATO SECRET", "OFFICIAL-SENSITIVE", "NOFORN",
    "(S//NF)", "COSMIC TOP SECRET"]), ["{v}\nSubject: program review", "Banner: {v}", "Distribution: {v}"],
    near=[("The secret to good bread is time.", None), ("Top secret santa gifts are here!", None),
          ("Confidential computing on AMD SEV.", None)])
spec("proprietary_marking", "marking", lambda: R.choice([
    "TRADE SECRET", "contains trade secrets", "proprietary and confidential", "under NDA", "strictly confidential",
    "company confidential"]), [
    "This document is {v}.", "Shared {v} with the vendor.", "Footer: {v}"],
    near=[("NDAs are common in tech.", None), ("Open-source licences versus proprietary software.", None),
          ("No rights are granted to patents, trade secrets or other intellectual property.", None),
          ("NO WARRANTY AS TO THE INFRINGEMENT OF COPYRIGHTS, TRADE SECRETS OR ANY PATENTS BY THIS SOFTWARE.", None)])
spec("mnpi_marking", "marking", lambda: R.choice([
    "material non-public information", "embargoed until", "not yet announced", "MNPI", "quiet period"]), [
    "Contains {v} about Q3.", "Note: {v} 14:00 ET Thursday.", "Flagged as {v} by compliance."],
    near=[("The movie was announced yesterday.", None), ("Public information is on the website.", None)])
spec("internal_marking", "marking", lambda: R.choice([
    "for internal use only", "internal only", "do not distribute", "not for external distribution"]), [
    "This deck is {v}.", "Label: {v}", "{v} - draft v3"],
    near=[("Internal combustion engines are less efficient.", None), ("Distribute the load evenly.", None)])

# infrastructure
spec("internal_hostname", "structured", lambda: R.choice([
    "build01.ci.corp", "jenkins.intranet", "db-primary.prod.internal", "wiki.corp", "grafana.lan",
    "https://git.acme.corp/platform/api"]), [
    "ssh into {v} and restart", "the wiki server is {v}", "endpoint: {v}", "Host {v} is down."],
    near=[("from google.protobuf.internal import encoder", None), ("self.internal = True", None),
          ("Open http://printer.example.local in the docs.", None)])
spec("private_ip", "structured", gen.private_ipv4, [
    "pod ip {v}", "host {v} refused the connection", "gateway {v}", "listen on {v}:8080"],
    near=[("Firmware version 10.2.3.4 released.", None), ("Use 8.8.8.8 for DNS.", None),
          ("Version 192.168.1 of the schema.", None)])
spec("private_workspace_link", "structured", lambda: R.choice([
    f"https://acme.atlassian.net/browse/OPS-{R.randint(100, 9999)}",
    f"https://acme-team.slack.com/archives/C0{gen.rand(gen.UPPER + gen.DIGITS, 8)}/p{gen.rand(gen.DIGITS, 16)}",
    f"https://docs.google.com/document/d/{gen.mixed(44, gen.B64URL)}/edit",
    f"https://contoso.sharepoint.com/sites/finance/Shared%20Documents/q3.xlsx"]), [
    "Tracked in {v}.", "see {v}", "Notes: {v}"],
    near=[("Docs at https://docs.python.org/3/library/re.html", None),
          ("https://github.com/rust-lang/regex is the crate.", None)])


# ------------------------------------------------- shared hard negatives ---
# Values that look like identifiers or secrets and are not.
HARD_NEGATIVES = [
    "commit 3f9a1c2e5b7d8f0a1b2c3d4e5f60718293a4b5c6 fixed it",
    "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "md5 d41d8cd98f00b204e9800998ecf8427e",
    "request id 550e8400-e29b-41d4-a716-446655440000 timed out",
    "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\">",
    "numpy==1.26.4\npandas==2.2.1\nrequests==2.31.0",
    "The integral of x^2 from 0 to 3 is 9; pi is about 3.14159265358979.",
    "Order #100234567 shipped on 2024-03-14 via UPS 1Z999AA10123456784.",
    "ISBN 978-3-16-148410-0 is the second edition.",
    "Call 911 in an emergency.",
    "Set timeout=30 and retries=5 in the config.",
    "api_key = os.getenv(\"ANTHROPIC_API_KEY\")",
    "export OPENAI_API_KEY=<your-key-here>",
    "password = \"********\"",
    "AKIAIOSFODNN7EXAMPLE is the key AWS uses in its documentation.",
    "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
    "The function returns 0xDEADBEEF on failure.",
    "Listen on 0.0.0.0:8080 and 127.0.0.1:9090.",
    "Coordinates 51.5074, -0.1278 mark central London.",
    "Temperature rose from 12.5 to 19.75 degrees.",
    "Meeting ID 845 2931 7710 for the all-hands.",
    "Use UTF-8; the BOM is EF BB BF.",
    "Matrix [[1, 2, 3], [4, 5, 6], [7, 8, 9]] has rank 2.",
    "The 2023 revenue was $4,812,339,000.",
    "Error code E1102 when the disk is full.",
    "def hash_password(password: str) -> str:\n    return bcrypt.hashpw(password.encode(), salt)",
    "for (int i = 0; i < 1000000; i++) { sum += i * 31; }",
    "SELECT id, name FROM users WHERE created_at > '2024-01-01' LIMIT 100;",
    "docker run -p 5432:5432 -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD postgres:16",
    "GET /api/v2/orders/8812?page=3 200 14ms",
    "Fibonacci: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597",
    "Primes below 100: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97",
    "Chapter 12, verse 4: the committee met on 12/04/2023.",
    "Flight BA 117 departs at 08:45 from gate A22.",
    "Product code ABCDEF12G34H567 is out of stock.",
    "The EAN-13 barcode 4006381333931 is printed on the box.",
    "Our office hours are 9:00-17:30 Monday to Friday.",
    "Kubernetes 1.29.3 with containerd 1.7.13 and etcd 3.5.12.",
    "SHA-1 fingerprint 2F:4D:1A:9C:33:0B:71:EE:5A:2C:8E:90:14:77:C3:6B:F0:12:AB:CD",
    "token_count = len(tokens)",
    "The secret sauce is mostly butter.",
    "Dear Sir or Madam,\nplease find the brochure attached.",
    "Paris is the capital of France; Berlin is the capital of Germany.",
    "Winston Churchill became prime minister in 1940.",
    "Lot 2024-11-0032, expiry 2026-05.",
    "Serial number SN-88213-XJ, firmware 4.2.1.",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl deploy@ci",
    "The z-score was 1.96 and the p-value 0.0499.",
    "Tracking: https://www.ups.com/track?tracknum=1Z999AA10123456784",
    "Route 53 hosted zone Z1D633PJN98FT9 is public.",
]




# --------------------------------------------------------------- hard ---
# Realistic variation the templates above do not cover: evasion (look-alike
# characters, line breaks, encodings), other languages and formats, names in
# running text. Some of these are expected to be missed; docs/accuracy.md
# reports what is.

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def arabic_indic(s):
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


HARD = []


def hard(group, make, n=10):
    HARD.append((group, make, n))


# evasion
hard("evasion", lambda: (lambda v: (f"SSN: {fullwidth(v)}", [("us_ssn", fullwidth(v))]))(gen.ssn()))
hard("evasion", lambda: (lambda v: (f"card {v.replace(' ', chr(0x200B))} exp 09/28", [("payment_card", v.replace(" ", chr(0x200B)))]))(gen.group(gen.luhn_complete("4" + gen.rand(gen.DIGITS, 14)), [4, 4, 4, 4])))
hard("evasion", lambda: (lambda v: (f"numer PESEL {arabic_indic(v)}", [("pl_pesel", arabic_indic(v))]))(gen.pesel()))
hard("evasion", lambda: (lambda v: (f"card number {v[:9]}\n{v[10:]} exp 09/28", [("payment_card", f"{v[:9]}\n{v[10:]}")]))(gen.group(gen.luhn_complete("5" + str(R.randint(1, 5)) + gen.rand(gen.DIGITS, 13)), [4, 4, 4, 4])))
hard("evasion", lambda: (lambda v: (f"token {' '.join(v[i:i + 4] for i in range(0, len(v), 4))}", [("github_token", " ".join(v[i:i + 4] for i in range(0, len(v), 4)))]))("ghp_" + gen.mixed(36)))
hard("evasion", lambda: (lambda v: (f"apiVersion: v1\nkind: Secret\ndata:\n  AWS_ACCESS_KEY_ID: {b64(v)}\n", [("aws_access_key_id", b64(v))]))(gen.aws_key_id()))
hard("evasion", lambda: (lambda v: (f"echo {b64(v)} | base64 -d > .env", [("connection_string", b64(v))]))(gen.connection_string()))
hard("evasion", lambda: (lambda v: (f"GET /signup?email={v.replace('@', '%40')}&ref=ad HTTP/1.1", [("email", v.replace("@", "%40"))]))(gen.email()))
hard("evasion", lambda: (lambda v: (f"curl -H 'Authorization: Basic {v}' https://api.acme-retail.com/v1/orders", [("basic_auth_header", v)]))(b64("svc_reports:" + gen.mixed(14))))

# other languages and formats
hard("context", lambda: (lambda v: (f"Adresse de livraison : {v}", [("street_address", v)]))(f"{R.randint(1, 120)} rue {R.choice(['de la Paix', 'Victor Hugo', 'des Lilas', 'du Moulin'])}, {gen.rand(gen.DIGITS, 5)} {R.choice(['Paris', 'Lyon', 'Lille', 'Nantes'])}"))
hard("context", lambda: (lambda v: (f"Dirección: {v}", [("street_address", v)]))(f"Calle {R.choice(['Mayor', 'Alcalá', 'Real', 'del Sol'])} {R.randint(1, 120)}, {gen.rand(gen.DIGITS, 5)} {R.choice(['Madrid', 'Sevilla', 'Valencia'])}"))
hard("context", lambda: (lambda v: (f"Indirizzo: {v}", [("street_address", v)]))(f"Via {R.choice(['Roma', 'Garibaldi', 'Mazzini', 'Dante'])} {R.randint(1, 120)}, {gen.rand(gen.DIGITS, 5)} {R.choice(['Roma', 'Milano', 'Torino'])}"))
hard("context", lambda: (lambda v: (f"Adres: {v}", [("street_address", v)]))(f"{R.choice(['Kerkstraat', 'Dorpsweg', 'Molenlaan', 'Stationsplein'])} {R.randint(1, 120)}, {gen.rand(gen.DIGITS, 4)} {gen.rand(gen.UPPER, 2)} {R.choice(['Amsterdam', 'Utrecht', 'Leiden'])}"))
hard("context", lambda: (lambda v: (f"I spoke with {v} yesterday about the claim.", [("person_name", v)]))(gen.person()))
hard("context", lambda: (lambda v, e: (f"From: {v} <{e}>\nSubject: contract", [("person_name", v), ("email", e)]))(gen.person(), gen.email()))
hard("context", lambda: (lambda v: (f"Diagnose: {v}, Patient stabil.", [("diagnosis_term", v)]))(R.choice(["Diabetes mellitus Typ 2", "Asthma", "Epilepsie", "Hypertonie"])))
hard("context", lambda: (lambda v: (f"Diagnostic : {v}. Traitement en cours.", [("diagnosis_term", v)]))(R.choice(["diabète de type 2", "asthme", "épilepsie", "hypertension"])))
hard("marking", lambda: (lambda v: (f"{v}\nObjet : note de service", [("classification_marking", v)]))(R.choice(["RESTREINT UE/EU RESTRICTED", "DIFFUSION RESTREINTE", "CONFIDENTIEL DÉFENSE", "VS-NUR FÜR DEN DIENSTGEBRAUCH", "UK EYES ONLY"])))
# "bitte nicht weiterleiten" ("please do not forward") is an internal-only marking too.
hard("marking", lambda: (lambda v: (f"Hinweis: {v} – bitte nicht weiterleiten", [("legal_privilege", v), ("internal_marking", "bitte nicht weiterleiten")]))(R.choice(["Anwaltliche Korrespondenz", "couvert par le secret professionnel", "segreto professionale", "privilegio abogado-cliente", "verschoningsrecht"])))
hard("marking", lambda: (lambda v: (f"Achtung: enthält {v}.", [("mnpi_marking", v)]))(R.choice(["Insiderinformationen", "informations privilégiées", "informazioni privilegiate", "información privilegiada", "voorwetenschap"])))
hard("structured", lambda: (lambda v: (f"Tel. {v} (mobile)", [("phone", v)]))(R.choice([f"07{R.randint(400, 999)} {gen.rand(gen.DIGITS, 6)}", f"030 {gen.rand(gen.DIGITS, 8)}", f"06 {gen.rand(gen.DIGITS, 2)} {gen.rand(gen.DIGITS, 2)} {gen.rand(gen.DIGITS, 2)} {gen.rand(gen.DIGITS, 2)}"])))


def main():
    for det, s in SPECS.items():
        for i in range(s["n"]):
            v = s["value"]()
            text, v = v if isinstance(v, tuple) else (v, v)
            sentence = s["sentences"][i % len(s["sentences"])].replace("{v}", text)
            add("positive", s["group"], wrap(sentence), [(det, v)], f"{det}/pos-{i}")
        # Each near miss twice, in two wrappers.
        for i, (sentence, v) in enumerate(s["near"] * 2):
            text = sentence.replace("{v}", v) if v else sentence
            add("near_miss", s["group"], wrap(text), [], f"{det}/near-{i}")
    for k, (group, make, n) in enumerate(HARD):
        for i in range(n):
            text, labels = make()
            add("positive", group, wrap(text), labels, f"hard-{k}/{labels[0][0]}-{i}")
    for i, text in enumerate(HARD_NEGATIVES):
        add("near_miss", "none", text, [], f"hard-negative/{i}")
    # Names of people (tests/accuracy/people.py): Faker's names, so the
    # lexicon is not measured on itself; each case says its split.
    import people
    for kind, text, names, cid, split in people.cases():
        add(kind, "people", text, [("person_name", name) for name in names], cid)
        CASES[-1]["split"] = split
    # Passwords in prose (tests/accuracy/passwords.py), with a split like the people cases.
    import passwords
    for kind, text, value, cid, split in passwords.cases():
        add(kind, "passwords", text, [("secret_assignment", value)] if value else [], cid)
        CASES[-1]["split"] = split
    # Phone numbers in 50 locales (tests/accuracy/phones.py), with a split.
    import phones
    for kind, text, value, cid, split in phones.cases():
        add(kind, "phones", text, phones.labels_in(text, value) if split == "tune" else [("phone", value)] if value else [], cid)
        CASES[-1]["split"] = split
    # Postal addresses in 20 locales (tests/accuracy/addresses.py), with a split.
    import addresses
    for kind, text, value, cid, split in addresses.cases():
        add(kind, "addresses", text, [("street_address", value)] if value else [], cid)
        CASES[-1]["split"] = split
    # Personnel matters about a named person (tests/accuracy/hr.py): the
    # HR label covers the whole text, the name is labelled too.
    import hr
    for kind, text, is_hr, name, cid, split in hr.cases():
        labels = []
        if is_hr:
            labels.append({"detector": "hr_record", "start": 0, "end": len(text.encode())})
        if name:
            i = text.find(name)
            start = len(text[:i].encode())
            labels.append({"detector": "person_name", "start": start, "end": start + len(name.encode())})
        CASES.append({"id": cid, "kind": kind, "group": "hr", "text": text, "labels": labels, "split": split})
    # Internal hosts and markings (tests/accuracy/internal.py), with a split.
    import internal
    for kind, text, labels, cid, split in internal.cases():
        add(kind, "internal", text, labels, cid)
        CASES[-1]["split"] = split
    import documents
    for cid, text, labels in documents.DOCUMENTS:
        add("document", "document", text, labels, f"document/{cid}")
    path = HERE / "cases.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
    kinds = {}
    for c in CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(f"wrote {len(CASES)} cases to {path.relative_to(HERE.parent.parent)}: {kinds}")


if __name__ == "__main__":
    main()
