"""QR codes of links, as inline SVG for pages and PDFs."""

import segno
from django.utils.safestring import mark_safe


def qr_code_svg(url, scale=1, **svg_options):
    """An SVG QR code of url, safe to put in a template. The default quiet zone of four
    modules stays: phones need it to find the code. svg_options go to segno's
    ``svg_inline`` (dark colour, title, CSS class)."""
    qr_code = segno.make(url, error="m", micro=False)
    return mark_safe(qr_code.svg_inline(scale=scale, omitsize=True, **svg_options))
