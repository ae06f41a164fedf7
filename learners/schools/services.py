"""Schools and class bookings: register a school, invite colleagues, approve, book a class.

A class booking is an ``Enrolment`` of the booking teacher with ``seats`` = pupils +
accompanying adults and a ``SchoolClass`` beside it, so classes and individual learners
take seats from one pool, under the same row lock on the session and on one waiting list
(see ``learners.enrolment.services``). A school that a manager has not approved yet may book: its
bookings hold their seats as ``awaiting_approval`` until the approval confirms them.

Every service raises ``SchoolError`` (an ``EnrolmentError``) with a translated message and
changes nothing when it does.
"""

import datetime
from contextlib import contextmanager
from urllib.parse import urlencode

from django.core import signing
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from courses.models import CourseSession
from learners.codes import JOIN_CODE
from learners.enrolment.notifications import queue_notification
from learners.enrolment.services import (
    EnrolmentError,
    cancel_enrolment,
    check_session_open,
    course_of,
    locked_session,
    promote_from_waiting_list,
    record,
    status_for_class_seat,
)
from learners.models import (
    Enrolment,
    EnrolmentStatus,
    School,
    SchoolClass,
    SchoolMembership,
    TeacherInvitation,
    User,
)
from learners.models.schools import clean_class_details
from wirkstatt.links import absolute_reverse

#: Courses for at least one of these age groups can be booked for a class.
CLASS_AGE_GROUPS = ("children", "young-people")
INVITATION_VALID_FOR = datetime.timedelta(days=14)
INVITATION_SALT = "learners.schools.invitation"
REGISTRATION_FIELDS = {"name", "school_type", "street", "postcode", "town"}
#: Details of a class typed as text; the others are whole numbers.
TYPED_TEXT = {"class_name", "notes"}
#: States of a class booking whose size the teacher may still change.
CHANGEABLE_STATES = {
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.AWAITING_APPROVAL,
    EnrolmentStatus.WAITLISTED,
}


class SchoolError(EnrolmentError):
    """A school operation that cannot be done; the message is shown to the user."""


class ClassDoesNotFitError(SchoolError):
    """Not enough free seats; ``other_sessions`` lists sessions of the course with room."""

    def __init__(self, message, other_sessions=()):
        super().__init__(message)
        self.other_sessions = list(other_sessions)


@contextmanager
def school_errors():
    """Shows the enrolment services' errors as this module's own."""
    try:
        yield
    except SchoolError:
        raise
    except EnrolmentError as error:
        raise SchoolError(error.message) from error


# Who is who


def teacher_school(user):
    """The school the user teaches at, or None."""
    if not user.is_authenticated:
        return None
    return School.objects.filter(memberships__teacher=user).first()


def classes_visible_to(user):
    """A teacher sees their own school's classes; managers (by permission) see all."""
    if not user.is_authenticated:
        return SchoolClass.objects.none()
    if user.has_perm("learners.view_schoolclass"):
        return SchoolClass.objects.all()
    return SchoolClass.objects.filter(school__memberships__teacher=user)


def may_manage_class(user, school_class):
    if not user.is_authenticated:
        return False
    if user.has_perm("learners.change_schoolclass"):
        return True
    return SchoolMembership.objects.filter(teacher=user, school_id=school_class.school_id).exists()


def locked_user(user):
    """Serialises a user's own school operations (a double click registers one school)."""
    return User.objects.select_for_update().get(pk=user.pk)


# Schools and teachers


def field_errors(model, error):
    """'Town: This field cannot be blank.' for each problem, in one message."""
    return " ".join(
        f"{capfirst(model._meta.get_field(name).verbose_name)}: {message}"
        if name != NON_FIELD_ERRORS
        else str(message)
        for name, messages in error.message_dict.items()
        for message in messages
    )


