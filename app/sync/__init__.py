"""Workstation side of head-office sync; `protocol` is shared with the server."""
