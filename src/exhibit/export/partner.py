"""The partner package: one file a curator can mail, carry or put in a shared folder.

``FILE.exhibit-pkg`` is a ZIP holding

- ``manifest.json``: format, exhibition id, package id, the sender's revision, office and
  author, when it was made, and the SHA-256 of every other member;
- ``catalogue.sqlite``: a copy of the catalogue made with SQLite's backup API (with its
  per-field history, so the receiver can find the common base of every field);
- ``previews/<sha256>.jpg``: every photo at about 2048 px on its long edge (sRGB, upright),
  made from the original, never the original itself.

Nothing else: no scripts, no other file types. Reading a package checks every member against
the manifest before anything is used, so a truncated or altered file changes nothing.
``unpack_package`` makes a full project of it (originals marked as not present);
``merge_package`` merges it into an open catalogue, field by field (core.exchange).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import re
import shutil
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from exhibit import __version__
from exhibit.core.errors import ExhibitError, ProjectExistsError
from exhibit.core.exchange import PRESENT, ForeignPackageError, MergePlan, plan_merge
from exhibit.core.jobs import (
    CancelToken,
    Progress,
    ProgressCallback,
    no_progress,
    worker_start_method,
)
from exhibit.core.project import CATALOGUE_FILE, temp_beside, thumbnail_name
from exhibit.core.schema import foreign_schema
from exhibit.core.store import Catalogue
from exhibit.core.store_backups import make_backup
from exhibit.core.threeway import same
from exhibit.imaging import (
    TRANSPOSE,
    ImageRejected,
    check_pixels,
    eight_bit,
    on_white,
    open_image,
    orientation_of,
    to_srgb,
)

FORMAT = "exhibit-package"
FORMAT_VERSION = 1
SUFFIX = ".exhibit-pkg"
MANIFEST = "manifest.json"
PREVIEW_EDGE = 2048
PREVIEW_QUALITY = 80
THUMB_EDGE = 512
IN_PROCESS_BELOW = 8  # fewer photos than this: starting worker processes costs more than it saves
MAX_PIXELS = 200_000_000
MAX_MEMBER_BYTES = 2 << 30  # a catalogue or preview larger than this is not one of ours
_PREVIEW_NAME = re.compile(r"previews/[0-9a-f]{64}\.jpg")


class PackageError(ExhibitError):
    """The package cannot be used: truncated, altered, not a package, or unsafe."""

    code = "package_unusable"


@dataclass(frozen=True, slots=True)
class Manifest:
    exhibition: str
    package: str
    revision: int
    office: str
    author: str
    created: str
    works: int
    members: dict[str, str] = field(default_factory=dict)  # name -> sha256
    format_version: int = FORMAT_VERSION
    app_version: str = ""
    replica: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "format_version": self.format_version,
                "app_version": self.app_version,
                "exhibition": self.exhibition,
                "package": self.package,
                "base_revision": self.revision,
                "sender_replica": self.replica,
                "sender_office": self.office,
                "sender_author": self.author,
                "created": self.created,
                "works": self.works,
                "members": self.members,
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, data: bytes, name: str) -> Manifest:
        try:
            d = json.loads(data.decode("utf-8"))
            if d.get("format") != FORMAT:
                raise PackageError(f"{name}: not an Exhibit partner package")
            if int(d["format_version"]) > FORMAT_VERSION:
                raise PackageError(
                    f"{name} was made by a newer version of Exhibit (package format "
                    f"{d['format_version']}); please update Exhibit"
                )
            members = d["members"]
            if not isinstance(members, dict):
                raise TypeError("members")
            return cls(
                exhibition=str(d["exhibition"]),
                package=str(d["package"]),
                revision=int(d["base_revision"]),
                office=str(d.get("sender_office", "")),
                author=str(d.get("sender_author", "")),
                created=str(d["created"]),
                works=int(d.get("works", 0)),
                members={str(k): str(v) for k, v in members.items()},
                format_version=int(d["format_version"]),
                app_version=str(d.get("app_version", "")),
                replica=str(d.get("sender_replica", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise PackageError(f"{name}: the manifest is damaged ({exc})") from exc


@dataclass(frozen=True, slots=True)
class PackageReport:
    path: Path
    manifest: Manifest
    size: int
    previews: int
    missing_previews: tuple[int, ...] = ()  # catalogue numbers without an original or preview


# --------------------------------------------------------------------------- previews


def make_preview(data: bytes, edge: int = PREVIEW_EDGE, name: str = "the photo") -> bytes:
    """A screen-sized JPEG of a photo: sRGB, upright, long edge ``edge`` at most."""
    im = open_image(data, name)
    check_pixels(im.size, MAX_PIXELS, name)
    orientation = orientation_of(im)
    w, h = im.size
    ratio = edge / max(w, h)
    if im.format in ("JPEG", "MPO") and ratio < 1:
        # DCT scaling: decode at the smallest 1/2, 1/4 or 1/8 that is still at least edge
        im.draft(im.mode, (max(1, int(w * ratio)), max(1, int(h * ratio))))
    im.load()
    icc = im.info.get("icc_profile")
    im = eight_bit(im)
    im.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
    im = on_white(to_srgb(im, icc))
    if orientation in TRANSPOSE:
        im = im.transpose(TRANSPOSE[orientation])
    out = io.BytesIO()
    im.save(out, "JPEG", quality=PREVIEW_QUALITY)
    return out.getvalue()


def preview_task(original: str, preview: str) -> bytes | None:
    """A package preview from the original when it is here, else the preview this copy got
    from a package (a partner's copy has no originals). Runs in a worker process."""
    try:
        data = Path(original).read_bytes()
    except OSError:
        data = None
    if data is not None:
        try:
            return make_preview(data, name=Path(original).name)
        except (ImageRejected, OSError, ValueError, SyntaxError):
            pass  # a damaged original: the preview that came with a package, if any
    try:
        return Path(preview).read_bytes()
    except OSError:
        return None


def _previews(tasks: list[tuple[str, str]], jobs: int | None) -> Iterator[bytes | None]:
    """Previews in the order of ``tasks``: in worker processes (``jobs``; 0: this process)."""
    if jobs == 0 or len(tasks) < IN_PROCESS_BELOW:
        for task in tasks:
            yield preview_task(*task)
        return
    workers = min(jobs or os.cpu_count() or 1, len(tasks))
    context = multiprocessing.get_context(worker_start_method())
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(preview_task, *task) for task in tasks]
        try:
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()


