"""Value generators for the accuracy set: independent Python implementations
of the published check-digit schemes and token formats.

Nothing here imports or runs tiergate: a generator that disagrees with a
tiergate validator shows up as lost recall (or a false positive on a
near-miss) in the evaluation, and one of the two is wrong.
"""
import hashlib
import random
import string

R = random.Random(20261127)

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def rand(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n, first="123456789"):
    return R.choice(first) + rand(DIGITS, n - 1) if n else ""


def mixed(n, chars=ALNUM):
    """A random token with at least one upper, lower and digit when the alphabet has them."""
    while True:
        t = rand(chars, n)
        kinds = [any(c.isupper() for c in t), any(c.islower() for c in t), any(c.isdigit() for c in t)]
        need = [any(c.isupper() for c in chars), any(c.islower() for c in chars), any(c.isdigit() for c in chars)]
        if all(k or not n_ for k, n_ in zip(kinds, need)):
            return t


def break_last_digit(value, valid):
    """The same value with its last digit changed so the check no longer holds."""
    idx = max(i for i, c in enumerate(value) if c.isdigit())
    for d in R.sample(DIGITS, 10):
        v = value[:idx] + d + value[idx + 1:]
        if v != value and not valid(v):
            return v
    raise ValueError(value)


# ------------------------------------------------------------- checksums ---

def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def payment_card():
    kind = R.choice(["visa", "mc", "mc2", "amex", "discover"])
    if kind == "amex":
        n = luhn_complete(R.choice(["34", "37"]) + rand(DIGITS, 12))
        return group(n, [4, 6, 5], R.choice([" ", "-", ""])) if R.random() < 0.8 else n
    prefix = {"visa": "4", "mc": str(R.randint(51, 55)), "mc2": str(R.randint(2221, 2720)), "discover": "6011"}[kind]
    n = luhn_complete(prefix + rand(DIGITS, 15 - len(prefix)))
    return group(n, [4, 4, 4, 4], R.choice([" ", "-", ""]))


def payment_card_valid(v):
    return luhn_ok(v)


IBAN_SPECS = {
    # country: (length, bban builder)
    "DE": lambda: rand(DIGITS, 18),
    "GB": lambda: rand(UPPER, 4) + rand(DIGITS, 14),
    "FR": lambda: rand(DIGITS, 10) + rand(UPPER + DIGITS, 11) + rand(DIGITS, 2),
    "NL": lambda: rand(UPPER, 4) + rand(DIGITS, 10),
    "ES": lambda: rand(DIGITS, 20),
    "IT": lambda: R.choice(UPPER) + rand(DIGITS, 10) + rand(UPPER + DIGITS, 12),
    "BE": lambda: rand(DIGITS, 12),
    "CH": lambda: rand(DIGITS, 17),
    "PL": lambda: rand(DIGITS, 24),
    "IE": lambda: rand(UPPER, 4) + rand(DIGITS, 14),
}


def iban_number(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v):
    s = v.replace(" ", "")
    return iban_number(s[4:] + s[:4]) % 97 == 1


def iban(spaced=None):
    cc = R.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc]()
    check = 98 - iban_number(bban + cc + "00") % 97
    s = f"{cc}{check:02d}{bban}"
    if spaced if spaced is not None else R.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def aba_ok(v):
    d = [int(c) for c in v]
    return sum(x * w for x, w in zip(d, [3, 7, 1] * 3)) % 10 == 0


def aba():
    while True:
        body = R.choice(["0", "1", "2", "3"]) + rand(DIGITS, 7)
        if not (1 <= int(body[:2]) <= 12 or 21 <= int(body[:2]) <= 32):
            continue
        for c in DIGITS:
            if aba_ok(body + c):
                return body + c


def ssn(sep="-"):
    while True:
        area = R.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"
        if s.replace(sep, "") not in ("078051120", "219099999", "123456789"):
            return s


NINO_FIRST = [c for c in UPPER if c not in "DFIQUV"]
NINO_SECOND = [c for c in UPPER if c not in "DFIOQUV"]


