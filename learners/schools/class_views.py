"""Teachers' pages: book a class for a session, "My school" with its bookings and pupils,
the printable sheet with a class's join code, the class's results and certificates.

Every class and pupil is looked up among those the signed-in teacher may manage; anything
else is a 404, so nobody learns whether another school's class exists.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.log_actions import log

from courses.models import CourseSession
from courses.queries import course_in
from learners.accounts.adapter import user_display
from learners.enrolment.services import why_not_cancellable
from learners.learning.my_learning import with_courses
from learners.models import EnrolmentStatus, Pupil
from learners.pupils import lockout
from learners.schools import class_certificates, class_results
from learners.schools import services as schools
from learners.schools.class_booking import course_takes_classes, school_of
from learners.schools.forms import (
    ClassBookingForm,
    ClassCertificatesForm,
    ClassSizeForm,
    InviteTeacherForm,
)
from learners.schools.my_school import NEW_PASSWORD_KEY, my_school_context, new_pupil_password
from learners.schools.services import ClassDoesNotFitError, SchoolError
from wirkstatt.mail.messages import email_in
from wirkstatt.qr_codes import qr_code_svg

BOOKED = {
    EnrolmentStatus.CONFIRMED: gettext_lazy(
        "Class %(name)s is booked. Hand your pupils the join code shown below."
    ),
    EnrolmentStatus.AWAITING_APPROVAL: gettext_lazy(
        "The seats for class %(name)s are held. The booking is confirmed as soon as an "
        "education manager has approved your school."
    ),
    EnrolmentStatus.WAITLISTED: gettext_lazy(
        "Class %(name)s is on the waiting list at position %(position)s. It moves up when "
        "there are seats for the whole class."
    ),
}


def not_a_teacher(request):
    return render(request, "learners/schools/not_a_teacher.html", status=403)


def to_class(school_class):
    return redirect(f"{reverse('my_school')}#class-{school_class.pk}")


def managed_class(request, class_id):
    """A class of the teacher's school (or any, for managers), else 404."""
    school_class = get_object_or_404(
        schools.classes_visible_to(request.user)
        .filter(enrolment__isnull=False)
        .select_related("school", "enrolment__session"),
        pk=class_id,
    )
    if not schools.may_manage_class(request.user, school_class):
        raise Http404
    return school_class


def managed_pupil(request, pupil_id):
    pupil = get_object_or_404(
        Pupil.objects.filter(
            school_class__in=schools.classes_visible_to(request.user)
        ).select_related("school_class", "user"),
        pk=pupil_id,
    )
    if not schools.may_manage_class(request.user, pupil.school_class):
        raise Http404
    return pupil


# Booking a class


def prefill(query):
    """What another session's form carries over (see ``ClassBookingForm.carried_over``)."""
    return {name: query[name] for name in ClassBookingForm.carried_over if name in query}


def other_session_links(sessions, form):
    query = urlencode({k: v for k, v in form.cleaned_data.items() if k in form.carried_over})
    for session in sessions:
        session.book_url = f"{reverse('book_class', args=[session.pk])}?{query}"
    return sessions


def booked_message(enrolment):
    message = BOOKED.get(enrolment.status, BOOKED[EnrolmentStatus.CONFIRMED])
    return message % {
        "name": enrolment.school_class.class_name,
        "position": enrolment.waiting_list_position(),
    }


def try_booking(request, session, form):
    """Books the class; returns the enrolment, or None with the problem added to the form
    (and the sessions with room, when the class does not fit)."""
    data = form.cleaned_data
    try:
        return schools.book_class(
            request.user,
            session.pk,
            class_name=data["class_name"],
            grade=data["grade"],
            pupils=data["pupils"],
            adults=data["adults"],
            notes=data["notes"],
            consent_confirmed=data["consent"],
            waitlist=data["waitlist"],
        )
    except ClassDoesNotFitError as error:
        form.add_error(None, error.message)
        form.other_sessions = other_session_links(error.other_sessions, form)
    except SchoolError as error:
        form.add_error(None, error.message)
    return None


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def book_class(request, session_id):
    school = school_of(request)
    if school is None:
        return not_a_teacher(request)
    session = get_object_or_404(
        CourseSession.objects.with_seats_taken().select_related("venue"), pk=session_id
    )
    course = course_in(session.course_key, get_language(), request)
    if course is None:
        raise Http404
    takes_classes = course_takes_classes(course)
    status = 200
    if request.method == "POST" and takes_classes:
        form = ClassBookingForm(request.POST)
        if form.is_valid():
            enrolment = try_booking(request, session, form)
            if enrolment is not None:
                messages.success(request, booked_message(enrolment))
                return to_class(enrolment.school_class)
        status = 400
    else:
        form = ClassBookingForm(initial=prefill(request.GET))
        status = 400 if request.method == "POST" else 200
    context = {
        "school": school,
        "session": session,
        "course": course,
        "takes_classes": takes_classes,
        "bookable": session.is_bookable(),
        "form": form,
        "other_sessions": getattr(form, "other_sessions", None),
    }
    return render(request, "learners/schools/book_class.html", context, status=status)


