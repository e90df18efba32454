"""Errors in two kinds (STYLE.md): the user's or the environment's fault, with a translated
message that says what to do (`UserError` and its subclasses), and our bugs (anything else,
which reaches the crash handler).

Each package keeps a catalogue of its message codes (``<package>/messages.py``) and registers it
with `app.domain.messages.register`, so layers without Qt can produce Chinese and English text.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Bad input or a state the user can fix. `code` names a registered message."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code} {params}" if params else code)

    def message(self, lang: str = "zh_CN") -> str:
        from app.domain.messages import render

        return render(self.code, lang, **self.params)


class ValidationError(UserError):
    """Input that does not pass validation (wrong phone, negative price, unknown part…)."""


class PermissionDenied(UserError):
    """The acting staff member's role does not allow this action."""


class TransitionError(UserError):
    """A lifecycle transition that a rule of the service standard forbids."""


class NotFound(UserError):
    """A record that does not exist (unknown order number, part number…)."""


class EnvironmentFault(UserError):
    """The environment's fault: disk full, camera gone, server unreachable."""
