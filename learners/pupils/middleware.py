"""Keeps pupils off the account pages of django-allauth.

A pupil's account has a pseudonym and a password the teacher can reset, and nothing else:
no e-mail address may be added to it, and a password changed behind the teacher's back
would lock the child out (see ``learners.pupils.accounts``).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

#: allauth's pages for e-mail addresses and passwords of a signed-in user.
ACCOUNT_PAGES = {
    "account_email",
    "account_change_password",
    "account_set_password",
    "account_reauthenticate",
}


class PupilAccountPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name not in ACCOUNT_PAGES:
            return None
        if not request.user.is_authenticated or not request.user.is_pupil:
            return None
        messages.info(
            request, _("Your teacher looks after your account. Ask them for a new password.")
        )
        return redirect("my_learning")
