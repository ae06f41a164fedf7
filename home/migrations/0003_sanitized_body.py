from django.db import migrations

import courses.sanitize


def sanitize_stored_bodies(apps, schema_editor):
    """Clean the standard pages saved before their body was sanitised on save."""
    StandardPage = apps.get_model("home", "StandardPage")
    for pk, body in StandardPage.objects.values_list("pk", "body"):
        clean = courses.sanitize.sanitize_html(body)
        if clean != body:
            StandardPage.objects.filter(pk=pk).update(body=clean)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_site_structure"),
    ]

    operations = [
        migrations.AlterField(
            model_name="standardpage",
            name="body",
            field=courses.sanitize.SanitizedRichTextField(blank=True, verbose_name="text"),
        ),
        migrations.RunPython(sanitize_stored_bodies, migrations.RunPython.noop),
    ]
