"""Schools, teachers and class bookings (learners/schools/services.py,
learners/pupils/services.py)."""

import datetime
import time

import pytest
from django.db import models
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from learners.codes import ALPHABET
from learners.enrolment import services as enrolment_service
from learners.models import (
    Enrolment,
    EnrolmentStatus,
    Notification,
    Pupil,
    School,
    SchoolClass,
    SchoolMembership,
    TeacherInvitation,
)
from learners.pupils import services as pupil_service
from learners.pupils.services import JoinError, PseudonymError
from learners.schools import services as schools
from learners.schools.services import ClassDoesNotFitError, SchoolError
from tests import factories
from tests.factories import SCHOOL

pytestmark = pytest.mark.django_db(transaction=False)

CONFIRMED = EnrolmentStatus.CONFIRMED
WAITLISTED = EnrolmentStatus.WAITLISTED
AWAITING_APPROVAL = EnrolmentStatus.AWAITING_APPROVAL
CANCELLED = EnrolmentStatus.CANCELLED


@pytest.fixture(autouse=True)
def _english():
    """The service messages below are matched in English."""
    with translation.override("en"):
        yield


@pytest.fixture
def course(site):
    return factories.make_course(title="Roboter bauen", ages=("children", "young-people"))


@pytest.fixture
def session(course):
    return factories.make_session(course, capacity=30)


@pytest.fixture
def other_teacher(db):
    teacher = factories.make_user("teacher.ole", email="ole@see.example")
    school = schools.register_school(teacher, **{**SCHOOL, "name": "Grundschule am See"})
    return teacher, school


def make_learners(count, prefix="learner"):
    return [
        factories.make_user(f"{prefix}{i}", email=f"{prefix}{i}@example.org", year_of_birth=1980)
        for i in range(count)
    ]


def book(teacher, session, pupils=22, adults=2, class_name="7b", **kwargs):
    kwargs.setdefault("consent_confirmed", True)
    return schools.book_class(
        teacher,
        kwargs.pop("session_id", session.pk),
        class_name=class_name,
        grade=kwargs.pop("grade", 7),
        pupils=pupils,
        adults=adults,
        notes=kwargs.pop("notes", "Zwei Kinder im Rollstuhl"),
        **kwargs,
    )


def seats_taken(session):
    session.refresh_from_db()
    return session.seats_taken


