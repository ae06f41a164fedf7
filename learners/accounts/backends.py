"""Django's and allauth's authentication backends, loading a signed-in user with their
school role in the same query (``learners.models.user_with_school_role``): every signed-in
page asks it, so it saves a query on each. ``learners.pupils.backends.PupilBackend`` does
the same for pupils.

Sessions started before these backends name Django's and allauth's own;
``RenamedBackendsMiddleware`` moves them on to these, so that nobody is signed out.
"""

from allauth.account import auth_backends as allauth_backends
from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.auth import backends as django_backends

from learners.models import user_with_school_role

#: What sessions started before December 2026 name, and what they name now. This can go
#: once no session that old is left (SESSION_COOKIE_AGE, two weeks, after the release).
RENAMED_BACKENDS = {
    "django.contrib.auth.backends.ModelBackend": "learners.accounts.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend": (
        "learners.accounts.backends.AuthenticationBackend"
    ),
}


class LoadsSchoolRole:
    def get_user(self, user_id):
        user = user_with_school_role(user_id)
        if user is None or not self.user_can_authenticate(user):
            return None
        return user


class ModelBackend(LoadsSchoolRole, django_backends.ModelBackend):
    """Usernames and passwords: the CMS login, and the test client's ``force_login``."""


class AuthenticationBackend(LoadsSchoolRole, allauth_backends.AuthenticationBackend):
    """allauth's logins: e-mail and password, or a login code."""


class RenamedBackendsMiddleware:
    """Before ``AuthenticationMiddleware``: a session naming a backend by its old path is
    moved on to its new one (saved once), so that its user stays signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        renamed = RENAMED_BACKENDS.get(request.session.get(BACKEND_SESSION_KEY))
        if renamed is not None:
            request.session[BACKEND_SESSION_KEY] = renamed
        return self.get_response(request)
