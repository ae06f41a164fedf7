"""Education managers issue certificates by hand, revoke them and read their history."""

from django.db import migrations

PERMISSIONS = {
    "view_certificate": "Can view certificate",
    "add_certificate": "Can add certificate",
    "change_certificate": "Can change certificate",
    "revoke_certificate": "Can revoke certificates",
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="learners", model="certificate")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in PERMISSIONS.items()
    ]
    for group in Group.objects.filter(name="Education managers"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("learners", "0006_progress_attendance_certificates")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
