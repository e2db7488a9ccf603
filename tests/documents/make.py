"""Writes the document fixtures in this folder with real producers: Word,
Excel and PowerPoint files from python-docx 1.2.0, openpyxl 3.1.5 and
python-pptx 1.0.2, OpenDocument text from odfpy 1.4.1 (all from PyPI), each
holding known values in the places a document hides text (tables, headers,
comments, hidden sheets, speaker notes, properties). `expected.json` lists,
per fixture, each value and the part it must be found in. Run with those
versions installed:

    pip install python-docx==1.2.0 openpyxl==3.1.5 python-pptx==1.0.2 odfpy==1.4.1
    python3 tests/documents/make.py
"""
import json
import os

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
        {"detector": "email", "value": EMAIL, "part": "word/document.xml"},
        {"detector": "person_name", "value": NAME, "part": "word/document.xml"},
        {"detector": "phone", "value": PHONE, "part": "word/document.xml"},
        {"detector": "internal_marking", "value": "For internal use only", "part": "word/header1.xml"},
        {"detector": "us_ssn", "value": SSN, "part": "word/comments.xml"},
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
        {"detector": "email", "value": EMAIL, "part": "xl/worksheets/sheet1.xml"},
        {"detector": "phone", "value": PHONE, "part": "xl/worksheets/sheet1.xml"},
        {"detector": "us_ssn", "value": SSN, "part": "xl/worksheets/sheet2.xml"},
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
        {"detector": "email", "value": EMAIL, "part": "ppt/slides/slide1.xml"},
        {"detector": "us_ssn", "value": SSN, "part": "ppt/notesSlides/notesSlide1.xml"},
    ]


def odt_file(expected):
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text=f"Reply to {EMAIL} about SSN {SSN}."))
    doc.save(os.path.join(HERE, "memo.odt"))
    expected["memo.odt"] = [
        {"detector": "email", "value": EMAIL, "part": "content.xml"},
        {"detector": "us_ssn", "value": SSN, "part": "content.xml"},
    ]


def clean_file(expected):
    import docx

    d = docx.Document()
    d.add_paragraph("Quarterly planning: the offsite is in May, agenda to follow.")
    d.save(os.path.join(HERE, "clean.docx"))
    expected["clean.docx"] = []


def main():
    expected = {}
    for make in (docx_file, xlsx_file, pptx_file, odt_file, clean_file):
        make(expected)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
