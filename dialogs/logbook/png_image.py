"""Palette PNGs written with zlib alone: a chart in a card stays a few kilobytes.

Only the chunks a viewer needs (IHDR, PLTE, tRNS, IDAT, IEND): no text chunks, no time
stamp, so the same pixels always give the same bytes and nothing else rides along.
"""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Sequence

SIGNATURE = b"\x89PNG\r\n\x1a\n"
Colour = tuple[int, int, int, int]  # RGBA; alpha 0 is fully transparent


def palette_png(palette: Sequence[Colour], rows: Sequence[bytes | bytearray]) -> bytes:
    """An 8-bit indexed PNG: each row one palette index per pixel, all rows equally wide."""
    if not rows or not rows[0] or len({len(row) for row in rows}) != 1:
        raise ValueError("a PNG needs rows of one, non-zero width")
    if not 0 < len(palette) <= 256 or max(max(row) for row in rows) >= len(palette):
        raise ValueError("every pixel must name a colour of the palette")
    header = struct.pack(">IIBBBBB", len(rows[0]), len(rows), 8, 3, 0, 0, 0)
    raw = b"".join(b"\x00" + bytes(row) for row in rows)  # filter 0: runs compress well
    return (SIGNATURE + _chunk(b"IHDR", header)
            + _chunk(b"PLTE", bytes(v for r, g, b, _ in palette for v in (r, g, b)))
            + _chunk(b"tRNS", bytes(alpha for *_, alpha in palette))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)