def log_actions(model):
    return list(
        ModelLogEntry.objects.filter(content_type__model=model)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def counts():
    return (
        Enrolment.objects.count(),
        SchoolClass.objects.count(),
        School.objects.count(),
        SchoolMembership.objects.count(),
    )


# Registration


def test_a_teacher_registers_a_school_that_awaits_approval(school, teacher):
    assert school.name == "Oberschule Am Park" and not school.is_approved
    assert schools.teacher_school(teacher) == school
    membership = SchoolMembership.objects.get()
    assert (membership.school, membership.teacher, membership.invited_by) == (school, teacher, None)
    assert log_actions("school") == ["learners.school.registered"]


@pytest.mark.parametrize(
    "fields, message",
    [
        ({**SCHOOL, "town": "  "}, "Town"),
        ({**SCHOOL, "school_type": "university"}, "Type of school"),
        ({**SCHOOL, "postcode": "0" * 11}, "Postcode"),
        ({**SCHOOL, "name": ""}, "Name of the school"),
    ],
)
def test_registration_with_bad_fields_changes_nothing(teacher, fields, message):
    with pytest.raises(SchoolError, match=message):
        schools.register_school(teacher, **fields)
    assert counts() == (0, 0, 0, 0)


def test_a_teacher_registers_only_one_school(school, teacher):
    with pytest.raises(SchoolError, match="already belong"):
        schools.register_school(teacher, **{**SCHOOL, "name": "Zweite Schule"})
    assert School.objects.get() == school


def test_anonymous_visitors_cannot_register(db):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(SchoolError, match="log in"):
        schools.register_school(AnonymousUser(), **SCHOOL)
    assert counts() == (0, 0, 0, 0)


# Invitations


@pytest.fixture
def colleague(db):
    return factories.make_user("teacher.lea", email="Lea@Park.example")


def test_an_invited_colleague_joins_the_school(approved, teacher, colleague):
    invitation = schools.invite_teacher(approved, "lea@park.example", by=teacher)
    token = schools.invitation_token(invitation)
    assert schools.invitation_from_token(token) == invitation

    membership = schools.accept_invitation(token, colleague)

    assert (membership.school, membership.teacher, membership.invited_by) == (
        approved,
        colleague,
        teacher,
    )
    invitation.refresh_from_db()
    assert invitation.accepted_by == colleague and invitation.accepted_at is not None
    assert schools.teacher_school(colleague) == approved
    assert log_actions("school")[-2:] == [
        "learners.school.teacher_invited",
        "learners.school.teacher_joined",
    ]


def test_an_expired_invitation_is_refused(approved, teacher, colleague, monkeypatch):
    token = schools.invitation_token(
        schools.invite_teacher(approved, "lea@park.example", by=teacher)
    )
    later = time.time() + schools.INVITATION_VALID_FOR.total_seconds() + 60
    monkeypatch.setattr("time.time", lambda: later)
    with pytest.raises(SchoolError, match="expired"):
        schools.accept_invitation(token, colleague)
    assert schools.teacher_school(colleague) is None


def test_an_invitation_is_used_once(approved, teacher, colleague):
    token = schools.invitation_token(
        schools.invite_teacher(approved, "lea@park.example", by=teacher)
    )
    schools.accept_invitation(token, colleague)
    with pytest.raises(SchoolError, match="already been used"):
        schools.accept_invitation(token, colleague)
    assert SchoolMembership.objects.filter(teacher=colleague).count() == 1


def test_an_invitation_is_for_the_invited_address_only(approved, teacher, colleague):
    token = schools.invitation_token(
        schools.invite_teacher(approved, "lea@park.example", by=teacher)
    )
    stranger = factories.make_user("stranger", email="stranger@example.org")
    with pytest.raises(SchoolError, match="another e-mail address"):
        schools.accept_invitation(token, stranger)
    assert schools.teacher_school(stranger) is None
    assert schools.accept_invitation(token, colleague).teacher == colleague


def test_forged_invitation_links_are_refused(approved, teacher, colleague):
    token = schools.invitation_token(
        schools.invite_teacher(approved, "lea@park.example", by=teacher)
    )
    for forged in (token[:-2] + "xx", "nonsense", ""):
        with pytest.raises(SchoolError, match="not valid"):
            schools.accept_invitation(forged, colleague)
    TeacherInvitation.objects.all().delete()
    with pytest.raises(SchoolError, match="not valid"):
        schools.accept_invitation(token, colleague)
    assert SchoolMembership.objects.count() == 1


def test_a_teacher_of_another_school_cannot_accept(approved, teacher, other_teacher):
    ole, ole_school = other_teacher
    token = schools.invitation_token(schools.invite_teacher(approved, ole.email, by=teacher))
    with pytest.raises(SchoolError, match="already belong"):
        schools.accept_invitation(token, ole)
    assert schools.teacher_school(ole) == ole_school


def test_who_may_invite(school, teacher, other_teacher, manager):
    with pytest.raises(SchoolError, match="once your school has been approved"):
        schools.invite_teacher(school, "lea@park.example", by=teacher)
    schools.approve_school(school, manager)
    school.refresh_from_db()
    with pytest.raises(SchoolError, match="Only teachers of this school"):
        schools.invite_teacher(school, "lea@park.example", by=other_teacher[0])
    with pytest.raises(SchoolError, match="valid e-mail"):
        schools.invite_teacher(school, "not an address", by=teacher)
    with pytest.raises(SchoolError, match="already belongs"):
        schools.invite_teacher(school, "KIM@park.example", by=teacher)
    assert not TeacherInvitation.objects.exists()


# Approval


def test_a_booking_before_approval_holds_its_seats_until_approved(
    school, teacher, session, manager
):
    booking = book(teacher, session)
    assert booking.status == AWAITING_APPROVAL
    assert seats_taken(session) == 24
    individuals = [enrol(person, session) for person in make_learners(7)]
    assert [e.status for e in individuals] == [CONFIRMED] * 6 + [WAITLISTED]
    assert not Notification.objects.filter(recipient=teacher).exists()

    confirmed = schools.approve_school(school, manager)

    assert confirmed == [booking]
    booking.refresh_from_db()
    school.refresh_from_db()
    assert booking.status == CONFIRMED and seats_taken(session) == 30
    assert school.approved_by == manager and school.is_approved
    assert Notification.objects.get(recipient=teacher).kind == "confirmed"
    assert "learners.school.approved" in log_actions("school")
    booking_log = list(
        ModelLogEntry.objects.filter(object_id=str(booking.pk), content_type__model="enrolment")
        .order_by("pk")
        .values_list("action", "user_id")
    )
    assert booking_log == [
        ("learners.enrolment.awaiting_approval", teacher.pk),
        ("learners.enrolment.approved", manager.pk),
    ]
    assert schools.approve_school(school, manager) == []  # approving again changes nothing


def test_after_approval_bookings_are_confirmed_at_once(approved, teacher, session):
    assert book(teacher, session).status == CONFIRMED
    assert Notification.objects.get(recipient=teacher).kind == "confirmed"


def test_only_managers_approve_schools(school, trainer, teacher):
    for user in (trainer, teacher):
        with pytest.raises(SchoolError, match="Only education managers"):
            schools.approve_school(school, user)
    school.refresh_from_db()
    assert not school.is_approved


def enrol(learner, session):
    return enrolment_service.enrol(learner, session.pk)


# Booking a class


def test_booking_a_class(approved, teacher, session):
    booking = book(teacher, session, pupils=22, adults=2, class_name=" 7b ")
    assert (booking.status, booking.seats, booking.learner) == (CONFIRMED, 24, teacher)
    assert booking.course_key == session.course_key and booking.is_class_booking
    school_class = booking.school_class
    assert (school_class.class_name, school_class.grade, school_class.pupils) == ("7b", 7, 22)
    assert school_class.accompanying_adults == 2 and school_class.school == approved
    assert school_class.notes == "Zwei Kinder im Rollstuhl"
    assert school_class.consent_confirmed_by == teacher
    assert school_class.consent_confirmed_at is not None
    assert len(school_class.join_code) == 8 and set(school_class.join_code) <= set(ALPHABET)
    assert school_class.display_join_code[4] == "-" and school_class.joining_open
    assert seats_taken(session) == 24 and session.seats_left == 6
    assert log_actions("enrolment") == ["learners.enrolment.confirmed"]


def test_booking_the_same_class_twice_gives_one_booking(approved, teacher, session):
    first = book(teacher, session)
    assert book(teacher, session, class_name="7B") == first
    assert Enrolment.objects.count() == 1 and seats_taken(session) == 24


def test_a_teacher_books_two_classes_and_themself_into_one_session(approved, teacher, course):
    session = factories.make_session(course, capacity=40)
    first = book(teacher, session, pupils=15, adults=1, class_name="5a")
    second = book(teacher, session, pupils=15, adults=1, class_name="5b")
    own = enrol(teacher, session)
    assert first != second and not own.is_class_booking
    assert [e.status for e in (first, second, own)] == [CONFIRMED] * 3
    assert enrol(teacher, session) == own  # the individual booking stays idempotent
    assert seats_taken(session) == 33


def test_a_class_and_individuals_share_one_seat_pool(approved, teacher, session):
    """Session of 30: a class of 24 and six individuals fill it; the next one waits."""
    assert book(teacher, session).status == CONFIRMED
    people = make_learners(7)
    statuses = [enrol(person, session).status for person in people]
    assert statuses == [CONFIRMED] * 6 + [WAITLISTED]
    assert seats_taken(session) == 30 and session.seats_left == 0


def test_individuals_first_then_the_class_does_not_fit(approved, teacher, session, course):
    for person in make_learners(10):
        enrol(person, session)
    roomy = factories.make_session(course, days_ahead=14, capacity=30)
    factories.make_session(course, days_ahead=21, capacity=20)  # too small
    factories.make_session(course, days_ahead=-3, capacity=100)  # in the past
    factories.make_session(course, days_ahead=28, capacity=100, status="cancelled")

    with pytest.raises(ClassDoesNotFitError, match="only 20 are free") as error:
        book(teacher, session)

    assert error.value.other_sessions == [roomy]
    assert schools.other_sessions_with_room(session, 24) == [roomy]
    assert SchoolClass.objects.count() == 0 and seats_taken(session) == 10


def test_a_class_can_wait_and_is_promoted_only_when_it_fits_whole(approved, teacher, session):
    """First come, first served, as ``promote_from_waiting_list`` has always done: the
    waiting list is walked in order and stops at the first entry that does not fit. A single
    freed seat therefore promotes neither a waiting class of 20 nor the person waiting
    behind that class; when the class fits, it is promoted whole and those behind follow."""
    first_class = book(teacher, session, class_name="8a")
    individuals = [enrol(person, session) for person in make_learners(6)]
    waiting_class = book(teacher, session, pupils=19, adults=1, class_name="8b", waitlist=True)
    behind = enrol(make_learners(1, prefix="late")[0], session)
    assert (waiting_class.status, waiting_class.seats) == (WAITLISTED, 20)
    assert waiting_class.waiting_list_position() == 1 and behind.waiting_list_position() == 2

    enrolment_service.cancel_enrolment(individuals[0], actor=individuals[0].learner)
    waiting_class.refresh_from_db()
    behind.refresh_from_db()
    assert (waiting_class.status, behind.status) == (WAITLISTED, WAITLISTED)
    assert seats_taken(session) == 29

    schools.cancel_class(first_class, by=teacher)
    waiting_class.refresh_from_db()
    behind.refresh_from_db()
    assert (waiting_class.status, behind.status) == (CONFIRMED, CONFIRMED)
    assert seats_taken(session) == 5 + 20 + 1


def test_a_waiting_class_of_a_school_not_yet_approved_keeps_waiting_for_approval(
    school, teacher, session
):
    individuals = [enrol(person, session) for person in make_learners(10)]
    waiting = book(teacher, session, pupils=24, adults=0, waitlist=True)
    assert waiting.status == WAITLISTED
    for enrolment in individuals[:4]:
        enrolment_service.cancel_enrolment(enrolment, actor=enrolment.learner)
    waiting.refresh_from_db()
    assert waiting.status == AWAITING_APPROVAL and seats_taken(session) == 30


def test_only_courses_for_children_or_young_people_take_classes(approved, teacher, site):
    adults_only = factories.make_session(factories.make_course(title="Gründen", ages=("adults",)))
    with pytest.raises(SchoolError, match="not meant for children or young people"):
        book(teacher, adults_only, pupils=10, adults=1)
    children = factories.make_session(
        factories.make_course(title="Basteln", ages=("children",)), capacity=20
    )
    assert book(teacher, children, pupils=10, adults=1).status == CONFIRMED
    assert SchoolClass.objects.count() == 1


def test_closed_and_called_off_sessions_cannot_be_booked(approved, teacher, course):
    closed = factories.make_session(
        course, capacity=30, booking_deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    with pytest.raises(SchoolError, match="closed"):
        book(teacher, closed)
    with pytest.raises(SchoolError, match="cancelled"):
        book(teacher, factories.make_session(course, capacity=30, status="cancelled"))
    course.unpublish()
    with pytest.raises(SchoolError, match="not open"):
        book(teacher, factories.make_session(course, capacity=30))
    assert SchoolClass.objects.count() == 0


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"pupils": 0}, "from 1 to 40 pupils"),
        ({"pupils": -5}, "from 1 to 40 pupils"),
        ({"pupils": 41}, "from 1 to 40 pupils"),
        ({"pupils": 10**9}, "from 1 to 40 pupils"),
        ({"pupils": "zwanzig"}, "from 1 to 40 pupils"),
        ({"pupils": None}, "from 1 to 40 pupils"),
        ({"pupils": 2.5}, "from 1 to 40 pupils"),
        ({"adults": -1}, "from 0 to 10 accompanying adults"),
        ({"adults": 11}, "from 0 to 10 accompanying adults"),
        ({"grade": 0}, "grade from 1 to 13"),
        ({"grade": 14}, "grade from 1 to 13"),
        ({"class_name": "   "}, "name of the class"),
        ({"class_name": "x" * 31}, "name of the class"),
        ({"notes": "x" * 1001}, "at most 1000 characters"),
        ({"consent_confirmed": False}, "parents' consent"),
        ({"pupils": 35, "adults": 0}, "has only 30"),
        ({"session_id": 987654}, "does not exist"),
        ({"session_id": "abc"}, "does not exist"),
    ],
)
def test_bad_booking_input_changes_nothing(approved, teacher, session, changes, message):
    arguments = {"pupils": 22, "adults": 2, **changes}
    with pytest.raises(SchoolError, match=message):
        book(teacher, session, **arguments)
    assert (Enrolment.objects.count(), SchoolClass.objects.count()) == (0, 0)