# --------------------------------------------------------------------------- making


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class PackagePlan:
    """What a package job needs, read from the catalogue on its owner's thread: a snapshot of
    the catalogue (in a temporary folder the job removes) and, per photo, where its original
    and any preview are."""

    folder: Path
    package_id: str
    photos: tuple[tuple[str, str, str, tuple[int, ...]], ...]  # sha, original, preview, numbers
    manifest: Manifest  # without members yet

    @property
    def snapshot(self) -> Path:
        return self.folder / CATALOGUE_FILE


def plan_package(cat: Catalogue, package_id: str | None = None) -> PackagePlan:
    """Snapshot the catalogue and list the photos (on the thread that owns the catalogue)."""
    works = cat.works()
    by_sha: dict[str, list] = {}
    for w in works:
        by_sha.setdefault(w.original.sha256, []).append(w)
    photos = tuple(
        (
            sha,
            str(cat.original_path(ws[0])),
            str(cat.paths.preview(sha)),
            tuple(w.number for w in ws),
        )
        for sha, ws in by_sha.items()
    )
    folder = Path(tempfile.mkdtemp(prefix="exhibit-pkg-"))
    try:
        cat.snapshot_to(folder / CATALOGUE_FILE)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    manifest = Manifest(
        exhibition=cat.exhibition_uid,
        package=package_id or str(uuid.uuid4()),
        revision=cat.revision,
        office=cat.office,
        author=cat.author,
        created="",
        works=len(works),
        app_version=__version__,
        replica=cat.replica_id,
    )
    return PackagePlan(folder, manifest.package, photos, manifest)


