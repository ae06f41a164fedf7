import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0010_late_joining"),
        ("learners", "0010_reminders_per_meeting"),
    ]

    operations = [
        migrations.AddField(
            model_name="attendance",
            name="meeting",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="attendance",
                to="courses.meeting",
                verbose_name="meeting",
            ),
        ),
    ]
