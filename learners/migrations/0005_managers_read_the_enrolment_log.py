"""Education managers read the enrolment audit log (Reports → Site history), which Wagtail
shows for models the user holds a permission on."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="learners", model="enrolment")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_enrolment",
        defaults={"name": "Can view enrolment"},
    )
    for group in Group.objects.filter(name="Education managers"):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("learners", "0004_guardian_consent_and_calendar_feed")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