def test_the_largest_class_follows_the_setting(approved, teacher, course, settings):
    settings.SCHOOL_CLASS_MAX_PUPILS = 12
    session = factories.make_session(course, capacity=30)
    with pytest.raises(SchoolError, match="from 1 to 12 pupils"):
        book(teacher, session, pupils=13)
    assert book(teacher, session, pupils=12).seats == 14


def test_only_teachers_of_a_school_book_classes(session, site):
    learner = make_learners(1)[0]
    with pytest.raises(SchoolError, match="Only teachers of a registered school"):
        book(learner, session)
    assert SchoolClass.objects.count() == 0


# Resizing and cancelling


def test_growing_a_class_takes_free_seats_only(approved, teacher, session):
    booking = book(teacher, session, pupils=20, adults=2)
    enrol(make_learners(1)[0], session)

    grown = schools.resize_class(booking, pupils=25, adults=2, by=teacher)
    assert (grown.seats, grown.school_class.pupils, grown.status) == (27, 25, CONFIRMED)
    assert seats_taken(session) == 28

    with pytest.raises(SchoolError, match="Only 2 more seats"):
        schools.resize_class(booking, pupils=25, adults=5, by=teacher)
    booking.refresh_from_db()
    booking.school_class.refresh_from_db()
    assert (booking.seats, booking.school_class.accompanying_adults) == (27, 2)
    assert seats_taken(session) == 28
    assert log_actions("enrolment")[-1] == "learners.enrolment.resized"


