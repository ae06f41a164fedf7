"""On PostgreSQL a statement a connection runs again and again is prepared on the server, so
that PostgreSQL neither parses nor plans it again (``DATABASES`` in the base settings)."""

import pytest
from django.conf import settings
from django.db import connection

from learners.models import User

pytestmark = pytest.mark.django_db

#: A statement no other test runs: the connection is shared, and it prepares each once.
PROBE = 'SELECT "username" FROM "learners_user" WHERE "id" = %s /* prepared-probe */'


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Prepared statements are PostgreSQL's (make test-postgres, run in CI)")


def username(pk):
    with connection.cursor() as cursor:
        cursor.execute(PROBE, [pk])
        row = cursor.fetchone()
    return row[0] if row else None


def probes_prepared():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ["%/* prepared-probe */%"],
        )
        return cursor.fetchone()[0]


def test_a_statement_run_often_is_prepared_and_answers_as_before():
    learner = User.objects.create_user("prepared", year_of_birth=1950)
    threshold = settings.DATABASES["default"]["OPTIONS"]["prepare_threshold"]
    assert [username(learner.pk) for _ in range(threshold)] == ["prepared"] * threshold
    assert probes_prepared() == 0
    assert username(learner.pk) == "prepared"
    assert probes_prepared() == 1
    # The prepared statement with another value gives that value's answer.
    assert username(learner.pk + 1000) is None
    assert probes_prepared() == 1
