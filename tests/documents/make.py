"""Writes the document fixtures in this folder with real producers: Word,
Excel and PowerPoint files from python-docx 1.2.0, openpyxl 3.1.5 and
python-pptx 1.0.2, OpenDocument text from odfpy 1.4.1 (all from PyPI), each
holding known values in the places a document hides text (tables, headers,
comments, hidden sheets, speaker notes, properties); a ZIP archive of some of
them from Python's zipfile, an e-mail with attachments from Python's email
package; PDFs, a workbook, an HTML page and an RTF letter
written by LibreOffice 7.4 (Debian bookworm's `libreoffice-writer-nogui`,
`-calc-nogui`, `-impress-nogui`) converting such files. `expected.json` lists,
per fixture, each value and the part (and, in a sheet, the cell) it must be found in. Run with those
versions installed:

    pip install python-docx==1.2.0 openpyxl==3.1.5 python-pptx==1.0.2 odfpy==1.4.1
    apt-get install --no-install-recommends libreoffice-writer-nogui \
        libreoffice-calc-nogui libreoffice-impress-nogui
    python3 tests/documents/make.py [FIXTURE ...]

The fixtures are committed, so tests need none of this.
"""
import json
import os
import shutil
import struct
import subprocess
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

EMAIL = "maria.okafor@northwind.io"
PHONE = "+49 151 28374619"
SSN = "536-90-4399"
NAME = "Tomasz Wiśniewski"


def docx_file(expected):
    import docx

    d = docx.Document()
    d.core_properties.author = "Fabrikam HR"
    d.sections[0].header.paragraphs[0].text = "Fabrikam - For internal use only"
    p = d.add_paragraph(f"Please call {NAME} back about the refund; his e-mail is {EMAIL}.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Contact"
    t.cell(0, 1).text = "Mobile"
    t.cell(1, 0).text = "Customer"
    t.cell(1, 1).text = f"Mobile: {PHONE}"
    d.add_comment(p.runs, text=f"Check the SSN {SSN} before replying.", author="Reviewer")
    d.save(os.path.join(HERE, "letter.docx"))
    expected["letter.docx"] = [
        {"detector": "email", "value": EMAIL, "part": "body"},
        {"detector": "person_name", "value": NAME, "part": "body"},
        {"detector": "phone", "value": PHONE, "part": "body"},
        {"detector": "internal_marking", "value": "For internal use only", "part": "header 1"},
        {"detector": "us_ssn", "value": SSN, "part": "comments"},
    ]


def xlsx_file(expected):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Customers"
    ws.append(["Name", "E-mail", "Phone"])
    ws.append([NAME, EMAIL, f"Mobile: {PHONE}"])
    hidden = wb.create_sheet("Archive")
    hidden.append(["Old record", f"SSN {SSN}"])
    hidden.sheet_state = "hidden"
    wb.save(os.path.join(HERE, "customers.xlsx"))
    expected["customers.xlsx"] = [
        {"detector": "email", "value": EMAIL, "part": 'sheet "Customers"', "cell": "B2"},
        {"detector": "phone", "value": PHONE, "part": 'sheet "Customers"', "cell": "C2"},
        {"detector": "us_ssn", "value": SSN, "part": 'sheet "Archive" (hidden)', "cell": "B1"},
    ]


def pptx_file(expected):
    from pptx import Presentation

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Escalation"
    slide.placeholders[1].text = f"Owner: {EMAIL}"
    slide.notes_slide.notes_text_frame.text = f"Do not show: SSN {SSN}"
    prs.save(os.path.join(HERE, "deck.pptx"))
    expected["deck.pptx"] = [
        {"detector": "email", "value": EMAIL, "part": "slide 1"},
        {"detector": "us_ssn", "value": SSN, "part": "notes of slide 1"},
    ]


def odt_file(expected):
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text=f"Reply to {EMAIL} about SSN {SSN}."))
    doc.save(os.path.join(HERE, "memo.odt"))
    expected["memo.odt"] = [
        {"detector": "email", "value": EMAIL, "part": "body"},
        {"detector": "us_ssn", "value": SSN, "part": "body"},
    ]


def clean_file(expected):
    import docx

    d = docx.Document()
    d.add_paragraph("Quarterly planning: the offsite is in May, agenda to follow.")
    d.save(os.path.join(HERE, "clean.docx"))
    expected["clean.docx"] = []


def soffice(source, to, name, infilter=None):
    """Converts `source` with LibreOffice headless to format `to`, saved here as `name`."""
    options = [f"--infilter={infilter}"] if infilter else []
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["soffice", "--headless", *options, "--convert-to", to, "--outdir", out, source],
            check=True,
            capture_output=True,
        )
        (made,) = os.listdir(out)
        shutil.move(os.path.join(out, made), os.path.join(HERE, name))