def nino(spaced=False):
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = rand(DIGITS, 6)
    s = R.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{p}{d}{s}"


def nhs_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    r = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[9]


def nhs():
    while True:
        body = rand(DIGITS, 9)
        r = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        r = 0 if r == 11 else r
        if r != 10 and body[0] != "0":
            s = body + str(r)
            return R.choice([s, group(s, [3, 3, 4]), group(s, [3, 3, 4], "-")])


def ca_sin():
    s = luhn_complete(R.choice("1234567") + rand(DIGITS, 7))
    return R.choice([group(s, [3, 3, 3]), group(s, [3, 3, 3], "-"), s])


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(v):
    c = 0
    for i, ch in enumerate(reversed([x for x in v if x.isdigit()])):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def aadhaar():
    body = R.choice("23456789") + rand(DIGITS, 10)
    for c in DIGITS:
        if verhoeff_ok(body + c):
            s = body + c
            return R.choice([group(s, [4, 4, 4]), s])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    if R.random() < 0.3:
        p = R.choice("XYZ")
        n = rand(DIGITS, 7)
        return p + n + DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    n = rand(DIGITS, 8)
    return n + DNI_LETTERS[int(n) % 23]


CF_ODD = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
    10, 22, 25, 24, 23])}


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_fiscal_code():
    s = rand("BCDFGHLMNPRSTVZ", 3) + rand("BCDFGHLMNPRSTVZAEIOU", 3) + f"{R.randint(40, 99):02d}" \
        + R.choice("ABCDEHLMPRST") + f"{R.choice([R.randint(1, 28), R.randint(41, 68)]):02d}" \
        + R.choice("ABCDEFGHILM") + rand(DIGITS, 3)
    total = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(s))
    return s + chr(65 + total % 26)


def pesel():
    y = R.randint(1940, 2012)
    m = R.randint(1, 12) + (20 if y >= 2000 else 0)
    d = R.randint(1, 28)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rand(DIGITS, 4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def bsn():
    while True:
        body = R.choice("123456789") + rand(DIGITS, 7)
        for c in DIGITS:
            if bsn_ok(body + c):
                return body + c


def personnummer():
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rand(DIGITS, 3)}"
    s = luhn_complete(body)
    return R.choice([f"{s[:6]}-{s[6:]}", f"{y // 100}{s[:6]}-{s[6:]}", f"{y // 100}{s}"])


HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu():
    y, m, d = R.randint(1940, 2015), R.randint(1, 12), R.randint(1, 28)
    n = R.randint(2, 899)
    sign = "-" if y < 2000 else "A"
    num = int(f"{d:02d}{m:02d}{y % 100:02d}{n:03d}")
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{n:03d}{HETU_CHECK[num % 31]}"


def tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))


def cpf(formatted=None):
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        d.append((s * 10 % 11) % 10)
    s = "".join(map(str, d))
    if formatted if formatted is not None else R.random() < 0.7:
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    return s


def sg_nric():
    p = R.choice("STFG")
    d = [R.randint(0, 9) for _ in range(7)]
    total = sum(x * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p in "TG" else 0)
    letters = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return p + "".join(map(str, d)) + letters[total % 11]


