"""ServiceBay: offline-first after-sales workshop application."""

__version__ = "0.1.0"