def test_shrinking_a_class_frees_seats_for_the_waiting_list(approved, teacher, session):
    booking = book(teacher, session)
    people = [enrol(person, session) for person in make_learners(8)]
    assert [p.status for p in people[6:]] == [WAITLISTED, WAITLISTED]

    schools.resize_class(booking, pupils=21, adults=2, by=teacher)

    statuses = [Enrolment.objects.get(pk=p.pk).status for p in people[6:]]
    assert statuses == [CONFIRMED, WAITLISTED]
    assert seats_taken(session) == 30


def test_a_waiting_class_that_shrinks_enough_is_promoted(approved, teacher, session):
    for person in make_learners(10):
        enrol(person, session)
    waiting = book(teacher, session, waitlist=True)
    assert waiting.status == WAITLISTED
    assert schools.resize_class(waiting, pupils=28, adults=2, by=teacher).status == WAITLISTED
    assert schools.resize_class(waiting, pupils=18, adults=2, by=teacher).status == CONFIRMED
    assert seats_taken(session) == 30


def test_resizing_with_bad_input_changes_nothing(approved, teacher, session, other_teacher):
    booking = book(teacher, session)
    bad = [
        ({"pupils": 0, "adults": 2, "by": teacher}, "from 1 to 40"),
        ({"pupils": 22, "adults": -3, "by": teacher}, "accompanying adults"),
        ({"pupils": 30, "adults": 5, "by": teacher}, "has only 30"),
        ({"pupils": 20, "adults": 2, "by": other_teacher[0]}, "Only teachers of the class"),
    ]
    for arguments, message in bad:
        with pytest.raises(SchoolError, match=message):
            schools.resize_class(booking, **arguments)
    booking.refresh_from_db()
    assert booking.seats == 24 and SchoolClass.objects.get().pupils == 22