def register_school(teacher, **fields):
    """A teacher registers their school and becomes its first teacher; a manager approves it."""
    unknown = set(fields) - REGISTRATION_FIELDS
    if unknown:
        raise TypeError(f"register_school() got unexpected fields: {sorted(unknown)}")
    if not teacher.is_authenticated:
        raise SchoolError(_("Please log in to register a school."))
    if hasattr(teacher, "pupil"):
        raise SchoolError(_("A pupil's account cannot register a school."))
    school = School(**{name: str(value).strip() for name, value in fields.items()})
    try:
        school.full_clean()
    except ValidationError as error:
        raise SchoolError(field_errors(School, error)) from error
    with transaction.atomic():
        locked_user(teacher)
        if SchoolMembership.objects.filter(teacher=teacher).exists():
            raise SchoolError(_("You already belong to a school."))
        school.save()
        SchoolMembership.objects.create(school=school, teacher=teacher)
        log(instance=school, action="learners.school.registered", user=teacher)
    return school


def invite_teacher(school, email, by):
    """Invite a colleague; the link (``invitation_token``) is valid for 14 days, once."""
    email = str(email or "").strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise SchoolError(_("Please enter a valid e-mail address.")) from error
    if not SchoolMembership.objects.filter(school=school, teacher=by).exists():
        raise SchoolError(_("Only teachers of this school can invite colleagues."))
    if not school.is_approved:
        raise SchoolError(_("You can invite colleagues once your school has been approved."))
    if SchoolMembership.objects.filter(school=school, teacher__email__iexact=email).exists():
        raise SchoolError(_("This colleague already belongs to your school."))
    invitation = TeacherInvitation.objects.create(school=school, email=email, invited_by=by)
    log(
        instance=school,
        action="learners.school.teacher_invited",
        user=by,
        data={"invitation": invitation.pk},
    )
    return invitation


def invitation_token(invitation):
    return signing.dumps(
        {"invitation": invitation.pk, "email": invitation.email}, salt=INVITATION_SALT
    )


def invitation_url(invitation):
    """The link in the invitation e-mail, at the site's public address, in the active
    language."""
    return absolute_reverse("school_invitation", [invitation_token(invitation)])


def join_urls(school_class):
    """The join page, and the same page with the class's code filled in (the code sheet's
    QR code), at the site's public address: the sheet is printed and scanned by phones."""
    join_url = absolute_reverse("pupil_join")
    return join_url, f"{join_url}?{urlencode({'code': school_class.join_code})}"


def invitation_from_token(token):
    """The invitation a link stands for; expired, forged and used links are refused."""
    try:
        data = signing.loads(str(token), salt=INVITATION_SALT, max_age=INVITATION_VALID_FOR)
    except signing.SignatureExpired as error:
        raise SchoolError(
            _("This invitation has expired. Please ask your colleague for a new one.")
        ) from error
    except signing.BadSignature as error:
        raise SchoolError(_("This invitation link is not valid.")) from error
    invitation = (
        TeacherInvitation.objects.select_related("school")
        .filter(pk=data.get("invitation"), email=data.get("email"))
        .first()
    )
    if invitation is None:
        raise SchoolError(_("This invitation link is not valid."))
    if invitation.accepted_at is not None:
        raise SchoolError(_("This invitation has already been used."))
    return invitation


def accept_invitation(token, user, now=None):
    """The invited colleague, logged in with the invited address, joins the school."""
    now = now or timezone.now()
    invitation = invitation_from_token(token)
    if not user.is_authenticated:
        raise SchoolError(_("Please log in to accept the invitation."))
    with transaction.atomic():
        locked_user(user)
        invitation = TeacherInvitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise SchoolError(_("This invitation has already been used."))
        if (user.email or "").casefold() != invitation.email.casefold():
            raise SchoolError(
                _(
                    "This invitation was sent to another e-mail address. "
                    "Please log in with the account for that address."
                )
            )
        if SchoolMembership.objects.filter(teacher=user).exists():
            raise SchoolError(_("You already belong to a school."))
        membership = SchoolMembership.objects.create(
            school_id=invitation.school_id, teacher=user, invited_by=invitation.invited_by
        )
        invitation.accepted_at, invitation.accepted_by = now, user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        log(instance=invitation.school, action="learners.school.teacher_joined", user=user)
    return membership


