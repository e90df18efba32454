"""Workaround for a reference-counting bug of PySide6 6.12 on Python 3.11.

The bindings hand `None` (and sometimes `True`/`False`) back to Python without taking a new
reference: every call of a void method such as `setText` or `QTimer.start`, and every
invalid QVariant converted to Python, drops one reference (measured: exactly -1 per call).
From Python 3.12 on these objects are immortal (PEP 683), so the bug is invisible there; on
3.11 the interpreter aborts with "none_dealloc: deallocating None" once the count reaches
zero — after some tens of thousands of calls, i.e. minutes to hours into a shift at the bay.
The same class of bug, fixed elsewhere: https://github.com/pymupdf/PyMuPDF/pull/5043

`install()` raises the reference counts of None, True and False once by 2**40, which no
session can use up. tests/ui/test_refguard.py fails as soon as the bindings stop dropping
references, so this module can then be deleted.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def install() -> None:
    """Idempotent: tops up only objects that have not been topped up yet."""
    if not needed():
        return
    for obj in (None, True, False):
        if sys.getrefcount(obj) < RESERVE:
            # ob_refcnt is the first field of every CPython object (Include/object.h).
            ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
