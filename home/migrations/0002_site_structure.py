"""The site's skeleton: one locale per language, the German home page and catalogue.

Content (courses, translations) comes from the CMS or from `load_demo_data`.
"""

import uuid

from django.conf import settings
from django.db import migrations

HOME_PATH = "00010001"
CATALOGUE_PATH = HOME_PATH + "0001"


def create_structure(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    CourseIndexPage = apps.get_model("courses.CourseIndexPage")

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    root = Page.objects.get(depth=1)
    root.numchild = 1
    root.save(update_fields=["numchild"])

    home = HomePage.objects.create(
        title="Wirkstatt",
        draft_title="Wirkstatt",
        slug="home",
        content_type=ContentType.objects.get_for_model(HomePage),
        path=HOME_PATH,
        depth=2,
        numchild=1,
        url_path="/home/",
        locale=german,
        translation_key=uuid.uuid4(),
        live=True,
        hero_title="Lernen, wo die Zukunft der Lausitz entsteht",
        hero_text="",
    )
    CourseIndexPage.objects.create(
        title="Kurse",
        draft_title="Kurse",
        slug="kurse",
        content_type=ContentType.objects.get_for_model(CourseIndexPage),
        path=CATALOGUE_PATH,
        depth=3,
        numchild=0,
        url_path="/home/kurse/",
        locale=german,
        translation_key=uuid.uuid4(),
        live=True,
    )
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
        site_name="Wirkstatt",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("courses", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_structure, migrations.RunPython.noop)]
