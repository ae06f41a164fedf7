"""Forms of the pupils' pages: the class code, a new account, logging in again.

A pupil logs in with a typed password or with three pictures in order; both end up as
one password string (see ``learners.pupils.pictures``).
"""

from django import forms
from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from learners.pupils import lockout
from learners.pupils.backends import find_pupil
from learners.pupils.pictures import (
    PICTURES,
    SEQUENCE_LENGTH,
    picture_choices,
    sequence_password,
)
from learners.pupils.services import (
    PASSWORD_MIN,
    PSEUDONYM_HINT,
    JoinError,
    PseudonymError,
    check_password,
    check_pseudonym,
    pupil_may_join,
)
from learners.schools.services import SchoolError

CODE_MAX = 40
PSEUDONYM_INPUT_MAX = 60
PASSWORD = "password"
PICTURE_SEQUENCE = "pictures"
ORDINALS = [
    pgettext_lazy("picture password", "First picture"),
    pgettext_lazy("picture password", "Second picture"),
    pgettext_lazy("picture password", "Third picture"),
]
LOCKED = _(
    "This account is locked after too many wrong tries. Please ask your teacher for a new password."
)
CODE_HELP = _("Your teacher gives you the code, e.g. K7QM-4XRT. Small letters are fine.")


def code_field(widget=None):
    return forms.CharField(
        label=_("Class code"),
        max_length=CODE_MAX,
        help_text=CODE_HELP,
        error_messages={"required": _("Please enter the class code from your teacher.")},
        widget=widget
        or forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


def pseudonym_field(help_text):
    return forms.CharField(
        label=_("Your pseudonym"),
        max_length=PSEUDONYM_INPUT_MAX,
        help_text=help_text,
        error_messages={"required": _("Please enter a pseudonym.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}
        ),
    )


class JoinableCodeMixin:
    """Checks ``code`` against the classes a pupil may join now: ``school_class`` is the
    class found, ``code_refused`` tells the rate limit to count a refusal."""

    school_class = None
    code_refused = False

    def clean_code(self):
        try:
            self.school_class = pupil_may_join(self.cleaned_data["code"])
        except JoinError as error:
            self.code_refused = True
            raise forms.ValidationError(error.message) from error
        return self.cleaned_data["code"]


class CodeForm(JoinableCodeMixin, forms.Form):
    """Step 1: the code of the class."""

    code = code_field()


class SecretForm(forms.Form):
    """A password, or three pictures in order; ``secret`` is the password string."""

    method = forms.ChoiceField(
        label=_("How do you want to log in?"),
        choices=[
            (PASSWORD, _("With a password")),
            (PICTURE_SEQUENCE, _("With three pictures")),
        ],
        initial=PASSWORD,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a password or pictures.")},
    )
    password = forms.CharField(
        label=_("Password"),
        required=False,
        max_length=128,
        strip=False,
        widget=forms.PasswordInput(render_value=True),
    )

    picture_fields = [f"picture_{number}" for number in range(1, SEQUENCE_LENGTH + 1)]
    secret = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, ordinal in zip(self.picture_fields, ORDINALS, strict=True):
            self.fields[name] = forms.ChoiceField(
                label=ordinal, required=False, choices=picture_choices(), widget=forms.RadioSelect
            )

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("method")
        if method == PASSWORD:
            self.secret = self.checked_password(cleaned.get("password", ""))
        elif method == PICTURE_SEQUENCE:
            self.secret = self.checked_pictures(cleaned)
        return cleaned

    def checked_password(self, password):
        if not password:
            self.add_error("password", _("Please enter your password."))
            return None
        return password

    def checked_pictures(self, cleaned):
        keys = [cleaned.get(name) for name in self.picture_fields]
        for name, key in zip(self.picture_fields, keys, strict=True):
            if not key and name not in self.errors:
                self.add_error(name, _("Please choose a picture."))
        if not all(keys):
            return None
        return sequence_password(keys)

    def picture_steps(self):
        """The three rows of pictures for the template, with what was chosen."""
        steps = []
        for name in self.picture_fields:
            bound = self[name]
            chosen = bound.value()
            steps.append(
                {
                    "name": name,
                    "legend": bound.label,
                    "errors": bound.errors,
                    "pictures": [
                        {"key": key, "picture": picture, "label": label, "checked": key == chosen}
                        for key, picture, label in PICTURES
                    ],
                }
            )
        return steps

    def error_anchor(self, name):
        """Where the error summary links to: the input, or the group of choices."""
        if name in self.picture_fields or name == "method":
            return f"{name}-group"
        return self[name].id_for_label

    def errors_for_summary(self):
        """(anchor, label, message) for each error of a visible field, in field order."""
        return [
            (self.error_anchor(name), field.label, error)
            for name, field in self.fields.items()
            if not field.widget.is_hidden
            for error in self.errors.get(name, [])
        ]


class AccountForm(JoinableCodeMixin, SecretForm):
    """Step 2: pseudonym and password or pictures. The code comes along hidden."""

    code = code_field(widget=forms.HiddenInput)
    pseudonym = pseudonym_field(PSEUDONYM_HINT)

    field_order = ["code", "pseudonym", "method", "password"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = _(
            "At least %(min)s letters or digits that you can remember. Not your name."
        ) % {"min": PASSWORD_MIN}

    def clean_pseudonym(self):
        try:
            return check_pseudonym(self.cleaned_data["pseudonym"])
        except PseudonymError as error:
            raise forms.ValidationError(error.message) from error

    def checked_password(self, password):
        password = super().checked_password(password)
        if password is None:
            return None
        try:
            return check_password(password)
        except SchoolError as error:
            self.add_error("password", error.message)
            return None


class PupilLoginForm(SecretForm):
    """Logging in again: class code, pseudonym, and the password or pictures, checked by
    ``django.contrib.auth.authenticate`` (``learners.pupils.backends.PupilBackend``).
    ``user`` is the pupil's account, ready for ``login()``."""

    code = code_field()
    pseudonym = pseudonym_field(_("The pseudonym you chose when you joined the class."))

    field_order = ["code", "pseudonym", "method", "password"]
    user = None
    login_refused = False

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.errors or self.secret is None:
            return cleaned
        pupil = find_pupil(cleaned["code"], cleaned["pseudonym"])
        if pupil is not None and pupil.locked_at is not None:
            self.login_refused = True
            raise forms.ValidationError(LOCKED)
        user = authenticate(
            self.request,
            join_code=cleaned["code"],
            pseudonym=cleaned["pseudonym"],
            password=self.secret,
        )
        if user is None or getattr(user, "pupil", None) is None:
            self.login_refused = True
            if pupil is not None:
                lockout.count_wrong_login(pupil)
            raise forms.ValidationError(
                _(
                    "The class code, pseudonym or password is not right. If you have "
                    "forgotten your password, your teacher can give you a new one."
                )
            )
        lockout.count_right_login(user.pupil)
        self.user = user
        return cleaned
