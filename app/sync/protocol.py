"""Moved to `app.protocol.wire` (issue 12): kept so code written against the old path keeps
importing until every branch has moved. New code imports `app.protocol.wire`."""

from app.protocol.wire import *  # noqa: F403
from app.protocol.wire import __doc__ as _doc  # noqa: F401
