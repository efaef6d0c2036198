"""The built-in demo exhibition: "Düren – Bilder einer Stadt und ihres Kreises".

Makes photo-like images itself (procedural scenes drawn with Pillow, with realistic camera
EXIF and GPS near Düren), imports them through the real import job, and fills in German and
Chinese titles and captions, two sections, print sizes and loan states. Nothing is
downloaded and nothing outside the package is read.

``DemoJob`` makes it and exports its catalogue through the job API (check, run with progress
and cancel, a result value), so the command line and the window run the same thing. A demo
that ends with fewer works than photos it made is an error, never a quiet empty exhibition.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import IFDRational

from exhibit.core.errors import ExhibitError
from exhibit.core.fields import Owner
from exhibit.core.jobs import Cancelled, CancelToken, Plan, ProgressCallback, no_progress
from exhibit.core.loan import ConditionCheck, Crate, Grade, HandOver, Zone
from exhibit.core.model import LoanStatus, TranslationStatus
from exhibit.core.store import Catalogue

T = TranslationStatus

EXHIBITION = {
    "title": ("Düren – Bilder einer Stadt und ihres Kreises", "迪伦——一座城市及其县域的影像"),
    "subtitle": ("Fotografien aus der Partnerstadt", "来自友好城市的摄影作品"),
    "venue": ("Ausstellungs- und Dienstleistungszentrum Jinhua", "金华市展览服务中心"),
    "city": ("Jinhua", "金华"),
    "organisers": (
        "Fotofreunde Düren e.V.\nStadt Düren\nStadt Jinhua",
        "迪伦摄影之友协会\n迪伦市\n金华市",
    ),
    "foreword": (
        "Seit vielen Jahren verbindet Düren und Jinhua eine lebendige Partnerschaft. "
        "Mit dieser Ausstellung zeigen Mitglieder der Fotofreunde Düren ihre Stadt und ihren "
        "Kreis: den Markt „rund um die Annakirche“, das Papier, die Rur und die Eifel.\n"
        "Wir danken dem Ausstellungs- und Dienstleistungszentrum Jinhua für die Gastfreundschaft.",
        "多年来，迪伦与金华之间建立了充满活力的友好关系。在这次展览中，迪伦摄影之友协会的会员们"
        "展示了他们的城市和县域：圣安娜教堂周围的集市、造纸业、鲁尔河以及艾费尔山。\n"
        "我们衷心感谢金华市展览服务中心的热情款待。",
    ),
}

SECTIONS = (("Die Stadt", "城市"), ("Der Kreis: Rur und Eifel", "县域：鲁尔河与艾费尔山"))


@dataclass(frozen=True)
class DemoWork:
    section: int
    title: tuple[str, str]
    caption: tuple[str, str]
    location: tuple[str, str]
    photographer: str
    scene: str
    status_zh: TranslationStatus = T.APPROVED
    portrait: bool = False


WORKS = (
    DemoWork(0, ("Rathaus am Kaiserplatz", "皇帝广场上的市政厅"),
             ("Das Rathaus wurde nach dem Krieg neu errichtet; davor der Kaiserplatz.",
              "市政厅在战后重建，前面是皇帝广场。"),
             ("Kaiserplatz, Düren", "迪伦皇帝广场"), "Anna Schmitz", "town"),
    DemoWork(0, ("Annakirche", "圣安娜教堂"),
             ("Die Annakirche birgt das Haupt der heiligen Anna. Zur Annakirmes im Sommer "
              "kommen Hunderttausende.",
              "圣安娜教堂供奉着圣安娜的头骨圣物。每年夏天的安娜节都会吸引数十万游客。"),
             ("Annaplatz, Düren", "迪伦安娜广场"), "Peter Lennartz", "church", portrait=True),
    DemoWork(0, ("Markt am Samstag", "周六的集市"),
             ("Wochenmarkt „rund um die Annakirche“ mit Obst & Gemüse aus der Region.",
              "圣安娜教堂周围的每周集市，出售本地出产的水果和蔬菜。"),
             ("Marktplatz, Düren", "迪伦集市广场"), "Maria Wirtz", "town"),
    DemoWork(0, ("Papiermuseum", "造纸博物馆"),
             ("Düren ist seit Jahrhunderten eine Stadt des Papiers.",
              "几百年来，迪伦一直是一座造纸之城。"),
             ("Wallstraße, Düren", "迪伦瓦尔街"), "Anna Schmitz", "town"),
    DemoWork(0, ("Bahnhof am Morgen", "清晨的火车站"),
             ("Zwischen Köln und Aachen: der Bahnhof im ersten Licht.",
              "位于科隆与亚琛之间：晨光中的火车站。"),
             ("Bahnhofsplatz, Düren", "迪伦火车站广场"), "Jürgen Hoffmann", "town",
             status_zh=T.NEEDS_REVIEW),
    DemoWork(0, ("Stadtpark im Herbst", "秋日的城市公园"),
             ("Der Teich im Stadtpark – Bäume in Gelb und Rot.",
              "城市公园里的池塘——黄红相间的树木。"),
             ("Stadtpark, Düren", "迪伦城市公园"), "Maria Wirtz", "park"),
    DemoWork(0, ("Leopold-Hoesch-Museum", "利奥波德·赫施博物馆"),
             ("Das Kunstmuseum der Stadt trägt den Namen des Industriellen Leopold Hoesch.",
              "这座城市美术馆以实业家利奥波德·赫施的名字命名。"),
             ("Hoeschplatz, Düren", "迪伦赫施广场"), "Sabine Kreutzer", "town"),
    DemoWork(0, ("Haus der Stadt", "城市之家"),
             ("Konzerte, Theater und Feste im Herzen der Stadt.",
              "音乐会、戏剧和节庆活动都在市中心举行。"),
             ("Stefan-Schwer-Straße, Düren", "迪伦施特凡-施韦尔街"), "Thomas Braun", "town"),
    DemoWork(0, ("Annakirmes", "安娜节"),
             ("Riesenrad und Lichter: die Kirmes auf dem Annakirmesplatz.",
              "摩天轮与灯光：安娜节游乐场上的节日。"),
             ("Annakirmesplatz, Düren", "迪伦安娜节广场"), "Maria Wirtz", "town"),
    DemoWork(0, ("Rurufer in Birkesdorf", "比尔克斯多夫的鲁尔河畔"),
             ("Spaziergänger am Flussufer im Norden der Stadt.",
              "城北河岸边的散步者。"),
             ("Birkesdorf, Düren", "迪伦比尔克斯多夫"), "Peter Lennartz", "river"),
    DemoWork(0, ("Schloss Burgau", "布尔高宫"),
             ("Das Wasserschloss in Niederau ist heute ein Ort für Kultur und Hochzeiten.",
              "这座位于尼德劳的水上宫殿如今是举办文化活动和婚礼的场所。"),
             ("Niederau, Düren", "迪伦尼德劳"), "Anna Schmitz", "castle"),
    DemoWork(0, ("Reste der Stadtmauer", "城墙遗迹"),
             ("Mauerreste aus dem Mittelalter, heute zwischen Wohnhäusern.",
              "中世纪的城墙遗迹，如今隐身于民居之间。"),
             ("Wallstraße, Düren", "迪伦瓦尔街"), "Jürgen Hoffmann", "town"),
    DemoWork(0, ("Im Grüngürtel", "绿化带中"),
             ("Wege unter alten Bäumen rund um die Innenstadt.",
              "环绕市中心的古树下的小径。"),
             ("Düren", "迪伦"), "Sabine Kreutzer", "park"),
    DemoWork(0, ("Papierfabrik", "造纸厂"),
             ("Papier aus Düren geht in alle Welt.",
              "迪伦出产的纸张销往世界各地。"),
             ("Düren", "迪伦"), "Thomas Braun", "town", status_zh=T.NEEDS_REVIEW),
    DemoWork(0, ("Wochenende am Badesee", "游泳湖畔的周末"),
             ("Baden, Segeln und Grillen am Rand der Stadt.",
              "在城市边缘游泳、驾帆和烧烤。"),
             ("Dürener Badesee", "迪伦游泳湖"), "Maria Wirtz", "lake"),
    DemoWork(0, ("Brunnen am Kaiserplatz", "皇帝广场上的喷泉"),
             ("Im Sommer spielen hier die Kinder am Wasser.",
              "夏天，孩子们在这里的水边嬉戏。"),
             ("Kaiserplatz, Düren", "迪伦皇帝广场"), "Anna Schmitz", "town"),
    DemoWork(0, ("Bahnbrücke über die Rur", "鲁尔河上的铁路桥"),
             ("Die Züge nach Köln überqueren hier den Fluss.",
              "开往科隆的列车在这里跨过河流。"),
             ("Düren", "迪伦"), "Jürgen Hoffmann", "river"),
    DemoWork(0, ("Stadtpark im Frühling", "春天的城市公园"),
             ("Erstes Grün am Teich.",
              "池塘边初绽的新绿。"),
             ("Stadtpark, Düren", "迪伦城市公园"), "Peter Lennartz", "park"),
    DemoWork(0, ("Gürzenich", "居尔策尼希"),
             ("Ein Dorf in der Stadt: Fachwerk und Felder.",
              "城中之村：木桁架房屋与田野。"),
             ("Gürzenich, Düren", "迪伦居尔策尼希"), "Sabine Kreutzer", "fields"),
    DemoWork(0, ("Über den Dächern", "屋顶之上"),
             ("Die Innenstadt von oben, am Horizont die Eifel.",
              "俯瞰市中心，远方是艾费尔山。"),
             ("Düren", "迪伦"), "Thomas Braun", "town"),
    DemoWork(0, ("St. Marien", "圣母堂"),
             ("Der Turm von St. Marien über den Dächern der Nordstadt.",
              "圣母堂的钟楼高耸于北城的屋顶之上。"),
             ("Düren-Nord", "迪伦北城"), "Maria Wirtz", "church", portrait=True),
    DemoWork(0, ("Christuskirche", "基督教堂"),
             ("Die evangelische Hauptkirche der Stadt.",
              "城中主要的新教教堂。"),
             ("Düren", "迪伦"), "Anna Schmitz", "church", portrait=True),
    DemoWork(0, ("Schützenfest", "射击节"),
             ("Der Umzug der Schützen zieht durch die Straßen.",
              "射击协会的游行队伍穿过街道。"),
             ("Düren", "迪伦"), "Jürgen Hoffmann", "town", status_zh=T.DRAFT),
    DemoWork(0, ("Herbst an der Rur", "鲁尔河的秋天"),
             ("Nebel über dem Wasser am frühen Morgen.",
              "清晨，水面上笼罩着薄雾。"),
             ("Düren", "迪伦"), "Peter Lennartz", "river"),
    DemoWork(0, ("Straßencafé am Markt", "集市旁的露天咖啡馆"),
             ("Ein Kaffee nach dem Einkauf.",
              "购物之后喝一杯咖啡。"),
             ("Marktplatz, Düren", "迪伦集市广场"), "Sabine Kreutzer", "town"),
    DemoWork(1, ("Die Rur bei Niederau", "尼德劳附近的鲁尔河"),
             ("Die Rur fließt aus dem Hohen Venn durch Düren zur Maas.",
              "鲁尔河发源于高沼地，流经迪伦，最终汇入马斯河。"),
             ("Niederau, Kreuzau", "克罗伊曹县尼德劳"), "Peter Lennartz", "river"),
    DemoWork(1, ("Burg Nideggen", "尼德根城堡"),
             ("Die Burg aus dem 12. Jahrhundert thront über dem Rurtal.",
              "这座建于十二世纪的城堡高踞于鲁尔河谷之上。"),
             ("Nideggen", "尼德根"), "Jürgen Hoffmann", "castle"),
    DemoWork(1, ("Rursee", "鲁尔湖"),
             ("Der Rursee ist einer der größten Stauseen Deutschlands.",
              "鲁尔湖是德国最大的水库之一。"),
             ("Schwammenauel, Heimbach", "海姆巴赫施瓦门奥厄尔"), "Anna Schmitz", "lake"),
    DemoWork(1, ("Heimbach", "海姆巴赫"),
             ("Das kleinste Städtchen im Kreis, mit einem Wasserkraftwerk im Jugendstil.",
              "县内最小的城镇，拥有一座新艺术风格的水电站。"),
             ("Heimbach", "海姆巴赫"), "Maria Wirtz", "river"),
    DemoWork(1, ("Felder bei Vettweiß", "韦特韦斯附近的田野"),
             ("Zuckerrüben und Weizen in der Börde zwischen Düren und Zülpich.", ""),
             ("Vettweiß", "韦特韦斯"), "Peter Lennartz", "fields", status_zh=T.MISSING),
    DemoWork(1, ("Indemann", "因德曼瞭望塔"),
             ("Der Indemann blickt über den Tagebau Inden.",
              "因德曼瞭望塔俯瞰着因登露天矿。"),
             ("Inden", "因登"), "Jürgen Hoffmann", "fields", status_zh=T.DRAFT),
    DemoWork(1, ("Zitadelle Jülich", "于利希要塞"),
             ("Die Festung der Renaissance beherbergt heute ein Gymnasium.",
              "这座文艺复兴时期的要塞如今是一所文理中学的校址。"),
             ("Jülich", "于利希"), "Thomas Braun", "castle"),
    DemoWork(1, ("Brückenkopf-Park", "桥头堡公园"),
             ("Ein Park in den alten Festungswerken an der Rur.",
              "鲁尔河畔旧要塞工事中的公园。"),
             ("Jülich", "于利希"), "Maria Wirtz", "park"),
    DemoWork(1, ("Töpfereimuseum", "陶器博物馆"),
             ("Langerwehe war jahrhundertelang ein Ort der Töpfer.",
              "几百年来，朗格韦厄一直是陶匠聚居之地。"),
             ("Langerwehe", "朗格韦厄"), "Anna Schmitz", "town"),
    DemoWork(1, ("Kreuzau an der Rur", "鲁尔河畔的克罗伊曹"),
             ("Die Rur zwischen Papierfabriken und Fachwerkhäusern.",
              "鲁尔河流经造纸厂与木桁架房屋之间。"),
             ("Kreuzau", "克罗伊曹"), "Peter Lennartz", "river"),
    DemoWork(1, ("Stausee Obermaubach", "上毛巴赫水库"),
             ("Der kleine Stausee am Fuß der Eifel.",
              "艾费尔山脚下的小水库。"),
             ("Obermaubach, Kreuzau", "克罗伊曹上毛巴赫"), "Jürgen Hoffmann", "lake"),
    DemoWork(1, ("Hürtgenwald", "许特根瓦尔德"),
             ("Dunkle Fichten und stille Wege.",
              "幽暗的云杉林和寂静的小路。"),
             ("Hürtgenwald", "许特根瓦尔德"), "Sabine Kreutzer", "park"),
    DemoWork(1, ("Felsen bei Nideggen", "尼德根的岩壁"),
             ("Roter Buntsandstein über dem Rurtal.",
              "鲁尔河谷上方的红色砂岩。"),
             ("Nideggen", "尼德根"), "Thomas Braun", "castle"),
    DemoWork(1, ("Abtei Mariawald", "玛利亚瓦尔德修道院"),
             ("Das Kloster über Heimbach war lange für seine Erbsensuppe bekannt.",
              "海姆巴赫上方的这座修道院长期以豌豆汤闻名。"),
             ("Heimbach", "海姆巴赫"), "Maria Wirtz", "church", portrait=True),
    DemoWork(1, ("Segelboote auf dem Rursee", "鲁尔湖上的帆船"),
             ("Ein Sommertag auf dem Wasser.",
              "水上的夏日。"),
             ("Rursee", "鲁尔湖"), "Anna Schmitz", "lake"),
    DemoWork(1, ("Staumauer Schwammenauel", "施瓦门奥厄尔大坝"),
             ("Die Staumauer hält das Wasser des Rursees.",
              "这座大坝拦蓄着鲁尔湖的湖水。"),
             ("Schwammenauel, Heimbach", "海姆巴赫施瓦门奥厄尔"), "Peter Lennartz", "lake"),
    DemoWork(1, ("Tagebau Inden", "因登露天矿"),
             ("Braunkohle bis zum Horizont.",
              "褐煤矿一直延伸到地平线。"),
             ("Inden", "因登"), "Jürgen Hoffmann", "fields"),
    DemoWork(1, ("Schloss Merode", "梅罗德宫"),
             ("Das Wasserschloss bei Langerwehe, im Advent mit Weihnachtsmarkt.",
              "朗格韦厄附近的水上宫殿，将临期间有圣诞市场。"),
             ("Merode, Langerwehe", "朗格韦厄梅罗德"), "Sabine Kreutzer", "castle"),
    DemoWork(1, ("Felder bei Nörvenich", "讷韦尼希附近的田野"),
             ("Weite Felder in der Zülpicher Börde.",
              "聚尔皮希平原上辽阔的田野。"),
             ("Nörvenich", "讷韦尼希"), "Thomas Braun", "fields"),
    DemoWork(1, ("Obstwiesen in Merzenich", "默尔策尼希的果园草地"),
             ("Alte Apfelbäume am Dorfrand.",
              ""),
             ("Merzenich", "默尔策尼希"), "Maria Wirtz", "park", status_zh=T.MISSING),
    DemoWork(1, ("Windräder bei Niederzier", "尼德尔齐尔附近的风力发电机"),
             ("Windräder über der Börde.",
              "平原上的风力发电机。"),
             ("Niederzier", "尼德尔齐尔"), "Anna Schmitz", "fields"),
    DemoWork(1, ("Linnich an der Rur", "鲁尔河畔的林尼希"),
             ("Linnich ist für sein Glasmalerei-Museum bekannt.",
              "林尼希以其玻璃画博物馆而闻名。"),
             ("Linnich", "林尼希"), "Peter Lennartz", "river"),
    DemoWork(1, ("Weite bei Aldenhoven", "阿尔登霍芬的旷野"),
             ("Blick über das frühere Bergbaugebiet.",
              "眺望昔日的采矿区。"),
             ("Aldenhoven", "阿尔登霍芬"), "Jürgen Hoffmann", "fields"),
    DemoWork(1, ("Burg Hengebach", "亨格巴赫城堡"),
             ("Die Burg wacht über dem Städtchen Heimbach.",
              "城堡守望着海姆巴赫小城。"),
             ("Heimbach", "海姆巴赫"), "Sabine Kreutzer", "castle"),
    DemoWork(1, ("Buchen am Kermeter", "克尔梅特的山毛榉林"),
             ("Buchenwald im Nationalpark Eifel.",
              "艾费尔国家公园里的山毛榉林。"),
             ("Kermeter, Heimbach", "海姆巴赫克尔梅特"), "Thomas Braun", "park"),
)  # fmt: skip

CAMERAS = (
    ("Canon", "Canon EOS 6D Mark II", "EF24-105mm f/4L IS II USM"),
    ("FUJIFILM", "X-T3", "XF16-55mmF2.8 R LM WR"),
    ("NIKON CORPORATION", "NIKON Z 6", "NIKKOR Z 24-70mm f/4 S"),
)  # fmt: skip


def create_demo(
    path: Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    *,
    jobs: int | None = None,
) -> Path:
    """Make the demo project at ``path`` (a new folder); return the project folder."""
    from exhibit.ingest.importer import ImportJob, ImportOptions

    path = Path(path)
    photos = path / "Fotos"
    titles = {"de": EXHIBITION["title"][0], "zh-Hans": EXHIBITION["title"][1]}
    with Catalogue.create(path, titles) as cat:
        photos.mkdir()
        files = [_write_photo(photos, i, w) for i, w in enumerate(WORKS)]
        _fill_exhibition(cat)
        sections = [cat.add_section({"de": de, "zh-Hans": zh}) for de, zh in SECTIONS]
        job = ImportJob(cat, files, ImportOptions(jobs=jobs))
        report = job.run(progress, cancel or CancelToken())
        if report.cancelled:
            raise Cancelled()
        ids = {o.path: o.work_id for o in report.outcomes if o.work_id is not None}
        if len(ids) < len(files):
            raise DemoIncomplete(_incomplete(len(files), report))
        for file, work in zip(files, WORKS, strict=True):
            _fill_work(cat, ids[str(file)], work, sections[work.section].id)
        _fill_loan(cat)
    return path


class DemoIncomplete(ExhibitError):
    """The demo's import did not take every photo the demo made."""

    code = "demo_incomplete"


