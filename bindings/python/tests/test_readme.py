"""Every ```python block of the READMEs runs as written, and shows the truth.

The blocks of one README run in order in one namespace, as a reader reads
them. An expression statement whose comment is a Python literal (`report.tier
# 'sensitive'`; an explanation may follow after ` — `), or that is followed by
a comment line holding one (`# [('page 2', [...])]`), must evaluate to it.
They run in an empty folder that sees the repository's `tests/` (the example
files), with the Anthropic client pointed at a closed loopback port: an
example never reaches the network.
"""

import ast
import io
import os
import pathlib
import re
import tokenize

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
READMES = [ROOT / "README.md", ROOT / "bindings" / "python" / "README.md"]
FENCE = re.compile(r"^( *)```python\n(.*?)^\1```", re.M | re.S)


def blocks(readme):
    """The ```python blocks of a README: (line number, code), de-indented."""
    text = readme.read_text()
    out = []
    for m in FENCE.finditer(text):
        indent = len(m.group(1))
        code = "".join(line[indent:] for line in m.group(2).splitlines(keepends=True))
        out.append((text[: m.start()].count("\n") + 2, code))
    return out


def expected_values(code):
    """{line of an expression statement: the literal it should equal}."""
    comments = {}
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type == tokenize.COMMENT:
            comments[tok.start[0]] = tok.string[1:].split(" — ")[0].strip()
    lines = code.splitlines()

    def literal(text):
        try:
            return True, ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return False, None

    found = {}
    for node in ast.walk(ast.parse(code)):
        if not isinstance(node, ast.Expr) or isinstance(node.value, ast.Constant):
            continue
        end = node.end_lineno
        ok, value = literal(comments[end]) if end in comments else (False, None)
        # The comment on the next line, when that line is only a comment.
        if not ok and end + 1 in comments and lines[end].lstrip().startswith("#"):
            ok, value = literal(comments[end + 1])
        if ok:
            found[node.lineno] = value
    return found


class Checked(ast.NodeTransformer):
    """Rewrites `expr` statements that show a value into `__shows(expr, value, line)`."""

    def __init__(self, expected):
        self.expected = expected

    def visit_Expr(self, node):
        if node.lineno not in self.expected:
            return node
        call = ast.Call(
            func=ast.Name("__shows", ast.Load()),
            args=[node.value, ast.Constant(node.lineno)],
            keywords=[],
        )
        return ast.copy_location(ast.Expr(call), node)


@pytest.mark.parametrize("readme", READMES, ids=lambda p: str(p.relative_to(ROOT)))
def test_readme_python_blocks_run_as_written(readme, tmp_path, monkeypatch):
    # The READMEs show tiergate with these (scripts/setup installs them).
    pytest.importorskip("pandas")
    pytest.importorskip("anthropic")
    found = blocks(readme)
    assert found, f"{readme} has no python block"
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    # A guard that let a request through would fail fast, not reach Anthropic.
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "not-a-key")
    namespace = {}
    shown = 0
    for line, code in found:
        expected = expected_values(code)
        where = f"{readme.name}, the block at line {line}"

        def shows(value, at, expected=expected, where=where):
            assert value == expected[at], f"{where}, line {at}: {value!r}, not {expected[at]!r}"

        namespace["__shows"] = shows
        tree = ast.fix_missing_locations(Checked(expected).visit(ast.parse(code)))
        exec(compile(tree, where, "exec"), namespace)  # noqa: S102 - the README's own code
        shown += len(expected)
    assert shown >= 3, f"{readme.name}: only {shown} values checked"


def test_a_wrong_value_in_a_readme_fails(tmp_path):
    code = "x = 1 + 1\nx  # 3\n"
    expected = expected_values(code)
    assert expected == {2: 3}
    tree = ast.fix_missing_locations(Checked(expected).visit(ast.parse(code)))

    def shows(value, at):
        assert value == expected[at]

    with pytest.raises(AssertionError):
        exec(compile(tree, "t", "exec"), {"__shows": shows})  # noqa: S102