def approve_school(school, manager, now=None):
    """Approve a school and confirm every booking that waited for it; returns those bookings.

    The approval commits on its own before the bookings are confirmed: bookings and
    promotions lock the school row after their session, so holding the school while
    locking sessions could deadlock. Whatever was booked before the approval committed is
    visible afterwards and confirmed here; whatever is booked later sees the approval.
    Call it outside a transaction. Approving again confirms any booking still waiting.
    """
    now = now or timezone.now()
    if not manager.has_perm("learners.approve_school"):
        raise SchoolError(_("Only education managers can approve schools."))
    with transaction.atomic():
        school = School.objects.select_for_update().get(pk=school.pk)
        if not school.is_approved:
            school.approved_at, school.approved_by = now, manager
            school.save(update_fields=["approved_at", "approved_by"])
            log(instance=school, action="learners.school.approved", user=manager)
    return confirm_awaiting_bookings(school, manager)


def confirm_awaiting_bookings(school, actor):
    awaiting = Enrolment.objects.filter(
        school_class__school=school, status=EnrolmentStatus.AWAITING_APPROVAL
    )
    confirmed = []
    session_ids = awaiting.order_by("session_id").values_list("session_id", flat=True).distinct()
    for session_id in list(session_ids):
        with transaction.atomic():
            locked_session(session_id)
            for enrolment in awaiting.filter(session_id=session_id).select_for_update(of=("self",)):
                enrolment.status = EnrolmentStatus.CONFIRMED
                enrolment.save(update_fields=["status", "updated_at"])
                log(instance=enrolment, action="learners.enrolment.approved", user=actor)
                queue_notification(enrolment, EnrolmentStatus.CONFIRMED)
                confirmed.append(enrolment)
    return confirmed


# Class bookings


def class_details(**typed):
    """Details of a class as they came from a view (text, numbers, anything), by field name,
    checked by the model (``clean_class_details``). The first problem, in the order given,
    is a ``SchoolError`` with the model's message."""
    details = {
        name: str(value or "").strip() if name in TYPED_TEXT else str(value).strip()
        for name, value in typed.items()
    }
    try:
        return clean_class_details(**details)
    except ValidationError as error:
        first = next(name for name in details if name in error.error_dict)
        raise SchoolError(error.message_dict[first][0]) from error


def check_course_for_classes(course):
    if not course.age_groups.filter(code__in=CLASS_AGE_GROUPS).exists():
        raise SchoolError(_("This course is not meant for children or young people."))


def other_sessions_with_room(session, seats, now=None):
    """Future sessions of the same course, still open for booking, with ``seats`` free."""
    now = now or timezone.now()
    return list(
        CourseSession.objects.with_seats_taken()
        .scheduled()
        .filter(course_key=session.course_key, start__gt=now)
        .filter(Q(booking_deadline__isnull=True) | Q(booking_deadline__gt=now))
        .exclude(pk=session.pk)
        .filter(capacity__gte=F("taken") + seats)
        .select_related("venue")
        .order_by("start")
    )


def check_fits_session(session, seats, now):
    if seats > session.capacity:
        raise ClassDoesNotFitError(
            _("Your class needs %(seats)s seats, but this session has only %(capacity)s.")
            % {"seats": seats, "capacity": session.capacity},
            other_sessions_with_room(session, seats, now),
        )


def unused_join_code():
    while True:
        code = JOIN_CODE.new()
        if not SchoolClass.objects.filter(join_code=code).exists():
            return code


def same_class_booked(school, session, class_name):
    """A class booked twice (a double click) is the same booking."""
    return (
        Enrolment.objects.active()
        .filter(
            session=session,
            school_class__school=school,
            school_class__class_name__iexact=class_name,
        )
        .select_related("school_class")
        .first()
    )


