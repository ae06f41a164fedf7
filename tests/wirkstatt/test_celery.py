"""The site's base task: queued after commit, never on rollback, and a broker outage never
fails the change that queued it."""

import logging

import pytest
from django.db import transaction
from kombu.exceptions import OperationalError

from wirkstatt.celery import WirkstattTask, app

pytestmark = pytest.mark.django_db

received = []


@app.task(name="tests.wirkstatt.record")
def record(value, extra=None):
    received.append((value, extra))
    return value


@pytest.fixture(autouse=True)
def _nothing_received():
    received.clear()
    yield
    received.clear()


def test_every_task_of_the_site_is_built_on_the_base_class():
    import courses.tasks  # noqa: F401
    import learners.tasks  # noqa: F401

    names = {
        "learners.tasks.send_notification",
        "learners.tasks.send_new_notifications",
        "learners.tasks.send_pending_notifications",
        "learners.tasks.send_session_reminders",
        "learners.tasks.expire_guardian_consents",
        "learners.tasks.issue_certificate",
        "learners.tasks.prepare_certificate",
        "learners.tasks.issue_missing_certificates",
        "learners.tasks.apply_pupil_retention",
        "courses.tasks.prepare_page_renditions",
    }
    assert names <= set(app.tasks)
    assert all(isinstance(app.tasks[name], WirkstattTask) for name in names)


def test_delay_on_commit_queues_after_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            record.delay_on_commit(1, extra="x")
            assert received == []
        assert received == []
    assert received == [(1, "x")]


def test_apply_async_on_commit_queues_after_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        record.apply_async_on_commit((2,), {"extra": "y"}, countdown=0)
        assert received == []
    assert received == [(2, "y")]


def test_a_rolled_back_change_queues_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            record.delay_on_commit(3)
            record.apply_async_on_commit((4,))
            raise RuntimeError("rolled back")
        record.delay_on_commit(5)
    assert len(callbacks) == 1
    assert received == [(5, None)]


def test_a_broker_outage_is_logged_and_does_not_fail_the_change(
    monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(record, "apply_async", broker_down)
    with caplog.at_level(logging.ERROR, logger="wirkstatt.celery"):
        with django_capture_on_commit_callbacks(execute=True):
            record.delay_on_commit(6)
            record.apply_async_on_commit((7,))
    assert received == []
    messages = [entry for entry in caplog.records if entry.name == "wirkstatt.celery"]
    assert [entry.getMessage() for entry in messages] == [
        "Could not queue task tests.wirkstatt.record(6,) after commit; "
        "the change stands, the work is caught up later",
        "Could not queue task tests.wirkstatt.record(7,) after commit; "
        "the change stands, the work is caught up later",
    ]
    assert all(entry.exc_info[0] is OperationalError for entry in messages)


def test_calling_delay_directly_still_reports_a_broker_outage(monkeypatch):
    """Only work queued after a commit is left to the catch-up; a caller that queues
    directly (a command, a benchmark) hears of the outage."""

    def broker_down(*args, **kwargs):
        raise OperationalError("Connection refused.")

    monkeypatch.setattr(record, "apply_async", broker_down)
    with pytest.raises(OperationalError):
        record.delay(8)


drained = []


@app.task(name="tests.wirkstatt.drain", bind=True)
def drain(self):
    self.take_nudges()
    drained.append(len(drained) + 1)


@pytest.fixture
def queued_runs(monkeypatch):
    """A broker that keeps drain's runs queued: nothing starts until the test says so."""
    runs = []
    monkeypatch.setattr(drain, "apply_async", lambda *args, **kwargs: runs.append(kwargs))
    yield runs
    drain.take_nudges()


def test_commits_while_a_run_waits_queue_no_other_run(
    queued_runs, django_capture_on_commit_callbacks
):
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            drain.nudge_on_commit()
    assert queued_runs == [{"countdown": 1}]


def test_a_commit_after_the_run_started_queues_the_next_run(
    queued_runs, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        drain.nudge_on_commit()
    drain.take_nudges()  # the queued run starts, before it reads the outbox
    with django_capture_on_commit_callbacks(execute=True):
        drain.nudge_on_commit()
    assert len(queued_runs) == 2


def test_a_rolled_back_change_nudges_nothing(queued_runs, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            drain.nudge_on_commit()
            raise RuntimeError("rolled back")
    assert queued_runs == []


def test_run_eagerly_every_commit_runs_the_task(django_capture_on_commit_callbacks):
    drained.clear()
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            drain.nudge_on_commit()
    assert drained == [1, 2]


def test_a_nudge_the_broker_refused_is_tried_again_by_the_next_commit(
    monkeypatch, caplog, django_capture_on_commit_callbacks
):
    attempts = []

    def broker_down(*args, **kwargs):
        attempts.append(kwargs)
        raise OperationalError("Connection refused.")

    monkeypatch.setattr(drain, "apply_async", broker_down)
    with caplog.at_level(logging.ERROR, logger="wirkstatt.celery"):
        for _ in range(2):
            with django_capture_on_commit_callbacks(execute=True):
                drain.nudge_on_commit()
    assert attempts == [{"countdown": 1}, {"countdown": 1}]
    assert [entry.getMessage() for entry in caplog.records if entry.name == "wirkstatt.celery"] == [
        "Could not queue task tests.wirkstatt.drain() after commit; "
        "the change stands, the work is caught up later"
    ] * 2
