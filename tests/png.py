"""A small PNG reader for the icon tests. It checks the signature and every chunk's CRC and
decodes 8-bit RGB, RGBA and palette (with tRNS) images with all five row filters, so it also
reads icons that a designer's tool wrote, not only those of manifest/make_icons.py, and the
absence pictures of dialogs/logbook/png_image.py."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

SIGNATURE = b"\x89PNG\r\n\x1a\n"
Pixel = tuple[int, int, int, int]


class PngError(ValueError):
    """The bytes are not a PNG this reader accepts; the message says why."""


@dataclass(frozen=True)
class Png:
    width: int
    height: int
    pixels: list[Pixel]  # RGBA, row after row; RGB images get alpha 255


def read_png(data: bytes) -> Png:
    if not data.startswith(SIGNATURE):
        raise PngError("no PNG signature")
    chunks = list(_chunks(data[len(SIGNATURE):]))
    if chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND":
        raise PngError("the first chunk must be IHDR and the last IEND")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    if depth != 8 or colour not in (2, 3, 6) or interlace:
        raise PngError(f"only 8-bit RGB/RGBA/palette without interlacing (got depth {depth}, "
                       f"colour type {colour}, interlace {interlace})")
    channels = {2: 3, 3: 1, 6: 4}[colour]
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    rows = _unfilter(raw, width * channels, height, channels)
    if colour == 3:
        palette = _palette(dict(chunks))
        return Png(width, height, [palette[index] for row in rows for index in row])
    pixels = [_pixel(row[x * channels:(x + 1) * channels]) for row in rows for x in range(width)]
    return Png(width, height, pixels)


def chunk_kinds(data: bytes) -> list[bytes]:
    """The kinds of the chunks, in order (e.g. to see that no text chunk rides along)."""
    return [kind for kind, _ in _chunks(data[len(SIGNATURE):])]


def _palette(chunks: dict[bytes, bytes]) -> list[Pixel]:
    if b"PLTE" not in chunks:
        raise PngError("a palette image needs a PLTE chunk")
    rgb, alpha = chunks[b"PLTE"], chunks.get(b"tRNS", b"")
    return [(rgb[i], rgb[i + 1], rgb[i + 2], alpha[i // 3] if i // 3 < len(alpha) else 255)
            for i in range(0, len(rgb), 3)]


def _chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    position = 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length:position + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise PngError(f"chunk {kind!r} has a wrong CRC")
        yield kind, body
        position += 12 + length


def _unfilter(raw: bytes, stride: int, height: int, bpp: int) -> list[bytearray]:
    if len(raw) != height * (stride + 1):
        raise PngError("the image data does not match the size in IHDR")
    rows, previous = [], bytearray(stride)
    for start in range(0, len(raw), stride + 1):
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up_left = previous[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + _predict(kind, left, previous[i], up_left)) & 0xFF
        rows.append(line)
        previous = line
    return rows


def _predict(kind: int, left: int, up: int, up_left: int) -> int:
    if kind > 4:
        raise PngError(f"unknown row filter {kind}")
    if kind == 4:  # Paeth: whichever neighbour is closest to left + up - up_left
        estimate = left + up - up_left
        return min((left, up, up_left), key=lambda v: abs(estimate - v))
    return (0, left, up, (left + up) // 2)[kind]


def _pixel(values: bytearray) -> Pixel:
    return (values[0], values[1], values[2], values[3] if len(values) == 4 else 255)
