"""Certificates in the admin, for education managers: the list, issuing one by hand
(e.g. for a course run outside the platform) and revoking one with a reason."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput

from courses.choosers import CourseChoiceField
from learners.certificates import services as certificates
from learners.models import Certificate


class IssueCertificateForm(forms.Form):
    email = forms.EmailField(
        label=_("Learner's e-mail address"),
        help_text=_("The learner needs an account; the certificate is sent there."),
    )
    course = CourseChoiceField(label=_("Course"))
    hours = forms.DecimalField(
        label=_("Hours"),
        max_digits=5,
        decimal_places=1,
        min_value=0.5,
        max_value=999,
        required=False,
        help_text=_("Empty: the course's duration."),
    )
    first_date = forms.DateField(label=_("From"), widget=AdminDateInput)
    last_date = forms.DateField(
        label=_("Until"), widget=AdminDateInput, required=False, help_text=_("Empty: one day.")
    )

    def __init__(self, *args, **kwargs):
        kwargs.pop("instance", None)
        kwargs.pop("for_user", None)
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"]
        learner = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if learner is None:
            raise forms.ValidationError(_("There is no account with this e-mail address."))
        self.learner = learner
        return email

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("first_date"), cleaned.get("last_date")
        if first and last and last < first:
            self.add_error("last_date", _("The last day cannot be before the first."))
        return cleaned


class IssueCertificateView(generic.CreateView):
    page_title = _("Issue a certificate")
    success_message = _("Certificate %(object)s issued. The learner receives it by e-mail.")

    def get_form_class(self):
        return IssueCertificateForm

    def save_instance(self):
        data = self.form.cleaned_data
        return certificates.issue_manually(
            self.form.learner,
            data["course"],
            self.request.user,
            hours=data["hours"],
            first_date=data["first_date"],
            last_date=data["last_date"],
        )

    def get_success_message(self, instance):
        return self.success_message % {"object": instance.code}


class RevokeCertificateForm(WagtailAdminModelForm):
    class Meta:
        model = Certificate
        fields = ["revocation_reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["revocation_reason"].required = True
        if self.instance.is_revoked:
            self.fields["revocation_reason"].disabled = True


class RevokeCertificateView(generic.EditView):
    page_title = _("Revoke a certificate")
    success_message = _("Certificate %(object)s is revoked. Its verification page says so.")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("learners.revoke_certificate"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def save_instance(self):
        return certificates.revoke(
            Certificate.objects.get(pk=self.object.pk),
            self.form.cleaned_data["revocation_reason"],
            self.request.user,
        )


def language_names():
    """The site's languages named in the admin's language ("German" in the English admin);
    the model's choices name each language in itself, as the site's language switcher does."""
    return [
        (code, get_language_info(code)["name_translated"]) for code, _name in settings.LANGUAGES
    ]


class CertificateFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=capfirst(Certificate._meta.get_field("language").verbose_name),
        choices=language_names,
    )

    class Meta:
        model = Certificate
        fields = ["language", "issued_at", "revoked_at"]


class CertificateInspectView(generic.InspectView):
    def get_language_display_value(self):
        return dict(language_names()).get(self.object.language, self.object.language)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 220
    add_view_class = IssueCertificateView
    edit_view_class = RevokeCertificateView
    form_fields = ["revocation_reason"]
    inspect_view_enabled = True
    inspect_view_class = CertificateInspectView
    inspect_view_fields = [
        "code",
        "holder_name",
        "course_title",
        "competence_field",
        "hours",
        "first_date",
        "last_date",
        "trainers",
        "language",
        "issued_at",
        "issued_by",
        "revoked_at",
        "revocation_reason",
    ]
    list_display = [
        "code",
        "holder_name",
        "course_title",
        "issued_at",
        Column("revoked_at", label=_("Revoked")),
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["code", "holder_name", "course_title"]
    search_backend_name = None
    ordering = ["-issued_at"]

    def get_form_class(self, for_update=False):
        return RevokeCertificateForm if for_update else IssueCertificateForm