def write_package(
    plan: PackagePlan,
    out: Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    *,
    jobs: int | None = None,
) -> PackageReport:
    """Write a planned package to ``out`` (replaced only when complete); any thread.

    Previews are made from the originals in worker processes. The plan's folder is removed.
    """
    out = Path(out)
    if out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    members: dict[str, str] = {}
    missing: list[int] = []
    done: set[str] = set()
    part = temp_beside(out)  # a killed export's leftover is removed first
    started = datetime.now().timestamp()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(part, "w") as zf:
            data = plan.snapshot.read_bytes()
            members[CATALOGUE_FILE] = _sha256(data)
            zf.writestr(CATALOGUE_FILE, data, compress_type=zipfile.ZIP_DEFLATED)
            tasks = [(original, preview) for _sha, original, preview, _n in plan.photos]
            total = len(plan.photos)
            for i, (photo, preview) in enumerate(
                zip(plan.photos, _previews(tasks, jobs), strict=True)
            ):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                sha, original, _p, numbers = photo
                progress(Progress(i + 1, total, original, datetime.now().timestamp() - started))
                if preview is None:
                    missing.extend(numbers)
                    continue
                name = f"previews/{thumbnail_name(sha)}"
                members[name] = _sha256(preview)
                zf.writestr(name, preview, compress_type=zipfile.ZIP_STORED)
                done.add(sha)
            manifest = replace(
                plan.manifest,
                created=datetime.now(UTC).isoformat(timespec="seconds"),
                members=members,
            )
            zf.writestr(MANIFEST, manifest.to_json(), compress_type=zipfile.ZIP_DEFLATED)
        os.replace(part, out)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    finally:
        shutil.rmtree(plan.folder, ignore_errors=True)
    return PackageReport(out, manifest, out.stat().st_size, len(done), tuple(sorted(missing)))


def make_package(
    cat: Catalogue,
    out: Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    *,
    jobs: int | None = None,
    package_id: str | None = None,
) -> PackageReport:
    """Plan and write a package on this thread (see ``send_package``, which records it)."""
    return write_package(plan_package(cat, package_id), out, progress, cancel, jobs=jobs)


def send_package(
    cat: Catalogue,
    out: Path,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    *,
    jobs: int | None = None,
) -> PackageReport:
    """Record a package as sent and write it (both on the calling thread).

    Recording first keeps the history rows the package holds: they may be a common base.
    """
    package_id = str(uuid.uuid4())
    cat.record_exchange(package_id, "sent")
    return make_package(cat, out, progress, cancel, jobs=jobs, package_id=package_id)


# --------------------------------------------------------------------------- reading


