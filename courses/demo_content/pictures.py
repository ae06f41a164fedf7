"""Cover pictures of the demo courses, drawn in code: no downloads, no files to keep.

Twelve flat, friendly motifs, three per competence field, each on a background in its
field's colour family (static/css/site.css: economy #0b4f8a, life #1d5e3a, research
#6b2d8a, education #8a3b00) with lighter tints and warm accents. Each is 1440 × 720 px,
the 2:1 crop the site shows, with its centre of interest in the middle and a focal point
around it, so that other crops keep it too. Pillow draws without anti-aliasing: the
drawing is made at twice the size and scaled down (as in ``home.icons``).

``manage.py load_demo_data`` turns each motif into a Wagtail image once and sets it on
the courses in ``COURSE_PICTURES``; the alt text of each translation comes from
``Motif.alt``.
"""

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1440, 720
#: Drawn this much larger, then scaled down: smooth edges.
SCALE = 2
#: Colours of the saved PNG: flat drawings need few, and a palette keeps the file small.
PNG_COLOURS = 96

WHITE = "#ffffff"
SUN = "#ffc94a"
SUN_GLOW = "#ffe6a3"
CORAL = "#e8594f"
RED = "#e23d3d"
TEAL = "#2a9d8f"
TEAL_LIGHT = "#7fd6c8"
SKY_BLUE = "#cfe6f7"
WOOD = "#8b5a2b"

#: Per field: background, the soft disc behind the motif, dark (the field's colour),
#: middle tone, light tone, and the warm accent.
PALETTES = {
    "economy": {
        "bg": "#e4eef9", "disc": "#c9ddf2", "dark": "#0b4f8a", "mid": "#3d84c6",
        "light": "#8dbbe6", "accent": "#f5a623",
    },
    "life": {
        "bg": "#e6f4ea", "disc": "#cbe9d3", "dark": "#1d5e3a", "mid": "#3f9a63",
        "light": "#8fcf9f", "accent": "#ffb84d",
    },
    "research": {
        "bg": "#f2e9f8", "disc": "#e2cff0", "dark": "#6b2d8a", "mid": "#9b5cc0",
        "light": "#c9a3e0", "accent": "#ffc94a",
    },
    "education": {
        "bg": "#fcefe3", "disc": "#f7dcc4", "dark": "#8a3b00", "mid": "#d9742b",
        "light": "#f0b27a", "accent": "#2a9d8f",
    },
}  # fmt: skip


# Drawing ----------------------------------------------------------------------------------


