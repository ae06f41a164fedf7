"""Asking a guardian (the learner) and answering (the guardian, through the signed link)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from learners.enrolment.consent import ConsentLinkError, consent_from_token, decide, request_consent
from learners.enrolment.services import EnrolmentError
from learners.enrolment.views import go_back
from learners.learning.my_learning import with_courses
from learners.models import Enrolment, GuardianConsent


class GuardianEmailForm(forms.Form):
    guardian_email = forms.EmailField(label=gettext_lazy("E-mail of a parent or guardian"))

    def __init__(self, *args, learner=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.learner = learner

    def clean_guardian_email(self):
        email = self.cleaned_data["guardian_email"]
        if self.learner is not None and email.lower() == (self.learner.email or "").lower():
            raise forms.ValidationError(_("Please enter the address of a parent or guardian."))
        return email


@login_required
@require_POST
def ask_guardian(request, enrolment_id):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, learner=request.user)
    form = GuardianEmailForm(request.POST, learner=request.user)
    if not form.is_valid():
        for error in form.errors.get("guardian_email", []):
            messages.error(request, error)
        return go_back(request, enrolment.course_key)
    try:
        request_consent(enrolment, form.cleaned_data["guardian_email"])
    except EnrolmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("We have written to your parent or guardian."))
    return go_back(request, enrolment.course_key)


def guardian_decision(request, token):
    try:
        consent = consent_from_token(token)
    except ConsentLinkError as error:
        return render(request, "learners/consent.html", {"error": error.message}, status=400)
    if request.method == "POST":
        if request.POST.get("decision") not in {"agree", "refuse"}:
            return render(
                request,
                "learners/consent.html",
                {"error": _("Please choose whether you agree.")},
                status=400,
            )
        consent = decide(consent, agree=request.POST["decision"] == "agree")
        return redirect(request.path)
    (enrolment,) = with_courses([consent.enrolment], request.LANGUAGE_CODE, request) or [None]
    return render(
        request,
        "learners/consent.html",
        {
            "consent": consent,
            "enrolment": enrolment or consent.enrolment,
            "pending": consent.decision == GuardianConsent.Decision.PENDING,
        },
    )
