"""Hand-written prompts for the accuracy set: the kind of text people paste
into Claude, each with every sensitive value labelled (or none at all)."""
import gen
from gen import R

DOCUMENTS = []


def doc(cid, text, labels=()):
    DOCUMENTS.append((cid, text, list(labels)))


def documents():
    for i in range(6):
        name, mrn, dob, npi = gen.person(), gen.digits(8), gen.date_iso(), gen.us_npi()
        doc(f"clinical-note-{i}", f"""Progress note - outpatient clinic
Patient: {name}
MRN: {mrn}
DOB: {dob}

Subjective: follow-up for type 2 diabetes. Reports better glucose control since the last visit.
Medications: metformin 1000 mg twice daily, lisinopril 10 mg daily.
Assessment: diabetes improving; hypertension controlled.
Plan: repeat HbA1c in 3 months. Referring provider NPI {npi}.""", [
            ("person_name", name), ("medical_record_number", mrn), ("date_of_birth", dob),
            ("diagnosis_term", "type 2 diabetes"), ("medication_term", "metformin"),
            ("medication_term", "lisinopril"), ("diagnosis_term", "diabetes"), ("diagnosis_term", "hypertension"),
            ("us_npi", npi)])

    for i in range(5):
        client = gen.person()
        doc(f"legal-memo-{i}", f"""PRIVILEGED AND CONFIDENTIAL
ATTORNEY WORK PRODUCT

To: Litigation team
Re: Supplier dispute, draft settlement position

We recommend opening at 60% of the claimed amount. Client {client} confirmed that the
delivery records for March are incomplete. Please do not forward outside the deal team.""", [
            ("legal_privilege", "PRIVILEGED AND CONFIDENTIAL"), ("legal_privilege", "ATTORNEY WORK PRODUCT"),
            ("person_name", client), ("internal_marking", "do not forward")])

    for i in range(6):
        name, mail, phone = gen.person(), gen.email(), gen.us_phone()
        doc(f"support-ticket-{i}", f"""Ticket #{R.randint(10000, 99999)} - Cannot log in after password reset

Hi support,

I reset my password yesterday and now the app says my account is locked. My login email is
{mail} and you can call me on {phone} during business hours.

Kind regards,
{name}""", [("email", mail), ("phone", phone), ("person_name", name)])

    for i in range(5):
        key, secret, gh = gen.aws_key_id(), gen.mixed(40, gen.ALNUM + "/+"), gen.CREDENTIALS["github_token"]()
        doc(f"leaked-config-{i}", f"""# deploy.env - staging
REGION=eu-west-1
AWS_ACCESS_KEY_ID={key}
AWS_SECRET_ACCESS_KEY={secret}
GITHUB_TOKEN={gh}
LOG_LEVEL=debug
WORKERS=4""", [("aws_access_key_id", key), ("aws_secret_access_key", secret), ("github_token", gh)])

    for i in range(4):
        conn = gen.connection_string()
        ip = gen.private_ipv4()
        doc(f"incident-log-{i}", f"""2026-03-14T09:12:44Z ERROR api-7 database unavailable, retrying in 5s
2026-03-14T09:12:49Z ERROR api-7 connect failed: {conn}
2026-03-14T09:12:50Z WARN  lb-1 upstream {ip}:8080 marked down
2026-03-14T09:13:02Z INFO  api-7 recovered after 3 retries""", [("connection_string", conn), ("private_ip", ip)])

    for i in range(4):
        name, ssn, card = gen.person(), gen.ssn(), gen.payment_card()
        doc(f"hr-onboarding-{i}", f"""New hire checklist
Employee name: {name}
SSN: {ssn}
Corporate card: {card}
Start date: next Monday. Laptop and badge are ready.""", [("person_name", name), ("us_ssn", ssn), ("payment_card", card)])

    for i in range(3):
        iban, bic = gen.iban(spaced=True), gen.bic()
        doc(f"payment-instructions-{i}", f"""Bonjour,

Merci de régler la facture 2026-114 par virement :
IBAN : {iban}
BIC : {bic}

Cordialement, le service comptable""", [("iban", iban), ("swift_bic", bic)])

    for i in range(3):
        doc(f"earnings-draft-{i}", """DRAFT - Q3 results announcement
Embargoed until 16:30 ET on the release date. Revenue grew 14% year over year; the board will
approve the buyback on Thursday. Contains material non-public information: do not trade.""", [
            ("mnpi_marking", "Embargoed until"), ("mnpi_marking", "material non-public information"),
            ("mnpi_marking", "do not trade")])

    doc("classified-cable", """SECRET//NOFORN
Subject: (U) Regional logistics assessment
1. (S//NF) Convoy schedules have shifted to night movements.
2. (U) Weather remains a factor.
Classified By: J. Analyst
Declassify On: 20451231""", [("classification_marking", "SECRET//NOFORN"), ("classification_marking", "(S//NF)"),
                              ("classification_marking", "Classified By:"), ("classification_marking", "Declassify On:")])

    # Public text: nothing to find.
    clean = [
        ("release-notes", """Release 4.2.0
- Faster startup (about 30% on large projects).
- New `--json` flag for machine-readable output.
- Fixed a crash when the config file is empty (#1182).
Upgrade with `pip install -U ourtool==4.2.0`."""),
        ("python-code", """def fibonacci(n: int) -> list[int]:
    seq = [0, 1]
    while len(seq) < n:
        seq.append(seq[-1] + seq[-2])
    return seq[:n]


if __name__ == "__main__":
    print(fibonacci(20))"""),
        ("rust-code", """impl Tokenizer {
    pub fn new(vocab: &Vocab) -> Self {
        let token_id = vocab.get("<unk>").copied().unwrap_or(0);
        Self { unk: token_id, max_len: 512 }
    }
}"""),
        ("math-homework", """Solve for x: 3x^2 - 12x + 9 = 0.
Divide by 3: x^2 - 4x + 3 = 0, so (x - 1)(x - 3) = 0 and x = 1 or x = 3.
Check: 3(9) - 36 + 9 = 0. The vertex is at (2, -3)."""),
        ("recipe", """Sourdough, two loaves
500 g bread flour, 350 g water, 100 g starter, 10 g salt.
Mix, rest 30 minutes, fold four times over two hours, shape, proof overnight at 4 C.
Bake at 250 C for 20 minutes covered, then 25 minutes uncovered."""),
        ("meeting-notes", """Sprint review, week 14
- Search latency down from 180 ms to 95 ms at p95.
- Migration to the new queue is 80% done; the rest lands next sprint.
- Action: update the runbook and the dashboard thresholds."""),
        ("sql-query", """SELECT region, SUM(amount) AS total
FROM orders
WHERE created_at >= '2024-01-01' AND status = 'paid'
GROUP BY region
ORDER BY total DESC
LIMIT 10;"""),
        ("nginx-log", """203.0.113.7 - - [14/Mar/2026:09:12:44 +0000] "GET /index.html HTTP/1.1" 200 612 "-" "curl/8.5.0"
198.51.100.23 - - [14/Mar/2026:09:12:45 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0\""""),
        ("kubernetes-yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.25.4
          ports:
            - containerPort: 80"""),
        ("history-essay", """The Treaty of Westphalia in 1648 ended the Thirty Years' War. Historians such as
C. V. Wedgwood described its consequences for the Holy Roman Empire, and the settlement is often
cited as the origin of the modern state system."""),
        ("product-faq", """Q: How do I reset my password?
A: Open Settings, choose Security and click "Reset password". We send a link to the address on
your account; it expires after 30 minutes."""),
        ("stats-summary", """n = 1,204; mean = 42.7; sd = 8.3; 95% CI [42.2, 43.2].
The regression coefficient was 0.37 (SE 0.05, p < 0.001)."""),
    ]
    for cid, text in clean:
        doc(cid, text)


documents()