# My school


def render_my_school(request, school, status=200, **forms):
    context = my_school_context(request, school, **forms)
    return render(request, "learners/schools/my_school.html", context, status=status)


@login_required
@require_safe
def my_school(request):
    school = school_of(request)
    if school is None:
        return not_a_teacher(request)
    return render_my_school(request, school)


@login_required
@require_POST
def change_joining(request, class_id):
    school_class = managed_class(request, class_id)
    school_class.joining_open = request.POST.get("open") == "1"
    school_class.save(update_fields=["joining_open"])
    action = "opened" if school_class.joining_open else "closed"
    log(instance=school_class, action=f"learners.school.joining_{action}", user=request.user)
    if school_class.joining_open:
        messages.success(request, _("Pupils can join class %(name)s again.") % name(school_class))
    else:
        messages.success(request, _("Joining class %(name)s is closed.") % name(school_class))
    return to_class(school_class)


def name(school_class):
    return {"name": school_class.class_name}


@login_required
@require_POST
def resize(request, class_id):
    school_class = managed_class(request, class_id)
    form = ClassSizeForm(request.POST, school_class=school_class)
    if form.is_valid():
        try:
            schools.resize_class(
                school_class.enrolment,
                form.cleaned_data["pupils"],
                form.cleaned_data["adults"],
                by=request.user,
            )
        except SchoolError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("The size of class %(name)s is saved.") % name(school_class)
            )
            return to_class(school_class)
    return render_my_school(
        request, school_class.school, status=400, size_forms={school_class.pk: form}
    )


def class_description(request, school_class):
    """The class's booking with its course in the reader's language, place and rhythm (as
    "My school" shows them), for the confirmation pages."""
    booking = school_class.enrolment
    shown = with_courses([booking], get_language(), request)
    return {
        "school_class": school_class,
        "booking": booking,
        "session": booking.session,
        "course": shown[0].course if shown else None,
        "back_url": f"{reverse('my_school')}#class-{school_class.pk}",
    }


@login_required
@require_safe
def confirm_cancel(request, class_id):
    """Asks before ``cancel``, saying what happens to the seats, the waiting list and the
    join code; the page's form posts to ``cancel``. Nothing changes here."""
    school_class = managed_class(request, class_id)
    booking = school_class.enrolment
    waitlisted = booking.status == EnrolmentStatus.WAITLISTED
    context = {
        **class_description(request, school_class),
        "problem": why_not_cancellable(booking),
        "waitlisted": waitlisted,
        "position": booking.waiting_list_position() if waitlisted else None,
        "series": bool(booking.session and booking.session.rhythm),
    }
    return render(request, "learners/schools/cancel_class.html", context)


@login_required
@require_POST
def cancel(request, class_id):
    school_class = managed_class(request, class_id)
    try:
        schools.cancel_class(school_class.enrolment, by=request.user)
    except SchoolError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("The booking of class %(name)s is cancelled.") % name(school_class)
        )
    return to_class(school_class)


@login_required
@require_POST
def reset_password(request, pupil_id):
    pupil = managed_pupil(request, pupil_id)
    password = new_pupil_password()
    pupil.user.set_password(password)
    pupil.user.save(update_fields=["password"])
    lockout.unlock(pupil)  # the new password opens a locked account
    log(
        instance=pupil.school_class,
        action="learners.school.pupil_password_reset",
        user=request.user,
    )
    # Kept on the server and shown once, rather than in a message cookie.
    request.session[NEW_PASSWORD_KEY] = {"pupil": pupil.pk, "password": password}
    return redirect(f"{reverse('my_school')}#pupil-{pupil.pk}")