def test_resizing_and_cancelling_end_at_the_cancellation_deadline(approved, teacher, session):
    booking = book(teacher, session)
    session.cancellation_deadline = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    with pytest.raises(SchoolError, match="can no longer be changed online"):
        schools.resize_class(booking, pupils=10, adults=1, by=teacher)
    with pytest.raises(SchoolError, match="can no longer be cancelled online"):
        schools.cancel_class(booking, by=teacher)
    booking.refresh_from_db()
    assert (booking.status, booking.seats) == (CONFIRMED, 24)


def test_a_class_cannot_shrink_below_the_pupils_who_joined(approved, teacher, session):
    booking = book(teacher, session, pupils=3, adults=0)
    for name in ("Fuchs 1", "Fuchs 2"):
        pupil_service.add_pupil(booking.school_class, name, password="1234")
    with pytest.raises(SchoolError, match="2 pupils have already joined"):
        schools.resize_class(booking, pupils=1, adults=0, by=teacher)
    assert schools.resize_class(booking, pupils=2, adults=0, by=teacher).seats == 2


def test_cancelling_a_class_frees_its_seats(approved, teacher, session):
    booking = book(teacher, session)
    people = [enrol(person, session) for person in make_learners(8)]

    cancelled = schools.cancel_class(booking, by=teacher)

    assert cancelled.status == CANCELLED and cancelled.cancelled_at is not None
    assert [Enrolment.objects.get(pk=p.pk).status for p in people] == [CONFIRMED] * 8
    assert seats_taken(session) == 8
    with pytest.raises(JoinError, match="cancelled"):
        pupil_service.pupil_may_join(booking.school_class.join_code)