def rotated(points, degrees, origin):
    """points turned by degrees (clockwise on screen) around origin."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    ox, oy = origin
    return [
        (ox + (x - ox) * cos - (y - oy) * sin, oy + (x - ox) * sin + (y - oy) * cos)
        for x, y in points
    ]


class Pen:
    """Draws in the coordinates of the final picture (1440 × 720) on a canvas SCALE times
    larger."""

    def __init__(self, background):
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    def box(self, left, top, right, bottom):
        return (left * SCALE, top * SCALE, right * SCALE, bottom * SCALE)

    def circle(self, x, y, radius, fill):
        self.draw.ellipse(self.box(x - radius, y - radius, x + radius, y + radius), fill=fill)

    def ellipse(self, x, y, rx, ry, fill):
        self.draw.ellipse(self.box(x - rx, y - ry, x + rx, y + ry), fill=fill)

    def rect(self, left, top, right, bottom, fill, radius=0):
        self.draw.rounded_rectangle(
            self.box(left, top, right, bottom), radius=radius * SCALE, fill=fill
        )

    def polygon(self, points, fill):
        self.draw.polygon([(x * SCALE, y * SCALE) for x, y in points], fill=fill)

    def line(self, points, fill, width):
        """A line with round ends and joints."""
        scaled = [(x * SCALE, y * SCALE) for x, y in points]
        self.draw.line(scaled, fill=fill, width=round(width * SCALE), joint="curve")
        for x, y in points:
            self.circle(x, y, width / 2, fill)

    def arc(self, x, y, rx, ry, start, end, fill, width):
        self.draw.arc(
            self.box(x - rx, y - ry, x + rx, y + ry), start, end, fill=fill, width=width * SCALE
        )

    def text(self, x, y, words, size, fill, weight=2):
        font = ImageFont.load_default(size=size * SCALE)
        self.draw.text(
            (x * SCALE, y * SCALE),
            words,
            font=font,
            fill=fill,
            anchor="mm",
            stroke_width=weight * SCALE,
            stroke_fill=fill,
        )

    def finish(self):
        return self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def backdrop(pen, colours, x=720, y=360, radius=300, low=True):
    """The soft disc behind the motif and a few dots and rings at the sides (those in the
    lower part only if low: not where hills will cover them partly)."""
    pen.circle(x, y, radius, colours["disc"])
    for dx, dy, size in [(170, 130, 18), (1270, 590, 22), (250, 600, 11), (1200, 140, 12)]:
        if low or dy < 450:
            pen.circle(dx, dy, size, colours["light"])
    for dx, dy in [(120, 470), (1330, 300)]:
        if low or dy < 450:
            pen.arc(dx, dy, 26, 26, 0, 360, colours["light"], 7)
    for dx, dy in [(330, 210), (1110, 520)]:
        if low or dy < 450:
            sparkle(pen, dx, dy, 20, colours["accent"])


def sparkle(pen, x, y, size, fill):
    """A four-pointed star."""
    thin = size * 0.28
    pen.polygon(
        [
            (x, y - size), (x + thin, y - thin), (x + size, y), (x + thin, y + thin),
            (x, y + size), (x - thin, y + thin), (x - size, y), (x - thin, y - thin),
        ],
        fill,
    )  # fmt: skip


def heart(pen, x, y, size, fill):
    """A heart of width 2 × size around (x, y)."""
    lobe = size * 0.52
    pen.circle(x - size + lobe, y - size * 0.25, lobe, fill)
    pen.circle(x + size - lobe, y - size * 0.25, lobe, fill)
    pen.polygon(
        [
            (x - size * 0.985, y - size * 0.1),
            (x + size * 0.985, y - size * 0.1),
            (x, y + size * 0.95),
        ],
        fill,
    )


def sun(pen, x, y, radius, rays=12, fill=SUN, glow=SUN_GLOW):
    pen.circle(x, y, radius * 1.3, glow)
    for index in range(rays):
        angle = 2 * math.pi * index / rays
        inner, outer = radius * 1.5, radius * 1.85
        pen.line(
            [
                (x + inner * math.cos(angle), y + inner * math.sin(angle)),
                (x + outer * math.cos(angle), y + outer * math.sin(angle)),
            ],
            fill,
            radius * 0.16,
        )
    pen.circle(x, y, radius, fill)


def cloud(pen, x, y, size, fill=WHITE):
    """A cloud about 3.4 × size wide, its flat base at y + size * 0.55."""
    pen.circle(x - size * 0.95, y + size * 0.05, size * 0.5, fill)
    pen.circle(x - size * 0.2, y - size * 0.25, size * 0.75, fill)
    pen.circle(x + size * 0.75, y, size * 0.55, fill)
    pen.rect(x - size * 1.45, y, x + size * 1.3, y + size * 0.55, fill, radius=size * 0.27)


def tree(pen, x, ground, height, crown, trunk=WOOD):
    pen.rect(x - height * 0.06, ground - height * 0.55, x + height * 0.06, ground, trunk, 4)
    pen.circle(x, ground - height * 0.68, height * 0.32, crown)


def pencil(pen, tip, length, width, degrees):
    """A yellow pencil whose point is at tip, lying at degrees (0: pointing down)."""
    x, y = tip
    point = width * 1.3
    shapes = [
        # (colour, polygon relative to the tip, pencil pointing down)
        ("#f6c445", [(-width / 2, -point), (width / 2, -point),
                     (width / 2, -length + width * 1.3), (-width / 2, -length + width * 1.3)]),
        ("#e0a526", [(width / 6, -point), (width / 2, -point),
                     (width / 2, -length + width * 1.3), (width / 6, -length + width * 1.3)]),
        ("#b9c2cc", [(-width / 2, -length + width * 1.3), (width / 2, -length + width * 1.3),
                     (width / 2, -length + width * 0.8), (-width / 2, -length + width * 0.8)]),
        ("#f28b9b", [(-width / 2, -length + width * 0.8), (width / 2, -length + width * 0.8),
                     (width / 2, -length + width * 0.2), (-width / 2, -length + width * 0.2)]),
        ("#f2d2a9", [(-width / 2, -point), (width / 2, -point), (0, 0)]),
        ("#3a3a3a", [(-width * 0.17, -point * 0.34), (width * 0.17, -point * 0.34), (0, 0)]),
    ]  # fmt: skip
    for colour, outline in shapes:
        pen.polygon(rotated([(x + px, y - py) for px, py in outline], degrees, tip), colour)
    # The eraser's rounded end.
    end = rotated([(x, y + length - width * 0.2)], degrees, tip)[0]
    pen.circle(*end, width / 2, "#f28b9b")


def gear(pen, x, y, outer, inner, teeth, phase, fill):
    step = 2 * math.pi / teeth
    points = []
    for index in range(teeth):
        middle = phase + index * step
        for radius, offset in [
            (inner, -0.3), (outer, -0.17), (outer, 0.17), (inner, 0.3),
        ]:  # fmt: skip
            angle = middle + offset * step
            points.append((x + radius * math.cos(angle), y + radius * math.sin(angle)))
        for fraction in (0.5, 0.7):
            angle = middle + fraction * step
            points.append((x + inner * math.cos(angle), y + inner * math.sin(angle)))
    pen.polygon(points, fill)
    pen.circle(x, y, inner, fill)


# The motifs ------------------------------------------------------------------------------


def draw_bar_chart(pen, c):
    backdrop(pen, c)
    pen.rect(470, 150, 970, 580, WHITE, radius=36)
    bars = [(520, 140), (615, 200), (710, 265), (805, 345)]
    for index, (left, height) in enumerate(bars):
        colour = c["dark"] if index == len(bars) - 1 else c["mid"]
        pen.rect(left, 520 - height, left + 72, 528, colour, radius=14)
    pen.rect(500, 520, 940, 536, c["dark"], radius=8)
    trail = [(505, 430), (600, 350), (680, 385), (850, 215)]
    pen.line(trail, WHITE, 44)
    pen.line(trail, c["accent"], 26)
    (x0, y0), (x1, y1) = trail[-2], trail[-1]
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    head = [(x1 + 40, y1), (x1 - 18, y1 - 36), (x1 - 18, y1 + 36)]
    pen.polygon(rotated(head, angle, (x1, y1)), c["accent"])


def draw_coins(pen, c):
    backdrop(pen, c)
    gold, side, edge, top, ring = "#ffcd4d", "#e8a21c", "#c7820e", "#ffe08a", "#f5b52e"
    pen.ellipse(720, 578, 300, 26, c["light"])
    for x, count in [(545, 3), (720, 5), (895, 7)]:
        base = 565
        for index in range(count):
            y = base - index * 40
            pen.ellipse(x, y, 80, 28, side)
            pen.rect(x - 80, y - 34, x + 80, y, side)
            pen.arc(x, y, 80, 28, 20, 160, edge, 3)
            pen.ellipse(x, y - 34, 80, 28, gold)
        y = base - (count - 1) * 40 - 34
        pen.ellipse(x, y, 80, 28, top)
        pen.ellipse(x, y, 56, 18, ring)
        pen.ellipse(x, y + 2, 50, 15, top)
    sparkle(pen, 980, 250, 30, WHITE)
    sparkle(pen, 1010, 320, 16, WHITE)
    sparkle(pen, 450, 400, 20, WHITE)


def draw_gears(pen, c):
    backdrop(pen, c)
    contact = math.radians(-32)
    big, small = (635, 395), None
    distance = 290
    small = (big[0] + distance * math.cos(contact), big[1] + distance * math.sin(contact))
    gear(pen, *big, 195, 160, 12, contact + math.pi / 12, c["dark"])
    gear(pen, *small, 125, 92, 8, contact + math.pi, c["accent"])
    pen.circle(*big, 95, c["mid"])
    pen.circle(*big, 52, c["disc"])
    pen.circle(*small, 52, "#ffd27a")
    pen.circle(*small, 28, c["disc"])


def draw_sun_hills(pen, c):
    pen.rect(0, 0, WIDTH, HEIGHT, "#e9f6ef")
    cloud(pen, 300, 160, 60)
    cloud(pen, 1150, 200, 48)
    sun(pen, 720, 300, 105)
    pen.ellipse(330, 720, 560, 270, c["light"])
    pen.ellipse(1150, 730, 560, 250, "#74c08a")
    pen.ellipse(780, 860, 820, 300, c["mid"])
    pen.ellipse(130, 790, 420, 190, c["dark"])
    tree(pen, 330, 480, 150, c["dark"])
    tree(pen, 410, 500, 110, "#2f7d4f")
    tree(pen, 1120, 520, 140, c["dark"])


def draw_phone_chat(pen, c):
    backdrop(pen, c)
    pen.rect(520, 130, 780, 610, c["dark"], radius=44)
    pen.rect(542, 178, 758, 560, "#f4fbf6", radius=14)
    pen.rect(620, 150, 680, 162, "#3f7a58", radius=6)
    pen.circle(650, 585, 13, "#3f7a58")
    pen.rect(562, 205, 690, 255, c["light"], radius=20)
    pen.rect(610, 280, 738, 330, "#ffe0ad", radius=20)
    pen.rect(562, 355, 700, 405, c["light"], radius=20)
    pen.rect(630, 430, 738, 480, "#ffe0ad", radius=20)
    pen.polygon([(812, 330), (790, 390), (870, 336)], c["accent"])
    pen.rect(790, 190, 1020, 345, c["accent"], radius=50)
    for x in (850, 905, 960):
        pen.circle(x, 268, 17, WHITE)


def draw_house_heart(pen, c):
    backdrop(pen, c)
    pen.ellipse(720, 600, 400, 40, c["light"])
    tree(pen, 440, 600, 230, c["mid"])
    pen.circle(1000, 578, 50, c["mid"])
    pen.circle(1050, 590, 38, "#2f7d4f")
    pen.rect(800, 185, 850, 290, "#a84632")
    pen.polygon([(570, 600), (570, 345), (720, 215), (870, 345), (870, 600)], "#fff7e8")
    pen.line([(535, 370), (720, 205), (905, 370)], "#c8553d", 46)
    pen.rect(680, 470, 760, 600, c["dark"], radius=14)
    pen.rect(680, 470, 760, 520, c["dark"], radius=40)
    pen.circle(742, 540, 7, c["accent"])
    for left in (600, 790):
        pen.rect(left, 420, left + 60, 480, SKY_BLUE, radius=6)
        pen.rect(left + 27, 420, left + 33, 480, WHITE)
        pen.rect(left, 447, left + 60, 453, WHITE)
    heart(pen, 720, 330, 48, RED)


def draw_flask(pen, c):
    backdrop(pen, c)
    dark, glass = c["dark"], "#fbf8fd"
    outline = [(670, 225), (770, 225), (770, 335), (905, 560), (880, 610), (560, 610),
               (535, 560), (670, 335)]  # fmt: skip
    pen.polygon(outline, dark)
    inside = [(682, 237), (758, 237), (758, 340), (890, 562), (872, 596), (568, 596),
              (550, 562), (682, 340)]  # fmt: skip
    pen.polygon(inside, glass)
    pen.rect(650, 205, 790, 240, dark, radius=14)
    # The liquid: up to y = 450 between the sloping sides.
    pen.polygon([(614, 450), (826, 450), (890, 562), (872, 596), (568, 596), (550, 562)], TEAL)
    pen.polygon([(614, 450), (826, 450), (840, 474), (600, 474)], TEAL_LIGHT)
    for x, y, r in [(660, 520, 14), (760, 545, 10), (720, 495, 8), (800, 505, 12)]:
        pen.circle(x, y, r, "#c8f1ea")
    pen.line([(700, 262), (700, 330)], WHITE, 12)
    for x, y, r in [(724, 168, 19), (764, 120, 25), (712, 76, 15)]:
        pen.circle(x, y, r, TEAL_LIGHT)
    sparkle(pen, 950, 300, 26, c["accent"])
    sparkle(pen, 500, 360, 18, c["accent"])


def turbine(pen, x, y, blade, tower, fill, degrees):
    pen.polygon(
        [(x - blade * 0.05, y), (x + blade * 0.05, y), (x + blade * 0.1, y + tower),
         (x - blade * 0.1, y + tower)],
        fill,
    )  # fmt: skip
    for index in range(3):
        shape = [(x - blade * 0.09, y), (x + blade * 0.09, y), (x + blade * 0.04, y - blade),
                 (x - blade * 0.06, y - blade * 0.95)]  # fmt: skip
        pen.polygon(rotated(shape, degrees + index * 120, (x, y)), fill)
        tip = rotated([(x - blade * 0.01, y - blade * 0.97)], degrees + index * 120, (x, y))[0]
        pen.circle(*tip, blade * 0.05, fill)
    pen.circle(x, y, blade * 0.12, fill)


def draw_wind_sun(pen, c):
    backdrop(pen, c, radius=310, low=False)
    sun(pen, 930, 230, 78, fill=c["accent"])
    pen.ellipse(360, 760, 620, 240, c["light"])
    pen.ellipse(900, 800, 760, 260, c["mid"])
    turbine(pen, 430, 410, 130, 230, "#f8f2fc", 40)
    turbine(pen, 720, 300, 210, 360, WHITE, 8)
    pen.circle(720, 300, 12, c["light"])


def draw_weather(pen, c):
    backdrop(pen, c)
    sun(pen, 585, 255, 92, fill=c["accent"])
    cloud(pen, 690, 380, 120)
    for x, y in [(600, 520), (690, 560), (780, 520)]:
        pen.polygon([(x - 17, y), (x + 17, y), (x, y - 38)], "#5fb7e8")
        pen.circle(x, y + 4, 17.5, "#5fb7e8")
    dark = c["dark"]
    pen.rect(920, 170, 990, 500, dark, radius=35)
    pen.circle(955, 510, 52, dark)
    pen.rect(932, 182, 978, 500, WHITE, radius=23)
    pen.circle(955, 510, 40, RED)
    pen.rect(945, 280, 965, 500, RED, radius=10)
    for y in (220, 260, 300, 340, 380, 420):
        pen.rect(992, y - 3, 1020 if y % 80 == 60 else 1008, y + 3, dark, radius=3)


def book(pen, left, top, right, bottom, cover, band):
    pen.rect(left, top, right, bottom, cover, radius=10)
    pen.rect(right - 34, top + 9, right - 4, bottom - 9, "#fffaf0", radius=4)
    for y in range(int(top) + 19, int(bottom) - 12, 12):
        pen.rect(right - 30, y, right - 8, y + 2, "#e6dccb")
    for x in (left + 40, left + 58):
        pen.rect(x, top, x + 8, bottom, band)


def draw_books(pen, c):
    backdrop(pen, c)
    pen.ellipse(700, 588, 300, 22, c["light"])
    book(pen, 500, 500, 900, 575, TEAL, "#217c71")
    book(pen, 530, 430, 880, 500, c["mid"], "#b75a1a")
    book(pen, 515, 372, 850, 430, "#3d7cc9", "#2e62a3")
    book(pen, 550, 315, 830, 372, "#f4c542", "#d9a521")
    pencil(pen, (955, 585), 330, 40, 168)


def draw_notebook(pen, c):
    backdrop(pen, c)
    pen.rect(435, 175, 1005, 585, c["dark"], radius=24)
    pen.rect(455, 190, 714, 565, WHITE, radius=10)
    pen.rect(726, 190, 985, 565, WHITE, radius=10)
    for y in range(245, 545, 42):
        pen.rect(480, y, 694, y + 3, SKY_BLUE)
        pen.rect(746, y, 960, y + 3, SKY_BLUE)
    pen.text(555, 257, "ABC", 64, c["dark"], weight=1)
    for y, length in [(316, 180), (358, 140), (400, 170), (442, 90), (484, 150)]:
        pen.rect(482, y - 4, 482 + length, y + 4, c["mid"], radius=4)
    for y, length in [(232, 150), (274, 100)]:
        pen.rect(748, y - 4, 748 + length, y + 4, c["mid"], radius=4)
    for y in range(210, 560, 36):
        pen.circle(720, y, 9, c["light"])
        pen.rect(714, y - 14, 726, y + 2, "#9aa3ad", radius=6)
    pencil(pen, (870, 300), 340, 40, 225)


def bubble(pen, left, top, right, bottom, fill, tail):
    pen.polygon(tail, fill)
    pen.rect(left, top, right, bottom, fill, radius=(bottom - top) / 2.4)


def draw_languages(pen, c):
    backdrop(pen, c, radius=320)
    bubble(pen, 420, 150, 740, 310, TEAL, [(480, 290), (450, 360), (560, 295)])
    pen.text(580, 232, "Hallo", 86, WHITE)
    bubble(pen, 760, 220, 1040, 370, c["mid"], [(980, 350), (1030, 420), (920, 355)])
    pen.text(900, 297, "Ahoj", 86, WHITE)
    bubble(pen, 520, 410, 860, 570, "#3d7cc9", [(580, 550), (540, 620), (660, 555)])
    pen.text(690, 492, "Witaj", 86, WHITE)


# The motifs, their alt texts and their courses --------------------------------------------


@dataclass(frozen=True)
class Motif:
    key: str
    competence_field: str
    draw: object
    #: Left, top, right, bottom around the centre of interest, in pixels.
    focus: tuple
    #: What the drawing shows, per language code.
    alt: dict

    @property
    def title(self):
        """The stable title of the motif's Wagtail image, by which a second run finds it."""
        return f"Demo: {self.key}"

    @property
    def focal_point(self):
        """Wagtail's focal point fields: the centre and size of focus."""
        left, top, right, bottom = self.focus
        return {
            "focal_point_x": (left + right) // 2,
            "focal_point_y": (top + bottom) // 2,
            "focal_point_width": right - left,
            "focal_point_height": bottom - top,
        }


