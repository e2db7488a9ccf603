"""tiergate: what kind of data is this text, and which Claude deployment may receive it?

>>> import tiergate
>>> engine = tiergate.Engine()                      # the built-in policy
>>> text = "Reply to jane.doe@acme.io"
>>> report = engine.classify(text)
>>> report.tier
'sensitive'
>>> f = report.findings[0]
>>> text[f.start:f.end] == f.text                     # code-point offsets
True
>>> engine.decide(report, "claude-ai").action
'block'
>>> engine.check(text, "claude-enterprise-zdr").allowed
True
>>> redacted = engine.redact(text)
>>> redacted.text
'Reply to [EMAIL_1]'
>>> redacted.restore("Sent to [EMAIL_1].")
'Sent to jane.doe@acme.io.'

Everything runs locally; classification never raises and never logs text.
"""

from ._tiergate import (
    WIRE_VERSION,
    AuditLog,
    Decision,
    DocumentPart,
    DocumentReport,
    Engine,
    Finding,
    Redacted,
    RedactedBatch,
    Report,
    StreamRestorer,
    __version__,
    builtin_policy,
    mask,
    verify_audit_log,
)
from .errors import (
    InvalidArgumentError,
    PolicyError,
    PolicyIOError,
    PolicyViolation,
    TiergateError,
    UnknownDestinationError,
)

__all__ = [
    "AuditLog",
    "verify_audit_log",
    "Engine",
    "Report",
    "Finding",
    "Decision",
    "DocumentReport",
    "DocumentPart",
    "Redacted",
    "RedactedBatch",
    "StreamRestorer",
    "builtin_policy",
    "mask",
    "WIRE_VERSION",
    "__version__",
    # the exceptions (tiergate.errors.__all__, spelled out for type checkers)
    "TiergateError",
    "PolicyError",
    "UnknownDestinationError",
    "InvalidArgumentError",
    "PolicyIOError",
    "PolicyViolation",
]
