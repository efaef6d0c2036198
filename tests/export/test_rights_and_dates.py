"""Rights and dates: a © line per photograph, untitled works named as such in every language,
dates as each language writes them."""

from __future__ import annotations

import dataclasses
from datetime import date

from exhibit.core.jobs import CancelToken
from exhibit.core.model import ExifFacts
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import CatalogueSource, Layout
from exhibit.export.catalogue.plates import PlateTexts
from exhibit.export.catalogue.wording import copyright_line, date_range, long_date

from .conftest import LANGS, exhibition, fast_options, make_photo, make_work, pdftotext


def test_dates_per_language() -> None:
    day = date(2026, 5, 15)
    assert long_date(day, "de") == "15. Mai 2026"
    assert long_date(day, "zh-Hans") == "2026年5月15日"
    assert date_range(day, date(2026, 6, 30), "de") == "15. Mai 2026 – 30. Juni 2026"


def test_rights_line_from_the_copyright_notice_or_the_credit(tmp_path) -> None:
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    work = make_work(tmp_path, 1, photo, credit={"de": "Fotoclub Düren", "zh-Hans": "迪伦"})
    assert copyright_line(work, LANGS) == "© Fotoclub Düren"
    noticed = dataclasses.replace(work, exif=ExifFacts(copyright="(c) 2025 Anna Schmitz"))
    assert copyright_line(noticed, LANGS) == "© 2025 Anna Schmitz"
    texts = PlateTexts.of(noticed, LANGS, Layout.ONE)
    assert texts.rights == "© 2025 Anna Schmitz"
    assert PlateTexts.of(noticed, LANGS, Layout.GRID).rights == ""


def test_untitled_work_and_rights_in_the_pdf(tmp_path, poppler) -> None:
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    work = make_work(tmp_path, 7, photo, caption={"de": "Ein Blick.", "zh-Hans": "一景。"})
    work = dataclasses.replace(
        work, exif=ExifFacts(date_taken="2025-05-15T10:00:00", copyright="© 2025 Anna Schmitz")
    )
    source = CatalogueSource(exhibition(), (), (work,), tmp_path)
    job = CatalogueExport(source, tmp_path / "u.pdf", fast_options(), cache_dir=tmp_path / "c")
    job.run(lambda _: None, CancelToken())
    text = pdftotext(tmp_path / "u.pdf")
    assert "Ohne Titel" in text and "无题" in text
    assert "© 2025 Anna Schmitz" in text
    assert "1. Mai 2026 – 30. Juni 2026" in text  # the exhibition's dates in the colophon
    assert "15.5.2025" in text  # the day taken, in the index


def test_chinese_dates_print_without_gaps_latin_words_with(tmp_path, poppler) -> None:
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    work = make_work(
        tmp_path, 3, photo,
        title={"de": "Markt", "zh-Hans": "集市"},
        caption={"de": "Am 18. September 2026.", "zh-Hans": "摄于2026年9月18日，迪伦Düren市。"},
    )  # fmt: skip
    work = dataclasses.replace(work, exif=ExifFacts(date_taken="2025-05-15T10:00:00"))
    source = CatalogueSource(exhibition(), (), (work,), tmp_path)
    job = CatalogueExport(source, tmp_path / "d.pdf", fast_options(), cache_dir=tmp_path / "c")
    job.run(lambda _: None, CancelToken())
    text = pdftotext(tmp_path / "d.pdf")
    assert "2026年9月18日" in text  # the caption's date
    assert "2026年5月1日" in text and "2026年6月30日" in text  # the exhibition's, colophon
    assert "· 2025年 ·" in text  # the year taken, in the plate's Chinese line
    assert "2026 年" not in text and "2025 年" not in text and "9 月" not in text
    assert "迪伦 Düren 市" in text  # Latin words in Chinese text keep their quarter em


def test_colophon_labels_each_fact_in_each_language(tmp_path, poppler) -> None:
    from exhibit.core.model import freeze_texts

    from .conftest import texts

    ex = exhibition()
    more = texts(publisher={"de": "Fotoclub Düren e. V.", "zh-Hans": "迪伦摄影协会"},
                 translation={"de": "Li Wei", "zh-Hans": "李伟"})  # fmt: skip
    ex = dataclasses.replace(ex, texts=freeze_texts({**ex.texts, **more}))
    photo = make_photo(tmp_path / "photos" / "a.jpg")
    source = CatalogueSource(ex, (), (make_work(tmp_path, 1, photo),), tmp_path)
    job = CatalogueExport(source, tmp_path / "c.pdf", fast_options(), cache_dir=tmp_path / "c")
    job.run(lambda _: None, CancelToken())
    colophon = pdftotext(tmp_path / "c.pdf").split("\f")[1]
    assert "Herausgeber: Fotoclub Düren e. V." in colophon
    assert "出版：迪伦摄影协会" in colophon and "翻译：李伟" in colophon
    assert "Übersetzung: Li Wei" in colophon
    assert "Ausstellung: Kunstmuseum Jinhua, 1. Mai 2026 – 30. Juni 2026" in colophon
