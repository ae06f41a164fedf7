import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("learners", "0012_attendance_per_meeting")]

    operations = [
        migrations.RemoveConstraint(
            model_name="attendance", name="one_attendance_row_per_enrolment_and_day"
        ),
        migrations.AlterField(
            model_name="attendance",
            name="date",
            field=models.DateField(null=True, verbose_name="date"),
        ),
        migrations.RemoveField(model_name="attendance", name="date"),
        migrations.AlterField(
            model_name="attendance",
            name="meeting",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="attendance",
                to="courses.meeting",
                verbose_name="meeting",
            ),
        ),
        migrations.AddConstraint(
            model_name="attendance",
            constraint=models.UniqueConstraint(
                fields=("enrolment", "meeting"), name="one_attendance_row_per_meeting"
            ),
        ),
    ]
