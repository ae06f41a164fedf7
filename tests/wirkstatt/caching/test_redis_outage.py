"""Redis is a cache: when it cannot be reached the site serves on from the database, and
what could not be written or retired meanwhile is retired when it answers again."""

import datetime
from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.test import Client, override_settings
from redis.exceptions import ConnectionError as RedisConnectionError

from learners.models import Enrolment, EnrolmentStatus
from tests import factories
from wirkstatt.caching.redis import PooledClientRedisCache

CLOSED_PORT = "redis://127.0.0.1:1/0"


@pytest.fixture
def backend(redis_url):
    cache = PooledClientRedisCache(redis_url, {"KEY_PREFIX": "outage-test", "RETRY_AFTER": 30})
    yield cache
    cache.delete_many(["session", "page", "counter", "written", "gone"])
    for pool in cache._cache._pools.values():
        pool.disconnect()


class Outage:
    """Redis away: every call of the client fails like a refused connection."""

    def __init__(self, cache):
        self.patch = mock.patch.object(
            cache._cache, "get_client", side_effect=RedisConnectionError("refused")
        )

    def __enter__(self):
        self.calls = self.patch.start()
        return self

    def __exit__(self, *exc_info):
        self.patch.stop()


def later(cache, seconds):
    """The clock after ``seconds``, as the backend reads it."""
    now = cache._resting_until - cache.retry_after + seconds
    return mock.patch("wirkstatt.caching.redis.time.monotonic", return_value=now)


def test_an_outage_reads_as_misses_and_writes_nothing(backend, caplog):
    backend.set("session", "signed in", 60)
    with Outage(backend) as outage:
        assert backend.get("session", "default") == "default"
        assert backend.get_many(["session", "page"]) == {}
        assert backend.has_key("session") is False
        assert backend.add("page", "<html>") is True  # as if stored: rate limits let pass
        assert backend.set_many({"page": "<html>"}) == ["page"]
        with pytest.raises(ValueError):
            backend.incr("counter")
        tried = outage.calls.call_count
    assert tried == 1  # after the first failure the backend rests instead of trying
    assert "cannot be reached" in caplog.text


def test_what_an_outage_left_undone_is_done_when_redis_answers(backend, caplog):
    backend.set("session", "signed in", 60)
    backend.set("page", "old page", 60)
    backend.set("counter", 5, 60)
    backend.set("written", "before", 60)
    with Outage(backend):
        backend.delete("session")  # logged out meanwhile
        backend.set("written", "during", 60)  # its value never arrived
        with pytest.raises(ValueError):
            backend.incr("counter")  # e.g. a course's seats changed
        with pytest.raises(ValueError):
            backend.incr("counter", 2)
        backend.delete_many(["page"])
    with later(backend, 5):  # still resting: not even tried
        assert backend.get("session") is None
    assert backend._cache.get(backend.make_and_validate_key("session"), None) == "signed in"
    with later(backend, 31):
        assert backend.get("session") is None  # retired, not resurrected
        assert backend.get("page") is None
        assert backend.get("written") is None  # stale: worked out afresh when next needed
        assert backend.get("counter") == 8
        backend.set("written", "after", 60)
        assert backend.get("written") == "after"
    assert "answers again; 3 stale entries removed" in caplog.text


def test_the_health_check_sees_the_outage(backend):
    assert backend.ping() is True
    with Outage(backend):
        assert backend.ping() is False


# The site with Redis down --------------------------------------------------------------


@pytest.fixture
def redis_down(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    caches = {
        "default": {
            "BACKEND": "wirkstatt.caching.redis.PooledClientRedisCache",
            "LOCATION": CLOSED_PORT,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
    with override_settings(CACHES=caches):
        yield


@pytest.mark.django_db
def test_with_redis_down_visitors_learners_and_bookings_are_served(site, redis_down):
    course = factories.make_course(title="Löten für Einsteiger")
    session = factories.make_session(course, days_ahead=10)
    learner = factories.make_user("lena", email="lena@example.org", year_of_birth=1990)
    EmailAddress.objects.create(user=learner, email=learner.email, verified=True, primary=True)
    client = Client(raise_request_exception=True)
    for address in (
        "/de/",
        "/de/kurse/",
        course.url,
        "/de/search/?q=L%C3%B6ten",
        "/sitemap.xml",
        "/robots.txt",
        "/healthz",
    ):
        response = client.get(address)
        assert response.status_code == 200, address
    assert client.get("/healthz").json()["cache"] == "error"

    response = client.post(
        "/de/accounts/login/", {"login": "lena@example.org", "password": "secret-pass-123"}
    )
    assert (response.status_code, response["Location"]) == (302, "/de/my-learning/")
    response = client.post(f"/de/sessions/{session.pk}/enrol/", {"next": course.url})
    assert (response.status_code, response["Location"]) == (302, course.url)
    assert Enrolment.objects.get(learner=learner).status == EnrolmentStatus.CONFIRMED
    page = client.get("/de/my-learning/")
    assert page.status_code == 200 and "Löten für Einsteiger" in page.content.decode()
    assert "11 Plätze frei" in client.get(course.url).content.decode()  # not a stale page


@pytest.mark.django_db
def test_with_redis_down_a_page_waits_for_no_timeout_twice(site, redis_down):
    """After one refused connection the backend rests: the next pages try nothing."""
    factories.make_course(title="Löten für Einsteiger")
    client = Client()
    client.get("/de/")
    start = datetime.datetime.now()
    with mock.patch("redis.connection.AbstractConnection.connect") as connect:
        for _ in range(5):
            assert client.get("/de/kurse/").status_code == 200
    assert connect.call_count == 0
    assert datetime.datetime.now() - start < datetime.timedelta(seconds=10)
