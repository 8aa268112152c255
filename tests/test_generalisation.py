"""Rules read how a thing is written, not which thing: renaming the people of a real page changes nothing else.

Each gold person with a Vietnamese full name is renamed throughout the page (another family
name, other middle and given names, as many words); the renamed person must be found with as
many positions as before. A rule keyed on a name it had seen would fail here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import ALL_PAGES
from vnfriendship import Pipeline
from vnfriendship.data.people import FAMILY_NAMES

_FAMILIES = ("Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Trịnh", "Đinh", "Mai")
_MIDDLES = ("Văn", "Thị", "Minh", "Quốc", "Hữu", "Thanh", "Đình", "Xuân", "Ngọc", "Công")
_GIVEN = ("Hùng", "Lan", "Tuấn", "Hạnh", "Khoa", "Sơn", "Long", "Thảo", "Bình", "Hiếu", "Nga")


def _renamed(page: Path) -> dict[str, str]:
    """Each gold person's full name on the page, and the name that replaces it."""
    gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    names = [
        person["name"]
        for person in gold.get("people", [])
        if len(person["name"].split()) >= 3 and person["name"].split()[0] in FAMILY_NAMES and person["name"] in text
    ]
    return {
        name: " ".join(
            [_FAMILIES[n % len(_FAMILIES)]]
            + [_MIDDLES[(n + k) % len(_MIDDLES)] for k in range(len(name.split()) - 2)]
            + [_GIVEN[n % len(_GIVEN)]]
        )
        for n, name in enumerate(names)
    }


@pytest.mark.parametrize(
    "page",
    [p for p in ALL_PAGES if p.with_suffix(".gold.json").exists() and _renamed(p)],  # pages naming someone in full
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_renamed_people_are_found_with_the_same_positions(pipeline: Pipeline, page: Path) -> None:
    renamed = _renamed(page)
    text = page.read_text(encoding="utf-8")
    changed = text
    for old, new in sorted(renamed.items(), key=lambda item: -len(item[0])):
        changed = changed.replace(old, new)
    before = {person.name: len(person.positions) for person in pipeline.extract(text).people}
    after = {person.name: len(person.positions) for person in pipeline.extract(changed).people}
    assert {new: after.get(new) for new in renamed.values()} == {new: before.get(old) for old, new in renamed.items()}
