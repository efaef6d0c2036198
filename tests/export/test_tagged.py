"""The catalogue's tagged structure, checked in the PDF with pikepdf: marked content in the page
streams, the structure tree and the parent tree agree, photos have alt text, languages are right,
nothing is drawn outside a structure element or an artifact, and a plate reads as printed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Name

from exhibit.core.jobs import CancelToken
from exhibit.export.catalogue.job import CatalogueExport
from exhibit.export.catalogue.options import CatalogueSource, Layout, PageSize
from exhibit.export.catalogue.tagging import alt_text

from .conftest import bilingual_source, fast_options, make_photo, make_work

# operators that put marks on the page: text, paths, images and forms, shadings
PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh"}
TEXT = {"Tj", "TJ", "'", '"'}
OPTIONS = {"page_size": PageSize.A5, "layout": Layout.TWO, "bleed_mm": 3}


def export(source: CatalogueSource, root: Path, name: str, *, tagged: bool = True) -> Path:
    job = CatalogueExport(source, root / name, fast_options(**OPTIONS), cache_dir=root / "cache",
                          tagged=tagged)  # fmt: skip
    job.run(lambda _: None, CancelToken())
    return root / name


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> CatalogueSource:
    root = tmp_path_factory.mktemp("tagged")
    base = bilingual_source(root, 4)
    # an untitled work without a caption: its photo's alt text is what its plate prints
    bare = make_work(root, 5, make_photo(root / "photos" / "bare.jpg", seed=9))
    return CatalogueSource(base.exhibition, base.sections, (*base.works, bare), root)


@pytest.fixture(scope="module")
def tagged(source) -> Path:
    return export(source, source.project_root, "tagged.pdf")


@pytest.fixture(scope="module")
def pdf(tagged):
    with pikepdf.open(tagged) as doc:
        yield doc


def elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element below the Sects, in tree (reading) order."""
    out = []

    def walk(node) -> None:
        kids = node.get(Name.K)
        if kids is None:
            return
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary):
                if kid.get(Name.S) in (Name.Document, Name.Sect):
                    walk(kid)
                else:
                    out.append(kid)

    walk(pdf.Root.StructTreeRoot)
    return out


def sequences(page: pikepdf.Page) -> tuple[dict[int, list], list[tuple[str, list[str]]]]:
    """MCID -> the operators of its sequence (with the font current for text), and every
    painting operator that is not inside an MCID sequence or an artifact."""
    stack: list[str] = []  # "mcid:<n>", "artifact" or "other" per open sequence
    by_mcid: dict[int, list] = {}
    stray: list[tuple[str, list[str]]] = []
    font = ""
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "Tf":
            font = str(operands[0])
        if name in ("BDC", "BMC"):
            tag = str(operands[0])
            props = operands[1] if name == "BDC" else None
            if isinstance(props, pikepdf.Dictionary) and Name.MCID in props:
                mcid = int(props.MCID)
                assert mcid not in by_mcid, f"MCID {mcid} used twice on a page"
                by_mcid[mcid] = []
                stack.append(f"mcid:{mcid}")
            else:
                stack.append("artifact" if tag == "/Artifact" else "other")
        elif name == "EMC":
            stack.pop()
        elif name in PAINTING:
            owners = [s for s in stack if s != "other"]
            if not owners:
                stray.append((name, list(stack)))
            elif owners[0].startswith("mcid:"):
                by_mcid[int(owners[0][5:])].append((name, font))
    assert not stack, "unbalanced marked content"
    return by_mcid, stray


def test_catalogue_says_it_is_tagged(pdf, tagged):
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(root.Lang) == "de"
    document = root.StructTreeRoot.K[0]
    assert Name.Document == document.S and str(document.Lang) == "de"
    titles = [str(s.get(Name.T, "")) for s in document.K]
    assert all(Name.Sect == s.S for s in document.K)
    assert any("Stadt am Fluss" in t for t in titles) and any("Menschen" in t for t in titles)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(tagged)], capture_output=True, text=True).stdout
        if "Tagged:" in info:
            assert re.search(r"^Tagged:\s+yes$", info, re.M)


def test_every_mcid_has_one_element_and_the_parent_tree_agrees(pdf):
    parents = pdf.Root.StructTreeRoot.ParentTree.Nums
    by_key = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
    referenced: dict[tuple[int, int], pikepdf.Dictionary] = {}
    page_of = {page.obj.objgen: n for n, page in enumerate(pdf.pages)}
    for e in elements(pdf):
        key = (page_of[e.Pg.objgen], int(e.K))
        assert key not in referenced, f"MCID {key} referenced twice"
        referenced[key] = e
    marked = set()
    for n, page in enumerate(pdf.pages):
        by_mcid, _ = sequences(page)
        marked |= {(n, mcid) for mcid in by_mcid}
        tree = by_key[int(page.obj.StructParents)]
        assert len(tree) == len(by_mcid)
        for mcid in by_mcid:
            assert tree[mcid].objgen == referenced[(n, mcid)].objgen
    assert marked == set(referenced)
    assert len(marked) > 50


