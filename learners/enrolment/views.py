"""The learner's side of enrolment: book a seat, start a self-paced course, cancel."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from courses.models import CoursePage
from learners.enrolment import services as service
from learners.enrolment.services import EnrolmentError
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


def next_url(request, default="my_learning"):
    """Where to go after a POST: the page it came from, if it is on this site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return redirect(default).url


def login_first(request):
    return redirect_to_login(next_url(request))


@require_POST
def enrol_in_session(request, session_id):
    if not request.user.is_authenticated:
        return login_first(request)
    try:
        enrolment = service.enrol(request.user, session_id)
    except EnrolmentError as error:
        messages.error(request, error.message)
        return redirect(next_url(request))
    message = CONFIRMATIONS.get(enrolment.status)
    if message:
        messages.success(request, message % {"position": enrolment.waiting_list_position()})
    return redirect(next_url(request))


@require_POST
def start_course(request, course_id):
    if not request.user.is_authenticated:
        return login_first(request)
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        messages.error(request, _("This course is not open for enrolment."))
        return redirect("my_learning")
    try:
        service.start_self_paced(request.user, course)
    except EnrolmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You have started the course. Enjoy learning!"))
    return redirect(next_url(request))


@login_required
@require_POST
def cancel(request, enrolment_id):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, learner=request.user)
    try:
        service.cancel_enrolment(enrolment, actor=request.user)
    except EnrolmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your booking has been cancelled."))
    return redirect(next_url(request))
