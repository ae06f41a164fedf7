"""Attendance taken per day becomes attendance per meeting: each row goes to the session's
first meeting held on that day (sessions over several days got one meeting per day when
they became series). A day with no meeting left, because the series was edited since, gets
its meeting back at the session's times of day, so that no record of who was there is lost."""

import datetime

from django.db import migrations
from django.utils import timezone


def attach_to_meetings(apps, schema_editor):
    Attendance = apps.get_model("learners", "Attendance")
    Meeting = apps.get_model("courses", "Meeting")
    rows = Attendance.objects.filter(meeting__isnull=True).select_related("enrolment__session")
    found = {}
    for row in rows.iterator():
        session = row.enrolment.session
        if session is None:  # cannot happen: attendance is taken in a session
            row.delete()
            continue
        key = (session.pk, row.date)
        if key not in found:
            found[key] = meeting_on(Meeting, session, row.date)
        row.meeting = found[key]
        row.save(update_fields=["meeting"])


def meeting_on(Meeting, session, day):
    meetings = [
        meeting
        for meeting in Meeting.objects.filter(session=session).order_by("start")
        if timezone.localdate(meeting.start) == day
    ]
    held = [meeting for meeting in meetings if meeting.status != "cancelled"]
    if held or meetings:
        return (held or meetings)[0]
    opens = timezone.localtime(session.start).time()
    closes = timezone.localtime(session.end).time()
    if closes <= opens:
        opens, closes = datetime.time(0), datetime.time(23, 59)
    return Meeting.objects.create(
        session=session,
        start=timezone.make_aware(datetime.datetime.combine(day, opens)),
        end=timezone.make_aware(datetime.datetime.combine(day, closes)),
    )


def attach_to_days(apps, schema_editor):
    Attendance = apps.get_model("learners", "Attendance")
    for row in Attendance.objects.select_related("meeting").iterator():
        row.date = timezone.localdate(row.meeting.start)
        row.save(update_fields=["date"])


class Migration(migrations.Migration):
    dependencies = [("learners", "0011_attendance_meeting")]

    operations = [migrations.RunPython(attach_to_meetings, attach_to_days)]
