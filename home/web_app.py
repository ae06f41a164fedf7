"""What browsers fetch besides the pages: /favicon.ico and the web app manifest.

The icons themselves are static files (home/icons.py draws them). Browsers ask for
/favicon.ico at the root whatever the page says, so it answers there; the manifest names
the site in the visitor's language, one per language prefix.
"""

import json
from functools import lru_cache

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from home import icons

# Browsers and phones look at these again now and then; a day keeps them current enough.
MAX_AGE = 24 * 60 * 60
THEME_COLOUR = icons.GREEN
BACKGROUND_COLOUR = "#ffffff"


@lru_cache(maxsize=1)
def favicon_bytes():
    path = finders.find(f"icons/{icons.ICO_FILE}")
    if path is None:
        raise Http404("favicon.ico is missing: run manage.py draw_icons")
    with open(path, "rb") as file:
        return file.read()


def cacheable(response):
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response


@require_safe
def favicon(request):
    return cacheable(HttpResponse(favicon_bytes(), content_type="image/x-icon"))


def manifest_data():
    language = get_language()
    home = f"/{language}/"
    png = "image/png"
    return {
        "name": f"Wirkstatt – {_('Learning workshop of Upper Lusatia')}",
        "short_name": "Wirkstatt",
        "description": _(
            "Wirkstatt is the course platform of a regional innovation network in Upper "
            "Lusatia: non-formal education for every age in economy, life, research and "
            "education."
        ),
        "lang": language,
        "dir": "ltr",
        # One app whatever the language it was installed in.
        "id": "/",
        "start_url": home,
        "scope": "/",
        "display": "browser",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static(f"icons/{icons.SVG_FILE}"), "type": "image/svg+xml", "sizes": "any"},
            {"src": static("icons/icon-192.png"), "type": png, "sizes": "192x192"},
            {"src": static("icons/icon-512.png"), "type": png, "sizes": "512x512"},
            {
                "src": static("icons/icon-maskable-512.png"),
                "type": png,
                "sizes": "512x512",
                "purpose": "maskable",
            },
        ],
        "shortcuts": [
            {"name": _("Search courses"), "url": reverse("search")},
        ],
    }


@require_safe
def manifest(request):
    body = json.dumps(manifest_data(), ensure_ascii=False, indent=2)
    return cacheable(HttpResponse(body, content_type="application/manifest+json"))
