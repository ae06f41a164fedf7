"""The learner's profile: how we address them, their language, year of birth and
accessibility needs. E-mail address and password are changed through allauth's pages."""

from allauth.account.models import EmailAddress
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from learners.accounts.adapter import (
    accessibility_needs_field,
    display_name_field,
    preferred_language_field,
    year_of_birth_field,
)
from learners.models import User


class ProfileForm(forms.ModelForm):
    display_name = display_name_field()
    preferred_language = preferred_language_field()
    year_of_birth = year_of_birth_field()
    accessibility_needs = accessibility_needs_field()

    class Meta:
        model = User
        fields = ["display_name", "preferred_language", "year_of_birth", "accessibility_needs"]


@login_required
def profile(request):
    if request.user.is_pupil:
        # Pupils' accounts hold nothing about them but a pseudonym, and stay that way.
        return redirect("my_learning")
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("profile")
    return render(
        request,
        "learners/profile.html",
        {
            "form": form,
            "email_address": EmailAddress.objects.get_primary(request.user),
        },
    )
