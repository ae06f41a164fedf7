"""The site's icons and web app manifest (home/icons.py, home/web_app.py): every page names
them, /favicon.ico answers, and the manifest speaks the visitor's language."""

import io
import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.utils import translation
from PIL import Image, ImageChops

from home import icons

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en", "pl", "cs", "hsb"]


def test_favicon_ico_answers_at_the_root_with_three_sizes(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age=" in response["Cache-Control"]
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "ICO"
    assert set(image.info["sizes"]) == {(16, 16), (32, 32), (48, 48)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_manifest_names_the_site_in_the_visitors_language(client, language):
    response = client.get(f"/{language}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["lang"] == language
    assert manifest["start_url"] == f"/{language}/"
    assert manifest["short_name"] == "Wirkstatt"
    with translation.override(language):
        tagline = translation.gettext("Learning workshop of Upper Lusatia")
    assert manifest["name"] == f"Wirkstatt – {tagline}"
    assert manifest["id"] == "/"  # one app, whatever language it was installed in


def test_every_icon_the_manifest_names_is_shipped_in_its_size(client):
    manifest = json.loads(client.get("/pl/manifest.webmanifest").content)
    purposes = set()
    for icon in manifest["icons"]:
        assert icon["src"].startswith("/static/icons/")
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon["src"]
        if icon["type"] == "image/png":
            width, height = (int(n) for n in icon["sizes"].split("x"))
            with Image.open(path) as image:
                assert image.size == (width, height)
        purposes.add(icon.get("purpose", "any"))
    assert purposes == {"any", "maskable"}


def test_pages_link_the_icons_and_their_languages_manifest(client, site):
    html = client.get("/hsb/").content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in html
    assert '<link rel="icon" href="/static/icons/icon.svg" type="image/svg+xml">' in html
    assert '<link rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png">' in html
    assert '<link rel="manifest" href="/hsb/manifest.webmanifest">' in html
    with Image.open(finders.find("icons/apple-touch-icon.png")) as touch_icon:
        assert touch_icon.size == (180, 180)


def test_the_shipped_icons_are_the_drawing(tmp_path):
    """static/icons/ holds what home/icons.py draws: run `manage.py draw_icons` after
    changing the drawing."""
    icons.draw_icons(tmp_path)
    shipped_svg = Path(finders.find(f"icons/{icons.SVG_FILE}")).read_text()
    assert (tmp_path / icons.SVG_FILE).read_text() == shipped_svg
    for name in icons.PNG_FILES:
        with (
            Image.open(tmp_path / name) as drawn,
            Image.open(finders.find(f"icons/{name}")) as file,
        ):
            drawn, shipped = drawn.convert("RGBA"), file.convert("RGBA")
        assert drawn.size == shipped.size
        # Another Pillow may round a pixel differently.
        difference = ImageChops.difference(drawn, shipped).getextrema()
        assert max(high for _low, high in difference) <= 8, name