def au_tfn():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if d[0] and sum(x * w for x, w in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0:
            s = "".join(map(str, d))
            return R.choice([group(s, [3, 3, 3]), s])


def fr_nir(spaced=None):
    body = f"{R.choice('12')}{R.randint(40, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    s = f"{body}{key:02d}"
    if spaced if spaced is not None else R.random() < 0.6:
        return group(s, [1, 2, 2, 2, 3, 3, 2])
    return s


def us_npi():
    while True:
        body = R.choice("12") + rand(DIGITS, 8)
        for c in DIGITS:
            if luhn_ok("80840" + body + c):
                return body + c


def us_dea():
    d = [R.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABCFGMPX") + R.choice(UPPER) + "".join(map(str, d)) + str(check)


def au_medicare():
    d = [R.randint(2, 6)] + [R.randint(0, 9) for _ in range(7)]
    check = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = "".join(map(str, d)) + str(check) + str(R.randint(1, 9))
    return R.choice([f"{s[:4]} {s[4:9]} {s[9]}", s])


MBI_ALPHA = [c for c in UPPER if c not in "SLOIBZ"]


def us_mbi():
    a, an = MBI_ALPHA, MBI_ALPHA + list(DIGITS)
    s = (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice(DIGITS) + R.choice(a) + R.choice(an)
         + R.choice(DIGITS) + R.choice(a) + R.choice(a) + R.choice(DIGITS) + R.choice(DIGITS))
    return R.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


# ------------------------------------------------------------- contact ---

FIRST = ["Jane", "Maria", "Ahmed", "Priya", "Lukas", "Sofia", "Chen", "Olivia", "Mateo", "Aisha", "Hannah",
         "Giulia", "Noah", "Émilie", "Jürgen", "Søren", "Zofia", "Kenji", "Fatima", "Liam", "Isabel", "Tomás",
         "Grace", "Daniel", "Amara", "Pieter", "Ingrid", "Rafael", "Elena", "Samuel"]
LAST = ["Okafor", "García", "Nowak", "Schneider", "Rossi", "Dubois", "Patel", "Kim", "Johansson", "Murphy",
        "Silva", "Jansen", "Kowalski", "Müller", "Fernández", "Novak", "Haddad", "Nakamura", "O'Brien",
        "Lindqvist", "Moreau", "Bianchi", "Andersen", "Costa", "Weber", "Horvat", "Thompson", "Delgado",
        "Hughes", "Virtanen"]


def person():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


DOMAINS = ["acme-retail.com", "northwind.io", "globex.co.uk", "initech.de", "umbrella-health.org",
           "contoso-mail.fr", "fabrikam.es", "mail.stark-industries.com", "wayne.ent.nl", "kestrel.ai"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    ascii_ = lambda s: "".join(c for c in s.lower() if c in LOWER)
    local = R.choice([f"{ascii_(f)}.{ascii_(l)}", f"{ascii_(f)[0]}{ascii_(l)}", f"{ascii_(f)}_{R.randint(1, 99)}",
                      f"{ascii_(l)}+billing"])
    return f"{local}@{R.choice(DOMAINS)}"


US_AREAS = ["212", "310", "415", "312", "617", "206", "303", "512", "404", "646", "718", "408", "702", "919"]


def us_phone():
    a, e = R.choice(US_AREAS), str(R.randint(2, 9)) + rand(DIGITS, 2)
    while e == "555":
        e = str(R.randint(2, 9)) + rand(DIGITS, 2)
    n = rand(DIGITS, 4)
    return R.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"{a}.{e}.{n}"])


def intl_phone():
    return R.choice([
        f"+44 20 3{rand(DIGITS, 3)} {rand(DIGITS, 4)}",
        f"+49 30 {rand(DIGITS, 7)}",
        f"+33 1 {rand(DIGITS, 2)} {rand(DIGITS, 2)} {rand(DIGITS, 2)} {rand(DIGITS, 2)}",
        f"+34 91 {rand(DIGITS, 3)} {rand(DIGITS, 2)} {rand(DIGITS, 2)}",
        f"+39 06 {rand(DIGITS, 4)} {rand(DIGITS, 4)}",
        f"+31 20 {rand(DIGITS, 3)} {rand(DIGITS, 4)}",
        f"+61 2 {rand(DIGITS, 4)} {rand(DIGITS, 4)}",
    ])


STREETS = ["Maple", "Oak", "Cedar", "Washington", "Lincoln", "Highland", "Sunset", "Park", "Lake", "Hillcrest",
           "Willow", "Church", "Mill", "Elm"]
US_SUFFIX = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Drive", "Court", "Way"]
CITIES = [("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Madison", "WI"), ("Denver", "CO"),
          ("Columbus", "OH"), ("Raleigh", "NC"), ("Boise", "ID")]
UK_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Gardens", "Grove", "Drive", "Terrace"]
UK_TOWNS = ["London", "Leeds", "Bristol", "Manchester", "York", "Cardiff"]


def us_address(full=None):
    line = f"{R.randint(1, 9999)} {R.choice(['', 'N ', 'W '])}{R.choice(STREETS)} {R.choice(US_SUFFIX)}"
    if R.random() < 0.3:
        line += f", Apt {R.randint(1, 40)}"
    if full if full is not None else R.random() < 0.5:
        c, s = R.choice(CITIES)
        line += f", {c}, {s} {rand(DIGITS, 5)}"
    return line


def uk_address():
    pc = f"{R.choice(['SW', 'NW', 'LS', 'BS', 'M', 'YO', 'CF'])}{R.randint(1, 19)} {R.randint(1, 9)}{rand('ABDEFGHJLNPQRSTUWXYZ', 2)}"
    return f"{R.randint(1, 300)} {R.choice(STREETS)} {R.choice(UK_SUFFIX)}, {R.choice(UK_TOWNS)} {pc}"


def de_address():
    return f"{R.choice(['Linden', 'Berg', 'Schiller', 'Goethe', 'Haupt', 'Bahnhof'])}{R.choice(['straße', 'str.', 'weg', 'allee', 'platz'])} {R.randint(1, 120)}, {rand(DIGITS, 5)} {R.choice(['Berlin', 'München', 'Köln', 'Hamburg', 'Leipzig'])}"


def date_iso():
    return f"{R.randint(1940, 2008)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def date_any():
    y, m, d = R.randint(1940, 2008), R.randint(1, 12), R.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    return R.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
                     f"{d} {months[m - 1]} {y}", f"{months[m - 1]} {d}, {y}"])


