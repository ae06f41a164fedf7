import pytest
from icalendar import Calendar

from learners.enrolment import services as service
from learners.models import CalendarFeed
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(site):
    learner = factories.make_user("ola", year_of_birth=1988, preferred_language="pl")
    course = factories.make_course(title="Solartechnik")
    factories.translate(course, "pl", title="Technika solarna", slug="technika-solarna")
    service.enrol(learner, factories.make_session(course, days_ahead=3).pk)
    full = factories.make_session(course, days_ahead=9, capacity=0)
    service.enrol(learner, full.pk)  # waiting list: not in the calendar
    return learner


def test_personal_feed_lists_confirmed_sessions_in_the_learners_language(client, learner):
    client.force_login(learner)
    client.post("/pl/my-learning/calendar/")
    token = CalendarFeed.objects.get(learner=learner).token
    client.logout()
    response = client.get(f"/calendar/{token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Technika solarna"]


def test_replacing_the_address_revokes_the_old_one(client, learner):
    client.force_login(learner)
    client.post("/de/my-learning/calendar/")
    old = CalendarFeed.objects.get().token
    client.post("/de/my-learning/calendar/")
    new = CalendarFeed.objects.get().token
    assert old != new
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{new}.ics").status_code == 200
    assert new in client.get("/de/my-learning/").content.decode()


def test_unknown_token_is_404(client, db):
    assert client.get("/calendar/not-a-real-token.ics").status_code == 404
