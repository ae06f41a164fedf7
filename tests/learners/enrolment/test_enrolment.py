import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import ModelLogEntry

from learners.enrolment import services as service
from learners.enrolment.services import EnrolmentError
from learners.models import Enrolment, EnrolmentStatus, Notification
from learners.tasks import send_pending_notifications
from tests import factories

pytestmark = pytest.mark.django_db(transaction=False)

CONFIRMED = EnrolmentStatus.CONFIRMED
WAITLISTED = EnrolmentStatus.WAITLISTED


@pytest.fixture(autouse=True)
def _english():
    """The service messages below are matched in English."""
    with translation.override("en"):
        yield


@pytest.fixture
def course(site):
    return factories.make_course(title="Löten lernen", ages=("adults",))


@pytest.fixture
def session(course):
    return factories.make_session(course, capacity=2, venue=factories.make_venue("Zittau"))


@pytest.fixture
def learners(db):
    return [
        factories.make_user(f"learner{i}", email=f"learner{i}@example.org", year_of_birth=1980)
        for i in range(5)
    ]


def enrol(learner, session, **kwargs):
    return service.enrol(learner, session.pk, **kwargs)


def statuses(session):
    return list(
        Enrolment.objects.filter(session=session)
        .order_by("pk")
        .values_list("learner__username", "status")
    )


def test_seats_are_confirmed_until_full_then_waiting_list_in_order(session, learners):
    results = [enrol(learner, session) for learner in learners[:4]]
    assert [e.status for e in results] == [CONFIRMED, CONFIRMED, WAITLISTED, WAITLISTED]
    assert [e.waiting_list_position() for e in results] == [None, None, 1, 2]
    session.refresh_from_db()
    assert session.seats_taken == 2 and session.seats_left == 0


def test_enrolling_twice_gives_the_same_enrolment(session, learners):
    first = enrol(learners[0], session)
    assert enrol(learners[0], session) == first
    assert Enrolment.objects.filter(learner=learners[0]).count() == 1


def test_cancel_promotes_exactly_one_first_come_first_served(session, learners):
    booked = [enrol(learner, session) for learner in learners[:4]]
    service.cancel_enrolment(booked[0], actor=learners[0])
    assert statuses(session) == [
        ("learner0", "cancelled"),
        ("learner1", "confirmed"),
        ("learner2", "confirmed"),
        ("learner3", "waitlisted"),
    ]
    assert Enrolment.objects.get(learner=learners[3]).waiting_list_position() == 1


def test_cancelling_a_waiting_place_promotes_nobody(session, learners):
    booked = [enrol(learner, session) for learner in learners[:4]]
    service.cancel_enrolment(booked[2], actor=learners[2])
    assert [s for _, s in statuses(session)] == [
        "confirmed",
        "confirmed",
        "cancelled",
        "waitlisted",
    ]


def test_cancelled_learner_can_book_again(session, learners):
    first = enrol(learners[0], session)
    service.cancel_enrolment(first, actor=learners[0])
    again = enrol(learners[0], session)
    assert again.pk != first.pk and again.status == CONFIRMED


def test_raising_capacity_promotes_as_many_as_fit(session, learners):
    for learner in learners:
        enrol(learner, session)
    session.capacity = 4
    session.save()
    promoted = service.capacity_changed(session.pk)
    assert [e.learner for e in promoted] == learners[2:4]
    assert [s for _, s in statuses(session)] == ["confirmed"] * 4 + ["waitlisted"]


def test_booking_deadline(session, learners):
    session.booking_deadline = timezone.now() - datetime.timedelta(minutes=1)
    session.save()
    with pytest.raises(EnrolmentError, match="closed"):
        enrol(learners[0], session)
    assert not Enrolment.objects.exists()


def test_past_and_cancelled_sessions_cannot_be_booked(course, learners):
    past = factories.make_session(course, days_ahead=-2)
    with pytest.raises(EnrolmentError):
        enrol(learners[0], past)
    called_off = factories.make_session(course, status="cancelled")
    with pytest.raises(EnrolmentError, match="cancelled"):
        enrol(learners[0], called_off)
    assert not Enrolment.objects.exists()