def test_another_schools_teacher_cannot_cancel(approved, teacher, session, other_teacher):
    booking = book(teacher, session)
    with pytest.raises(SchoolError, match="Only teachers of the class"):
        schools.cancel_class(booking, by=other_teacher[0])
    individual = enrol(make_learners(1)[0], session)
    with pytest.raises(SchoolError, match="not a class booking"):
        schools.cancel_class(individual, by=teacher)
    assert Enrolment.objects.get(pk=booking.pk).status == CONFIRMED


# Who sees which classes


def test_a_teacher_sees_only_their_schools_classes(
    approved, teacher, session, other_teacher, manager, trainer, colleague
):
    ours = book(teacher, session, pupils=10, adults=0).school_class
    ole, ole_school = other_teacher
    theirs = book(ole, session, pupils=10, adults=0).school_class
    SchoolMembership.objects.create(school=approved, teacher=colleague)
    from django.contrib.auth.models import AnonymousUser

    assert list(schools.classes_visible_to(teacher)) == [ours]
    assert list(schools.classes_visible_to(colleague)) == [ours]
    assert list(schools.classes_visible_to(ole)) == [theirs]
    assert set(schools.classes_visible_to(manager)) == {ours, theirs}
    for nobody in (trainer, make_learners(1)[0], AnonymousUser()):
        assert not schools.classes_visible_to(nobody).exists()
        assert not schools.may_manage_class(nobody, ours)
    assert schools.may_manage_class(colleague, ours)
    assert not schools.may_manage_class(ole, ours)
    assert schools.teacher_school(AnonymousUser()) is None


# Pupils


@pytest.fixture
def school_class(approved, teacher, session):
    return book(teacher, session, pupils=3, adults=1).school_class


def test_the_schema_holds_no_email_name_or_birth_date_of_a_pupil():
    personal = ("email", "mail", "first_name", "last_name", "full_name", "surname", "birth")
    for model in (Pupil, SchoolClass):
        for field in model._meta.get_fields():
            assert not isinstance(field, models.EmailField), (model, field.name)
            assert type(field) is not models.DateField, (model, field.name)
            assert field.name != "name", (model, field.name)
            assert not any(word in field.name for word in personal), (model, field.name)