def test_nothing_is_drawn_outside_a_structure_element_or_an_artifact(pdf):
    texts = 0
    for page in pdf.pages:
        by_mcid, stray = sequences(page)
        assert stray == []
        texts += sum(1 for ops in by_mcid.values() for op, _ in ops if op in TEXT)
    assert texts > 50


def test_every_figure_has_alt_text_from_the_first_languages_caption(pdf):
    figures = [e for e in elements(pdf) if Name.Figure == e.S]
    assert len(figures) == 5 + 1  # every plate and the cover
    alts = [str(f.Alt) for f in figures]
    assert all(a.strip() for a in alts)
    assert "Blick auf das Rathaus, Aufnahme 1." in alts
    assert "Ohne Titel" in alts  # no caption, no title: what its plate prints
    for f in figures:  # each Figure marks exactly one image
        by_mcid, _ = sequences(pikepdf.Page(f.Pg))
        assert [op for op, _ in by_mcid[int(f.K)]] == ["Do"]


def test_text_elements_carry_the_language_they_are_set_in(pdf):
    langs = {"de": 0, "zh-Hans": 0}
    for e in elements(pdf):
        if Name.Figure == e.S:
            continue
        lang = str(e.Lang)
        assert lang in langs, lang
        langs[lang] += 1
        page = pikepdf.Page(e.Pg)
        fonts = page.Resources.Font
        by_mcid, _ = sequences(page)
        faces = {str(fonts[f].BaseFont).split("+")[-1] for op, f in by_mcid[int(e.K)] if op in TEXT}
        chinese = any(f.startswith("ExhibitSansSC") for f in faces)
        if lang == "zh-Hans":
            assert chinese, faces
        elif faces and not any(f.startswith("NotoSans") for f in faces):
            pytest.fail(f"a German element set only in {faces}")
    assert langs["de"] > 20 and langs["zh-Hans"] > 20
    headings = [e for e in elements(pdf) if e.S in (Name.H1, Name.H2)]
    assert {str(h.Lang) for h in headings} == {"de", "zh-Hans"}


def test_a_plate_reads_as_printed_photo_then_german_then_chinese(pdf):
    found = elements(pdf)
    figure = next(
        i for i, e in enumerate(found) if str(e.get(Name.Alt, "")).endswith("Aufnahme 2.")
    )
    plate = found[figure : figure + 12]
    kinds = [(str(e.S)[1:], str(e.Lang)) for e in plate]
    assert kinds[0] == ("Figure", "de")
    assert kinds[1] == ("P", "de")  # the plate's number
    assert kinds[2] == ("H2", "de")  # the German title
    zh_title = kinds.index(("H2", "zh-Hans"))
    assert all(lang == "de" for _, lang in kinds[:zh_title])
    assert all(kind == "P" for kind, _ in kinds[3:zh_title])
    assert kinds[zh_title + 1] == ("P", "zh-Hans")  # the Chinese caption after its title


def test_alt_text_falls_back_from_caption_to_title_to_the_number():
    blocks = (
        ("zh-Hans", (("title", "市政厅"), ("caption", "一景"))),
        ("de", (("title", "Rathaus"),)),
    )
    assert alt_text(blocks, "de", "Nr. 1") == ("de", "Rathaus")  # the first language first
    assert alt_text(blocks, "zh-Hans", "Nr. 1") == ("zh-Hans", "一景")  # a caption first
    assert alt_text((("de", (("caption", " zwei\n Zeilen "),)),), "de", "x") == (
        "de",
        "zwei Zeilen",
    )
    assert alt_text((), "de", "Nr. 7") == ("de", "Nr. 7")


def test_untagged_build_has_no_structure_and_looks_the_same(source, tagged):
    plain = export(source, source.project_root, "plain.pdf", tagged=False)
    with pikepdf.open(plain) as doc:
        assert Name.StructTreeRoot not in doc.Root
        for page in doc.pages:
            for operands, op in pikepdf.parse_content_stream(page):
                if str(op) in ("BDC", "BMC"):
                    assert str(operands[0]) == "/Span"  # only the language spans
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils is not installed")

    def render(pdf: Path) -> list[bytes]:
        out = pdf.with_suffix("")
        subprocess.run(["pdftoppm", "-r", "40", str(pdf), str(out)], check=True)
        pages = sorted(out.parent.glob(out.name + "-*.ppm"))
        return [p.read_bytes() for p in pages]

    assert render(tagged) == render(plain)
