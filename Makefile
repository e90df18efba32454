# ServiceBay: `make run` starts the app, `make test` runs every check and test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run demo test lint sysdeps venv bundle bundle-smoke translations screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

sysdeps:
	@bash scripts/sysdeps.sh

## Start the desktop app on its embedded SQLite database (first start offers the demo workshop).
run: sysdeps venv
	$(PY) -m app gui

## Fill the data directory with the demo dealer (BAY_DATA_DIR or the platform's data dir).
demo: sysdeps venv
	$(PY) -m app demo --orders 2000

## Lint, type-check, import contracts and the whole test suite.
test: sysdeps venv
	@bash scripts/test.sh

lint: venv
	$(VENV)/bin/ruff check app tests benchmarks
	$(VENV)/bin/ruff format --check app tests benchmarks
	$(VENV)/bin/mypy app
	$(VENV)/bin/lint-imports

translations: venv
	$(PY) scripts/build_translations.py

bundle: venv
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec

bundle-smoke: bundle
	QT_QPA_PLATFORM=offscreen ./dist/servicebay/servicebay --data-dir "$$(mktemp -d)" gui --smoke

## Screenshots of every main screen into docs/screenshots (under Xvfb).
screenshots: sysdeps venv
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) scripts/screenshots.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache
