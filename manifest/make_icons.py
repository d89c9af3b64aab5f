"""Draw the Teams app icons (an open logbook) with the standard library only.

    python3 manifest/make_icons.py          # rewrites manifest/color.png and manifest/outline.png

color.png   192x192, opaque: a white open book on the accent colour, full bleed.
outline.png  32x32: the same book in white on a transparent background; edges are
             anti-aliased through alpha only, so every visible pixel stays pure white.
The output is deterministic, so tests can check the committed PNGs match this script.
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

Point = tuple[float, float]
Polygon = tuple[Point, ...]

ACCENT = (0x1F, 0x5F, 0xA8)  # the manifest's accentColor, #1F5FA8
WHITE = (255, 255, 255)
SUPERSAMPLE = 4  # samples per pixel side; 16 coverage levels is plenty for 32 px

LEFT_PAGE: Polygon = ((0.14, 0.25), (0.47, 0.31), (0.47, 0.75), (0.14, 0.69))
RIGHT_PAGE: Polygon = ((0.53, 0.31), (0.86, 0.25), (0.86, 0.69), (0.53, 0.75))
PAGE_SLOPE = 0.06 / 0.33  # how much the top edge of a page drops per unit towards the spine


def _text_line(x0: float, x1: float, y0: float, slope: float, thickness: float) -> Polygon:
    """A thin band that follows the slope of its page, like a line of handwriting."""
    y1 = y0 + (x1 - x0) * slope
    return ((x0, y0), (x1, y1), (x1, y1 + thickness), (x0, y0 + thickness))


def _book() -> list[tuple[Polygon, bool]]:
    """Shapes in painting order; True paints ink (white), False cuts it away again."""
    shapes: list[tuple[Polygon, bool]] = [(LEFT_PAGE, True), (RIGHT_PAGE, True)]
    for row in range(3):
        offset = 0.40 + row * 0.095
        shapes.append((_text_line(0.20, 0.42, offset + 0.011, PAGE_SLOPE, 0.04), False))
        shapes.append((_text_line(0.58, 0.80, offset + 0.051, -PAGE_SLOPE, 0.04), False))
    return shapes


def _span(polygon: Polygon, y: float) -> tuple[float, float] | None:
    """Where a horizontal line at height y crosses a convex polygon, as (left, right)."""
    crossings = [
        ax + (bx - ax) * (y - ay) / (by - ay)
        for (ax, ay), (bx, by) in zip(polygon, polygon[1:] + polygon[:1], strict=True)
        if min(ay, by) <= y < max(ay, by)
    ]
    return (min(crossings), max(crossings)) if crossings else None


def _inked_samples(y: float, xs: list[float], shapes: list[tuple[Polygon, bool]]) -> list[bool]:
    """Paint the shapes in order along one row of samples; the last shape hit wins."""
    inked = [False] * len(xs)
    for polygon, ink in shapes:
        span = _span(polygon, y)
        if span is not None:
            for i, x in enumerate(xs):
                if span[0] <= x < span[1]:
                    inked[i] = ink
    return inked


def coverage(size: int) -> list[list[float]]:
    """For every pixel, the share of its SUPERSAMPLE x SUPERSAMPLE samples that are inked."""
    shapes, samples = _book(), size * SUPERSAMPLE
    centres = [(i + 0.5) / samples for i in range(samples)]
    counts = [[0] * size for _ in range(size)]
    for row, y in enumerate(centres):
        for column, inked in enumerate(_inked_samples(y, centres, shapes)):
            counts[row // SUPERSAMPLE][column // SUPERSAMPLE] += inked
    return [[count / SUPERSAMPLE**2 for count in line] for line in counts]


def color_icon(size: int = 192) -> list[list[tuple[int, int, int, int]]]:
    def blend(share: float) -> tuple[int, int, int, int]:
        r, g, b = (round(bg + (fg - bg) * share) for bg, fg in zip(ACCENT, WHITE, strict=True))
        return (r, g, b, 255)

    return [[blend(share) for share in row] for row in coverage(size)]


def outline_icon(size: int = 32) -> list[list[tuple[int, int, int, int]]]:
    return [[(*WHITE, round(255 * share)) for share in row] for row in coverage(size)]


def encode_png(pixels: list[list[tuple[int, int, int, int]]]) -> bytes:
    """An 8-bit RGBA PNG: signature, IHDR, one IDAT (filter 0 on every row), IEND."""
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(v for pixel in row for v in pixel) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8 bit, RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main(folder: Path = Path(__file__).resolve().parent) -> int:
    (folder / "color.png").write_bytes(encode_png(color_icon()))
    (folder / "outline.png").write_bytes(encode_png(outline_icon()))
    print(f"wrote {folder / 'color.png'} and {folder / 'outline.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
