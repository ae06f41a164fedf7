"""The learner's side of enrolment: book a seat, start a self-paced course, cancel."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from courses.models import CoursePage, CourseSession
from courses.queries import course_in
from learners.enrolment import services as service
from learners.enrolment.services import EnrolmentError, why_not_cancellable
from learners.learning.my_learning import with_courses
from learners.models import Enrolment, EnrolmentStatus

CONFIRMATIONS = {
    EnrolmentStatus.CONFIRMED: gettext_lazy(
        "Your seat is booked. A confirmation is on its way by e-mail."
    ),
    EnrolmentStatus.WAITLISTED: gettext_lazy(
        "The session is full. You are on the waiting list at position %(position)s."
    ),
    EnrolmentStatus.AWAITING_CONSENT: gettext_lazy(
        "Your seat is reserved. A parent or guardian must agree before it is confirmed."
    ),
}


def safe_next(request):
    """The page the request came from (``next`` of the POST, or of the query string of a
    GET), if it is a path on this site, else None."""
    target = (request.POST if request.method == "POST" else request.GET).get("next", "")
    is_path = target.startswith("/") and not target.startswith(("//", "/\\"))
    if (
        is_path
        and target.isprintable()
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return None


def course_url(request, course_key):
    """The course's page in the reader's language, or My learning if it has none."""
    course = course_in(course_key, translation.get_language(), request) if course_key else None
    return course.display_url if course else reverse("my_learning")


def go_back(request, course_key=None):
    """After a POST: back to the page it came from (``next``); to the course's page when
    ``next`` is not a page of this site; to My learning when there is none."""
    if not request.POST.get("next"):
        return HttpResponseRedirect(reverse("my_learning"))
    return HttpResponseRedirect(safe_next(request) or course_url(request, course_key))


def session_course_key(session_id):
    return CourseSession.objects.filter(pk=session_id).values_list("course_key", flat=True).first()


def login_first(request, course_key=None):
    return redirect_to_login(safe_next(request) or course_url(request, course_key))


@require_POST
def enrol_in_session(request, session_id):
    if not request.user.is_authenticated:
        return login_first(request, session_course_key(session_id))
    try:
        enrolment = service.enrol(request.user, session_id)
    except EnrolmentError as error:
        messages.error(request, error.message)
        return go_back(request, session_course_key(session_id))
    message = CONFIRMATIONS.get(enrolment.status)
    if message:
        messages.success(request, message % {"position": enrolment.waiting_list_position()})
    return go_back(request, enrolment.course_key)


@require_POST
def start_course(request, course_id):
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if not request.user.is_authenticated:
        return login_first(request, course.translation_key if course else None)
    if course is None:
        messages.error(request, _("This course is not open for enrolment."))
        return redirect("my_learning")
    try:
        service.start_self_paced(request.user, course)
    except EnrolmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You have started the course. Enjoy learning!"))
    return go_back(request, course.translation_key)


def own_enrolment(request, enrolment_id):
    """The signed-in learner's own enrolment; anyone else's is a 404, like a missing one."""
    return get_object_or_404(
        Enrolment.objects.select_related("session__venue"), pk=enrolment_id, learner=request.user
    )


def cancel_question(request, enrolment, now=None):
    """What the confirmation page says cancelling this enrolment does, and where "keep
    it" leads back to (``next``, else My learning)."""
    now = now or timezone.now()
    shown = with_courses([enrolment], translation.get_language(), request)
    session = enrolment.session
    waitlisted = enrolment.status == EnrolmentStatus.WAITLISTED
    return {
        "enrolment": enrolment,
        "course": shown[0].course if shown else None,
        "session": session,
        "problem": why_not_cancellable(enrolment, now),
        "waitlisted": waitlisted,
        "position": enrolment.waiting_list_position() if waitlisted else None,
        # A series has a rhythm (``describe_series``); a single meeting has none.
        "series": bool(session and session.rhythm),
        # Nobody moves up into a session that has begun (``cancel_enrolment``).
        "seat_moves_up": enrolment.holds_seat and session is not None and now < session.start,
        "next": safe_next(request) or "",
        "back_url": safe_next(request) or reverse("my_learning"),
    }


@login_required
@require_safe
def confirm_cancel(request, enrolment_id):
    """Asks before ``cancel``, saying what happens to the seat and the waiting list; the
    page's form posts to ``cancel``. Nothing changes here."""
    enrolment = own_enrolment(request, enrolment_id)
    if enrolment.is_class_booking:  # a teacher's class: asked on its own page
        return redirect("class_cancel_confirm", enrolment.school_class_id)
    context = cancel_question(request, enrolment)
    return render(request, "learners/cancel_enrolment.html", context)


@login_required
@require_POST
def cancel(request, enrolment_id):
    enrolment = own_enrolment(request, enrolment_id)
    try:
        service.cancel_enrolment(enrolment, actor=request.user)
    except EnrolmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your booking has been cancelled."))
    return go_back(request, enrolment.course_key)
