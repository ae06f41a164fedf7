"""On PostgreSQL a statement a connection runs again and again is prepared on the server, so
that PostgreSQL neither parses nor plans it again (``DATABASES`` in the base settings)."""

import pytest
from django.conf import settings
from django.db import connection

from learners.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Prepared statements are PostgreSQL's (make test-postgres, run in CI)")


def prepared_statements_on_users():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ['%FROM "learners_user"%'],
        )
        return cursor.fetchone()[0]


def test_a_query_run_often_is_prepared_and_answers_the_same():
    learner = User.objects.create_user("prepared", year_of_birth=1950)
    threshold = settings.DATABASES["default"]["OPTIONS"]["prepare_threshold"]
    before = prepared_statements_on_users()
    answers = [User.objects.filter(pk=learner.pk).first() for _ in range(threshold + 1)]
    assert prepared_statements_on_users() == before + 1
    assert {user.username for user in answers} == {"prepared"}
    # Another value for the same statement: the prepared one, with its own answer.
    assert User.objects.filter(pk=learner.pk + 1000).first() is None
    assert prepared_statements_on_users() == before + 1
