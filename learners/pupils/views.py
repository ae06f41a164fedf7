"""Pages for pupils: join a class with its code, and log in again later.

Wrong codes and wrong logins are counted per address and limited (``PUPIL_JOIN_RATE``,
default 10 a minute): a code has about 39 bits, too many to guess at that pace. Only
failures count, so a whole class joining from one school network is not held up.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from courses.queries import course_or_name_in
from learners.pupils.accounts import course_url, join_class
from learners.pupils.forms import CODE_MAX, AccountForm, CodeForm, PupilLoginForm
from learners.pupils.services import JoinError, PseudonymError
from learners.schools.services import SchoolError

JOIN_RATE_GROUP = "pupil-join"
LOGIN_RATE_GROUP = "pupil-login"
DEFAULT_RATE = "10/m"
PUPIL_BACKEND = "learners.pupils.backends.PupilBackend"


def attempt_rate(group, request):
    return getattr(settings, "PUPIL_JOIN_RATE", DEFAULT_RATE)


def over_the_limit(request, group):
    return is_ratelimited(request, group=group, key="ip", rate=attempt_rate, increment=False)


def count_failure(request, group):
    is_ratelimited(request, group=group, key="ip", rate=attempt_rate, increment=True)


def too_many_tries(request):
    response = render(request, "learners/pupils/429.html", status=429)
    response["Retry-After"] = "60"
    return response


def pupil_context(request):
    """Who is logged in on this device: a pupil gets a link to their course; anyone
    else is told that joining logs them out."""
    user = request.user
    if not user.is_authenticated:
        return {}
    pupil = getattr(user, "pupil", None)
    if pupil is None:
        return {"other_account": user}
    return {"own_course_url": course_url(pupil.school_class, get_language())}


def log_in(request, user):
    """Log the pupil in (through the backend that checks pupils' logins) and take them
    to their class's course."""
    login(request, user, backend=PUPIL_BACKEND)
    return redirect(course_url(user.pupil.school_class, get_language()))


def code_page(request, form):
    return render(
        request, "learners/pupils/join_code.html", {"form": form, **pupil_context(request)}
    )


def account_page(request, form, school_class):
    context = {
        "form": form,
        "school_class": school_class,
        "course_title": course_title(school_class),
    }
    return render(request, "learners/pupils/join_account.html", context)


def course_title(school_class):
    return course_or_name_in(school_class.enrolment.course_key, get_language()).title


@require_http_methods(["GET", "POST"])
def join(request):
    if request.method == "GET":
        code = request.GET.get("code", "")[:CODE_MAX]
        return code_page(request, CodeForm(initial={"code": code}))
    if over_the_limit(request, JOIN_RATE_GROUP):
        return too_many_tries(request)
    if request.POST.get("step") == "account":
        return create_account(request)
    form = CodeForm(request.POST)
    if form.is_valid():
        return account_page(
            request, AccountForm(initial={"code": form.cleaned_data["code"]}), form.school_class
        )
    if form.code_refused:
        count_failure(request, JOIN_RATE_GROUP)
    return code_page(request, form)


def create_account(request):
    form = AccountForm(request.POST)
    valid = form.is_valid()
    if form.school_class is None:
        # Joining closed since step 1, or a changed code: back to step 1 with the reason.
        if form.code_refused:
            count_failure(request, JOIN_RATE_GROUP)
        code_form = CodeForm({"code": request.POST.get("code", "")[:CODE_MAX]})
        code_form.is_valid()
        return code_page(request, code_form)
    if valid:
        try:
            pupil = join_class(
                form.cleaned_data["code"],
                form.cleaned_data["pseudonym"],
                form.secret,
                language=get_language(),
            )
        except PseudonymError as error:
            form.add_error("pseudonym", error.message)
        except JoinError as error:
            form.add_error(None, error.message)
        except SchoolError as error:
            form.add_error("password", error.message)
        else:
            messages.success(
                request,
                _(
                    "Welcome to your class! Remember your pseudonym and your password or "
                    "pictures: you need them to log in again."
                ),
            )
            return log_in(request, pupil.user)
    return account_page(request, form, form.school_class)


@require_http_methods(["GET", "POST"])
def pupil_login(request):
    if request.method == "GET":
        code = request.GET.get("code", "")[:CODE_MAX]
        form = PupilLoginForm(initial={"code": code})
    else:
        if over_the_limit(request, LOGIN_RATE_GROUP):
            return too_many_tries(request)
        form = PupilLoginForm(request.POST, request=request)
        if form.is_valid():
            messages.success(request, _("Welcome back!"))
            return log_in(request, form.user)
        if form.login_refused:
            count_failure(request, LOGIN_RATE_GROUP)
    return render(request, "learners/pupils/login.html", {"form": form, **pupil_context(request)})
