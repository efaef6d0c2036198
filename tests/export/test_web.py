"""The web gallery: pages that parse, links that resolve inside the folder, no requests
elsewhere, both languages tagged, images without EXIF; and in a real browser where there is one.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from PIL import Image

from exhibit.cli.main import main
from exhibit.core.fields import Owner
from exhibit.core.store import Catalogue
from exhibit.export.web.gallery import MARKER, page_for_number
from exhibit.testing import build_exif, make_jpeg

BASE = "https://example.org/dueren-jinhua/"


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture
def project(tmp_path: Path, catalogue: Catalogue) -> Path:
    photos = tmp_path / "Fotos"
    photos.mkdir()
    gps = build_exif(gps=(50.8, 6.48, 120.0), make="Canon", model="EOS 7D")
    make_jpeg(photos / "markt.jpg", size=(1600, 1000), exif=gps)
    make_jpeg(photos / "kirche.jpg", size=(800, 1200))
    make_jpeg(photos / "rur.jpg", size=(1400, 900))
    root = catalogue.root
    catalogue.close()
    assert cli("import", root, photos)[0] == 0
    with Catalogue.open(root) as cat:
        section = cat.add_section({"de": "Die Stadt", "zh-Hans": "城市"})
        for w, (de, zh) in zip(
            cat.works(),
            [("Markt <am> Samstag", "周六的集市"), ("Annakirche", "圣安娜教堂"), ("Die Rur", "")],
            strict=True,
        ):
            cat.set_text(Owner.WORK, w.id, "title", "de", de)
            if zh:
                cat.set_text(Owner.WORK, w.id, "title", "zh-Hans", zh)
            cat.set_text(Owner.WORK, w.id, "caption", "de", f"{de}. Zweiter Satz.")
            cat.set_text(Owner.WORK, w.id, "credit", "de", "© 2025 Anna Schmitz")
        cat.move_works([cat.work_by_number(1).id], section.id)
    return root


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.langs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src", "content"):
            if a.get(key) and (key != "content" or a.get("property") in ("og:image", "og:url")):
                self.urls.append(a[key])
        if a.get("srcset"):
            self.urls += [part.strip().split(" ")[0] for part in a["srcset"].split(",")]
        if "lang" in a:
            self.langs.append(a["lang"])


def pages(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def test_every_page_parses_and_every_link_stays_inside(project, tmp_path):
    html5lib = pytest.importorskip("html5lib")
    out = tmp_path / "web"
    code, said = cli("export", "web", project, "--out", out, "--base-url", BASE)
    assert code == 0, said
    assert (out / MARKER).is_file() and (out / "style.css").is_file()
    found = pages(out)
    assert len(found) == 3 + 2  # three works, index, about
    for page in found:
        text = page.read_text("utf-8")
        html5lib.HTMLParser(strict=True).parse(text)  # raises on any parse error
        links = _Links()
        links.feed(text)
        for url in links.urls:
            if url.startswith(("http://", "https://")):
                assert url.startswith(BASE), f"{page}: external request {url}"
                continue
            if url.startswith("#") or url.startswith("data:"):
                continue
            target = (page.parent / unquote(urlparse(url).path)).resolve()
            assert target.is_file(), f"{page.relative_to(out)}: {url} does not resolve"
            assert out.resolve() in target.parents
        assert {"de", "zh-Hans"} <= set(links.langs)
    work = page_for_number(out, 1).read_text("utf-8")
    assert "Markt &lt;am&gt; Samstag" in work  # escaped, never markup
    assert 'property="og:image" content="https://example.org/dueren-jinhua/img/' in work
    assert "周六的集市" in work and "无题" in page_for_number(out, 3).read_text("utf-8")


def test_web_images_carry_no_exif_and_never_grow(project, tmp_path):
    out = tmp_path / "web"
    assert cli("export", "web", project, "--out", out)[0] == 0
    images = sorted((out / "img").iterdir())
    assert any(p.suffix == ".webp" for p in images)
    for path in images:
        with Image.open(path) as im:
            assert not im.getexif(), f"{path.name} keeps EXIF"
            assert max(im.size) <= 1600
    assert not any("-2048" in p.name for p in images)  # never wider than the photo


def test_the_first_language_setting_and_the_order_of_blocks(project, tmp_path):
    out = tmp_path / "web"
    assert cli("export", "web", project, "--out", out, "--first-language", "zh-Hans")[0] == 0
    text = page_for_number(out, 1).read_text("utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="zh-Hans">')
    assert text.index('<section lang="zh-Hans"') < text.index('<section lang="de"')


def test_preflight_for_the_web_and_a_folder_that_is_not_a_gallery(project, tmp_path):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("not a gallery")
    code, said = cli("export", "web", project, "--out", busy)
    assert code == 6 and "holds no Exhibit gallery" in said
    assert (busy / "mine.txt").read_text() == "not a gallery"
    code, said = cli("export", "web", project, "--out", tmp_path / "w", "--works", "9")
    assert code == 6 and "no work No. 9" in said
    code, said = cli("export", "web", project, "--out", tmp_path / "w2")
    assert "No. 3: no title in zh-Hans" in said  # a warning, the export goes on
    assert code == 0
    # writing again replaces the earlier gallery, whole
    assert cli("export", "web", project, "--out", tmp_path / "w2", "--works", "1")[0] == 0
    assert len(pages(tmp_path / "w2")) == 3


# --------------------------------------------------------------------------- browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    if not (CHROMIUM and DRIVER):
        pytest.skip("Chromium and chromedriver are not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--allow-file-access-from-files",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    from selenium.common.exceptions import WebDriverException

    try:
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    except WebDriverException as exc:  # e.g. a chroot whose /etc/hosts has no localhost
        pytest.skip(f"Chromium is installed but could not be started here: {exc.msg}")
    yield driver
    driver.quit()


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 768)])
def test_in_a_real_browser_from_file(project, tmp_path, browser, width, height):
    from selenium.webdriver.common.by import By

    out = tmp_path / "web"
    assert cli("export", "web", project, "--out", out, "--first-language", "zh-Hans")[0] == 0
    browser.set_window_size(width, height)
    for page in (out / "index.html", page_for_number(out, 1)):
        browser.get(page.as_uri())
        browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        loaded = browser.execute_script(
            "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"
        )
        assert loaded, f"{page}: an image did not load"
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{page}: scrolls sideways by {overflow}px at {width}px"
        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, errors
    browser.find_element(By.CSS_SELECTOR, '[data-show="second"]').click()
    zh = browser.find_element(By.CSS_SELECTOR, 'section[lang="zh-Hans"]')
    de = browser.find_element(By.CSS_SELECTOR, 'section[lang="de"]')
    assert de.is_displayed() and not zh.is_displayed()
    browser.find_element(By.CSS_SELECTOR, '[data-show="both"]').click()
    assert zh.is_displayed() and de.is_displayed()
    shots = os.environ.get("EXHIBIT_SCREENSHOTS")
    if shots:
        browser.get(page_for_number(out, 1).as_uri())
        browser.save_screenshot(str(Path(shots) / f"web-{width}x{height}.png"))


def test_the_whole_folder_works_offline(project, tmp_path):
    """No absolute path of this machine and no http(s) address apart from the base URL."""
    out = tmp_path / "web"
    assert cli("export", "web", project, "--out", out, "--base-url", BASE)[0] == 0
    for path in [*out.rglob("*.html"), out / "style.css", out / "lang.js"]:
        text = path.read_text("utf-8")
        assert str(tmp_path) not in text
        for url in re.findall(r"https?://[^\s\"')]+", text):
            assert url.startswith(BASE), f"{path.name}: {url}"


def test_only_works_published_on_the_web(project, tmp_path):
    code, said = cli("set", project, "2", "on_web", "no")
    assert code == 0, said
    out = tmp_path / "web"
    assert cli("export", "web", project, "--out", out)[0] == 0
    assert page_for_number(out, 1).is_file() and page_for_number(out, 3).is_file()
    assert not page_for_number(out, 2).exists()
    index = (out / "index.html").read_text("utf-8")
    assert "w/2/index.html" not in index and "Annakirche" not in index
    assert 'href="../3/index.html"' in page_for_number(out, 1).read_text("utf-8")  # skips No. 2


def test_the_web_settings_live_in_the_exhibition(project, tmp_path):
    code, said = cli("set", project, "exhibition", "web_address", "ftp://nope")
    assert code == 2 and "not a web address" in said
    code, said = cli("set", project, "exhibition", "first_language", "fr")
    assert code == 2 and "not a language of this project" in said
    assert cli("set", project, "exhibition", "web_address", BASE)[0] == 0
    assert cli("set", project, "exhibition", "first_language", "zh-Hans")[0] == 0
    out = tmp_path / "web"
    assert cli("export", "web", project, "--out", out)[0] == 0  # the defaults come from there
    page = page_for_number(out, 1).read_text("utf-8")
    assert f'property="og:url" content="{BASE}w/1/index.html"' in page
    assert page.index('<section lang="zh-Hans"') < page.index('<section lang="de"')


def _qr_urls(pdf: Path, tmp_path: Path) -> set[str]:
    import subprocess

    zxingcpp = pytest.importorskip("zxingcpp")
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "pg")], check=True)
    found: set[str] = set()
    for png in sorted(tmp_path.glob("pg*.png")):
        with Image.open(png) as page:
            found |= {b.text for b in zxingcpp.read_barcodes(page)}
    return found


def test_labels_point_into_the_gallery_and_the_check_names_unpublished_works(project, tmp_path):
    assert cli("set", project, "exhibition", "web_address", BASE)[0] == 0
    assert cli("set", project, "2", "on_web", "no")[0] == 0
    pdf = tmp_path / "labels.pdf"
    code, said = cli("export", "labels", project, "--out", pdf, "--size", "a6", "--force")
    assert code == 0, said
    assert (
        "No. 2: the QR code opens https://example.org/dueren-jinhua/w/2/, but the work is "
        "not published on the web" in said
    )
    assert _qr_urls(pdf, tmp_path) == {f"{BASE}w/{n}/" for n in (1, 2, 3)}


def test_from_a_labels_qr_code_to_the_work_on_a_phone(project, tmp_path, browser):
    """The issue's check: a label's QR code opens that work's page, in Chinese and German."""
    from selenium.webdriver.common.by import By

    out = tmp_path / "web"
    assert cli("export", "web", project, "--out", out, "--first-language", "zh-Hans")[0] == 0
    pdf = tmp_path / "labels.pdf"
    pattern = out.as_uri() + "/w/{number}/index.html"
    code, said = cli(
        "export", "labels", project, "--out", pdf, "--works", "1", "--qr", pattern, "--force"
    )
    assert code == 0, said
    (url,) = _qr_urls(pdf, tmp_path)
    browser.set_window_size(390, 844)
    browser.get(url)
    zh = browser.find_element(By.CSS_SELECTOR, 'section[lang="zh-Hans"] h1').text
    de = browser.find_element(By.CSS_SELECTOR, 'section[lang="de"] h1').text
    assert (zh, de) == ("周六的集市", "Markt <am> Samstag")
