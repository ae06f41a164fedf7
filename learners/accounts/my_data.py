"""The "My data" pages: see what the platform holds about me, download it, delete my account.

Download and deletion are behind allauth's re-authentication
(``reauthentication_required``): whoever finds a logged-in browser cannot take the data
away or delete the account without the password. A fresh login does not count; a
re-authentication stays valid for ``ACCOUNT_REAUTHENTICATION_TIMEOUT`` (5 minutes). The
"My data" page asks for the password before offering the file (``download_link``), unless
the decorator would let the download through already (``reauthenticated``).

What deleting an account does, and why (``learners.accounts.personal_data.delete_account``):

- Bookings for sessions that have not started, and self-paced courses, are cancelled
  through ``cancel_enrolment(by_organiser=True)``: the deadline for cancelling online does
  not apply to leaving the platform, each freed seat goes to the next person waiting, and
  the change is in the audit log. Sessions that have already started stay as they were:
  nobody should be promoted into a session that is over.
- Then the user row is deleted. Enrolments keep their row with ``learner = NULL``
  (``SET_NULL``), so seat counts, waiting-list order and the statistics of past sessions
  stay right without naming anyone; e-mail addresses, queued and sent notifications, the
  calendar feed and login sessions go with the account (``CASCADE``). A guardian's consent
  record (their e-mail address) is deleted with it, and the audit log's labels of those
  enrolments, which were written with the person's name, are rewritten anonymously.
- Trainers' and managers' accounts cannot be deleted here: courses, revisions and the
  audit log refer to them, so an administrator removes them.
"""

import json

from allauth.account.decorators import reauthentication_required
from allauth.account.models import EmailAddress
from allauth.core.exceptions import ReauthenticationRequired
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from learners.accounts.adapter import site_language
from learners.accounts.personal_data import (
    can_delete_own_account,
    delete_account,
    enrolments_to_cancel,
    export_personal_data,
)
from learners.models import Enrolment


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand that my account and my bookings will be deleted."),
        error_messages={
            "required": gettext_lazy("Please tick the box to confirm that you want this.")
        },
    )


def reauthenticated(request):
    """Whether the views behind ``reauthentication_required`` let this request through now,
    asked of that decorator itself: allauth has no public "did recently re-authenticate"."""
    try:
        reauthentication_required(lambda request: None)(request)
    except ReauthenticationRequired:
        return False
    return True


def download_link(request):
    """Where the download button leads: to the file once the password has been entered
    again, else to re-authentication and back here. (Sent straight to the file, the
    browser would download it and leave the password page on screen.)"""
    if reauthenticated(request):
        return reverse("my_data_download")
    back_here = reverse("my_data") + "?download=ready"
    return reverse("account_reauthenticate") + "?" + urlencode({"next": back_here})


@login_required
def my_data(request):
    user = request.user
    ready = request.GET.get("download") == "ready" and reauthenticated(request)
    return render(
        request,
        "learners/my_data.html",
        {
            "download_url": download_link(request),
            "download_ready": ready,
            "email_addresses": EmailAddress.objects.filter(user=user).order_by("pk"),
            "enrolment_count": Enrolment.objects.filter(learner=user).count(),
            "notification_count": user.notifications.count(),
            "can_delete": can_delete_own_account(user),
        },
    )


@login_required
@reauthentication_required
def my_data_download(request):
    data = export_personal_data(request.user)
    filename = f"wirkstatt-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@reauthentication_required
def delete_account_view(request):
    user = request.user
    if not can_delete_own_account(user):
        messages.error(
            request,
            _(
                "Accounts of trainers and managers are deleted by the administration. "
                "Please contact a manager."
            ),
        )
        return redirect("my_data")
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        delete_account(user)
        logout(request)
        messages.success(
            request, _("Your account has been deleted. Thank you for learning with us.")
        )
        return redirect(f"/{site_language(translation.get_language())}/")
    upcoming = enrolments_to_cancel(user, timezone.now())
    return render(
        request,
        "learners/delete_account.html",
        {"form": form, "bookings_to_cancel": upcoming.count()},
    )