def test_a_pupils_account_holds_nothing_identifying(school_class):
    pupil = pupil_service.add_pupil(school_class, "  Fox   7 ")
    user = pupil.user
    assert pupil.pseudonym == "Fox 7" and user.display_name == "Fox 7"
    assert user.username.startswith("pupil-") and "fox" not in user.username.lower()
    assert (user.email, user.first_name, user.last_name) == ("", "", "")
    assert user.year_of_birth is None and user.accessibility_needs == ""
    assert not user.has_usable_password()
    entries = ModelLogEntry.objects.filter(action="learners.school.pupil_joined")
    assert entries.count() == 1
    assert all("Fox" not in f"{e.label} {e.data} {e.user}" for e in ModelLogEntry.objects.all())

    second = pupil_service.add_pupil(school_class, "Eule", password="1234", language="pl")
    assert second.user.check_password("1234") and second.user.preferred_language == "pl"


@pytest.mark.parametrize(
    "pseudonym, problem",
    [
        ("Anna Schmidt", "real name"),
        ("Anna-Lena Meier", "real name"),
        ("Jan Novák", "real name"),
        ("anna.schmidt@example.org", "e-mail address"),
        ("www.fuchs.de", "web address"),
        ("https://fuchs.example", "web address"),
        ("fuchs.de", "web address"),
        ("12345", "at least one letter"),
        ("A", "2 to 30 characters"),
        ("x" * 31, "2 to 30 characters"),
        ("", "2 to 30 characters"),
        ("Fuchs <3", "only letters, digits"),
    ],
)
def test_pseudonyms_that_may_identify_a_child_are_refused(school_class, pseudonym, problem):
    with pytest.raises(PseudonymError, match=problem) as error:
        pupil_service.add_pupil(school_class, pseudonym)
    assert "not your real name" in str(error.value.message) and error.value.hint
    assert not Pupil.objects.exists()


@pytest.mark.parametrize("pseudonym", ["Fox 7", "blauer Fuchs", "Ninja-Katze", "Eule", "Kočka 3"])
def test_pseudonyms_that_are_fine(school_class, pseudonym):
    assert pupil_service.add_pupil(school_class, pseudonym).pseudonym == pseudonym


def test_pseudonyms_are_unique_in_a_class_and_a_class_fills_up(school_class):
    pupil_service.add_pupil(school_class, "Fox 7")
    with pytest.raises(PseudonymError, match="already uses"):
        pupil_service.add_pupil(school_class, "fox 7")
    pupil_service.add_pupil(school_class, "Eule")
    pupil_service.add_pupil(school_class, "Dachs")
    with pytest.raises(JoinError, match="full"):
        pupil_service.add_pupil(school_class, "Biber")
    with pytest.raises(SchoolError, match="at least 4 characters"):
        pupil_service.add_pupil(school_class, "Luchs", password="123")
    assert Pupil.objects.count() == 3


def test_joining_with_a_class_code(school_class, session):
    code = school_class.display_join_code
    assert pupil_service.pupil_may_join(code.lower()) == school_class
    assert pupil_service.pupil_may_join(f" {code.replace('-', ' ')} ") == school_class
    for wrong in ("ABCD-EFGH", "0000-0000", "", None, "x" * 500):
        with pytest.raises(JoinError, match="not valid"):
            pupil_service.pupil_may_join(wrong)

    school_class.joining_open = False
    school_class.save()
    with pytest.raises(JoinError, match="closed"):
        pupil_service.pupil_may_join(code)
    with pytest.raises(JoinError, match="closed"):
        pupil_service.add_pupil(school_class, "Fox 7")

    school_class.joining_open = True
    school_class.save()
    after_the_course = session.end + datetime.timedelta(minutes=1)
    with pytest.raises(JoinError, match="over"):
        pupil_service.pupil_may_join(code, now=after_the_course)
    assert not Pupil.objects.exists()
