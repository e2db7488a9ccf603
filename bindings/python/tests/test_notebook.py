"""Executes examples/notebook.ipynb with a real kernel and checks what it shows."""

import pathlib

import nbformat  # scripts/setup installs nbclient, nbformat, ipykernel and pandas
from nbclient import NotebookClient

NOTEBOOK = pathlib.Path(__file__).resolve().parents[1] / "examples" / "notebook.ipynb"


def outputs(cell):
    text, html = [], []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            text.append(out["text"])
        data = out.get("data", {})
        text.append(data.get("text/plain", ""))
        html.append(data.get("text/html", ""))
    return "".join(text), "".join(html)


def test_notebook_runs_and_shows_the_right_things():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 6

    table, _ = outputs(code[1])
    rows = [line.split() for line in table.strip().splitlines()[1:]]
    assert rows == [
        ["0", "public", "allow", "allow"],
        ["1", "internal", "warn", "allow"],
        ["2", "sensitive", "block", "allow"],
        ["3", "restricted", "block", "block"],
    ]

    _, report_html = outputs(code[2])
    assert "SENSITIVE" in report_html and "j***@a***.io" in report_html
    assert "jane.doe@acme.io" not in report_html

    _, decision_html = outputs(code[3])
    assert "BLOCK" in decision_html and "claude-enterprise-zdr" in decision_html

    redacted, _ = outputs(code[4])
    assert redacted.splitlines() == [
        "Reply to the customer [EMAIL_1] about her refund.",
        "Done: I wrote to jane.doe@acme.io.",
    ]

    guarded, _ = outputs(code[5])
    assert "blocked: block - restricted-never" in guarded
    assert "requests sent: 0" in guarded
