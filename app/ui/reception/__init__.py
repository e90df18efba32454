"""The reception bay (issue 3): appointment, arrival, intake with camera, estimate, printing
and the customer's signature, as one page of the main window: `ReceptionPage`."""

from __future__ import annotations

from typing import Any

__all__ = ["ReceptionPage"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the reception's modules (OpenCV, the camera) stay off start-up.
    if name == "ReceptionPage":
        from app.ui.reception.workbench import ReceptionPage

        return ReceptionPage
    raise AttributeError(name)