def public_ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def private_ipv4():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"])


BICS = ["DEUTDEFF", "BNPAFRPP", "COBADEFF", "INGBNL2A", "BARCGB22", "CHASUS33", "UBSWCHZH", "BSCHESMM",
        "UNCRITMM", "NWBKGB2L"]


def bic():
    b = R.choice(BICS)
    return b + (rand(DIGITS, 3) if R.random() < 0.4 else "")


def bank_account():
    return digits(R.randint(8, 12))


# ----------------------------------------------------------- credentials ---
# Provider formats as the providers document them: prefix, alphabet, length.

def aws_key_id():
    return R.choice(["AKIA", "ASIA"]) + rand(UPPER + "234567", 16)


CREDENTIALS = {
    "aws_access_key_id": aws_key_id,
    "aws_secret_access_key": lambda: mixed(40, ALNUM + "/+"),
    "github_token": lambda: R.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + mixed(36)
    if R.random() < 0.7 else "github_pat_" + mixed(22) + "_" + mixed(59),
    "slack_token": lambda: R.choice(["xoxb-", "xoxp-"]) + digits(11) + "-" + digits(12) + "-" + mixed(24),
    "stripe_key": lambda: R.choice(["sk_live_", "rk_live_"]) + mixed(R.choice([24, 99])),
    "anthropic_api_key": lambda: "sk-ant-api03-" + mixed(93, B64URL) + "AA",
    "openai_api_key": lambda: R.choice(["sk-proj-", "sk-svcacct-"]) + mixed(R.choice([48, 120]), B64URL),
    "google_api_key": lambda: "AIza" + mixed(35, B64URL),
    "gitlab_token": lambda: R.choice(["glpat-", "gldt-", "glrt-"]) + mixed(20, B64URL),
    "npm_token": lambda: "npm_" + mixed(36),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + mixed(R.randint(60, 150), B64URL),
    "sendgrid_key": lambda: "SG." + mixed(22, B64URL) + "." + mixed(43, B64URL),
    "shopify_token": lambda: R.choice(["shpat_", "shpss_", "shpca_"]) + rand(HEX, 32),
    "digitalocean_token": lambda: R.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + rand(HEX, 64),
    "vault_token": lambda: "hvs." + mixed(R.randint(90, 110), B64URL),
    "databricks_token": lambda: "dapi" + rand(HEX, 32),
    "huggingface_token": lambda: "hf_" + mixed(34, string.ascii_letters),
    "grafana_token": lambda: "glsa_" + mixed(32) + "_" + rand(HEX, 8),
    "postman_key": lambda: "PMAK-" + rand(HEX, 24) + "-" + rand(HEX, 34),
    "linear_key": lambda: "lin_api_" + mixed(40),
    "doppler_token": lambda: "dp.pt." + mixed(43),
    "age_secret_key": lambda: "AGE-SECRET-KEY-1" + rand("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "square_token": lambda: R.choice(["sq0atp-", "sq0csp-"]) + mixed(R.choice([22, 43]), B64URL),
    "pulumi_token": lambda: "pul-" + rand(HEX, 40),
    "supabase_token": lambda: "sbp_" + rand(HEX, 40),
    "telegram_bot_token": lambda: digits(10) + ":AA" + mixed(33, B64URL),
    "alibaba_access_key": lambda: "LTAI" + mixed(20),
}


def jwt():
    import base64
    import json as _json
    enc = lambda o: base64.urlsafe_b64encode(_json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
    head = enc({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    body = enc({"sub": digits(8), "iat": R.randint(1_600_000_000, 1_800_000_000), "scope": R.choice(["read", "admin"])})
    return f"{head}.{body}.{mixed(43, B64URL)}"


CREDENTIALS["jwt"] = jwt


def private_key():
    kind = R.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY",
                     "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"])
    lines = [mixed(64, ALNUM + "+/") for _ in range(R.randint(2, 6))]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


CREDENTIALS["private_key"] = private_key


def password():
    return R.choice([mixed(12, ALNUM + "!#%&*"), mixed(16), "Summer" + digits(4) + "!", mixed(10, ALNUM + "$@")])


def connection_string():
    user = R.choice(["app", "svc_billing", "admin", "etl", "reporting"])
    host = R.choice(["db1.prod.internal", "10.0.4.12", "orders-db.c9akciq32.eu-west-1.rds.amazonaws.com",
                     "mongo-0.cluster.local", "cache.acme-retail.com"])
    pw = mixed(14, ALNUM + "!%*")
    return R.choice([
        f"postgres://{user}:{pw}@{host}:5432/app",
        f"mysql://{user}:{pw}@{host}/orders",
        f"mongodb+srv://{user}:{pw}@{host}/test?retryWrites=true",
        f"redis://default:{pw}@{host}:6379/0",
        f"Server={host};Database=Sales;User Id={user};Password={pw};",
    ])


# ------------------------------------------------- national IDs, batch 3 ---

def _date(y0=1940, y1=2005):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def kr_rrn():
    y, m, d = _date()
    s = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12') if y < 2000 else R.choice('34')}{rand(DIGITS, 5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    s += str(c)
    return f"{s[:6]}-{s[6:]}"


def de_tax_id():
    while True:
        ds = R.sample(range(10), 9)
        if ds[0] == 0:
            continue
        ds.insert(R.randint(1, 9), R.choice(ds))
        product = 10
        for x in ds:
            t = (x + product) % 10 or 10
            product = (t * 2) % 11
        c = (11 - product) % 10
        s = "".join(map(str, ds)) + str(c)
        return R.choice([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])


def jp_my_number():
    while True:
        ds = [R.randint(0, 9) for _ in range(11)]
        r = sum(x * w for x, w in zip(ds, [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if r <= 1 else 11 - r
        s = "".join(map(str, ds)) + str(c)
        if len(set(s)) > 1:
            return R.choice([s, f"{s[:4]} {s[4:8]} {s[8:]}"])


CURP_VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp():
    y, m, d = _date()
    s = (rand("BCDFGHJKLMNPQRSTVWXYZ", 1) + R.choice("AEIOU") + rand(UPPER, 2) + f"{y % 100:02d}{m:02d}{d:02d}"
         + R.choice("HM") + R.choice(["DF", "JC", "NL", "MC", "GT", "PL"]) + rand("BCDFGHJKLMNPQRSTVWXYZ", 3)
         + (R.choice(DIGITS) if y < 2000 else R.choice(UPPER)))
    total = sum(CURP_VALUES.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - total % 10) % 10)


def za_id():
    y, m, d = _date()
    body = f"{y % 100:02d}{m:02d}{d:02d}{rand(DIGITS, 4)}{R.choice('01')}8"
    return luhn_complete(body)


def be_national_number():
    y, m, d = _date(1940, 2015)
    body = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 997):03d}"
    n = int(body) + (2_000_000_000 if y >= 2000 else 0)
    s = body + f"{97 - n % 97:02d}"
    return R.choice([s, f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])


def dk_cpr():
    y, m, d = _date()
    return f"{d:02d}{m:02d}{y % 100:02d}-{rand(DIGITS, 4)}"


def no_fnr():
    while True:
        y, m, d = _date()
        body = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{rand(DIGITS, 3)}"]
        k1 = 11 - sum(a * b for a, b in zip(body, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        body.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, body)) + str(k2)


def ch_ahv():
    body = "756" + rand(DIGITS, 9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    s = body + str(c)
    return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"


def ie_pps():
    ds = rand(DIGITS, 7)
    second = R.choice(["", "A", "H"])
    total = sum(int(x) * w for x, w in zip(ds, [8, 7, 6, 5, 4, 3, 2]))
    if second:
        total += 9 * (ord(second) - 64)
    r = total % 23
    return ds + ("W" if r == 0 else chr(64 + r)) + second


def pt_nif():
    while True:
        ds = R.choice("1235689") + rand(DIGITS, 7)
        r = 11 - sum(int(x) * w for x, w in zip(ds, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
        return ds + str(0 if r >= 10 else r)


def cn_resident_id():
    y, m, d = _date()
    body = f"{R.choice(['110101', '310104', '440305', '510107'])}{y}{m:02d}{d:02d}{rand(DIGITS, 3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = (12 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 11
    return body + ("X" if c == 10 else str(c))


def br_cnpj():
    ds = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(ds, w)) % 11
        ds.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, ds))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def au_abn():
    while True:
        ds = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(10)]
        t = [ds[0] - 1] + ds[1:]
        if sum(a * b for a, b in zip(t, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 == 0:
            s = "".join(map(str, ds))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def in_pan():
    return rand(UPPER, 3) + R.choice("PCHFATBLJG") + rand(UPPER, 1) + rand(DIGITS, 4) + rand(UPPER, 1)


def us_itin():
    return f"9{rand(DIGITS, 2)}-{R.choice(['70', '71', '75', '78', '80', '83', '88', '90', '92', '94', '99'])}-{rand(DIGITS, 4)}"


# ------------------------------------------------- national IDs, batch 4 ---

def uk_utr():
    while True:
        body = rand(DIGITS, 9)
        r = sum(int(a) * b for a, b in zip(body, [6, 7, 8, 9, 10, 5, 4, 3, 2])) % 11
        s = "21987654321"[r] + body
        if len(set(s)) > 1:
            return R.choice([s, f"{s[:5]} {s[5:]}"])


def us_ein():
    return f"{R.choice(['12', '20', '27', '45', '58', '81', '94'])}-{rand(DIGITS, 7)}"


def it_vat():
    return luhn_complete(rand(DIGITS, 10))


def pl_nip():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            return R.choice([s, f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"])


def fr_siren():
    s = luhn_complete(R.choice("3456789") + rand(DIGITS, 7))
    if R.random() < 0.5:
        s = luhn_complete(s + rand(DIGITS, 4))
        return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def nz_ird():
    while True:
        d = [int(c) for c in f"{R.randint(10_000_000, 150_000_000 // 10):08d}"]
        for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            r = sum(a * b for a, b in zip(d, w)) % 11
            c = 0 if r == 0 else 11 - r
            if c != 10:
                break
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        s = s.lstrip("0") if len(s.lstrip("0")) >= 8 else s
        return f"{s[:-6]}-{s[-6:-3]}-{s[-3:]}"


NHI_LETTERS = [c for c in UPPER if c not in "IO"]


def nz_nhi():
    while True:
        ls = [R.choice(NHI_LETTERS) for _ in range(3)]
        ds = [R.randint(0, 9) for _ in range(3)]
        t = sum((NHI_LETTERS.index(c) + 1) * w for c, w in zip(ls, [7, 6, 5])) + sum(a * b for a, b in zip(ds, [4, 3, 2]))
        r = t % 11
        if r:
            return "".join(ls) + "".join(map(str, ds)) + str((11 - r) % 10)


def il_id():
    while True:
        body = rand(DIGITS, 8)
        for c in DIGITS:
            s = body + c
            t = sum((lambda p: p // 10 + p % 10)(int(x) * (1 if i % 2 == 0 else 2)) for i, x in enumerate(s))
            if t % 10 == 0 and len(set(s)) > 1:
                return s


def hk_hkid():
    letter, ds = R.choice(UPPER), rand(DIGITS, 6)
    t = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(ds))
    r = (11 - t % 11) % 11
    return f"{letter}{ds}({'A' if r == 10 else r})"


TW_CODES = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33]


def tw_id():
    while True:
        letter = R.choice(UPPER)
        d = [R.choice([1, 2])] + [R.randint(0, 9) for _ in range(7)]
        code = TW_CODES[ord(letter) - 65]
        t = code // 10 + (code % 10) * 9 + sum(a * b for a, b in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
        c = (10 - t % 10) % 10
        return letter + "".join(map(str, d)) + str(c)


def th_id():
    body = R.choice("12345678") + rand(DIGITS, 11)
    c = (11 - sum(int(a) * b for a, b in zip(body, range(13, 1, -1))) % 11) % 10
    s = body + str(c)
    return R.choice([s, f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"])


def my_mykad():
    y, m, d = _date()
    return f"{y % 100:02d}{m:02d}{d:02d}-{R.choice(['01', '10', '14', '08', '13'])}-{rand(DIGITS, 4)}"


GST_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def in_gstin():
    s = f"{R.randint(1, 37):02d}" + in_pan() + R.choice("123456789") + "Z"
    t = 0
    for i, c in enumerate(s):
        p = GST_CHARS.index(c) * (1 if i % 2 == 0 else 2)
        t += p // 36 + p % 36
    return s + GST_CHARS[(36 - t % 36) % 36]


def fi_business_id():
    while True:
        body = rand(DIGITS, 7)
        r = sum(int(a) * b for a, b in zip(body, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r != 1:
            return f"{body}-{0 if r == 0 else 11 - r}"


def se_orgnr():
    s = luhn_complete(R.choice("25789") + rand(DIGITS, 1) + R.choice("23456789") + rand(DIGITS, 6))
    return f"{s[:6]}-{s[6:]}"


def ca_ohip():
    s = luhn_complete(R.choice("123456789") + rand(DIGITS, 8))
    return R.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc_address():
    import hashlib
    payload = bytes([R.choice([0, 5])]) + bytes(R.randrange(256) for _ in range(20))
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(payload + check, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(payload + check) - len((payload + check).lstrip(b"\0"))) + out


def eth_address():
    return "0x" + rand("0123456789abcdefABCDEF", 40)


def split_of(cid):
    """`holdout` for about 30% of case ids (by a hash of the id), else `tune`:
    the split every generator with a holdout part uses."""
    return "holdout" if int(hashlib.sha256(cid.encode()).hexdigest(), 16) % 10 < 3 else "tune"
