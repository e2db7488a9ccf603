"""Exceptions raised by tiergate. Every one carries the core's stable ``code``."""

from typing import Optional

__all__ = [
    "TiergateError",
    "PolicyError",
    "UnknownDestinationError",
    "InvalidArgumentError",
    "PolicyIOError",
    "PolicyViolation",
]


class TiergateError(Exception):
    """Base class of every tiergate error.

    Attributes:
        code: the stable error code (``policy_parse``, ``policy_invalid``,
            ``unknown_destination``, ``invalid_argument``, ``io``, ``policy_violation``,
            and ``internal`` for a bug in tiergate, whose message never quotes the input).
        line, column: where in a policy file the problem is, when known.
        path: the dotted path of the offending policy item, when known.
    """

    def __init__(
        self,
        message: str,
        code: str,
        line: Optional[int] = None,
        column: Optional[int] = None,
        path: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.line = line
        self.column = column
        self.path = path


class PolicyError(TiergateError, ValueError):
    """The policy does not parse (``policy_parse``) or is inconsistent (``policy_invalid``)."""


class UnknownDestinationError(TiergateError, ValueError):
    """The policy defines no such destination (``unknown_destination``)."""


class InvalidArgumentError(TiergateError, ValueError):
    """An argument has the wrong type or value (``invalid_argument``)."""


class PolicyIOError(TiergateError, OSError):
    """A policy file could not be read (``io``)."""


class PolicyViolation(TiergateError):
    """A guarded request was not allowed; ``decision`` says why."""

    def __init__(self, decision: "object") -> None:
        message = getattr(decision, "message", "not allowed by the tiergate policy")
        super().__init__(message, "policy_violation")
        self.decision = decision
