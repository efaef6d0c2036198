"""Original files: their hash is read again only when size or modification time moved."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from exhibit.core.model import OriginalRef
from exhibit.core.project import current_sha256, file_sha256


def test_current_sha256_trusts_an_untouched_file(tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"photo bytes")
    st = photo.stat()
    real = hashlib.sha256(b"photo bytes").hexdigest()
    assert file_sha256(photo) == real
    recorded = OriginalRef("a.jpg", "f" * 64, st.st_size, st.st_mtime)
    assert current_sha256(photo, recorded) == "f" * 64  # size and time as imported: not read
    os.utime(photo, (st.st_atime, st.st_mtime + 10))
    assert current_sha256(photo, recorded) == real  # touched: read again
    assert current_sha256(photo, OriginalRef("a.jpg", "", st.st_size, st.st_mtime + 10)) == real
