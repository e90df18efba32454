"""Compile forms/*.ui into app/ui/generated/ui_<name>.py with the venv's pyside6-uic.

    python scripts/build_forms.py          # (re)write the generated modules
    python scripts/build_forms.py --check  # exit 1 when a generated module is stale or missing

tests/ui/test_resources.py runs the check, so a form edited in Designer without recompiling fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
GENERATED = ROOT / "app" / "ui" / "generated"


def uic() -> Path:
    tool = Path(sys.executable).parent / "pyside6-uic"
    if not tool.exists():
        raise SystemExit(f"pyside6-uic not found next to {sys.executable}: install the project")
    return tool


def compile_form(form: Path) -> str:
    done = subprocess.run(
        [str(uic()), str(form)], check=True, capture_output=True, text=True, encoding="utf-8"
    )
    return done.stdout


def target(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def stale_forms() -> list[str]:
    """One line per problem, naming the form and its generated module."""
    problems = []
    for form in sorted(FORMS.glob("*.ui")):
        out = target(form)
        if not out.exists():
            problems.append(
                f"{form.relative_to(ROOT)}: {out.relative_to(ROOT)} is missing:"
                " run scripts/build_forms.py"
            )
        elif out.read_text(encoding="utf-8") != compile_form(form):
            problems.append(
                f"{form.relative_to(ROOT)}: {out.relative_to(ROOT)} is stale:"
                " run scripts/build_forms.py"
            )
    known = {target(f).name for f in FORMS.glob("*.ui")} | {"__init__.py"}
    problems += [
        f"{extra.relative_to(ROOT)} has no form"
        for extra in sorted(GENERATED.glob("*.py"))
        if extra.name not in known
    ]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args()
    if args.check:
        problems = stale_forms()
        for problem in problems:
            sys.stderr.write(problem + "\n")
        return 1 if problems else 0
    GENERATED.mkdir(parents=True, exist_ok=True)
    for form in sorted(FORMS.glob("*.ui")):
        target(form).write_text(compile_form(form), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
