"""The network's fixed vocabularies in German; translations come through wagtail-localize."""

import uuid

from django.conf import settings
from django.db import migrations

LANGUAGES_OF_INSTRUCTION = ["de", "en", "pl", "cs", "hsb", "uk"]

COMPETENCE_FIELDS = [
    ("economy", "Wirtschaft", "Additive Fertigung, effiziente Produktion, eigene Produkte und Gründungskultur."),
    ("life", "Leben", "Leben und Arbeiten in der Region, familienfreundliche Arbeit, Digitalisierung in Stadt und Dorf."),
    ("research", "Forschung", "Forschung zu additiver Fertigung, vernetzten Energiesystemen mit Speichern und Dekarbonisierung."),
    ("education", "Bildung", "Nicht-formales Lernen in jedem Alter, Chancengleichheit, mehrsprachiges und soziales Lernen, Fachkräfte."),
]

AGE_GROUPS = [
    ("children", "Kinder", 6, 12),
    ("young-people", "Jugendliche", 13, 17),
    ("adults", "Erwachsene", 18, 64),
    ("seniors", "Seniorinnen und Senioren", 65, None),
]


def create_vocabulary(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    InstructionLanguage = apps.get_model("courses.InstructionLanguage")
    CompetenceField = apps.get_model("courses.CompetenceField")
    AgeGroup = apps.get_model("courses.AgeGroup")

    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for code in LANGUAGES_OF_INSTRUCTION:
        InstructionLanguage.objects.get_or_create(code=code)
    for order, (code, name, description) in enumerate(COMPETENCE_FIELDS):
        CompetenceField.objects.get_or_create(
            code=code,
            locale=german,
            defaults={
                "name": name,
                "description": description,
                "sort_order": order,
                "translation_key": uuid.uuid4(),
            },
        )
    for order, (code, name, min_age, max_age) in enumerate(AGE_GROUPS):
        AgeGroup.objects.get_or_create(
            code=code,
            locale=german,
            defaults={
                "name": name,
                "min_age": min_age,
                "max_age": max_age,
                "sort_order": order,
                "translation_key": uuid.uuid4(),
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("home", "0002_site_structure"),
    ]

    operations = [migrations.RunPython(create_vocabulary, migrations.RunPython.noop)]