def test_unpublished_course_and_forged_session(session, course, learners):
    with pytest.raises(EnrolmentError):
        service.enrol(learners[0], 987654)
    course.unpublish()
    with pytest.raises(EnrolmentError, match="not open"):
        enrol(learners[0], session)
    assert not Enrolment.objects.exists()


def test_minimum_age(site, learners):
    course = factories.make_course(title="Schweißen", minimum_age=18)
    session = factories.make_session(course)
    young = factories.make_user("young", year_of_birth=timezone.now().year - 17)
    with pytest.raises(EnrolmentError, match="18"):
        enrol(young, session)
    unknown = factories.make_user("unknown")
    with pytest.raises(EnrolmentError, match="year of birth"):
        enrol(unknown, session)
    assert enrol(learners[0], session).status == CONFIRMED


def test_learners_under_16_hold_a_seat_awaiting_consent(session, learners):
    child = factories.make_user("child", year_of_birth=timezone.now().year - 12)
    enrolment = enrol(child, session)
    assert enrolment.status == EnrolmentStatus.AWAITING_CONSENT
    assert enrol(learners[0], session).status == CONFIRMED
    assert enrol(learners[1], session).status == WAITLISTED


def test_cancellation_deadline(session, learners):
    enrolment = enrol(learners[0], session)
    session.cancellation_deadline = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    with pytest.raises(EnrolmentError, match="no longer"):
        service.cancel_enrolment(enrolment, actor=learners[0])
    enrolment.refresh_from_db()
    assert enrolment.status == CONFIRMED
    service.cancel_enrolment(enrolment, actor=None, by_organiser=True)
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.CANCELLED


def test_self_paced_course_starts_at_once(site, learners):
    course = factories.make_course(title="Online", format="self_paced")
    first = service.start_self_paced(learners[0], course)
    assert first.status == CONFIRMED and first.session is None
    assert service.start_self_paced(learners[0], course) == first


def test_every_change_is_in_the_audit_log(session, learners):
    booked = [enrol(learner, session) for learner in learners[:3]]
    service.cancel_enrolment(booked[0], actor=learners[0])
    actions = list(
        ModelLogEntry.objects.filter(content_type__model="enrolment")
        .order_by("timestamp", "pk")
        .values_list("action", "user_id")
    )
    assert actions == [
        ("learners.enrolment.confirmed", learners[0].pk),
        ("learners.enrolment.confirmed", learners[1].pk),
        ("learners.enrolment.waitlisted", learners[2].pk),
        ("learners.enrolment.cancelled", learners[0].pk),
        ("learners.enrolment.promoted", learners[0].pk),
    ]


def test_messages_in_the_learners_language_with_calendar_entry(
    session, course, learners, django_capture_on_commit_callbacks
):
    factories.translate(course, "pl", title="Nauka lutowania", slug="lutowanie")
    learner = learners[0]
    learner.preferred_language = "pl"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        enrol(learner, session)
    (message,) = mail.outbox
    assert message.to == [learner.email]
    assert "Nauka lutowania" in message.subject
    assert "/pl/" in message.body
    (name, content, mimetype) = message.attachments[0]
    assert mimetype == "text/calendar"
    (event,) = Calendar.from_ical(content).walk("VEVENT")
    assert str(event["summary"]) == "Nauka lutowania"
    assert Notification.objects.get().sent_at is not None


