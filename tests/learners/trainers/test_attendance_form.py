"""The attendance form (learners/trainers/forms.py): a meeting among the session's meetings
and participants among its bookings; anything else is refused with a translated message and
nothing is saved."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from courses.models import Meeting
from learners.enrolment.services import enrol
from learners.models import Attendance, Certificate
from learners.trainers.forms import (
    NOT_A_MEETING,
    NOT_A_PARTICIPANT,
    AttendanceForm,
    AttendanceMeetingForm,
)
from tests import factories
from tests.learners.trainers.test_attendance import first_meeting, participants, url


def meeting(pk, day, hour=18):
    start = timezone.make_aware(datetime.datetime(2025, 3, day, hour))
    return Meeting(pk=pk, start=start, end=start + datetime.timedelta(hours=1))


MEETINGS = [meeting(31, 14), meeting(32, 15), meeting(33, 15, hour=20)]
MEETING_IDS = [m.pk for m in MEETINGS]
PARTICIPANTS = [7, 12]


def attendance_form(**data):
    return AttendanceForm(MultiValueDict(data), MEETINGS, PARTICIPANTS)


def test_the_meeting_and_the_participants_present_are_read():
    form = attendance_form(meeting=["33"], present=["12", "7", "12"])
    assert form.is_valid(), form.errors
    assert form.chosen() == MEETINGS[2]  # the second meeting that day, not the first
    assert set(form.cleaned_data["present"]) == {7, 12}
    form = attendance_form(meeting=["31"])
    assert form.is_valid() and form.cleaned_data["present"] == []


@pytest.mark.parametrize(
    "asked", [None, "", "34", "2025-03-14", "-31", "31.0", "31\x00", " 31", "0x1f", "٣١"]
)
def test_a_meeting_not_of_the_session_is_refused(asked):
    with translation.override("en"):
        form = attendance_form(**({"meeting": [asked]} if asked is not None else {}))
        assert not form.is_valid()
        assert form.errors == {"meeting": [str(NOT_A_MEETING)]}


@pytest.mark.parametrize("present", [["8"], ["abc"], ["-1"], ["07"], ["7\x00"], ["7", ""]])
def test_someone_not_of_the_session_is_refused_and_the_ticks_are_kept(present):
    with translation.override("en"):
        form = attendance_form(meeting=["31"], present=present)
        assert not form.is_valid()
        assert form.errors == {"present": [str(NOT_A_PARTICIPANT)]}
        assert form.chosen() == MEETINGS[0]
        assert form.ticked() == set(present)


def test_a_meeting_is_asked_for_by_itself_too():
    assert AttendanceMeetingForm({"meeting": "32"}, MEETINGS).is_valid()
    assert not AttendanceMeetingForm({"meeting": "nonsense"}, MEETINGS).is_valid()


@pytest.mark.parametrize("language", ["de", "pl", "cs", "hsb"])
def test_the_messages_are_translated(language):
    with translation.override(language):
        form = attendance_form(meeting=["1"], present=["1"])
        assert not form.is_valid()
        assert form.errors["meeting"] != ["That is not a meeting of this session."]
        assert not form.errors["present"][0].startswith("Someone ticked")


posted_values = st.lists(
    st.one_of(
        st.sampled_from(["7", "12", "8", "31", "32", "33", "", "\x00", "-1"]),
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
                "meeting": st.lists(st.sampled_from([str(pk) for pk in MEETING_IDS]), min_size=1),
                "present": st.lists(st.sampled_from([str(pk) for pk in PARTICIPANTS])),
            }
        ),
        st.dictionaries(
            st.sampled_from(["meeting", "present", "other"]), posted_values, max_size=3
        ),
    )
)
def test_anything_posted_gives_a_meeting_and_participants_of_the_session_or_a_message(data):
    with translation.override("hsb"):
        form = AttendanceForm(MultiValueDict(data), MEETINGS, PARTICIPANTS)
        event(f"valid: {form.is_valid()}")
        if form.is_valid():
            assert form.chosen() in MEETINGS
            assert set(form.cleaned_data["present"]) <= set(PARTICIPANTS)
        else:
            messages = {m for ms in form.errors.values() for m in ms}
            assert messages <= {str(NOT_A_MEETING), str(NOT_A_PARTICIPANT)}
            assert "That is not" not in " ".join(messages)


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
def test_refused_ticks_are_shown_again_for_the_meeting_asked(client, trainer, session):
    anna, ben = participants(session)
    client.force_login(trainer)
    first = first_meeting(session)
    response = client.post(url(session), {"meeting": first.pk, "present": [ben.pk, 99999]})
    assert response.status_code == 200
    assert response.context["meeting"] == first
    assert {p.pk: p.present for p in response.context["participants"]} == {
        anna.pk: False,
        ben.pk: True,
    }
    assert not Attendance.objects.exists()


@pytest.mark.django_db
def test_a_meeting_asked_for_in_the_address_must_be_one_of_the_session(client, trainer, session):
    participants(session)
    client.force_login(trainer)
    first, todays = session.meetings.order_by("start")
    assert client.get(url(session) + f"?meeting={first.pk}").context["meeting"] == first
    for asked in ("nonsense", "2001-01-01", "%00", "99999", ""):
        assert client.get(url(session) + f"?meeting={asked}").context["meeting"] == todays


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
    meetings = [str(pk) for pk in session.meetings.values_list("pk", flat=True)]
    posted = data.draw(
        st.fixed_dictionaries(
            {
                "meeting": st.one_of(st.sampled_from(meetings), st.text(max_size=12)),
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
            assert {str(a.meeting_id) for a in saved} == {posted["meeting"]}
        else:
            assert response.status_code == 200
            assert not Attendance.objects.exists()
            assert not Certificate.objects.exists()
        transaction.set_rollback(True)
