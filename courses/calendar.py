"""iCalendar (RFC 5545) files for sessions."""

from django.utils import timezone
from icalendar import Calendar, Event, vText


def new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", "-//Wirkstatt//Course sessions//DE")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def session_events(session, course, course_url):
    """One event per meeting of the session. Each meeting keeps its UID, so a subscribed
    calendar moves or cancels that meeting alone when organisers change it."""
    place = getattr(session, "place", None) or session.venue
    for meeting in session.meetings.all():
        event = Event()
        event.add("uid", f"session-{session.pk}-meeting-{meeting.pk}@wirkstatt")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", meeting.start)
        event.add("dtend", meeting.end)
        event.add("summary", course.title)
        event.add("description", f"{course.teaser}\n\n{course_url}")
        event.add("url", course_url)
        cancelled = session.is_cancelled or meeting.is_cancelled
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        where = meeting.venue or (None if meeting.online else place)
        if where is not None:
            event["location"] = vText(f"{where.name}, {where.address}")
        yield event


def session_calendar(session, course, course_url):
    calendar = new_calendar()
    for event in session_events(session, course, course_url):
        calendar.add_component(event)
    return calendar.to_ical()