def _incomplete(made: int, report) -> str:
    imported = sum(1 for o in report.outcomes if o.work_id is not None)
    failures = [o for o in report.outcomes if o.work_id is None]
    first = f" (first: {failures[0].message or failures[0].reason})" if failures else ""
    return (
        f"the demo made {made} photos but only {imported} were imported{first}; "
        "the demo exhibition is incomplete"
    )


@dataclass(frozen=True, slots=True)
class DemoResult:
    """The demo project, its number of works, and its catalogue PDF when one was exported."""

    path: Path
    works: int
    catalogue: Path | None = None
    pages: int = 0


class DemoJob:
    """Make the demo exhibition in ``path`` and export its catalogue into it (``Katalog.pdf``).

    A job like the import: ``check`` says what it will do (and refuses a folder that is not
    empty), ``run(progress, cancel)`` makes the photos, imports them, fills the captions, then
    exports; its progress phases are the import's ("import") and the export's.
    """

    CATALOGUE_NAME = "Katalog.pdf"

    def __init__(self, path: Path, *, catalogue: bool = True, jobs: int | None = None) -> None:
        self.path = Path(path)
        self.catalogue = catalogue
        self.jobs = jobs

    def check(self) -> Plan:
        errors = ()
        if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
            errors = (f"{self.path}: the folder exists and is not empty",)
        what = "the demo exhibition and its catalogue" if self.catalogue else "the demo exhibition"
        return Plan(f"make {what} in {self.path}", len(WORKS), errors)

    def run(self, progress: ProgressCallback, cancel: CancelToken) -> DemoResult:
        plan = self.check()
        if plan.errors:
            raise ExhibitError(plan.errors[0])
        create_demo(self.path, progress, cancel, jobs=self.jobs)
        if not self.catalogue:
            return DemoResult(self.path, len(WORKS))
        from exhibit.export.catalogue.job import CatalogueExport
        from exhibit.export.source import catalogue_source

        cancel.raise_if_cancelled()
        with Catalogue.open(self.path, backup=False) as cat:
            out = self.path / self.CATALOGUE_NAME
            export = CatalogueExport(
                catalogue_source(cat), out, cache_dir=cat.paths.print_cache, force=True
            )
            result = export.run(progress, cancel)
        return DemoResult(self.path, len(WORKS), result.path, result.pages)