@login_required
@require_safe
def confirm_remove_pupil(request, pupil_id):
    """Asks before ``remove_pupil``, saying that the account and its progress are deleted for
    good; the page's form posts to ``remove_pupil``. Nothing changes here."""
    pupil = managed_pupil(request, pupil_id)
    context = {"pupil": pupil, **class_description(request, pupil.school_class)}
    context["back_url"] = f"{reverse('my_school')}#pupil-{pupil.pk}"
    return render(request, "learners/schools/remove_pupil.html", context)


@login_required
@require_POST
def remove_pupil(request, pupil_id):
    pupil = managed_pupil(request, pupil_id)
    school_class = pupil.school_class
    pseudonym = pupil.pseudonym
    pupil.user.delete()
    log(instance=school_class, action="learners.school.pupil_removed", user=request.user)
    messages.success(
        request, _("%(pseudonym)s has been removed from the class.") % {"pseudonym": pseudonym}
    )
    return to_class(school_class)


# Inviting a colleague


def send_invitation(request, invitation):
    """Queues the invitation link in the inviting teacher's language (it goes out through
    the mail queue, also when the mail server is down just now)."""
    language = request.user.preferred_language or get_language()
    with translation.override(language):
        link = schools.invitation_url(invitation)
        context = {
            "school": invitation.school,
            "teacher": user_display(request.user),
            "link": link,
            "days": schools.INVITATION_VALID_FOR.days,
        }
        subject = _("Invitation to %(school)s on Wirkstatt") % {"school": invitation.school.name}
        body = render_to_string("learners/schools/teacher_invitation_email.txt", context)
    email_in(language, subject=subject, body=body, to=[invitation.email]).send()


@login_required
@require_POST
def invite_colleague(request):
    school = school_of(request)
    if school is None:
        return not_a_teacher(request)
    form = InviteTeacherForm(request.POST)
    if form.is_valid():
        try:
            invitation = schools.invite_teacher(school, form.cleaned_data["email"], by=request.user)
        except SchoolError as error:
            form.add_error("email", error.message)
        else:
            send_invitation(request, invitation)
            messages.success(
                request,
                _("We have sent the invitation to %(email)s.") % {"email": invitation.email},
            )
            return redirect(f"{reverse('my_school')}#invite")
    return render_my_school(request, school, status=400, invite_form=form)


# The code sheet


@login_required
@require_safe
def code_sheet(request, class_id):
    school_class = managed_class(request, class_id)
    session = school_class.enrolment.session
    join_url, prefilled_url = schools.join_urls(school_class)
    context = {
        "school_class": school_class,
        "session": session,
        "course": course_in(session.course_key, get_language(), request) if session else None,
        "join_url": join_url,
        "prefilled_url": prefilled_url,
        "qr_code": qr_code_svg(
            prefilled_url, scale=8, svgclass="qr-code", title=_("QR code to join the class")
        ),
    }
    return render(request, "learners/schools/code_sheet.html", context)


# Results and certificates


@login_required
@require_safe
def results(request, class_id):
    school_class = managed_class(request, class_id)
    course = course_in(school_class.enrolment.session.course_key, get_language(), request)
    title = course.title if course else ""
    return class_results.results_csv(school_class, title)


def certificates_pdf(booking, form):
    from learners.schools.class_certificate_pdf import (
        render_class_certificates,
    )  # see its docstring

    kind = form.cleaned_data["kind"]
    pdf = render_class_certificates(booking, kind, form.cleaned_data["names"], get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=class_certificates.file_name(booking, kind)
    )
    return response


@never_cache  # the names typed may come back in the page or the PDF
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def certificates(request, class_id):
    school_class = managed_class(request, class_id)
    booking = school_class.enrolment
    problem = class_certificates.why_not_ready(booking)
    form = ClassCertificatesForm(
        request.POST if request.method == "POST" else None,
        pupils=class_results.class_results(school_class),
        class_size=school_class.pupils,
    )
    if request.method == "POST" and problem is None and form.is_valid():
        # The log says that certificates were printed, never for whom.
        log(instance=school_class, action="learners.school.certificates_printed", user=request.user)
        return certificates_pdf(booking, form)
    context = {
        "school_class": school_class,
        "course": course_in(booking.session.course_key, get_language(), request),
        "session": booking.session,
        "problem": problem,
        "form": form,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "learners/schools/class_certificates.html", context, status=status)
