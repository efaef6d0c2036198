"""Thumbnails: upright for every orientation, safe with bombs and truncation, every mode."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms, ImageFile, JpegImagePlugin

from exhibit.ingest import thumbnails
from exhibit.ingest.thumbnails import ImageRejected, make_thumbnail
from exhibit.testing import QUADRANTS, make_jpeg, oriented_jpeg


def decoded(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im.convert("RGB")


def close(pixel: tuple[int, ...], colour: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def png(im: Image.Image, **params) -> bytes:
    out = io.BytesIO()
    im.save(out, "PNG", **params)
    return out.getvalue()


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_comes_out_upright(orientation: int) -> None:
    thumb = make_thumbnail(oriented_jpeg(orientation))
    im = decoded(thumb.data)
    assert im.size == (96, 64) == (thumb.image_width, thumb.image_height)
    w, h = im.size
    corners = [(4, 4), (w - 5, 4), (4, h - 5), (w - 5, h - 5)]
    for corner, colour in zip(corners, QUADRANTS, strict=True):
        assert close(im.getpixel(corner), colour), (orientation, corner, im.getpixel(corner))


def test_long_edge_is_512_and_jpeg_is_drafted(monkeypatch) -> None:
    decoded_sizes = []
    original = JpegImagePlugin.JpegImageFile.load

    def spy(self):
        decoded_sizes.append(self.size)
        return original(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", spy)
    thumb = make_thumbnail(make_jpeg(size=(2400, 1600), quality=50))
    assert (thumb.width, thumb.height) == (512, 341)
    assert (thumb.image_width, thumb.image_height) == (2400, 1600)
    assert decoded_sizes and max(decoded_sizes[0]) <= 1200  # decoded at 1/2 or less


def test_pixel_limit_is_checked_before_decoding(monkeypatch) -> None:
    data = bytearray(make_jpeg(size=(16, 16)))
    sof = data.find(b"\xff\xc0")
    data[sof + 5 : sof + 9] = (10000).to_bytes(2, "big") + (12000).to_bytes(2, "big")
    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", lambda self: pytest.fail("decoded"))
    with pytest.raises(ImageRejected) as caught:
        make_thumbnail(bytes(data), name="bomb.jpg")
    assert caught.value.reason == "too_many_pixels"
    assert "bomb.jpg" in caught.value.message and "12000 x 10000" in caught.value.message


def test_pixel_limit_is_a_parameter() -> None:
    data = make_jpeg(size=(100, 100))
    with pytest.raises(ImageRejected, match=r"more than the limit"):
        make_thumbnail(data, max_pixels=5000)
    assert make_thumbnail(data, max_pixels=10000).width == 100


def test_truncated_jpeg_is_rejected() -> None:
    data = make_jpeg(size=(300, 200), quality=95)
    with pytest.raises(ImageRejected) as caught:
        make_thumbnail(data[: len(data) * 2 // 3], name="cut.jpg")
    assert caught.value.reason == "truncated"
    assert not ImageFile.LOAD_TRUNCATED_IMAGES


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<!DOCTYPE html><html><body>404</body></html>", "not_an_image"),
        (b"%PDF-1.4\n%...", "not_an_image"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "corrupt"),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40, "unsupported_format"),
        (b"8BPS\x00\x01" + b"\x00" * 40, "unsupported_format"),
    ],
)
def test_not_images_and_unsupported(data: bytes, reason: str) -> None:
    with pytest.raises(ImageRejected) as caught:
        make_thumbnail(data)
    assert caught.value.reason == reason


def test_uniform_image_is_flagged() -> None:
    thumb = make_thumbnail(make_jpeg(image=Image.new("RGB", (200, 150))))
    assert [w.code for w in thumb.warnings] == ["uniform_image"]
    assert make_thumbnail(make_jpeg()).warnings == ()


def test_one_pixel_image() -> None:
    thumb = make_thumbnail(make_jpeg(image=Image.new("RGB", (1, 1), "red")))
    assert (thumb.width, thumb.height) == (1, 1)


def test_cmyk_jpeg() -> None:
    out = io.BytesIO()
    Image.new("CMYK", (40, 30), (0, 255, 255, 0)).save(out, "JPEG")
    im = decoded(make_thumbnail(out.getvalue()).data)
    assert close(im.getpixel((20, 15)), (255, 0, 0), 60)


def test_sixteen_bit_grey_is_scaled() -> None:
    im = Image.new("I;16", (64, 8))
    im.putdata([i * 1000 for i in range(64)] * 8)
    thumb = decoded(make_thumbnail(png(im)).data)
    assert thumb.getpixel((0, 4))[0] < 20 and thumb.getpixel((63, 4))[0] > 230


def test_lab_tiff() -> None:
    out = io.BytesIO()
    Image.new("LAB", (20, 20), (128, 128, 128)).save(out, "TIFF")  # L* 50, no colour
    pixel = decoded(make_thumbnail(out.getvalue()).data).getpixel((10, 10))
    assert max(pixel) - min(pixel) < 20 and 90 < pixel[0] < 160  # a middle grey


def test_palette_with_transparency_on_white() -> None:
    im = Image.new("P", (20, 20), 0)
    im.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    im.paste(1, (10, 0, 20, 20))
    thumb = decoded(make_thumbnail(png(im, transparency=0)).data)
    assert close(thumb.getpixel((2, 10)), (255, 255, 255)) and close(
        thumb.getpixel((17, 10)), (255, 0, 0)
    )


def test_rgba_on_white() -> None:
    im = Image.new("RGBA", (20, 20), (0, 0, 255, 0))
    im.paste((0, 0, 255, 255), (10, 0, 20, 20))
    thumb = decoded(make_thumbnail(png(im)).data)
    assert close(thumb.getpixel((2, 10)), (255, 255, 255))
    assert close(thumb.getpixel((17, 10)), (0, 0, 255))


def test_first_frame_of_an_animation() -> None:
    frames = [Image.new("RGB", (20, 20), c) for c in ("red", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    thumb = make_thumbnail(out.getvalue())
    assert thumb.frames and close(decoded(thumb.data).getpixel((10, 10)), (255, 0, 0))


def test_icc_profile_is_converted(monkeypatch) -> None:
    calls = []
    original = ImageCms.profileToProfile

    def spy(*args, **kwargs):
        calls.append(kwargs.get("outputMode"))
        return original(*args, **kwargs)

    monkeypatch.setattr(ImageCms, "profileToProfile", spy)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (20, 20), (10, 200, 30)).save(out, "JPEG", icc_profile=icc)
    thumb = decoded(make_thumbnail(out.getvalue()).data)
    assert calls == ["RGB"] and close(thumb.getpixel((10, 10)), (10, 200, 30))


def test_classify_error_covers_pillow_exceptions() -> None:
    assert thumbnails.classify_error(Image.DecompressionBombError("x"), "JPEG") == "too_many_pixels"
    assert thumbnails.classify_error(OSError("image file is truncated"), "JPEG") == "truncated"
    assert thumbnails.classify_error(SyntaxError("bad"), "PSD") == "corrupt"
    assert thumbnails.classify_error(TypeError("Missing dimensions"), "TIFF") == "corrupt"
    assert thumbnails.classify_error(MemoryError(), "TIFF") == "out_of_memory"
    assert thumbnails.classify_error(ValueError("Decompressed data too large"), "PNG") == (
        "metadata_too_large"
    )
