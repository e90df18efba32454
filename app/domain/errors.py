"""Errors in three kinds (STYLE.md, issue 7 item 6):

- `UserError` and its subclasses: bad input or a state the person can fix;
- `EnvironmentFault`: the environment's fault (disk full, camera gone, server unreachable):
  not the person's fault, and not a `UserError`;
- anything else: our bug. It reaches the crash handler with its traceback and is never turned
  into a message for the person.

Both expected kinds derive from `ExpectedError`: a message code of the one catalogue and its
parameters, rendered in the reader's language by `message(lang)`.

Each package keeps a catalogue of its message codes (``<package>/messages.py``) and registers it
with `app.domain.messages.register`, so layers without Qt can produce Chinese and English text.
"""

from __future__ import annotations

from typing import Any


class ExpectedError(Exception):
    """An error we expect and tell the person about: `code` names a registered message of the
    domain message catalogue (`app.domain.messages`), `params` fill its placeholders."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code} {params}" if params else code)

    def message(self, lang: str = "zh_CN") -> str:
        from app.domain.messages import render

        return render(self.code, lang, **self.params)


class UserError(ExpectedError):
    """Bad input or a state the user can fix."""


class ValidationError(UserError):
    """Input that does not pass validation (wrong phone, negative price, unknown part…)."""


class PermissionDenied(UserError):
    """The acting staff member's role does not allow this action."""


class TransitionError(UserError):
    """A lifecycle transition that a rule of the service standard forbids."""


class NotFound(UserError):
    """A record that does not exist (unknown order number, part number…)."""


class EnvironmentFault(ExpectedError):
    """The environment's fault: disk full, camera gone, server unreachable. Deliberately not a
    `UserError`: the person did nothing wrong; the message says what to check."""