MOTIFS = {
    motif.key: motif
    for motif in [
        Motif(
            "bar-chart", "economy", draw_bar_chart, (470, 150, 970, 580),
            {
                "de": "Zeichnung: ein Balkendiagramm mit steigenden Balken und einem Pfeil "
                "nach oben",
                "en": "Drawing: a bar chart with rising bars and an arrow pointing upwards",
                "pl": "Rysunek: wykres słupkowy z rosnącymi słupkami i strzałką w górę",
                "cs": "Kresba: sloupcový graf se stoupajícími sloupci a šipkou nahoru",
                "hsb": "Rysowanka: diagram z rosćacymi stołpikami a šipkom horje",
            },
        ),
        Motif(
            "coins", "economy", draw_coins, (460, 260, 980, 600),
            {
                "de": "Zeichnung: drei Stapel Goldmünzen, jeder höher als der vorige",
                "en": "Drawing: three stacks of gold coins, each taller than the last",
                "pl": "Rysunek: trzy stosy złotych monet, każdy wyższy od poprzedniego",
                "cs": "Kresba: tři sloupce zlatých mincí, každý vyšší než předchozí",
                "hsb": "Rysowanka: tři kopicy złotych pjenjezow, kóžda wyša hač předchadna",
            },
        ),
        Motif(
            "gears", "economy", draw_gears, (440, 120, 1010, 590),
            {
                "de": "Zeichnung: ein großes blaues und ein kleines gelbes Zahnrad, die "
                "ineinandergreifen",
                "en": "Drawing: a large blue gear and a small yellow gear meshing together",
                "pl": "Rysunek: duże niebieskie i małe żółte koło zębate, które się zazębiają",
                "cs": "Kresba: velké modré a malé žluté ozubené kolo, která do sebe zapadají",
                "hsb": "Rysowanka: wulke módre a małe žołte zubate koleso",
            },
        ),
        Motif(
            "sun-hills", "life", draw_sun_hills, (530, 110, 910, 500),
            {
                "de": "Zeichnung: eine Sonne über grünen Hügeln mit Bäumen",
                "en": "Drawing: a sun above green hills with trees",
                "pl": "Rysunek: słońce nad zielonymi wzgórzami z drzewami",
                "cs": "Kresba: slunce nad zelenými kopci se stromy",
                "hsb": "Rysowanka: słónco nad zelenymi hórkami ze štomami",
            },
        ),
        Motif(
            "phone-chat", "life", draw_phone_chat, (510, 130, 1030, 610),
            {
                "de": "Zeichnung: ein Smartphone mit Nachrichten und einer Sprechblase",
                "en": "Drawing: a smartphone with messages and a speech bubble",
                "pl": "Rysunek: smartfon z wiadomościami i dymkiem",
                "cs": "Kresba: chytrý telefon se zprávami a bublinou",
                "hsb": "Rysowanka: smartphone z powěsćemi",
            },
        ),
        Motif(
            "house-heart", "life", draw_house_heart, (520, 185, 920, 610),
            {
                "de": "Zeichnung: ein Haus mit einem roten Herz über der Tür",
                "en": "Drawing: a house with a red heart above the door",
                "pl": "Rysunek: dom z czerwonym sercem nad drzwiami",
                "cs": "Kresba: dům s červeným srdcem nad dveřmi",
                "hsb": "Rysowanka: dom z čerwjenej wutrobu nad durjemi",
            },
        ),
        Motif(
            "flask", "research", draw_flask, (520, 60, 920, 615),
            {
                "de": "Zeichnung: ein Glaskolben mit türkiser Flüssigkeit, aus dem Blasen "
                "aufsteigen",
                "en": "Drawing: a glass flask with turquoise liquid and bubbles rising from it",
                "pl": "Rysunek: szklana kolba z turkusowym płynem, z której unoszą się "
                "bąbelki",
                "cs": "Kresba: skleněná baňka s tyrkysovou tekutinou, ze které stoupají "
                "bublinky",
                "hsb": "Rysowanka: škleńčana laborna bańka z módrozelenej tekućinu",
            },
        ),
        Motif(
            "wind-sun", "research", draw_wind_sun, (500, 80, 1030, 560),
            {
                "de": "Zeichnung: zwei Windräder auf einem Hügel unter der Sonne",
                "en": "Drawing: two wind turbines on a hill under the sun",
                "pl": "Rysunek: dwie turbiny wiatrowe na wzgórzu w słońcu",
                "cs": "Kresba: dvě větrné elektrárny na kopci pod sluncem",
                "hsb": "Rysowanka: dwaj wětrnikaj na hórce pod słóncom",
            },
        ),
        Motif(
            "weather", "research", draw_weather, (470, 120, 1030, 590),
            {
                "de": "Zeichnung: eine Wolke vor der Sonne mit Regentropfen, daneben ein "
                "Thermometer",
                "en": "Drawing: a cloud in front of the sun with raindrops, and a thermometer "
                "beside it",
                "pl": "Rysunek: chmura przed słońcem z kroplami deszczu, obok termometr",
                "cs": "Kresba: mrak před sluncem s kapkami deště, vedle něj teploměr",
                "hsb": "Rysowanka: mróčel před słóncom z dešćowymi kapkami a pódla termometer",
            },
        ),
        Motif(
            "books", "education", draw_books, (490, 300, 990, 600),
            {
                "de": "Zeichnung: ein Stapel Bücher neben einem Bleistift",
                "en": "Drawing: a stack of books next to a pencil",
                "pl": "Rysunek: stos książek obok ołówka",
                "cs": "Kresba: hromádka knih vedle tužky",
                "hsb": "Rysowanka: štyri knihi jedna na druhej a pódla wołojnik",
            },
        ),
        Motif(
            "notebook", "education", draw_notebook, (435, 175, 1005, 585),
            {
                "de": "Zeichnung: ein aufgeschlagenes Heft, in dem „ABC“ steht, und ein "
                "Bleistift",
                "en": "Drawing: an open notebook with “ABC” written in it, and a pencil",
                "pl": "Rysunek: otwarty zeszyt z napisem „ABC” i ołówek",
                "cs": "Kresba: otevřený sešit s nápisem „ABC“ a tužka",
                "hsb": "Rysowanka: wotewrjeny zešiwk z napisom „ABC“ a wołojnik",
            },
        ),
        Motif(
            "languages", "education", draw_languages, (420, 150, 1040, 620),
            {
                "de": "Zeichnung: drei Sprechblasen mit „Hallo“, „Ahoj“ und „Witaj“",
                "en": "Drawing: three speech bubbles saying “Hallo”, “Ahoj” and “Witaj”",
                "pl": "Rysunek: trzy dymki z napisami „Hallo”, „Ahoj” i „Witaj”",
                "cs": "Kresba: tři bubliny s nápisy „Hallo“, „Ahoj“ a „Witaj“",
                "hsb": "Rysowanka: tři bubliny ze słowami „Hallo“, „Ahoj“ a „Witaj“",
            },
        ),
    ]
}  # fmt: skip