def read_manifest(path: Path) -> Manifest:
    """Check a package completely (every member against the manifest) and return its manifest.

    Raises PackageError naming the file and the problem: not a ZIP or truncated, no manifest,
    a member missing, added, renamed or altered, a name that could escape the folder, or a
    file type that has no place in a package.
    """
    path = Path(path)
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackageError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageError(f"{name}: not a complete package (truncated or damaged: {exc})") from exc
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if MANIFEST not in names:
            raise PackageError(f"{name}: not an Exhibit partner package (no {MANIFEST})")
        if len(set(names)) != len(names):
            raise PackageError(f"{name}: a member appears twice; the package was altered")
        try:
            manifest = Manifest.from_json(zf.read(MANIFEST), name)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
            raise PackageError(f"{name}: the manifest cannot be read ({exc})") from exc
        listed = set(manifest.members)
        present = set(names) - {MANIFEST}
        for member in sorted(listed | present):
            if member != CATALOGUE_FILE and not _PREVIEW_NAME.fullmatch(member):
                raise PackageError(
                    f"{name}: {member!r} has no place in a partner package (only the catalogue "
                    "and JPEG previews); the package was refused"
                )
        if listed - present:
            missing = ", ".join(sorted(listed - present)[:3])
            raise PackageError(f"{name}: incomplete, {missing} is missing (truncated?)")
        if present - listed:
            extra = ", ".join(sorted(present - listed)[:3])
            raise PackageError(f"{name}: {extra} is not in the manifest; the package was altered")
        if CATALOGUE_FILE not in present:
            raise PackageError(f"{name}: the catalogue is missing")
        for info in infos:
            if info.filename == MANIFEST:
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                raise PackageError(f"{name}: {info.filename} is implausibly large")
            digest = hashlib.sha256()
            try:
                with zf.open(info) as fh:
                    while chunk := fh.read(1 << 20):
                        digest.update(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                raise PackageError(
                    f"{name}: {info.filename} cannot be read (truncated or damaged: {exc})"
                ) from exc
            if digest.hexdigest() != manifest.members[info.filename]:
                raise PackageError(
                    f"{name}: {info.filename} does not match its checksum; the package was "
                    "altered or damaged on the way"
                )
    return manifest


def _extract(path: Path, manifest: Manifest, dest: Path, *, previews: bool) -> None:
    """Extract the checked members by name into a project folder layout."""
    with zipfile.ZipFile(path) as zf:
        (dest / CATALOGUE_FILE).write_bytes(zf.read(CATALOGUE_FILE))
        _check_schema(dest / CATALOGUE_FILE, path.name)
        if not previews:
            return
        folder = dest / "cache" / "previews"
        thumbs = dest / "cache" / "thumbnails"
        folder.mkdir(parents=True, exist_ok=True)
        thumbs.mkdir(parents=True, exist_ok=True)
        for member in manifest.members:
            if member == CATALOGUE_FILE:
                continue
            data = zf.read(member)
            leaf = member.rsplit("/", 1)[1]  # checked: previews/<64 hex>.jpg
            (folder / leaf).write_bytes(data)
            # a preview that will not shrink: the grid shows a placeholder, the preview stays
            with contextlib.suppress(ImageRejected, OSError, ValueError, SyntaxError):
                (thumbs / leaf).write_bytes(make_preview(data, THUMB_EDGE, leaf))


def _check_schema(catalogue: Path, name: str) -> None:
    """A package's catalogue holds Exhibit's schema and nothing else: a view or trigger of its
    own would run inside this copy's catalogue on every later edit."""
    odd = foreign_schema(catalogue)
    if odd:
        raise PackageError(
            f"{name}: its catalogue holds {', '.join(odd[:4])}, which Exhibit does not make; "
            "the package was altered and was refused"
        )


@contextlib.contextmanager
def open_package(path: Path) -> Iterator[tuple[Manifest, Catalogue]]:
    """The package's catalogue, checked and opened read-only in spirit (a temporary copy)."""
    manifest = read_manifest(path)
    tmp = Path(tempfile.mkdtemp(prefix="exhibit-merge-"))
    try:
        _extract(Path(path), manifest, tmp, previews=False)
        theirs = Catalogue.open(tmp, backup=False)
        try:
            yield manifest, theirs
        finally:
            theirs.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def unpack_package(path: Path, dest: Path, office: str = "") -> Manifest:
    """Make a full project of a package in ``dest`` (which must not exist or be empty).

    The originals stay with the sender: works point at paths that are not here, and show and
    print from the previews (a print export at full resolution says so).
    """
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise ProjectExistsError(f"{dest}: the folder exists and is not empty")
    manifest = read_manifest(path)
    dest.mkdir(parents=True, exist_ok=True)
    try:
        _extract(Path(path), manifest, dest, previews=True)
        with Catalogue.open(dest, backup=False) as cat:
            if cat.exhibition_uid != manifest.exhibition:
                raise PackageError(f"{Path(path).name}: the manifest and catalogue disagree")
            cat.become_new_copy(office)
            cat.record_exchange(manifest.package, "merged")
    except BaseException:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return manifest


# --------------------------------------------------------------------------- merging


@dataclass(frozen=True, slots=True)
class FieldLine:
    """One field in a merge report: where, what on each side, and who changed it."""

    where: str  # "No. 3", "exhibition", "section 2"
    field: str
    lang: str
    ours: object
    theirs: object
    ours_by: str = ""
    theirs_by: str = ""
    work_uid: str = ""
    entity: str = "work"
    number: int | None = None  # the work's catalogue number (here, else in the package)


@dataclass(frozen=True, slots=True)
class MergeReport:
    package: str
    sender_office: str
    created: str
    dry_run: bool
    taken: tuple[FieldLine, ...] = ()
    conflicts: tuple[FieldLine, ...] = ()
    added_works: int = 0
    removed_works: int = 0
    added_sections: int = 0
    removed_sections: int = 0
    reordered: bool = False
    unchanged: int = 0
    kept_ours: int = 0
    same_change: int = 0
    notes: tuple[str, ...] = ()
    backup: str = ""
    condition_checks_added: int = 0  # checks recorded there that this copy lacked (all kept)

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.taken
            or self.conflicts
            or self.added_works
            or self.removed_works
            or self.added_sections
            or self.removed_sections
            or self.reordered
            or self.condition_checks_added
        )


