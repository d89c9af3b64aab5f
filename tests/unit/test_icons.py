"""The Teams icons: colour 192x192 opaque (full bleed), outline 32x32 white on transparent."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from bot.teams.package import MANIFEST_FOLDER
from tests.png import PngError, read_png

WHITE = (255, 255, 255)


def make_icons() -> ModuleType:
    """manifest/make_icons.py is a script, not a package module: load it from its path."""
    spec = importlib.util.spec_from_file_location("make_icons", MANIFEST_FOLDER / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def icon(name: str) -> bytes:
    return (MANIFEST_FOLDER / name).read_bytes()


@pytest.mark.parametrize(("name", "size"), [("color.png", 192), ("outline.png", 32)])
def test_icons_are_valid_pngs_of_the_size_teams_asks(name: str, size: int) -> None:
    image = read_png(icon(name))
    assert (image.width, image.height) == (size, size)
    assert len(image.pixels) == size * size


def test_colour_icon_is_opaque_to_the_edges() -> None:
    image = read_png(icon("color.png"))
    assert {alpha for *_, alpha in image.pixels} == {255}


def test_colour_icon_shows_a_white_book_on_the_accent_colour() -> None:
    colours = {pixel[:3] for pixel in read_png(icon("color.png")).pixels}
    assert {WHITE, make_icons().ACCENT} <= colours


def test_outline_icon_has_only_white_pixels_and_transparency() -> None:
    pixels = read_png(icon("outline.png")).pixels
    not_white = [pixel for pixel in pixels if pixel[3] > 0 and pixel[:3] != WHITE]
    assert not_white == []


def test_outline_icon_has_a_solid_shape_on_a_transparent_background() -> None:
    alphas = [alpha for *_, alpha in read_png(icon("outline.png")).pixels]
    assert alphas.count(255) > len(alphas) // 10
    assert alphas.count(0) > len(alphas) // 3
    assert alphas[0] == alphas[31] == alphas[-32] == alphas[-1] == 0  # corners stay clear


def test_committed_icons_are_what_make_icons_draws() -> None:
    script = make_icons()
    assert icon("color.png") == script.encode_png(script.color_icon())
    assert icon("outline.png") == script.encode_png(script.outline_icon())


def test_png_reader_rejects_a_damaged_file() -> None:
    damaged = bytearray(icon("outline.png"))
    damaged[40] ^= 0xFF  # inside the IDAT chunk: its CRC no longer matches
    with pytest.raises(PngError, match="CRC"):
        read_png(bytes(damaged))
