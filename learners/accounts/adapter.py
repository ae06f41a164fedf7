"""Learner accounts on top of django-allauth.

``SignupForm`` adds the profile fields to allauth's signup (``ACCOUNT_SIGNUP_FORM_CLASS``);
``AccountAdapter`` (``ACCOUNT_ADAPTER``) gives every account a username derived from its
e-mail address (people log in with their e-mail and never see the username) and sends
allauth's e-mails in the recipient's preferred language, with links into the site in that
language.

This module must not import ``allauth.account.forms``: that module imports
``SignupForm`` from here while it is being built. allauth's own forms, relabelled in our
words, live in ``learners.accounts.forms``.
"""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from learners.models import User
from wirkstatt.links import on_site, site_url

#: The earliest year of birth the platform accepts.
EARLIEST_YEAR_OF_BIRTH = 1900


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def site_language(code):
    """code if it is one of the site's languages, else the default language."""
    return code if code in language_codes() else settings.LANGUAGE_CODE


def user_display(user):
    """How allauth names a person in messages and e-mails (``ACCOUNT_USER_DISPLAY``)."""
    return user.display_name or user.get_full_name() or user.email


class LanguageSelect(forms.Select):
    """A language menu whose options are marked up in their own language (``lang``),
    so screen readers pronounce "Polski" or "Hornjoserbsce" correctly."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value:
            option["attrs"]["lang"] = value
        return option


class YearOfBirthField(forms.IntegerField):
    """A year of birth typed as four digits: not in the future, not before 1900.

    A text box with a numeric keyboard rather than ``type=number``, which screen readers
    announce poorly and which silently drops letters instead of explaining the mistake.
    """

    default_error_messages = {
        "invalid": _("Please enter your year of birth as a four-digit number, e.g. 1990."),
        "future": _("The year of birth cannot be in the future."),
        "too_early": _("Please enter a year of birth from %(earliest)s onwards."),
    }
    widget = forms.TextInput

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Year of birth"))
        super().__init__(**kwargs)
        self.widget.attrs.update(
            {"inputmode": "numeric", "autocomplete": "bday-year", "maxlength": "4", "size": "6"}
        )

    def validate(self, value):
        super().validate(value)
        if value is None:
            return
        if value > timezone.localdate().year:
            raise forms.ValidationError(self.error_messages["future"], code="future")
        if value < EARLIEST_YEAR_OF_BIRTH:
            raise forms.ValidationError(
                self.error_messages["too_early"],
                code="too_early",
                params={"earliest": EARLIEST_YEAR_OF_BIRTH},
            )


def display_name_field():
    return forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("How we address you, e.g. in e-mails and on certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )


def preferred_language_field():
    return forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("We write to you in this language."),
        widget=LanguageSelect,
    )


def year_of_birth_field():
    return YearOfBirthField(
        required=False,
        help_text=_(
            "Some courses have a minimum age, and learners under 16 need the consent of a "
            "parent or guardian to book."
        ),
    )


def accessibility_needs_field():
    return forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=2000,
        help_text=_(
            "Shown to the trainers of your sessions, e.g. step-free access, hearing loop, "
            "large print."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SignupForm(forms.Form):
    """The profile part of signing up; allauth adds e-mail address and password."""

    field_order = [
        "email",
        "password1",
        "password2",
        "display_name",
        "preferred_language",
        "year_of_birth",
        "accessibility_needs",
    ]

    display_name = display_name_field()
    preferred_language = preferred_language_field()
    year_of_birth = year_of_birth_field()
    accessibility_needs = accessibility_needs_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = site_language(translation.get_language())

    def signup(self, request, user):
        data = self.cleaned_data
        user.display_name = data["display_name"]
        user.preferred_language = data["preferred_language"]
        user.year_of_birth = data.get("year_of_birth")
        user.accessibility_needs = data.get("accessibility_needs", "")
        user.save(
            update_fields=[
                "display_name",
                "preferred_language",
                "year_of_birth",
                "accessibility_needs",
            ]
        )


class EmailSite:
    """What allauth's e-mail templates call ``current_site``: our name and public host."""

    def __init__(self):
        self.name = settings.WAGTAIL_SITE_NAME
        self.domain = urlsplit(site_url()).netloc


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": _("This account is inactive."),
        "cannot_remove_primary_email": _("You cannot remove your main e-mail address."),
        "duplicate_email": _("This e-mail address already belongs to your account."),
        "email_password_mismatch": _("The e-mail address or the password is not correct."),
        "email_taken": _("An account with this e-mail address already exists."),
        "enter_current_password": _("Please enter your current password."),
        "incorrect_password": _("The password is not correct."),
        "invalid_or_expired_key": _("This link is invalid or has expired."),
        "invalid_password_reset": _("This link to reset your password is invalid or has expired."),
        "max_email_addresses": _("You cannot add more than %d e-mail addresses."),
        "too_many_login_attempts": _(
            "Too many failed attempts to log in. Please wait a few minutes and try again."
        ),
        "unknown_email": _("There is no account with this e-mail address."),
        "unverified_primary_email": _("Your main e-mail address must be confirmed first."),
        "same_as_current": _("The new value must be different from the current one."),
        "rate_limited": _("Too many requests in a short time. Please wait a moment and try again."),
    }

    # Usernames ------------------------------------------------------------------------------

    def populate_username(self, request, user):
        """Everyone logs in with their e-mail; the username is only an internal handle."""
        if not user.username:
            local_part = (user.email or "").split("@")[0]
            user.username = self.generate_unique_username([local_part, "learner"])

    # Redirects ------------------------------------------------------------------------------

    def _get_login_attempts_cache_key(self, request, **credentials):
        """Wrong passwords are counted per account *and* client address (allauth counts
        per account): five from anywhere would otherwise lock the account's owner out for
        five minutes. Each address still has its own limit of ten failures a minute."""
        key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{key}:{self.get_client_ip(request)}"

    def get_logout_redirect_url(self, request):
        """The home page in the language the visitor was using."""
        return f"/{site_language(translation.get_language())}/"

    # E-mail ---------------------------------------------------------------------------------

    def recipient(self, email, context):
        """The account an e-mail goes to, if there is one."""
        user = context.get("recipient") or context.get("user")
        if getattr(user, "pk", None):
            return user
        return (
            User.objects.filter(emailaddress__email__iexact=email).first()
            or User.objects.filter(email__iexact=email).first()
        )

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        context = {**(context or {}), "recipient": user}
        super().send_notification_mail(template_prefix, user, context, email)

    def send_mail(self, template_prefix, email, context):
        """Render and send in the recipient's language, linking to pages in that language.

        Without an account (someone asked for a password reset of an unknown address), the
        language of the page they used. The links were built for the language of the
        current request; they are rewritten before switching, as a URL resolves only in
        the active language, and moved to the site's public address (``wirkstatt.links``)
        from whatever host the request came in on.
        """
        recipient = self.recipient(email, context)
        language = site_language(
            getattr(recipient, "preferred_language", None) or translation.get_language()
        )
        context = {
            **context,
            "recipient": recipient,
            **{
                key: on_site(translate_url(value, language))
                for key, value in context.items()
                if key.endswith("_url") and isinstance(value, str)
            },
            "current_site": EmailSite(),
            "site_url": site_url(),
        }
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def render_mail(self, template_prefix, email, context, headers=None):
        headers = {**(headers or {}), "Content-Language": translation.get_language()}
        return super().render_mail(template_prefix, email, context, headers=headers)

    def format_email_subject(self, subject):
        return f"{settings.WAGTAIL_SITE_NAME}: {subject}"
