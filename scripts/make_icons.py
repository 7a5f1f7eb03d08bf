"""Draw the app icons (PNG) for the web app manifest from the logo's geometry, with no imaging
library: the logo is a teal square with one white wave, simple enough to rasterise here.

Run `python scripts/make_icons.py` after changing the logo; it writes static/img/icon-*.png.
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

TEAL = (0x0F, 0x76, 0x6E)
WHITE = (0xFF, 0xFF, 0xFF)
OUT = Path(__file__).resolve().parents[1] / "static" / "img"

# The logo's wave in its 32x32 viewBox: two cubic Béziers (see static/img/logo.svg).
CURVES = [
    ((7, 20), (10, 12), (13, 12), (16, 18)),
    ((16, 18), (19, 24), (22, 24), (25, 16)),
]
STROKE = 3.0


def _bezier(p0, p1, p2, p3, steps: int = 48) -> list[tuple[float, float]]:
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        x = u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0]
        y = u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1]
        points.append((x, y))
    return points


def _segment_distance(px, py, ax, ay, bx, by) -> float:
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def draw(size: int, *, wave_scale: float, rounded: bool) -> bytes:
    """RGBA pixels of one icon. `wave_scale` shrinks the wave towards the centre (maskable icons
    keep it inside the 80 % safe zone); `rounded` cuts the logo's rounded corners."""
    scale = size / 32
    centre = 16 * scale
    line: list[tuple[float, float]] = []
    for curve in CURVES:
        line += _bezier(*curve)
    line = [
        (centre + (x - 16) * scale * wave_scale, centre + (y - 18) * scale * wave_scale)
        for x, y in line
    ]
    half = STROKE * scale * wave_scale / 2
    # Distance from each pixel centre to the wave, only near each segment (fast enough in pure
    # Python for 512 px).
    distance = [[math.inf] * size for _ in range(size)]
    for (ax, ay), (bx, by) in zip(line, line[1:], strict=False):
        x0 = max(0, int(min(ax, bx) - half - 2))
        x1 = min(size - 1, int(max(ax, bx) + half + 2))
        y0 = max(0, int(min(ay, by) - half - 2))
        y1 = min(size - 1, int(max(ay, by) + half + 2))
        for y in range(y0, y1 + 1):
            row = distance[y]
            for x in range(x0, x1 + 1):
                d = _segment_distance(x + 0.5, y + 0.5, ax, ay, bx, by)
                if d < row[x]:
                    row[x] = d
    radius = 8 * scale if rounded else 0.0
    pixels = bytearray()
    for y in range(size):
        pixels.append(0)  # PNG filter type: none
        for x in range(size):
            alpha = 1.0
            if radius:
                cx = min(max(x + 0.5, radius), size - radius)
                cy = min(max(y + 0.5, radius), size - radius)
                alpha = max(0.0, min(1.0, radius - math.hypot(x + 0.5 - cx, y + 0.5 - cy) + 0.5))
            ink = max(0.0, min(1.0, half - distance[y][x] + 0.5))
            colour = [round(t + (w - t) * ink) for t, w in zip(TEAL, WHITE, strict=True)]
            pixels += bytes([*colour, round(alpha * 255)])
    return bytes(pixels)


def png(size: int, rgba: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rgba, 9))
        + chunk(b"IEND", b"")
    )


ICONS = {
    "icon-192.png": (192, 1.0, True),
    "icon-512.png": (512, 1.0, True),
    # Maskable: full-bleed background, wave inside the central safe zone.
    "icon-maskable-512.png": (512, 0.7, False),
    # iOS rounds the corners itself and shows transparency as black.
    "apple-touch-icon.png": (180, 0.85, False),
}


def main() -> None:
    for name, (size, wave_scale, rounded) in ICONS.items():
        (OUT / name).write_bytes(png(size, draw(size, wave_scale=wave_scale, rounded=rounded)))
        print(f"wrote static/img/{name}")


if __name__ == "__main__":
    main()
