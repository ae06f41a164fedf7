"""The site's icon, drawn in code: a white "W" over an amber bar on the header's green.

One drawing, written out as SVG (browsers that take it) and rendered with Pillow into the
PNG and ICO files browsers, phones and home screens ask for. ``manage.py draw_icons``
writes them to ``static/icons/``, where they are kept; run it again after changing the
drawing.
"""

import io
from pathlib import Path

from PIL import Image, ImageDraw

# On a 64 × 64 grid. The same colours as static/css/site.css (--brand-dark, --focus).
GRID = 64
GREEN = "#123f26"
WHITE = "#ffffff"
AMBER = "#ffbf47"
CORNER = 12
W_POINTS = [(14, 16), (22, 40), (32, 21), (42, 40), (50, 16)]
W_STROKE = 7
BAR = (18, 47, 46, 52)  # left, top, right, bottom

# Android's home screen crops "maskable" icons to a circle or squircle: the drawing then
# stays inside the middle 80 %.
MASKABLE_SCALE = 0.8

ICO_SIZES = [16, 32, 48]
#: file name: (size in px, rounded corners, scale of the drawing)
PNG_FILES = {
    "icon-192.png": (192, True, 1.0),
    "icon-512.png": (512, True, 1.0),
    "icon-maskable-512.png": (512, False, MASKABLE_SCALE),
    # iOS rounds the corners itself and shows transparent ones black.
    "apple-touch-icon.png": (180, False, 1.0),
}
SVG_FILE = "icon.svg"
ICO_FILE = "favicon.ico"

#: Drawn this large, then scaled down: smooth edges, as Pillow draws without anti-aliasing.
CANVAS = 2048


def svg():
    points = " ".join(f"{x} {y}" for x, y in W_POINTS)
    left, top, right, bottom = BAR
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">'
        f'<rect width="{GRID}" height="{GRID}" rx="{CORNER}" fill="{GREEN}"/>'
        f'<path d="M{points}" fill="none" stroke="{WHITE}" stroke-width="{W_STROKE}"'
        ' stroke-linecap="round" stroke-linejoin="round"/>'
        f'<rect x="{left}" y="{top}" width="{right - left}" height="{bottom - top}"'
        f' rx="{(bottom - top) / 2}" fill="{AMBER}"/>'
        "</svg>\n"
    )


def render(size, rounded=True, scale=1.0):
    """The icon as a square RGBA image of size pixels."""
    big = CANVAS
    unit = big / GRID
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (0, 0, big - 1, big - 1), radius=CORNER * unit if rounded else 0, fill=GREEN
    )

    def at(x, y):
        centre = GRID / 2
        return ((centre + (x - centre) * scale) * unit, (centre + (y - centre) * scale) * unit)

    stroke = W_STROKE * scale * unit
    points = [at(x, y) for x, y in W_POINTS]
    draw.line(points, fill=WHITE, width=round(stroke), joint="curve")
    for x, y in (points[0], points[-1]):
        radius = stroke / 2
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=WHITE)
    left, top, right, bottom = BAR
    (x0, y0), (x1, y1) = at(left, top), at(right, bottom)
    draw.rounded_rectangle((x0, y0, x1, y1), radius=(y1 - y0) / 2, fill=AMBER)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def ico():
    """One ICO file holding each size drawn on its own (not scaled from the largest)."""
    buffer = io.BytesIO()
    images = [render(size) for size in sorted(ICO_SIZES, reverse=True)]
    images[0].save(buffer, format="ICO", sizes=[i.size for i in images], append_images=images[1:])
    return buffer.getvalue()


def draw_icons(directory):
    """Write every icon file into directory; returns their paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (size, rounded, scale) in PNG_FILES.items():
        path = directory / name
        render(size, rounded, scale).save(path, format="PNG", optimize=True)
        written.append(path)
    (directory / SVG_FILE).write_text(svg())
    (directory / ICO_FILE).write_bytes(ico())
    written += [directory / SVG_FILE, directory / ICO_FILE]
    return written