#: German course slug: its motif. The courses not listed here deliberately have no
#: picture, so that the demo catalogue also shows the field-coloured card of a course
#: without one (one course per field): WITHOUT_PICTURE.
COURSE_PICTURES = {
    # Economy
    "3d-druck-werkstatt-fuer-kinder": "gears",
    "gruendungsabend-goerlitz": "bar-chart",
    "additive-fertigung-im-betrieb": "gears",
    "schuelerfirma-gruenden": "coins",
    "lean-methoden-kompakt": "bar-chart",
    "cad-fuer-einsteiger": "gears",
    "mentoring-fuer-junge-unternehmen": "coins",
    # Life
    "digital-fit-im-alter": "phone-chat",
    "familienfreundlich-arbeiten": "house-heart",
    "zurueck-in-die-oberlausitz": "sun-hills",
    "digitales-dorf": "phone-chat",
    "sicher-im-netz": "phone-chat",
    "arbeiten-ueber-die-grenze": "sun-hills",
    "stadtdetektive-hoyerswerda": "house-heart",
    "erste-eigene-wohnung": "house-heart",
    # Research
    "wasserstoff-und-energiespeicher": "flask",
    "kleine-energieforscher": "wind-sun",
    "vom-joghurtbecher-zum-filament": "flask",
    "dekarbonisierung-im-mittelstand": "wind-sun",
    "buergerforschung-wetter-und-klima": "weather",
    "planspiel-smart-grid": "wind-sun",
    "wissenschaft-am-abend": "flask",
    # Education
    "z-lupu-do-lesa": "sun-hills",
    "polnisch-fuer-nachbarn": "languages",
    "sousede-tschechisch-fuer-kinder": "languages",
    "sorbisch-fuer-einsteiger": "books",
    "technik-tag-fuer-maedchen": "gears",
    "berufe-zum-anfassen": "notebook",
    "erzaehlcafe-generationen": "books",
    "deutsch-im-beruf": "notebook",
}

#: Without a picture, on purpose: the demo shows each field's fallback card once.
WITHOUT_PICTURE = (
    "vom-zulieferer-zum-eigenen-produkt",  # economy
    "repair-cafe-herrnhut",  # life
    "metall-3d-druck-forschung",  # research
    "lernbegleitung-in-der-ausbildung",  # education
)


def render(key):
    """The motif as a 1440 × 720 RGB image."""
    motif = MOTIFS[key]
    colours = PALETTES[motif.competence_field]
    pen = Pen(colours["bg"])
    motif.draw(pen, colours)
    return pen.finish()


def png_bytes(key):
    """The motif as an optimised PNG with a small palette: flat colours need no more, and
    the file is a third of the size (octree: four times as fast as median cut, and no
    visible difference here)."""
    image = render(key).quantize(PNG_COLOURS, method=Image.Quantize.FASTOCTREE, dither=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
