"""Update and compile the Qt Linguist translations with the venv's pyside6-lupdate/-lrelease.

    python scripts/build_translations.py          # lupdate the .ts files, then lrelease the .qm
    python scripts/build_translations.py --check  # exit 1 when a .ts or .qm is out of date

Source strings are English. lupdate scans app/ui/*.py (tr(), QCoreApplication.translate,
QT_TRANSLATE_NOOP) and forms/*.ui. English translations equal their source and are filled in
here; Chinese ones are written in the .ts (Qt Linguist, or by hand) and an unfinished Chinese
message fails --check. The .qm files are committed so the app runs without this step.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def tool(name: str) -> Path:
    path = Path(sys.executable).parent / name
    if not path.exists():
        raise SystemExit(f"{name} not found next to {sys.executable}: install the project")
    return path


def sources() -> list[Path]:
    ui = sorted(p for p in (ROOT / "app" / "ui").glob("*.py"))
    ui += sorted((ROOT / "app" / "ui" / "desk").glob("*.py"))
    ui += sorted((ROOT / "app" / "ui" / "floor_qc").glob("*.py"))
    ui += sorted((ROOT / "app" / "ui" / "reception").glob("*.py"))
    return ui + sorted((ROOT / "forms").glob("*.ui"))


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"servicebay_{lang}.ts"


def qm_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"servicebay_{lang}.qm"


def lupdate(folder: Path) -> None:
    for lang in LANGS:
        subprocess.run(
            [
                str(tool("pyside6-lupdate")),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *[str(p.relative_to(ROOT)) for p in sources()],
                "-ts",
                str(ts_path(lang, folder)),
            ],
            check=True,
            cwd=ROOT,
        )


def fill_english(folder: Path) -> None:
    """English translations are the source text itself (numerus: singular and plural)."""
    path = ts_path("en", folder)
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if len(forms) != 2 or translation.get("type") == "unfinished":
                for form in forms:
                    translation.remove(form)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = source
            translation.text = None
        elif translation.get("type") == "unfinished" or not (translation.text or ""):
            translation.text = source
        translation.attrib.pop("type", None)
    write_ts(tree, path)


def write_ts(tree: Any, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def unfinished(path: Path) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not ("".join(translation.itertext()).strip())
            ):
                missing.append(f"{path.name}: [{name}] {message.findtext('source')!r}")
    return missing


def lrelease(folder: Path) -> None:
    for lang in LANGS:
        subprocess.run(
            [
                str(tool("pyside6-lrelease")),
                "-silent",
                str(ts_path(lang, folder)),
                "-qm",
                str(qm_path(lang, folder)),
            ],
            check=True,
        )


def build(folder: Path) -> list[str]:
    lupdate(folder)
    fill_english(folder)
    lrelease(folder)
    return [line for lang in LANGS for line in unfinished(ts_path(lang, folder))]


def check() -> list[str]:
    """Rebuild in a scratch copy and compare with what is committed."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for lang in LANGS:
            if not ts_path(lang).exists():
                problems.append(f"{ts_path(lang).name} is missing")
                continue
            shutil.copy(ts_path(lang), ts_path(lang, folder))
        if problems:
            return problems
        problems += build(folder)
        for lang in LANGS:
            if ts_path(lang).read_text(encoding="utf-8") != ts_path(lang, folder).read_text(
                encoding="utf-8"
            ):
                problems.append(f"{ts_path(lang).name} is out of date: run {Path(__file__).name}")
            if not qm_path(lang).exists() or not filecmp.cmp(
                qm_path(lang), qm_path(lang, folder), shallow=False
            ):
                problems.append(f"{qm_path(lang).name} is out of date: run {Path(__file__).name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    args = parser.parse_args()
    problems = check() if args.check else build(TRANSLATIONS)
    for problem in problems:
        sys.stderr.write(problem + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
