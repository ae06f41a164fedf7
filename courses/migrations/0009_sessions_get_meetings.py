"""Every existing session becomes a series: one meeting, or one per calendar day for a
session over several days (as attendance was taken per day). Nothing else changes: the
session keeps its seats, bookings, waiting list and deadlines."""

from django.db import migrations

from courses.models.meetings import meetings_for_span


def give_sessions_meetings(apps, schema_editor):
    CourseSession = apps.get_model("courses", "CourseSession")
    Meeting = apps.get_model("courses", "Meeting")
    for session in CourseSession.objects.filter(meetings__isnull=True).iterator():
        Meeting.objects.bulk_create(
            Meeting(session=session, start=start, end=end, status=session.status)
            for start, end in meetings_for_span(session.start, session.end)
        )


def drop_meetings(apps, schema_editor):
    apps.get_model("courses", "Meeting").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("courses", "0008_meetings")]

    operations = [migrations.RunPython(give_sessions_meetings, drop_meetings)]