def book_class(
    teacher,
    session_id,
    class_name,
    grade,
    pupils,
    adults=0,
    notes="",
    consent_confirmed=False,
    waitlist=False,
    now=None,
):
    """Book seats for a whole class: all of them at once, or a place on the waiting list
    (``waitlist=True``) when they are not free. Returns the enrolment."""
    now = now or timezone.now()
    details = class_details(
        class_name=class_name,
        grade=grade,
        notes=notes,
        pupils=pupils,
        accompanying_adults=adults,
    )
    if not consent_confirmed:
        raise SchoolError(
            _("Please confirm that your school holds the parents' consent for this class.")
        )
    school = teacher_school(teacher)
    if school is None:
        raise SchoolError(_("Only teachers of a registered school can book for a class."))
    seats = details["pupils"] + details["accompanying_adults"]
    with transaction.atomic(), school_errors():
        try:
            session = locked_session(session_id)
        except (CourseSession.DoesNotExist, ValueError, TypeError) as error:
            raise SchoolError(_("This session does not exist.")) from error
        check_session_open(session, now)
        check_course_for_classes(course_of(session))
        check_fits_session(session, seats, now)
        existing = same_class_booked(school, session, details["class_name"])
        if existing is not None:
            return existing
        fits = seats <= session.capacity - session.seats_taken
        if not fits and not waitlist:
            raise ClassDoesNotFitError(
                _(
                    "Your class needs %(seats)s seats, but only %(left)s are free in this "
                    "session. You can put the class on the waiting list or choose another "
                    "session."
                )
                % {"seats": seats, "left": session.seats_left},
                other_sessions_with_room(session, seats, now),
            )
        school_class = SchoolClass.objects.create(
            school=school,
            **details,
            consent_confirmed_at=now,
            consent_confirmed_by=teacher,
            join_code=unused_join_code(),
            booked_by=teacher,
        )
        status = status_for_class_seat(school_class) if fits else EnrolmentStatus.WAITLISTED
        enrolment = Enrolment.objects.create(
            learner=teacher,
            course_key=session.course_key,
            session=session,
            status=status,
            seats=seats,
            waitlisted_at=None if fits else now,
            school_class=school_class,
        )
        record(enrolment, status, teacher)
        return enrolment


def locked_class_booking(enrolment, by):
    """Lock a class booking's session and row; check the user may change it."""
    if not enrolment.school_class_id:
        raise SchoolError(_("This is not a class booking."))
    session = locked_session(enrolment.session_id)
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("school_class")
        .get(pk=enrolment.pk)
    )
    if not may_manage_class(by, enrolment.school_class):
        raise SchoolError(_("Only teachers of the class's school can change its booking."))
    return session, enrolment


def resize_class(enrolment, pupils, adults, by, now=None):
    """Change a class's size until the cancellation deadline.

    Growing takes seats only if they are free; shrinking frees seats for the waiting list.
    A class on the waiting list keeps its place with its new size.
    """
    now = now or timezone.now()
    size = class_details(pupils=pupils, accompanying_adults=adults)
    pupils, adults = size["pupils"], size["accompanying_adults"]
    with transaction.atomic():
        session, enrolment = locked_class_booking(enrolment, by)
        school_class = SchoolClass.objects.select_for_update().get(pk=enrolment.school_class_id)
        if enrolment.status not in CHANGEABLE_STATES:
            raise SchoolError(_("This booking can no longer be changed."))
        if now >= session.cancellable_until:
            raise SchoolError(
                _("This booking can no longer be changed online. Please contact the organisers.")
            )
        joined = school_class.pupil_accounts.count()
        if pupils < joined:
            raise SchoolError(
                _(
                    "%(joined)s pupils have already joined this class. Remove pupils before "
                    "making the class smaller."
                )
                % {"joined": joined}
            )
        before, seats = enrolment.seats, pupils + adults
        check_fits_session(session, seats, now)
        if enrolment.holds_seat and seats - before > session.seats_left:
            raise SchoolError(
                _("Only %(left)s more seats are free in this session.")
                % {"left": session.seats_left}
            )
        if (school_class.pupils, school_class.accompanying_adults) == (pupils, adults):
            return enrolment
        school_class.pupils, school_class.accompanying_adults = pupils, adults
        school_class.save(update_fields=["pupils", "accompanying_adults"])
        enrolment.seats = seats
        enrolment.save(update_fields=["seats", "updated_at"])
        enrolment.school_class = school_class
        record(enrolment, "resized", by, seats_before=before, seats=seats)
        if seats < before and now < session.start:
            promote_from_waiting_list(session, by)
        enrolment.refresh_from_db(fields=["status"])
        return enrolment


def cancel_class(enrolment, by, now=None):
    """Cancel a class booking; its seats go to the waiting list (see ``cancel_enrolment``)."""
    with transaction.atomic(), school_errors():
        locked_class_booking(enrolment, by)
        return cancel_enrolment(enrolment, by, now=now)