def _fill_exhibition(cat: Catalogue) -> None:
    for name, (de, zh) in EXHIBITION.items():
        cat.set_text(Owner.EXHIBITION, 1, name, "de", de, T.APPROVED)
        cat.set_text(Owner.EXHIBITION, 1, name, "zh-Hans", zh, T.APPROVED)
    cat.set_exhibition_date("opening", "2026-09-18")
    cat.set_exhibition_date("closing", "2026-10-25")


def _fill_work(cat: Catalogue, work_id: int, w: DemoWork, section_id: int) -> None:
    with cat.transaction():
        for name in ("title", "caption", "location"):
            de, zh = getattr(w, name)
            cat.set_text(Owner.WORK, work_id, name, "de", de, T.APPROVED)
            if zh:
                cat.set_text(Owner.WORK, work_id, name, "zh-Hans", zh, w.status_zh)
        cat.set_text(Owner.WORK, work_id, "credit", "de", "Fotofreunde Düren e.V.", T.APPROVED)
        cat.set_text(Owner.WORK, work_id, "credit", "zh-Hans", "迪伦摄影之友协会", T.APPROVED)
        cat.set_field([work_id], "photographer", w.photographer)
        width, height = (40.0, 60.0) if w.portrait else (60.0, 40.0)
        cat.set_field([work_id], "print_width_cm", width)
        cat.set_field([work_id], "print_height_cm", height)
        cat.set_field([work_id], "edition", "1/1")
        cat.set_field([work_id], "insurance_value", 450.0)
        cat.set_text(Owner.WORK, work_id, "process", "de", "Pigmentdruck auf Barytpapier")
        cat.set_text(Owner.WORK, work_id, "process", "zh-Hans", "纯棉纸艺术微喷")
        for name, value in zip(("mount", "frame"), (10.0, 12.0), strict=True):
            cat.set_field([work_id], f"{name}_width_cm", width + value)
            cat.set_field([work_id], f"{name}_height_cm", height + value)
        cat.set_field([work_id], "frame_depth_cm", 3.0)
        cat.set_tags([work_id], [w.scene, "Düren"])
        cat.set_loan_status([work_id], LoanStatus.SELECTED)
        cat.set_loan_status([work_id], LoanStatus.PRINTED)
        cat.move_works([work_id], section_id)


