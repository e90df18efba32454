"""The command line: scriptable access to every capability (see `python -m app --help`)."""
