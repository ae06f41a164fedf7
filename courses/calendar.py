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


def session_event(session, course, course_url):
    event = Event()
    event.add("uid", f"session-{session.pk}@wirkstatt")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.start)
    event.add("dtend", session.end)
    event.add("summary", course.title)
    event.add("description", f"{course.teaser}\n\n{course_url}")
    event.add("url", course_url)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    place = getattr(session, "place", None) or session.venue
    if place is not None:
        event["location"] = vText(f"{place.name}, {place.address}")
    return event


def session_calendar(session, course, course_url):
    calendar = new_calendar()
    calendar.add_component(session_event(session, course, course_url))
    return calendar.to_ical()