LOAN_TEXTS = {
    "borrower": ("Ausstellungs- und Dienstleistungszentrum Jinhua", "金华市展览服务中心"),
    "borrower_address": (
        "Bayi-Nordstraße 1, Jinhua, Zhejiang, China",
        "中国浙江省金华市八一北街1号",
    ),
    "borrower_contact": ("Frau Li Na, Ausstellungsabteilung", "展览部 李娜女士"),
    "loan_purpose": (
        "Ausstellung „Düren – Bilder einer Stadt und ihres Kreises“ zur Städtepartnerschaft",
        "友好城市摄影展《迪伦——一座城市及其县域的影像》",
    ),
    "loan_conditions": (
        "Die Werke bleiben gerahmt und hinter Glas. Höchstens 50 Lux, 18–22 °C, 45–55 % "
        "relative Luftfeuchte. Keine Fotografie mit Blitz. Zustandsprüfung bei jeder Übergabe.",
        "作品须保持装框及玻璃保护。照度不超过50勒克斯，温度18至22摄氏度，相对湿度45%至55%。"
        "禁止使用闪光灯拍摄。每次交接时均须检查品相。",
    ),
    "credit_line": ("Leihgabe der Fotofreunde Düren e.V.", "迪伦摄影之友协会惠借"),
}
LOAN_FIELDS = {
    "loan_number": "LO-2026-001",
    "lender_authoriser": "Dr. Hanna Kessel, Vorsitzende",
    "dispatch_date": "2026-08-24",
    "return_due": "2026-11-30",
    "shipper": "Rhein-Ruhr Kunstspedition GmbH",
    "cover": "insurance",
    "insurer": "Provinzial Rheinland Versicherung",
    "policy_number": "KV-2026-04711",
    "loan_currency": "EUR",
    "insurance_excess": 250.0,
}


