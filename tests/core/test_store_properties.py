"""Property tests: any text a curator types comes back from the store as typed (NFC)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exhibit.core.fields import Owner
from exhibit.core.model import NewWork, OriginalRef, TranslationStatus
from exhibit.core.store import Catalogue

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=200
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(de=texts, zh=texts, notes=texts)
def test_texts_round_trip(tmp_path_factory, de: str, zh: str, notes: str) -> None:
    root = tmp_path_factory.mktemp("p") / "P.exhibit"
    with Catalogue.create(root, "x") as cat:
        ref = OriginalRef("a.jpg", "0" * 64, 1, 0.0)
        wid = cat.add_work(NewWork(original=ref)).id
        cat.set_text(Owner.WORK, wid, "caption", "de", de)
        cat.set_text(Owner.WORK, wid, "caption", "zh-Hans", zh, TranslationStatus.APPROVED)
        cat.set_field([wid], "notes", notes)
    with Catalogue.open(root, backup=False) as cat:
        w = cat.work(wid)
        # a text of white space only counts as no text
        assert w.value("caption", "de") == (unicodedata.normalize("NFC", de) if de.strip() else "")
        assert w.value("caption", "zh-Hans") == (
            unicodedata.normalize("NFC", zh) if zh.strip() else ""
        )
        assert w.notes == unicodedata.normalize("NFC", notes)
        expected = TranslationStatus.MISSING if not zh.strip() else TranslationStatus.APPROVED
        assert w.status("caption", "zh-Hans", cat.languages) is expected


@settings(max_examples=40, deadline=None)
@given(order=st.permutations(range(6)), target=st.integers(0, 1))
def test_any_move_keeps_numbers_dense(tmp_path_factory, order, target) -> None:
    root = tmp_path_factory.mktemp("p") / "P.exhibit"
    with Catalogue.create(root, "x") as cat:
        secs = [cat.add_section({"de": "A"}).id, cat.add_section({"de": "B"}).id]
        ids = [
            cat.add_work(NewWork(original=OriginalRef(f"{i}.jpg", f"{i:064x}", 1, 0.0))).id
            for i in range(6)
        ]
        cat.move_works([ids[i] for i in order[:3]], secs[target], before=None)
        numbers = [w.number for w in cat.works()]
        assert numbers == list(range(1, 7))
        assert cat.integrity_problems() == []
        assert Path(cat.root).exists()
