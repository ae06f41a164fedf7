"""allauth's forms in our words (``ACCOUNT_FORMS``).

Labels and help texts are our own strings, so they are extracted into our catalogues:
allauth ships no Upper Sorbian translation, and says "Email" where the site says "e-mail
address". Placeholders are dropped: they repeat the label, fade out while typing and have
too little contrast; every field has a visible label instead.
"""

from allauth.account import forms as allauth_forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

#: Messages allauth raises from inside its forms, listed so that they are extracted into
#: our catalogues too (the only way to give them an Upper Sorbian translation).
ALLAUTH_MESSAGES = (gettext_noop("You must type the same password each time."),)

LABELS = {
    "email": _("E-mail address"),
    "login": _("E-mail address"),
    "password": _("Password"),
    "password1": _("Password"),
    "password2": _("Repeat the password"),
    "oldpassword": _("Current password"),
    "remember": _("Stay logged in on this device"),
}
NEW_PASSWORD_LABELS = {
    "password1": _("New password"),
    "password2": _("Repeat the new password"),
}


class OurWords:
    """Relabel allauth's fields and drop their placeholders."""

    labels = LABELS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name in self.labels:
                field.label = self.labels[name]
            field.widget.attrs.pop("placeholder", None)


class LoginForm(OurWords, allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The link to reset a forgotten password is on the page itself, next to the field.
        self.fields["password"].help_text = ""


class SignupForm(OurWords, allauth_forms.SignupForm):
    pass


class ReauthenticateForm(OurWords, allauth_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = ""


class ResetPasswordForm(OurWords, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(OurWords, allauth_forms.ResetPasswordKeyForm):
    labels = {**LABELS, **NEW_PASSWORD_LABELS}


class ChangePasswordForm(OurWords, allauth_forms.ChangePasswordForm):
    labels = {**LABELS, **NEW_PASSWORD_LABELS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["oldpassword"].help_text = ""


class SetPasswordForm(OurWords, allauth_forms.SetPasswordForm):
    pass


class AddEmailForm(OurWords, allauth_forms.AddEmailForm):
    labels = {**LABELS, "email": _("New e-mail address")}