CRATE_FRAMES = 10  # framed 60 x 40 cm prints standing in one 95 x 80 x 45 cm crate


def _fill_loan(cat: Catalogue) -> None:
    """The loan record, crates of ten frames and the checks at dispatch and (crate 1) arrival."""
    for name, (de, zh) in LOAN_TEXTS.items():
        cat.set_text(Owner.EXHIBITION, 1, name, "de", de, T.APPROVED)
        cat.set_text(Owner.EXHIBITION, 1, name, "zh-Hans", zh, T.APPROVED)
    for name, value in LOAN_FIELDS.items():
        cat.set_exhibition_field(name, value)
    works = cat.works()
    groups = [works[i : i + CRATE_FRAMES] for i in range(0, len(works), CRATE_FRAMES)]
    for number, group in enumerate(groups, 1):
        cat.put_crate(Crate(str(number), 95, 80, 45, 14.0 + 4.5 * len(group)))
        cat.set_field([w.id for w in group], "crate", str(number))
    half = len(groups[0])
    good = tuple((zone, Grade.GOOD) for zone in Zone)
    checks = [
        ConditionCheck(HandOver.DISPATCH, date(2026, 8, 24), "Düren", "Hanna Kessel", good,
                       work_id=w.id)
        for w in works
    ]  # fmt: skip
    worse = tuple((z, Grade.FAIR if z is Zone.FRAME else g) for z, g in good)
    checks += [
        ConditionCheck(HandOver.ARRIVAL, date(2026, 9, 2), "金华", "李娜",
                       worse if n == 1 else good,
                       "画框左下角有轻微擦痕。" if n == 1 else "", work_id=w.id)
        for n, w in enumerate(works[:half])
    ]  # fmt: skip
    cat.add_condition_checks(checks)


