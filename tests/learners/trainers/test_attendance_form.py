"""The attendance form (learners/trainers/forms.py): a day among the session's days and
participants among its bookings; anything else is refused with a translated message and
nothing is saved."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from learners.enrolment.services import enrol
from learners.models import Attendance, Certificate
from learners.trainers.forms import NOT_A_DAY, NOT_A_PARTICIPANT, AttendanceDayForm, AttendanceForm
from tests import factories
from tests.learners.trainers.test_attendance import first_day, participants, url

DAYS = [datetime.date(2025, 3, 14), datetime.date(2025, 3, 15)]
PARTICIPANTS = [7, 12]


def attendance_form(**data):
    return AttendanceForm(MultiValueDict(data), DAYS, PARTICIPANTS)


def test_the_day_and_the_participants_present_are_read():
    form = attendance_form(date=["2025-03-15"], present=["12", "7", "12"])
    assert form.is_valid(), form.errors
    assert form.cleaned_data["date"] == datetime.date(2025, 3, 15)
    assert set(form.cleaned_data["present"]) == {7, 12}
    form = attendance_form(date=["2025-03-14"])
    assert form.is_valid() and form.cleaned_data["present"] == []


@pytest.mark.parametrize(
    "date", [None, "", "2025-03-16", "14.03.2025", "2025-02-31", "2025-03-14\x00", " 2025-03-14"]
)
def test_a_day_not_of_the_session_is_refused(date):
    with translation.override("en"):
        form = attendance_form(**({"date": [date]} if date is not None else {}))
        assert not form.is_valid()
        assert form.errors == {"date": [str(NOT_A_DAY)]}


@pytest.mark.parametrize("present", [["8"], ["abc"], ["-1"], ["07"], ["7\x00"], ["7", ""]])
def test_someone_not_of_the_session_is_refused_and_the_ticks_are_kept(present):
    with translation.override("en"):
        form = attendance_form(date=["2025-03-14"], present=present)
        assert not form.is_valid()
        assert form.errors == {"present": [str(NOT_A_PARTICIPANT)]}
        assert form.cleaned_data["date"] == DAYS[0]
        assert form.ticked() == set(present)


def test_a_day_is_asked_for_by_itself_too():
    assert AttendanceDayForm({"date": "2025-03-15"}, DAYS).is_valid()
    assert not AttendanceDayForm({"date": "nonsense"}, DAYS).is_valid()


@pytest.mark.parametrize("language", ["de", "pl", "cs", "hsb"])
def test_the_messages_are_translated(language):
    with translation.override(language):
        form = attendance_form(date=["1999-01-01"], present=["1"])
        assert not form.is_valid()
        assert form.errors["date"] != ["That day is not a day of this session."]
        assert not form.errors["present"][0].startswith("Someone ticked")


posted_values = st.lists(
    st.one_of(
        st.sampled_from(["7", "12", "8", "2025-03-14", "2025-03-15", "", "\x00", "-1"]),
        st.integers().map(str),
        st.text(max_size=12),
    ),
    max_size=4,
)


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    data=st.one_of(
        st.fixed_dictionaries(
            {
                "date": st.lists(st.sampled_from([d.isoformat() for d in DAYS]), min_size=1),
                "present": st.lists(st.sampled_from([str(pk) for pk in PARTICIPANTS])),
            }
        ),
        st.dictionaries(st.sampled_from(["date", "present", "other"]), posted_values, max_size=3),
    )
)
def test_anything_posted_gives_a_day_and_participants_of_the_session_or_a_message(data):
    with translation.override("hsb"):
        form = AttendanceForm(MultiValueDict(data), DAYS, PARTICIPANTS)
        event(f"valid: {form.is_valid()}")
        if form.is_valid():
            assert form.cleaned_data["date"] in DAYS
            assert set(form.cleaned_data["present"]) <= set(PARTICIPANTS)
        else:
            messages = {m for ms in form.errors.values() for m in ms}
            assert messages <= {str(NOT_A_DAY), str(NOT_A_PARTICIPANT)}
            assert "That day" not in " ".join(messages)


# Through the attendance page


@pytest.fixture
def course(site, trainer):
    return factories.make_course(
        title="Löten für Einsteiger", owner=trainer, completion_attendance_percent=50
    )


@pytest.fixture
def session(course):
    return factories.make_session(course, days_ahead=3)


@pytest.fixture
def people(course, session):
    """Two participants of the session, happening now, and one of another session."""
    elsewhere = enrol(
        factories.make_user("x", email="x@example.org"),
        factories.make_session(course, days_ahead=20).pk,
    )
    return participants(session), elsewhere


@pytest.mark.django_db
def test_refused_ticks_are_shown_again_for_the_day_asked(client, trainer, session):
    anna, ben = participants(session)
    client.force_login(trainer)
    day = first_day(session)
    response = client.post(url(session), {"date": day.isoformat(), "present": [ben.pk, 99999]})
    assert response.status_code == 200
    assert response.context["day"] == day
    assert {p.pk: p.present for p in response.context["participants"]} == {
        anna.pk: False,
        ben.pk: True,
    }
    assert not Attendance.objects.exists()


@pytest.mark.django_db
def test_a_day_asked_for_in_the_address_must_be_a_day_of_the_session(client, trainer, session):
    participants(session)
    client.force_login(trainer)
    today = timezone.localdate()
    assert client.get(url(session) + f"?date={first_day(session)}").context["day"] != today
    for asked in ("nonsense", "2001-01-01", "%00"):
        assert client.get(url(session) + f"?date={asked}").context["day"] == today


@pytest.mark.django_db
@hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_anything_posted_to_the_page_is_saved_for_the_session_or_refused(
    client, trainer, session, people, data
):
    ours, elsewhere = people
    client.force_login(trainer)
    ids = [str(e.pk) for e in ours] + [str(elsewhere.pk)]
    days = [first_day(session).isoformat(), timezone.localdate().isoformat()]
    posted = data.draw(
        st.fixed_dictionaries(
            {
                "date": st.one_of(st.sampled_from(days), st.text(max_size=12)),
                "present": st.lists(
                    st.one_of(st.sampled_from(ids[:2]), st.sampled_from(ids), st.text(max_size=4)),
                    max_size=3,
                ),
            }
        )
    )
    with transaction.atomic():
        response = client.post(url(session), posted)
        event(f"status {response.status_code}")
        if response.status_code == 302:
            saved = Attendance.objects.all()
            assert {a.enrolment_id for a in saved} == {e.pk for e in ours}
            assert {a.date.isoformat() for a in saved} == {posted["date"]}
        else:
            assert response.status_code == 200
            assert not Attendance.objects.exists()
            assert not Certificate.objects.exists()
        transaction.set_rollback(True)
