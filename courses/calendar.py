"""iCalendar (RFC 5545) files for sessions."""

from django.utils import timezone
from icalendar import Calendar, Event, vText


def session_calendar(session, course, course_url):
    calendar = Calendar()
    calendar.add("prodid", "-//Wirkstatt//Course sessions//DE")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
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
    calendar.add_component(event)
    return calendar.to_ical()