# ----------------------------------------------------------------------- photos


def _write_photo(folder: Path, index: int, work: DemoWork) -> Path:
    rng = random.Random(index * 7919 + 3)
    size = (2400, 1600)
    img = _scene(work.scene, size, rng)
    if work.portrait:
        img = img.crop((700, 0, 1767, 1600))  # upright 1067 x 1600
        stored = img.transpose(Image.Transpose.ROTATE_90)  # camera held sideways
        orientation = 6
    else:
        stored, orientation = img, 1
    name = f"{index + 1:02d} {work.title[0]}.jpg"
    target = folder / name
    stored.save(target, "JPEG", quality=88, exif=_exif(index, work, orientation, rng))
    return target


def _scene(kind: str, size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = size
    horizon = int(h * rng.uniform(0.42, 0.58))
    img = _gradient(size, _sky_colours(rng), horizon)
    draw = ImageDraw.Draw(img)
    _hills(draw, w, horizon, rng)
    ground = (92, 120, 70) if kind in ("park", "fields", "castle") else (120, 112, 100)
    draw.rectangle((0, horizon, w, h), fill=ground)
    if kind in ("river", "lake"):
        _water(draw, w, h, horizon, kind == "lake")
    if kind in ("town", "church", "castle"):
        _buildings(draw, w, horizon, rng, tower=kind != "town")
    if kind in ("park", "fields"):
        _trees(draw, w, h, horizon, rng, autumn=kind == "park")
    noise = Image.effect_noise(size, 18).convert("RGB")
    img = Image.blend(img, noise, 0.06).filter(ImageFilter.GaussianBlur(0.8))
    return img


def _sky_colours(rng: random.Random) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    top = (rng.randint(50, 90), rng.randint(100, 140), rng.randint(170, 220))
    low = (rng.randint(200, 240), rng.randint(190, 225), rng.randint(170, 215))
    return top, low


def _gradient(size, colours, horizon: int) -> Image.Image:
    (r0, g0, b0), (r1, g1, b1) = colours
    column = Image.new("RGB", (1, size[1]))
    for y in range(size[1]):
        t = min(1.0, y / max(1, horizon))
        column.putpixel(
            (0, y), (int(r0 + (r1 - r0) * t), int(g0 + (g1 - g0) * t), int(b0 + (b1 - b0) * t))
        )
    return column.resize(size)


def _hills(draw, w: int, horizon: int, rng: random.Random) -> None:
    for layer in range(3):
        shade = 70 + layer * 25
        pts = [(0, horizon)]
        for x in range(0, w + 200, 200):
            pts.append((x, horizon - rng.randint(20, 140 - layer * 30)))
        pts.append((w, horizon))
        draw.polygon(pts, fill=(shade - 20, shade + 10, shade - 30))


def _water(draw, w: int, h: int, horizon: int, lake: bool) -> None:
    if lake:
        draw.rectangle((0, horizon, w, h), fill=(70, 110, 150))
        return
    pts = [(w * 0.45, horizon), (w * 0.55, horizon), (w * 0.9, h), (w * 0.1, h)]
    draw.polygon(pts, fill=(80, 120, 155))


def _buildings(draw, w: int, horizon: int, rng: random.Random, tower: bool) -> None:
    x = 0
    while x < w:
        bw, bh = rng.randint(120, 320), rng.randint(150, 420)
        colour = tuple(rng.randint(150, 215) for _ in range(3))
        draw.rectangle((x, horizon - bh, x + bw, horizon + 40), fill=colour)
        draw.polygon(
            [(x - 10, horizon - bh), (x + bw // 2, horizon - bh - 70), (x + bw + 10, horizon - bh)],
            fill=(120, 60, 50),
        )
        for wy in range(horizon - bh + 30, horizon, 60):
            for wx in range(x + 20, x + bw - 30, 50):
                draw.rectangle((wx, wy, wx + 22, wy + 34), fill=(60, 70, 90))
        x += bw + rng.randint(10, 60)
    if tower:
        cx = w // 2
        draw.rectangle(
            (cx - 70, horizon - int(horizon * 0.55), cx + 70, horizon), fill=(170, 150, 130)
        )
        draw.polygon(
            [
                (cx - 90, horizon - int(horizon * 0.55)),
                (cx, horizon - int(horizon * 0.8)),
                (cx + 90, horizon - int(horizon * 0.55)),
            ],
            fill=(80, 95, 90),
        )


def _trees(draw, w: int, h: int, horizon: int, rng: random.Random, autumn: bool) -> None:
    palette = [(200, 150, 40), (190, 70, 40), (160, 120, 40)] if autumn else [(60, 110, 50)]
    for _ in range(40):
        x, y = rng.randint(0, w), rng.randint(horizon - 20, h)
        r = rng.randint(30, 90) * (0.5 + (y - horizon) / h)
        draw.rectangle((x - 6, y, x + 6, y + r * 1.2), fill=(80, 60, 40))
        draw.ellipse((x - r, y - r * 1.4, x + r, y + r * 0.4), fill=rng.choice(palette))


def _exif(index: int, work: DemoWork, orientation: int, rng: random.Random) -> bytes:
    make, model, lens = CAMERAS[index % len(CAMERAS)]
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = orientation
    # UTF-8 bytes: Pillow would write a str as ASCII with "?" for every umlaut and "©"
    exif[0x013B] = work.photographer.encode("utf-8")
    exif[0x8298] = f"© 2025 {work.photographer}, Fotofreunde Düren e.V.".encode()
    sub = exif.get_ifd(0x8769)
    month, day = 3 + index % 8, 1 + (index * 3) % 27
    sub[0x9003] = f"2025:{month:02d}:{day:02d} {9 + index % 8:02d}:{(index * 7) % 60:02d}:00"
    sub[0x829A] = IFDRational(1, rng.choice((125, 250, 500, 1000)))
    sub[0x829D] = IFDRational(rng.choice((56, 80, 110)), 10)
    sub[0x8827] = rng.choice((100, 200, 400))
    sub[0x920A] = IFDRational(rng.choice((24, 35, 50, 85)), 1)
    sub[0xA434] = lens
    gps = exif.get_ifd(0x8825)
    lat, lon = 50.80 + rng.uniform(-0.2, 0.05), 6.48 + rng.uniform(-0.1, 0.1)
    gps[1], gps[2] = "N", _dms(lat)
    gps[3], gps[4] = "E", _dms(lon)
    return exif.tobytes()


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 100)
    return (IFDRational(degrees), IFDRational(minutes), IFDRational(seconds, 100))