def test_waiting_list_and_promotion_messages(session, learners, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        booked = [enrol(learner, session) for learner in learners[:3]]
    assert "1" in mail.outbox[2].body  # waiting list position
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        service.cancel_enrolment(booked[0], actor=learners[0])
    assert sorted(m.to[0] for m in mail.outbox) == [learners[0].email, learners[2].email]


def test_mail_server_down_keeps_the_booking_and_sends_later(
    session, learners, settings, django_capture_on_commit_callbacks
):
    # The booking messages' outbox delivers through the mail server directly.
    settings.MAILER_EMAIL_BACKEND = "tests.learners.enrolment.test_enrolment.BrokenMailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = enrol(learners[0], session)
    assert enrolment.status == CONFIRMED and Enrolment.objects.count() == 1
    notification = Notification.objects.get()
    assert notification.sent_at is None and notification.attempts == 1
    assert "SMTP" in notification.last_error

    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_pending_notifications() == 1
    assert len(mail.outbox) == 1
    assert send_pending_notifications() == 0  # sent exactly once


def test_a_message_that_failed_waits_for_beat_not_for_the_next_booking(
    session, learners, settings, django_capture_on_commit_callbacks
):
    """A run for new messages does not retry: in a rush while the mail server is down, a
    message would otherwise use up its attempts within seconds."""
    settings.MAILER_EMAIL_BACKEND = "tests.learners.enrolment.test_enrolment.BrokenMailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        enrol(learners[0], session)
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        enrol(learners[1], session)
    assert [m.to for m in mail.outbox] == [[learners[1].email]]
    failed = Notification.objects.get(recipient=learners[0])
    assert failed.sent_at is None and failed.attempts == 1

    assert send_pending_notifications() == 1
    assert [m.to for m in mail.outbox] == [[learners[1].email], [learners[0].email]]


def test_messages_of_a_burst_go_out_once_each_oldest_first(
    session, learners, django_capture_on_commit_callbacks
):
    from learners.tasks import send_new_notifications

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        for learner in learners:
            enrol(learner, session)
    assert mail.outbox == []
    assert send_new_notifications() == 5
    assert send_new_notifications() == 0
    assert [m.to[0] for m in mail.outbox] == [learner.email for learner in learners]
    for callback in callbacks:  # the nudges, after the run: nothing left to send
        callback()
    assert len(mail.outbox) == 5
    assert not Notification.objects.filter(sent_at=None).exists()


def test_broker_down_keeps_the_booking_and_sends_later(
    session, learners, monkeypatch, django_capture_on_commit_callbacks
):
    from learners import tasks

    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("broker unreachable")

    monkeypatch.setattr(tasks.send_new_notifications, "apply_async", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        enrol(learners[0], session)
    assert Enrolment.objects.get().status == CONFIRMED
    assert mail.outbox == []
    monkeypatch.undo()
    assert send_pending_notifications() == 1
    assert len(mail.outbox) == 1


class BrokenMailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server not reachable")


def test_organiser_changes_reach_every_participant(
    session, learners, django_capture_on_commit_callbacks
):
    from learners.enrolment.organiser import session_saved, snapshot

    with django_capture_on_commit_callbacks(execute=True):
        for learner in learners[:3]:
            enrol(learner, session)
    mail.outbox.clear()
    before = snapshot(session)
    session.start += datetime.timedelta(hours=1)
    session.end += datetime.timedelta(hours=1)
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        session_saved(session, before, actor=None)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(learner.email for learner in learners[:3])
    assert all(m.attachments for m in mail.outbox)


def test_calling_off_a_session_ends_every_booking(
    session, learners, django_capture_on_commit_callbacks
):
    from learners.enrolment.organiser import session_saved, snapshot

    with django_capture_on_commit_callbacks(execute=True):  # the booking messages go out
        for learner in learners[:3]:
            enrol(learner, session)
    mail.outbox.clear()
    before = snapshot(session)
    session.status = "cancelled"
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        session_saved(session, before, actor=None)
    assert set(Enrolment.objects.values_list("status", flat=True)) == {"cancelled"}
    assert len(mail.outbox) == 3


def test_reminders_go_out_once_a_day_ahead(course, learners, django_capture_on_commit_callbacks):
    from learners.tasks import send_session_reminders

    tomorrow = factories.make_session(course, days_ahead=0, hours=2)
    tomorrow.start = timezone.now() + datetime.timedelta(hours=20)
    tomorrow.end = tomorrow.start + datetime.timedelta(hours=2)
    tomorrow.save()
    later = factories.make_session(course, days_ahead=5)
    enrol(learners[0], tomorrow)
    enrol(learners[1], later)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_session_reminders() == 1
        assert send_session_reminders() == 0
    reminders = Notification.objects.filter(kind="reminder")
    assert [n.recipient for n in reminders] == [learners[0]]
