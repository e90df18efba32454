"""Demo parts of the right brand (issue 8 item 9): the demo's repair plans name the seed
catalogue's Honda part numbers; a Nissan, Toyota, Volkswagen, Geely, Great Wall or BYD gets its
own make's part numbers for the same parts, added to the catalogue as reference data. The BYD
Han is electric: no engine oil, oil filter, ignition coil or spark plugs (its engine-fault plan
becomes the brake plan, its maintenance keeps the cabin filter)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import select

from app.services.context import ServiceContext
from app.services.customers import AssetInput
from app.store.engine import applying_remote
from app.store.models import Part

OIL_FILTER = "15400-RTA-003"
ENGINE_OIL = "08880-83717"
CABIN_FILTER = "80292-TBA-A11"
FRONT_PADS = "45022-TBA-A01"
BRAKE_FLUID = "08203-99938"
IGNITION_COIL = "32100-5PA-A01"
SPARK_PLUG = "12290-R1A-A01"
MIRROR = "76200-TBA-H11"
WIPERS = "76622-TBA-A01"

_VW: dict[str, str | None] = {
    OIL_FILTER: "04E115561H",
    ENGINE_OIL: "G052577M4-4L",
    CABIN_FILTER: "5Q0819653",
    FRONT_PADS: "5Q0698151B",
    BRAKE_FLUID: "B000750M3",
    IGNITION_COIL: "04E905110K",
    SPARK_PLUG: "04E905601B",
    MIRROR: "3G0857507",
    WIPERS: "5G1955425",
}
BRAND_PARTS: dict[str, dict[str, str | None]] = {
    "东风日产": {
        OIL_FILTER: "15208-65F0E",
        ENGINE_OIL: "KE900-90042",
        CABIN_FILTER: "27277-4M40A",
        FRONT_PADS: "D1060-3RA0A",
        BRAKE_FLUID: "KE903-99932",
        IGNITION_COIL: "22448-1HC0A",
        SPARK_PLUG: "22401-ED71B",
        MIRROR: "96302-3RA0A",
        WIPERS: "28890-3RA0A",
    },
    "广汽丰田": {
        OIL_FILTER: "90915-YZZD2",
        ENGINE_OIL: "08880-13705",
        CABIN_FILTER: "87139-33010",
        FRONT_PADS: "04465-06090",
        BRAKE_FLUID: "08823-80011",
        IGNITION_COIL: "90919-02258",
        SPARK_PLUG: "90919-01253",
        MIRROR: "87940-06A40",
        WIPERS: "85222-06320",
    },
    "一汽大众": _VW,
    "上汽大众": _VW,
    "吉利": {
        OIL_FILTER: "1016051996",
        ENGINE_OIL: "1016052338",
        CABIN_FILTER: "8022039100",
        FRONT_PADS: "4050124400",
        BRAKE_FLUID: "1016053800",
        IGNITION_COIL: "1016052110",
        SPARK_PLUG: "1016050919",
        MIRROR: "6600125478",
        WIPERS: "6600066562",
    },
    "长城": {
        OIL_FILTER: "1017100XEG01",
        ENGINE_OIL: "9100131XGW01",
        CABIN_FILTER: "8104400XKZ16A",
        FRONT_PADS: "3501115XKZ16A",
        BRAKE_FLUID: "3540101XGW01",
        IGNITION_COIL: "3705100XEG01",
        SPARK_PLUG: "3707100XEG01",
        MIRROR: "8202100XKZ36A",
        WIPERS: "5205100XKZ16A",
    },
    "比亚迪": {
        OIL_FILTER: None,  # electric: no engine oil
        ENGINE_OIL: None,
        CABIN_FILTER: "8104200-EH01",
        FRONT_PADS: "3501500-EH01",
        BRAKE_FLUID: "3540100-EH01",
        IGNITION_COIL: None,
        SPARK_PLUG: None,
        MIRROR: "8202100-EH01",
        WIPERS: "5205100-EH01",
    },
}
"""The make's part number for each Honda part of the demo plans (None: the make has none)."""

ELECTRIC = ("比亚迪",)
HONDA = "广汽本田"
MAKES = (HONDA, *BRAND_PARTS)
"""Every make whose parts the demo catalogue has."""
ENGINE_PLAN, BRAKE_PLAN = 2, 1
"""Plans of demo.VEHICLE_LINES: an electric car has no engine fault to repair."""

Line = TypeVar("Line", bound=tuple[str, str, bool, str])


def seed_brand_parts(ctx: ServiceContext) -> None:
    """Each make's parts in the catalogue, as reference data from head office: the Honda
    part's name, grade, price, safety relevance and warranty under the make's number."""
    with ctx.db.write() as session:
        wanted = {code for table in BRAND_PARTS.values() for code in table.values() if code}
        have = set(session.execute(select(Part.part_no).where(Part.part_no.in_(wanted))).scalars())
        if have >= wanted:
            return
        honda = {
            p.part_no: p
            for p in session.execute(
                select(Part).where(Part.part_no.in_(list(BRAND_PARTS["东风日产"])))
            ).scalars()
        }
        now = ctx.now()
        with applying_remote(session):
            for table in BRAND_PARTS.values():
                for source, code in table.items():
                    template = honda.get(source)
                    if not code or code in have or template is None:
                        continue
                    have.add(code)
                    session.add(
                        Part(
                            part_no=code,
                            name=template.name,
                            name_en=template.name_en,
                            grade=template.grade,
                            price_fen=template.price_fen,
                            unit=template.unit,
                            applies_to="vehicle",
                            safety_relevant=template.safety_relevant,
                            warranty_months=template.warranty_months,
                            warranty_km=template.warranty_km,
                            created_at=now,
                        )
                    )


def belongs(brand: str, part_no: str) -> bool:
    """The part is one of this make's (Honda: the seed catalogue's own numbers)."""
    table = BRAND_PARTS.get(brand)
    if table is None:
        others = {c for t in BRAND_PARTS.values() for c in t.values() if c}
        return brand == HONDA and part_no not in others
    return part_no in {c for c in table.values() if c}


def part_for(brand: str, honda_part_no: str) -> str | None:
    """The make's number of a Honda part of the demo (None: the make has none)."""
    table = BRAND_PARTS.get(brand)
    return honda_part_no if table is None else table.get(honda_part_no)


def plan_for(asset: AssetInput, plan: int) -> int:
    """An electric car's engine fault becomes a brake job (same draw of the random plan)."""
    return BRAKE_PLAN if asset.brand in ELECTRIC and plan == ENGINE_PLAN else plan


def brand_lines(asset: AssetInput, lines: Sequence[Line]) -> list[Line]:
    """The plan's lines with the make's own part numbers (parts it has none of left out)."""
    table = BRAND_PARTS.get(asset.brand or "") if asset.kind == "vehicle" else None
    if table is None:
        return list(lines)
    out: list[Line] = []
    for line in lines:
        kind, code = line[0], line[1]
        if kind != "part" or code not in table:
            out.append(line)
            continue
        mapped = table[code]
        if mapped is not None:
            out.append((kind, mapped, *line[2:]))  # type: ignore[arg-type]
    return out