# The values of the report, all on its second page.
REPORT_VALUES = [
    {"detector": "email", "value": EMAIL, "part": "page 2"},
    {"detector": "person_name", "value": NAME, "part": "page 2"},
    {"detector": "phone", "value": PHONE, "part": "page 2"},
    {"detector": "us_ssn", "value": SSN, "part": "page 2"},
]


def report_docx(work):
    """The two-page Word report the PDFs are printed from: the values on
    page 2, in a paragraph and a table."""
    import docx

    d = docx.Document()
    d.core_properties.author = "Fabrikam HR"
    d.add_paragraph("Quarterly report. The offsite is in May; the agenda follows on the next page.")
    d.add_page_break()
    d.add_paragraph(f"Please call {NAME} back about the refund; his e-mail is {EMAIL}.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Customer"
    t.cell(0, 1).text = f"Mobile: {PHONE}"
    t.cell(1, 0).text = "Archive"
    t.cell(1, 1).text = f"SSN {SSN}"
    source = os.path.join(work, "report.docx")
    d.save(source)
    return source


def pdf_report(expected, work):
    """The report printed to PDF by LibreOffice Writer."""
    source = report_docx(work)
    soffice(source, "pdf", "report.pdf")
    expected["report.pdf"] = [dict(v) for v in REPORT_VALUES]


def pdf_passwords(expected, work):
    """The report printed to PDF by LibreOffice Writer with passwords: one
    that restricts copying and printing but opens without a password (RC4,
    read), and one that needs a password to open (not read: `encrypted`)."""
    source = report_docx(work)

    def export(**options):
        """LibreOffice's PDF export filter with options, in its JSON form."""
        typed = {
            k: {"type": "boolean", "value": "true"} if v is True else {"type": "string", "value": v}
            for k, v in options.items()
        }
        return "pdf:writer_pdf_Export:" + json.dumps(typed)

    soffice(source, export(RestrictPermissions=True, PermissionPassword="owner-secret"), "protected.pdf")
    expected["protected.pdf"] = [dict(v) for v in REPORT_VALUES]
    soffice(source, export(EncryptFile=True, DocumentOpenPassword="open-secret"), "locked.pdf")
    expected["locked.pdf"] = []


def pdf_slides(expected, work):
    """The PowerPoint fixture printed to PDF by LibreOffice Impress (slides
    only: speaker notes are not printed)."""
    soffice(os.path.join(HERE, "deck.pptx"), "pdf", "slides.pdf")
    expected["slides.pdf"] = [
        {"detector": "email", "value": EMAIL, "part": "page 1"},
    ]


def png(width, height):
    """A grey PNG image (no imaging library needed)."""
    row = b"\x00" + b"\x80" * width
    chunk = lambda kind, data: (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def pdf_scan(expected, work):
    """A page that is only a picture, as a scanner makes: printed to PDF by
    LibreOffice Writer from a Word file holding one image."""
    import docx

    image = os.path.join(work, "page.png")
    with open(image, "wb") as f:
        f.write(png(200, 280))
    d = docx.Document()
    d.add_picture(image)
    source = os.path.join(work, "scan.docx")
    d.save(source)
    soffice(source, "pdf", "scan.pdf")
    expected["scan.pdf"] = []


def xlsx_calc(expected, work):
    """A workbook written by LibreOffice Calc from a CSV file."""
    source = os.path.join(work, "roster.csv")
    with open(source, "w", encoding="utf-8") as f:
        f.write("Name,E-mail,Note\n")
        f.write(f'"{NAME}",{EMAIL},"SSN {SSN}"\n')
    # Comma-separated, double quotes, UTF-8 (76), from line 1.
    soffice(source, "xlsx", "roster.xlsx", infilter="CSV:44,34,76,1")
    expected["roster.xlsx"] = [
        {"detector": "email", "value": EMAIL, "part": 'sheet "roster"', "cell": "B2"},
        {"detector": "us_ssn", "value": SSN, "part": 'sheet "roster"', "cell": "C2"},
    ]


def zip_bundle(expected):
    """A ZIP archive written by Python's zipfile (fixed dates, so the bytes do
    not change): the Word fixture in a folder, a text note, and a ZIP inside
    holding a CSV; every member is read as a file of its own."""
    import zipfile

    def add(z, name, data):
        info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)

    inner = os.path.join(HERE, "bundle-inner.tmp")
    with zipfile.ZipFile(inner, "w") as z:
        add(z, "export/contacts.csv", f"name,email\n{NAME},{EMAIL}\n")
    with open(inner, "rb") as f:
        inner_bytes = f.read()
    os.remove(inner)
    with open(os.path.join(HERE, "letter.docx"), "rb") as f:
        letter = f.read()
    with zipfile.ZipFile(os.path.join(HERE, "bundle.zip"), "w") as z:
        add(z, "case/letter.docx", letter)
        add(z, "case/notes.txt", f"Follow up: SSN {SSN} on file.\n")
        add(z, "archive.zip", inner_bytes)
    expected["bundle.zip"] = [
        {"detector": "email", "value": EMAIL, "part": "archive.zip: export/contacts.csv"},
        {"detector": "us_ssn", "value": SSN, "part": "case/letter.docx: comments"},
        {"detector": "us_ssn", "value": SSN, "part": "case/notes.txt"},
    ]


def eml_message(expected):
    """An e-mail written by Python's email package: a plain and an HTML body
    (quoted-printable), the Word fixture attached (base64), and a forwarded
    message inside; fixed boundaries, date and id, so the bytes do not change."""
    from email.message import EmailMessage
    from email.policy import SMTP

    forwarded = EmailMessage()
    forwarded["From"] = "HR Team <hr@fabrikam-tools.com>"
    forwarded["To"] = "payroll@fabrikam-tools.com"
    forwarded["Subject"] = "Payroll correction"
    forwarded["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    forwarded.set_content(f"Please correct the record for SSN {SSN}.\n")

    msg = EmailMessage()
    msg["From"] = f"{NAME} <t.wisniewski@fabrikam-tools.com>"
    msg["To"] = f"Maria Okafor <{EMAIL}>"
    msg["Subject"] = "Refund and the payroll note"
    msg["Date"] = "Tue, 01 Dec 2026 10:00:00 +0000"
    msg["Message-ID"] = "<fixture-1@fabrikam-tools.com>"
    msg.set_content(f"Hi Maria,\ncall me on {PHONE} about the refund.\n", cte="quoted-printable")
    msg.add_alternative(f"<p>Hi Maria,<br>call me on <b>{PHONE}</b> about the refund.</p>", subtype="html", cte="quoted-printable")
    with open(os.path.join(HERE, "letter.docx"), "rb") as f:
        msg.add_attachment(f.read(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="letter.docx")
    msg.add_attachment(forwarded)
    msg.set_boundary("==tiergate-mixed==")
    msg.get_payload()[0].set_boundary("==tiergate-alternative==")
    with open(os.path.join(HERE, "message.eml"), "wb") as f:
        f.write(msg.as_bytes(policy=SMTP))
    expected["message.eml"] = [
        {"detector": "email", "value": EMAIL, "part": "headers"},
        {"detector": "phone", "value": PHONE, "part": "body"},
        {"detector": "us_ssn", "value": SSN, "part": "attachment letter.docx: comments"},
        {"detector": "us_ssn", "value": SSN, "part": "attachment 2: body"},
    ]


def html_page(expected):
    """The Word letter saved as HTML by LibreOffice Writer: the header is a
    `<div title="header">`, the comment an HTML comment, the author a `<meta>`."""
    soffice(os.path.join(HERE, "letter.docx"), "html", "page.html")
    expected["page.html"] = [
        {"detector": "email", "value": EMAIL, "part": "body"},
        {"detector": "person_name", "value": NAME, "part": "body"},
        {"detector": "phone", "value": PHONE, "part": "body"},
        {"detector": "internal_marking", "value": "For internal use only", "part": "body"},
        {"detector": "us_ssn", "value": SSN, "part": "markup"},
    ]


def rtf_letter(expected):
    """The Word letter saved as RTF by LibreOffice Writer."""
    soffice(os.path.join(HERE, "letter.docx"), "rtf", "letter.rtf")
    expected["letter.rtf"] = [
        {"detector": "email", "value": EMAIL, "part": "body"},
        {"detector": "person_name", "value": NAME, "part": "body"},
        {"detector": "phone", "value": PHONE, "part": "body"},
        {"detector": "internal_marking", "value": "For internal use only", "part": "headers and footers"},
        {"detector": "us_ssn", "value": SSN, "part": "comments"},
    ]


def main():
    """Writes every fixture, or only those named on the command line
    (`python3 make.py page.html`), keeping the others and their expectations."""
    import sys

    wanted = set(sys.argv[1:])
    path = os.path.join(HERE, "expected.json")
    expected = {}
    if wanted:
        with open(path, encoding="utf-8") as f:
            expected = json.load(f)
    makers = {
        "letter.docx": docx_file,
        "customers.xlsx": xlsx_file,
        "deck.pptx": pptx_file,
        "memo.odt": odt_file,
        "clean.docx": clean_file,
        "bundle.zip": zip_bundle,
        "message.eml": eml_message,
        "page.html": html_page,
        "letter.rtf": rtf_letter,
    }
    with_work = {
        "report.pdf": pdf_report,
        "protected.pdf": pdf_passwords,
        "locked.pdf": pdf_passwords,
        "slides.pdf": pdf_slides,
        "scan.pdf": pdf_scan,
        "roster.xlsx": xlsx_calc,
    }
    unknown = wanted - set(makers) - set(with_work)
    if unknown:
        sys.exit(f"no fixture called {', '.join(sorted(unknown))}")
    for name, make in makers.items():
        if not wanted or name in wanted:
            make(expected)
    with tempfile.TemporaryDirectory() as work:
        done = set()
        for name, make in with_work.items():
            if (not wanted or name in wanted) and make not in done:
                make(expected, work)
                done.add(make)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
