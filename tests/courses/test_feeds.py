"""Feeds to subscribe to: the dates of any catalogue filter as an iCalendar feed, and the
newly published courses of a language as an Atom feed."""

import datetime
import xml.etree.ElementTree as ElementTree

import pytest
from django.utils import timezone
from icalendar import Calendar

from courses.models import AgeGroup
from tests import factories

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def uids(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(event["uid"]) for event in calendar.walk("VEVENT")}, calendar


def meeting_uids(*sessions):
    return {
        f"session-{session.pk}-meeting-{meeting.pk}@wirkstatt"
        for session in sessions
        for meeting in session.meetings.all()
    }


@pytest.fixture
def catalogue(site):
    """Children's and adults' courses in Görlitz and Bautzen, a series among them, a session
    in the past and one called off."""
    goerlitz, bautzen = factories.make_venue("Görlitz"), factories.make_venue("Bautzen")
    kids = factories.make_course(title="Roboter bauen", ages=("children",))
    adults = factories.make_course(title="Steuern verstehen", ages=("adults",))
    sessions = {
        "kids in Görlitz": factories.make_series(kids, meetings=3, days_ahead=5, venue=goerlitz),
        "kids in Bautzen": factories.make_session(kids, days_ahead=20, venue=bautzen),
        "adults in Görlitz": factories.make_session(adults, days_ahead=8, venue=goerlitz),
        "kids, past": factories.make_session(kids, days_ahead=-10, venue=goerlitz),
        "kids, called off": factories.make_session(
            kids, days_ahead=12, venue=goerlitz, status="cancelled"
        ),
    }
    return {"kids": kids, "adults": adults, "goerlitz": goerlitz, **sessions}


def test_a_filter_lists_exactly_its_upcoming_sessions(client, catalogue):
    found, calendar = uids(
        client.get("/de/feeds/courses.ics", {"age": "children", "place": "Görlitz"})
    )
    assert found == meeting_uids(catalogue["kids in Görlitz"])
    assert str(calendar["x-wr-calname"]) == "Wirkstatt: Kinder, Görlitz"


def test_without_a_filter_every_upcoming_session_is_in_the_calendar(client, catalogue):
    found, calendar = uids(client.get("/de/feeds/courses.ics"))
    assert found == meeting_uids(
        catalogue["kids in Görlitz"], catalogue["kids in Bautzen"], catalogue["adults in Görlitz"]
    )
    assert str(calendar["x-wr-calname"]) == "Wirkstatt: alle Kurse"


def test_dates_narrow_the_calendar(client, catalogue):
    today = timezone.localdate()
    found, _calendar = uids(
        client.get(
            "/de/feeds/courses.ics",
            {
                "date_from": (today + datetime.timedelta(days=15)).isoformat(),
                "date_to": (today + datetime.timedelta(days=30)).isoformat(),
            },
        )
    )
    # The series meets on days 5, 12 and 19: its third meeting is in these dates.
    series = catalogue["kids in Görlitz"]
    third = series.meetings.order_by("start")[2]
    assert found == meeting_uids(catalogue["kids in Bautzen"]) | {
        f"session-{series.pk}-meeting-{third.pk}@wirkstatt"
    }


def test_the_calendar_is_in_the_readers_language(client, catalogue):
    factories.translate(catalogue["kids"], "pl", title="Budujemy roboty")
    children = AgeGroup.objects.get(code="children", locale__language_code="de")
    if not children.has_translation(factories.locale("pl")):
        polish_group = children.copy_for_translation(factories.locale("pl"))
        polish_group.name = "Dzieci"
        polish_group.save()
    polish = catalogue["goerlitz"].copy_for_translation(factories.locale("pl"))
    polish.name, polish.town = "Warsztat Zgorzelec", "Zgorzelec"
    polish.save()
    _found, calendar = uids(client.get("/pl/feeds/courses.ics", {"age": "children"}))
    events = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert events == {"Budujemy roboty"}
    locations = {str(event["location"]) for event in calendar.walk("VEVENT")}
    assert "Warsztat Zgorzelec, Markt 1, 02763 Zgorzelec" in locations
    assert str(calendar["x-wr-calname"]) == "Wirkstatt: Dzieci"


def test_an_unknown_filter_value_is_refused_not_ignored(client, catalogue):
    response = client.get("/pl/feeds/courses.ics", {"age": "pensioners"})
    assert response.status_code == 400
    assert "Grupa wiekowa" in response.content.decode()


def test_the_catalogue_offers_its_filter_as_a_subscription(client, catalogue):
    html = client.get("/de/kurse/", {"age": "children"}).content.decode()
    assert 'href="/de/feeds/courses.ics?age=children"' in html


def test_the_calendar_comes_from_the_page_cache_until_a_session_changes(
    client, catalogue, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    client.get("/de/feeds/courses.ics")
    assert client.get("/de/feeds/courses.ics")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        added = factories.make_session(catalogue["adults"], days_ahead=40)
    found, _calendar = uids(client.get("/de/feeds/courses.ics"))
    assert meeting_uids(added) <= found


# Atom ------------------------------------------------------------------------------------


def entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    # What RFC 4287 requires of a feed and of each entry.
    for element in ("id", "title", "updated", "author/" + ATOM + "name"):
        assert feed.find(ATOM + element) is not None, element
    for entry in feed.findall(ATOM + "entry"):
        for element in ("id", "title", "updated"):
            assert entry.find(ATOM + element) is not None, element
        assert entry.find(ATOM + "link").get("href").startswith("http")
    return feed, feed.findall(ATOM + "entry")


def test_new_courses_newest_first_in_the_readers_language(client, site):
    first = factories.make_course(title="Erster Kurs")
    second = factories.make_course(title="Zweiter Kurs")
    factories.translate(second, "pl", title="Drugi kurs")
    draft = factories.make_course(title="Entwurf", live=False)
    for number, course in enumerate([first, second]):
        course.first_published_at = timezone.now() - datetime.timedelta(days=2 - number)
        course.save()
    feed, found = entries(client.get("/pl/feeds/new-courses.atom"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "pl"
    assert [entry.find(ATOM + "title").text for entry in found] == ["Drugi kurs", "Erster Kurs"]
    assert draft.title not in [entry.find(ATOM + "title").text for entry in found]
    link = found[0].find(ATOM + "link").get("href")
    assert link.endswith("/pl/") is False and "/pl/" in link


def test_every_page_announces_the_feed(client, site):
    html = client.get("/cs/").content.decode()
    assert 'type="application/atom+xml" href="/cs/feeds/new-courses.atom"' in html
