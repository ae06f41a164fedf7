"""Pages for someone signed in are sent as private and not to be stored."""

import pytest

from learners.models import CalendarFeed
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("address", ["/de/my-learning/", "/de/profile/", "/de/", "/admin/"])
def test_signed_in_pages_are_not_stored(client, site, manager, address):
    client.force_login(manager)
    response = client.get(address)
    assert response.status_code == 200
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


def test_public_pages_for_visitors_stay_cacheable(client, site):
    assert "no-store" not in client.get("/de/").get("Cache-Control", "")


def test_a_response_that_sets_its_own_policy_keeps_it(client, site):
    learner = factories.make_user("lena", year_of_birth=1990)
    feed = CalendarFeed.objects.create(learner=learner)
    client.force_login(learner)  # a calendar program fetches it without a session, too
    response = client.get(f"/calendar/{feed.token}.ics")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, max-age=900"