def _by(rev) -> str:
    if rev is None:
        return ""
    parts = [p for p in (rev.author, rev.office) if p]
    when = rev.at[:16].replace("T", " ") + (" UTC" if rev.at.endswith("Z") else "")
    return " / ".join(parts) + (f", {when}" if rev.at else "")


def describe(plan: MergePlan, ours: Catalogue, theirs: Catalogue) -> tuple[list, list]:
    numbers = {w.uid: w.number for w in ours.works()}
    their_numbers = {w.uid: w.number for w in theirs.works()}
    sections = {s_uid: i + 1 for i, s_uid in enumerate(_section_uids(ours))}

    def where(entity: str, uid: str) -> str:
        if entity == "work":
            n = numbers.get(uid)
            return f"No. {n}" if n else f"new No. {their_numbers.get(uid, '?')}"
        if entity == "section":
            return f"section {sections.get(uid, '?')}"
        return "exhibition"

    def line(c) -> FieldLine:
        return FieldLine(
            where(c.entity, c.uid),
            c.field,
            c.lang,
            c.ours,
            c.theirs,
            _by(c.ours_rev),
            _by(c.theirs_rev),
            c.uid if c.entity == "work" else "",
            c.entity,
            (numbers.get(c.uid) or their_numbers.get(c.uid)) if c.entity == "work" else None,
        )

    return [line(c) for c in plan.taken], [line(c) for c in plan.conflicts]


def _section_uids(cat: Catalogue) -> list[str]:
    state_order = cat.exchange_state().values
    for key, value in state_order.items():
        if key[2] == "@sections":
            return list(value or [])  # type: ignore[arg-type]
    return []


