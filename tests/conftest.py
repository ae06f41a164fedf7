import os
import socket
import time
from types import SimpleNamespace

import django_ratelimit.core
import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from learners.certificates.signing_keys import generate_pem
from tests import factories
from tests.fuzz_tally import TALLY as FUZZ_TALLY


@pytest.fixture(autouse=True)
def _isolated(settings):
    cache.clear()
    settings.LANGUAGE_CODE = "de"
    yield
    translation.activate("de")


@pytest.fixture(autouse=True)
def _steady_rate_limit_window(monkeypatch):
    """django-ratelimit counts in fixed windows of wall-clock time, so a test whose requests
    straddle a window's end would see its count start again. Its clock stands still here."""
    now = time.time()
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now))


@pytest.fixture(scope="session", autouse=True)
def openbadges_signing_key():
    """A throw-away key that signs the credentials issued in tests."""
    pem = generate_pem(2048)
    with override_settings(OPENBADGES_SIGNING_KEY=pem):
        yield pem


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database with the site every test starts from: the migrated skeleton, its
    home page, catalogue and partner translated (``site``). Made once, not per test: three
    of four tests need it, and translating cost seconds each. It is serialized again, so
    that transactional tests with ``serialized_rollback`` get it back too."""
    from django.db import connections

    with django_db_blocker.unblock():
        factories.translate_site()
        for connection in connections.all():
            if hasattr(connection, "_test_serialized_contents"):
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def site(db):
    """The migrated site skeleton with the home page and catalogue in all five languages
    (made once per run; again here only after a transactional test emptied the tables)."""
    factories.translate_site()
    return factories


@pytest.fixture
def trainer(db):
    return factories.make_trainer("trainer.anna", display_name="Anna Trainer")


@pytest.fixture
def other_trainer(db):
    return factories.make_trainer("trainer.jan", display_name="Jan Trainer")


@pytest.fixture
def manager(db):
    return factories.make_user("manager", group="Education managers")


@pytest.fixture
def teacher(db):
    return factories.make_teacher()


@pytest.fixture
def school(teacher):
    """Registered by the teacher, not yet approved."""
    return factories.make_school(teacher)


@pytest.fixture
def approved(school, manager):
    """The teacher's school, approved by the manager."""
    from learners.schools import services as schools

    schools.approve_school(school, manager)
    school.refresh_from_db()
    return school


def service_reachable(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def redis_url():
    """The development machines' Redis; CI must have it, a newcomer may not."""
    if not service_reachable("127.0.0.1", 6379):
        message = "Redis is not running on 127.0.0.1:6379"
        if os.environ.get("CI", "").lower() in {"1", "true"}:
            pytest.fail(message)
        pytest.skip(message)
    return "redis://127.0.0.1:6379/15"


def pytest_terminal_summary(terminalreporter):
    if FUZZ_TALLY.requests:
        terminalreporter.write_line(FUZZ_TALLY.summary())
