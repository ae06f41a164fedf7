"""Pupils log in through Django's ``authenticate()``, like everyone else.

A pupil has no e-mail address and a username nobody knows; they log in with their class's
code, their pseudonym and their password (typed, or three pictures in order, see
``learners.pupils.pictures``). ``PupilBackend`` checks these, so the login signals
(``user_logged_in``, ``user_login_failed``) fire for pupils too.

The backends stay apart: Django hands credentials only to a backend whose ``authenticate``
takes them, so this one sees no e-mail or CMS login (it takes only ``join_code``,
``pseudonym`` and ``password``) and only ever returns a pupil's account. ``ModelBackend``,
before it in ``AUTHENTICATION_BACKENDS``, finds no username in a pupil's credentials; a
pupil's login that fails stops here (``PermissionDenied``), so allauth's backend, after it,
never sees them.
"""

from django.contrib.auth.backends import BaseBackend
from django.core.exceptions import PermissionDenied

from learners.codes import JOIN_CODE
from learners.models import Pupil, User, user_with_school_role


def tidy_pseudonym(text):
    return " ".join(str(text or "").split())


def find_pupil(join_code, pseudonym):
    """The pupil with this pseudonym (any case) in the class with this code, or None."""
    join_code = JOIN_CODE.normalise(join_code)
    pseudonym = tidy_pseudonym(pseudonym)
    if not (join_code and pseudonym):
        return None
    return (
        Pupil.objects.select_related("user", "school_class")
        .filter(school_class__join_code=join_code, pseudonym__iexact=pseudonym)
        .first()
    )


class PupilBackend(BaseBackend):
    def authenticate(self, request, *, join_code, pseudonym, password):
        """The account of the pupil with this pseudonym (any case) in the class with this
        code, if the password is theirs and the account is not locked
        (``learners.pupils.lockout``); otherwise no other backend is asked."""
        pupil = find_pupil(join_code, pseudonym)
        if pupil is None:
            # Hash anyway, so that the answer takes as long as for a wrong password.
            User().set_password(password or "")
        else:
            user = pupil.user
            right = user.check_password(password or "")
            if right and pupil.locked_at is None and self.user_can_authenticate(user):
                return user
        # Class code, pseudonym or password wrong: these credentials are a pupil's, so no
        # other backend is asked (``authenticate()`` stops and sends user_login_failed).
        raise PermissionDenied

    def user_can_authenticate(self, user):
        return user.is_active

    def get_user(self, user_id):
        """The signed-in pupil of a session this backend logged in; never anyone else."""
        user = user_with_school_role(user_id)
        if user is None or not user.is_pupil or not self.user_can_authenticate(user):
            return None
        return user
