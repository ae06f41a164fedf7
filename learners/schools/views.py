"""Teachers' pages: register a school and accept a colleague's invitation.

The rules live in ``learners.schools.services``; these views show its errors next to the form and
keep what was typed.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from learners.models import School, SchoolMembership
from learners.schools.services import (
    SchoolError,
    accept_invitation,
    invitation_from_token,
    register_school,
    teacher_school,
)


class SchoolRegistrationForm(forms.ModelForm):
    class Meta:
        model = School
        fields = ["name", "school_type", "street", "postcode", "town"]
        help_texts = {
            "name": gettext_lazy("As on the school's letterhead, e.g. Oberschule Am Park."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "street": forms.TextInput(attrs={"autocomplete": "street-address"}),
            "postcode": forms.TextInput(attrs={"autocomplete": "postal-code"}),
            "town": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }


@require_http_methods(["GET", "POST"])
def register(request):
    if not request.user.is_authenticated:
        # Say first what registering takes, rather than a bare login form.
        if request.method == "POST":
            return redirect_to_login(request.path)
        return render(request, "learners/schools/register_start.html")
    if teacher_school(request.user) is not None:
        return redirect("my_school")
    form = SchoolRegistrationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            register_school(request.user, **form.cleaned_data)
        except SchoolError as error:
            form.add_error(None, error.message)
        else:
            return redirect("school_registered")
    return render(request, "learners/schools/register.html", {"form": form})


@login_required
def registered(request):
    school = teacher_school(request.user)
    if school is None:
        return redirect("school_register")
    return render(request, "learners/schools/register_done.html", {"school": school})


def invitation_problem(invitation, user):
    """Why this signed-in user cannot accept, said before they press the button.
    ``accept_invitation`` checks the same again when they do."""
    if (user.email or "").casefold() != invitation.email.casefold():
        return _(
            "This invitation was sent to another e-mail address. "
            "Please log in with the account for that address."
        )
    if SchoolMembership.objects.filter(teacher=user).exists():
        return _("You already belong to a school.")
    return ""


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    user = request.user
    if request.method == "POST" and not user.is_authenticated:
        return redirect_to_login(request.path)
    try:
        invitation = invitation_from_token(token)
    except SchoolError as error:
        return render(request, "learners/schools/invitation.html", {"error": error.message})
    if request.method == "POST":
        try:
            accept_invitation(token, user)
        except SchoolError as error:
            return render(
                request,
                "learners/schools/invitation.html",
                {"invitation": invitation, "error": error.message},
            )
        messages.success(
            request,
            _("Welcome! You are now a teacher of %(school)s.") % {"school": invitation.school.name},
        )
        return redirect("my_school")
    problem = invitation_problem(invitation, user) if user.is_authenticated else ""
    return render(
        request,
        "learners/schools/invitation.html",
        {"invitation": invitation, "problem": problem},
    )