def merge_package(cat: Catalogue, path: Path, *, dry_run: bool = False) -> MergeReport:
    """Merge a partner package into ``cat``: one transaction, a backup before it.

    Refuses a package of another exhibition and a damaged one before anything changes.
    """
    with open_package(path) as (manifest, theirs):
        if manifest.exhibition != cat.exhibition_uid:
            raise ForeignPackageError(
                f"{Path(path).name} belongs to another exhibition; nothing was merged"
            )
        plan = plan_merge(cat.exchange_state(), theirs.exchange_state())
        # a conflict already recorded from this or an earlier package, unchanged: not news
        recorded = {(c.entity, c.uid, c.field, c.lang): c.theirs for c in cat.conflicts()}
        fresh = tuple(
            c
            for c in plan.conflicts
            if c.key not in recorded or (c.field != PRESENT and not same(recorded[c.key], c.theirs))
        )
        # an open conflict the package no longer disagrees on was settled over there
        still = {c.key for c in plan.conflicts}
        settled = tuple(k for k in recorded if k not in still)
        plan = replace(plan, conflicts=fresh, settled_conflicts=settled)
        taken, conflicts = describe(plan, cat, theirs)
        notes: list[str] = []
        backup = ""
        checks = _their_condition_checks(cat, theirs)
        if not dry_run and (plan.changes_anything or checks):
            backup = make_backup(cat.paths, "merge").path.name
            with cat.transaction():  # one step: the fields, then the checks both sides made
                notes = cat.apply_merge(plan, theirs, manifest.package)
                added = []
                for uid, check in checks:
                    work_id = cat.work_id_by_uid(uid)
                    if work_id is not None:
                        added.append(replace(check, id=0, work_id=work_id))
                if added:
                    cat.add_condition_checks(added)
            _copy_previews(path, manifest, cat, plan)
        return MergeReport(
            package=manifest.package,
            sender_office=manifest.office,
            created=manifest.created,
            dry_run=dry_run,
            taken=tuple(taken),
            conflicts=tuple(conflicts),
            added_works=len(plan.added_works),
            removed_works=len(plan.removed_works),
            added_sections=len(plan.added_sections),
            removed_sections=len(plan.removed_sections),
            reordered=plan.order is not None or plan.section_order is not None,
            unchanged=plan.unchanged,
            kept_ours=plan.kept_ours,
            same_change=plan.same_change,
            notes=tuple(notes),
            backup=backup,
            condition_checks_added=len(checks),
        )


def _check_key(uid: str, check) -> tuple:
    """A condition check is the same check in every copy when all it says is the same."""
    return (
        uid,
        str(check.event),
        check.date.isoformat(),
        check.place,
        check.examiner,
        check.note,
        check.created,
        tuple((str(z), str(g)) for z, g in check.grades),
    )


def _their_condition_checks(cat: Catalogue, theirs: Catalogue) -> list[tuple[str, object]]:
    """Condition checks the partner's copy holds and this one does not, as (work uid, check).

    Checks are never merged field by field: both offices' checks are all kept (a check
    removed on one side is not removed on the other)."""
    ours_uid = {w.id: w.uid for w in cat.works()}
    theirs_uid = {w.id: w.uid for w in theirs.works()}
    have = {
        _check_key(ours_uid[wid], c)
        for wid, history in cat.condition_histories().items()
        if wid in ours_uid
        for c in history.checks
    }
    out = []
    for wid, history in theirs.condition_histories().items():
        uid = theirs_uid.get(wid)
        for c in history.checks:
            if uid is not None and _check_key(uid, c) not in have:
                out.append((uid, c))
    return out


def _copy_previews(path: Path, manifest: Manifest, cat: Catalogue, plan: MergePlan) -> None:
    """Previews of works that came with the package and have no original or preview here."""
    if not plan.added_works:
        return
    wanted = set()
    for uid in plan.added_works:
        wid = cat.work_id_by_uid(uid)
        if wid is not None:
            wanted.add(cat.work(wid).original.sha256)
    cat.paths.previews.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as zf:
        for sha in wanted:
            member = f"previews/{thumbnail_name(sha)}"
            if member in manifest.members and not cat.paths.preview(sha).exists():
                data = zf.read(member)
                cat.paths.preview(sha).write_bytes(data)
                if not cat.paths.thumbnail(sha).exists():
                    with contextlib.suppress(ImageRejected, OSError, ValueError, SyntaxError):
                        cat.paths.thumbnail(sha).write_bytes(make_preview(data, THUMB_EDGE))
