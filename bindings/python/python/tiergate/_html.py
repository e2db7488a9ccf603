"""HTML renderings for Jupyter (``_repr_html_``). Values are always masked."""

import html

from ._tiergate import mask

_TIER = {"public": "#2e7d32", "internal": "#1565c0", "sensitive": "#ef6c00", "restricted": "#c62828"}
_ACTION = {"allow": "#2e7d32", "warn": "#b8860b", "acknowledge": "#ef6c00", "redact": "#6a1b9a", "block": "#c62828"}
_SHOWN = 4000  # characters of text shown before eliding the rest


def _badge(label: str, colour: str) -> str:
    return (
        f'<span style="background:{colour};color:#fff;border-radius:4px;'
        f'padding:1px 6px;font-weight:600;font-size:85%">{html.escape(label.upper())}</span>'
    )


def report(r) -> str:
    """The report: tier badge, then the text with each finding masked and highlighted."""
    text = r.text
    parts, pos = [], 0
    for f in r.findings:
        if f.start >= _SHOWN:
            break
        parts.append(html.escape(text[pos : f.start]))
        title = f"{f.detector} · {f.tier} · score {f.score:.2f}"
        parts.append(
            f'<mark title="{html.escape(title)}" style="background:#ffe0b2;border-radius:3px">'
            f"{html.escape(mask(f.text))}</mark>"
        )
        pos = f.end
    rest = text[pos:_SHOWN] if pos < _SHOWN else ""
    parts.append(html.escape(rest))
    if len(text) > max(pos, _SHOWN):
        parts.append(f"… ({len(text) - max(pos, _SHOWN)} more characters)")
    n = len(r.findings)
    return (
        '<div class="tiergate-report">'
        f"{_badge(r.tier, _TIER.get(r.tier, '#555'))} "
        f"{n} finding{'s' if n != 1 else ''}"
        f'<pre style="white-space:pre-wrap;margin-top:4px">{"".join(parts)}</pre></div>'
    )


def decision(d) -> str:
    """The decision: action badge, destination, message, recommendation."""
    rows = [
        f"{_badge(d.action, _ACTION.get(d.action, '#555'))} "
        f"<b>{html.escape(d.destination)}</b> · {_badge(d.tier, _TIER.get(d.tier, '#555'))}",
        f"<div>{html.escape(d.message)}</div>",
    ]
    if d.recommended and not d.allowed:
        rows.append(f"<div>Recommended: {html.escape(', '.join(d.recommended))}</div>")
    if d.redaction_available:
        rows.append("<div>Redacting (<code>engine.redact(text)</code>) would lower this.</div>")
    return '<div class="tiergate-decision">' + "".join(rows) + "</div>"
