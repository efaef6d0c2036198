"""The loan documents: each renders with German and Chinese text, every font embedded, the
expected page counts, QR codes that decode to the right URL, and their preflight."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from exhibit.core.errors import ExhibitError
from exhibit.core.loan import (
    ConditionCheck,
    ConditionHistory,
    Crate,
    DamagePhoto,
    Grade,
    HandOver,
    LoanRecord,
    Zone,
)
from exhibit.core.model import freeze_texts
from exhibit.core.project import file_sha256
from exhibit.export.catalogue.job import PreflightFailed
from exhibit.export.documents.job import DocumentExport
from exhibit.export.documents.options import (
    DocumentKind,
    DocumentOptions,
    DocumentSource,
    LabelSize,
    Sheet,
    check_qr_pattern,
    short_url,
)

from .conftest import exhibition, make_photo, make_work, pdffonts, pdftotext, texts

K = DocumentKind


def _source(root: Path, n: int = 3, languages=("de", "zh-Hans")) -> DocumentSource:
    ex = exhibition(languages)
    loan_texts = texts(
        borrower={"de": "Kunstmuseum Jinhua", "zh-Hans": "金华美术馆"},
        credit_line={"de": "Leihgabe des Fotoclubs Düren", "zh-Hans": "迪伦摄影协会惠借"},
    )
    merged = {**ex.texts, **{k: {g: t for g, t in v.items() if g in languages}
                            for k, v in loan_texts.items()}}  # fmt: skip
    ex = replace(ex, texts=freeze_texts(merged),
                 loan=LoanRecord(loan_number="LO-2026-001", insurer="Provinzial",
                                 dispatch_date=date(2026, 4, 20)))  # fmt: skip
    works, thumbs = [], {}
    for k in range(1, n + 1):
        photo = make_photo(root / "photos" / f"p{k}.jpg", (300, 200), seed=k)
        fields = {
            "title": {"de": f"Rathaus Nr. {k}", "zh-Hans": f"市政厅 {k} 号"},
            "caption": {
                "de": f"Blick auf das Rathaus, Aufnahme {k}.",
                "zh-Hans": f"市政厅一景，第{k}张。",
            },
            "process": {"de": "Pigmentdruck", "zh-Hans": "艺术微喷"},
        }
        fields = {f: {g: t for g, t in v.items() if g in languages} for f, v in fields.items()}
        w = make_work(root, k, photo, **fields)
        works.append(replace(w, frame_width_cm=72, frame_height_cm=52, insurance_value=400.0 + k,
                             crate="1"))  # fmt: skip
        thumbs[k] = photo
    damage = make_photo(root / "damage.jpg", (400, 300), seed=9)
    checks = ConditionHistory((
        ConditionCheck(HandOver.DISPATCH, date(2026, 4, 20), "Düren", "Kessel",
                       ((Zone.FRAME, Grade.GOOD), (Zone.IMAGE, Grade.EXCELLENT)), work_id=1),
        ConditionCheck(HandOver.ARRIVAL, date(2026, 5, 2), "金华", "李伟",
                       ((Zone.FRAME, Grade.POOR), (Zone.IMAGE, Grade.EXCELLENT)), "画框左下角破损",
                       (DamagePhoto("damage.jpg", file_sha256(damage), damage.stat().st_size),),
                       work_id=1),
    ))  # fmt: skip
    return DocumentSource(
        ex, tuple(works), (Crate("1", 95, 80, 45, 60.5),), {1: checks}, root, thumbs
    )


def _export(root: Path, source: DocumentSource, name: str, **options) -> tuple[Path, object]:
    out = root / f"{name}.pdf"
    job = DocumentExport(source, out, DocumentOptions(**options), invariant=True)
    result = job.run(lambda _p: None, _cancel())
    return out, result


def _cancel():
    from exhibit.core.jobs import CancelToken

    return CancelToken()


def _embedded(pdf: Path) -> None:
    fonts = pdffonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert not any("Helvetica" in f["name"] for f in fonts)


@pytest.mark.parametrize(
    ("options", "pages"),
    [
        ({"kind": K.LABELS, "sheet": Sheet.NONE}, 3),
        ({"kind": K.LABELS, "label_size": LabelSize.parse("a6"), "sheet": Sheet.A4}, 2),
        ({"kind": K.LABELS, "label_size": LabelSize.parse("90x55"), "sheet": Sheet.A4}, 1),
        ({"kind": K.CHECKLIST}, 1),
        ({"kind": K.CONDITION}, 3),
        ({"kind": K.LOAN}, 1),
    ],
)
def test_each_document_renders_both_languages_with_embedded_fonts(
    tmp_path, poppler, options, pages
) -> None:
    source = _source(tmp_path)
    pdf, result = _export(tmp_path, source, options["kind"].value, **options)
    assert result.pages == pages
    text = pdftotext(pdf)
    assert text.count("\f") == pages
    assert "Rathaus Nr. 2" in text and "市政厅 2 号" in text
    _embedded(pdf)
    kind = options["kind"]
    if kind is K.CHECKLIST:
        assert "LO-2026-001" in text and "Seite 1 von 1" in text and "第 1 页，共 1 页" in text
        assert "1 206.00 EUR" in text  # 401 + 402 + 403 summed
        assert "良 / gut" in text  # the condition at dispatch of No. 1
    if kind is K.CONDITION:
        assert "画框左下角破损" in text and "verschlechtert" in text
        assert "Kurier" in text and "接收方" in text
    if kind is K.LOAN:
        assert "金华美术馆" in text and "Provinzial" in text and "95 × 80 × 45 cm" in text


def test_label_languages_follow_the_setting(tmp_path, poppler) -> None:
    source = _source(tmp_path, 1)
    venue_first, _ = _export(tmp_path, source, "a", kind=K.LABELS, sheet=Sheet.NONE)
    text = pdftotext(venue_first)
    assert text.index("市政厅 1 号") < text.index("Rathaus Nr. 1")
    german_first, _ = _export(tmp_path, source, "b", kind=K.LABELS, sheet=Sheet.NONE,
                              languages=("de", "zh-Hans"))  # fmt: skip
    text = pdftotext(german_first)
    assert text.index("Rathaus Nr. 1") < text.index("市政厅 1 号")


def test_latin_only_project_renders(tmp_path, poppler) -> None:
    source = _source(tmp_path, 2, languages=("de",))
    for kind in K:
        pdf, _ = _export(tmp_path, source, kind.value, kind=kind)
        text = pdftotext(pdf)
        assert "Rathaus Nr. 2" in text and "市政厅" not in text
        _embedded(pdf)


def test_qr_codes_decode_to_the_work_url(tmp_path, poppler) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    source = _source(tmp_path, 3)
    pdf, _ = _export(tmp_path, source, "qr", kind=K.LABELS, label_size=LabelSize.parse("a6"),
                     qr_pattern="https://example.org/w/{number}")  # fmt: skip
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    found = set()
    for png in sorted(tmp_path.glob("page-*.png")):
        with Image.open(png) as page:
            found |= {b.text for b in zxingcpp.read_barcodes(page)}
    assert found == {f"https://example.org/w/{n}" for n in (1, 2, 3)}
    assert "example.org/w/3" in pdftotext(pdf)  # the short URL under the code


def test_qr_pattern_and_label_size_are_checked() -> None:
    assert check_qr_pattern("https://example.org/w/{number}")
    assert short_url("https://www.example.org/w/12/") == "example.org/w/12"
    with pytest.raises(ExhibitError, match=r"needs \{number\}"):
        check_qr_pattern("https://example.org/w/")
    with pytest.raises(ExhibitError, match=r"only \{number\}"):
        check_qr_pattern("https://example.org/{lang}/{number}")
    with pytest.raises(ExhibitError, match="not a URL"):
        check_qr_pattern("example {number}")
    assert LabelSize.parse("A5").points[0] > LabelSize.parse("a6").points[0]
    assert LabelSize.parse("200x100mm").width_mm == 200
    with pytest.raises(ExhibitError, match="--size"):
        LabelSize.parse("huge")


def test_labels_print_emoji_in_the_emoji_face(tmp_path, poppler) -> None:
    source = _source(tmp_path, 1)
    sunny = replace(source.works[0], texts=freeze_texts({
        **source.works[0].texts, **texts(title={"de": "Sonne 🌞 am Markt", "zh-Hans": "集市🌞"})
    }))  # fmt: skip
    pdf, _ = _export(tmp_path, replace(source, works=(sunny,)), "sun", kind=K.LABELS,
                     sheet=Sheet.NONE)  # fmt: skip
    text = pdftotext(pdf)
    assert "Sonne 🌞 am Markt" in text and "集市🌞" in text and "\ufffd" not in text
    assert any(f["name"].split("+")[-1].startswith("NotoEmoji") for f in pdffonts(pdf))
    _embedded(pdf)


def test_preflight_names_what_the_paperwork_lacks(tmp_path) -> None:
    source = _source(tmp_path, 3)
    bare = replace(source.works[1], frame_width_cm=None, insurance_value=None, crate="")
    long = "Ein sehr langer Text über das Rathaus und die Stadt " * 12
    wordy = replace(source.works[2], texts=freeze_texts({
        **source.works[2].texts, **texts(caption={"de": long, "zh-Hans": "很长的说明文字" * 30}),
        "photographer": {}}), photographer="Ada 😀 𠀀")  # fmt: skip
    source = replace(source, works=(source.works[0], bare, wordy))
    checklist = DocumentExport(source, tmp_path / "c.pdf", DocumentOptions(kind=K.CHECKLIST))
    checklist.check()
    codes = {(f.code, f.work) for f in checklist.report.findings}
    assert {
        ("missing_frame_size", 2),
        ("missing_insurance_value", 2),
        ("missing_crate", 2),
    } <= codes
    assert ("unsupported_character", 3) in codes
    (beyond,) = [f for f in checklist.report.findings if f.code == "unsupported_character"]
    assert list(beyond.args["chars"]) == ["𠀀"]  # the emoji face prints 😀
    labels = DocumentExport(source, tmp_path / "l.pdf", DocumentOptions(kind=K.LABELS))
    labels.check()
    codes = {(f.code, f.work, f.language) for f in labels.report.findings}
    assert ("caption_long", 3, "de") in codes and ("caption_long", 3, "zh-Hans") in codes
    assert ("label_overflow", 3, None) in codes
    assert not any(c[1] == 1 for c in codes)  # No. 1 is fine
    with pytest.raises(PreflightFailed, match="does not fit"):
        labels.run(lambda _p: None, _cancel())
    assert not (tmp_path / "l.pdf").exists()
    short = DocumentExport(source, tmp_path / "s.pdf", DocumentOptions(kind=K.LABELS, works=(1,)))
    short.check()
    assert short.report.ok
    (tmp_path / "damage.jpg").write_bytes(b"another file")
    options = DocumentOptions(kind=K.CONDITION)
    condition = DocumentExport(source, tmp_path / "z.pdf", options, force=True)  # No. 3's 😀
    condition.check()
    assert ("changed_damage_photo", 1) in {(f.code, f.work) for f in condition.report.findings}
    (tmp_path / "damage.jpg").unlink()
    condition.check()
    assert ("missing_damage_photo", 1) in {(f.code, f.work) for f in condition.report.findings}
    assert condition.run(lambda _p: None, _cancel()).pages == 3  # printed without the photo


def test_condition_report_shows_thumbnail_and_damage_photo(tmp_path) -> None:
    from pypdf import PdfReader

    source = _source(tmp_path, 1)
    pdf, _ = _export(tmp_path, source, "z", kind=K.CONDITION)
    images = PdfReader(pdf).pages[0].images
    assert len(images) == 2  # the work's thumbnail and the photo of damage
