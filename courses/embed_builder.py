"""The admin's "Embed the catalogue" page: partner managers (and everyone else in the admin)
choose what the embedded catalogue shows and copy the ``<iframe>`` snippet, with a preview
of exactly that snippet below the form."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.catalogue import Vocabulary
from courses.embed import DEFAULT_LIMIT, MAX_LIMIT
from courses.permissions import can_manage_all_courses, partners_user_works_for
from wirkstatt.links import absolute_url

PREVIEW_HEIGHT = 640


class EmbedForm(forms.Form):
    provider = forms.ChoiceField(label=_("Offered by"), required=False)
    field = forms.ChoiceField(label=_("Competence field"), required=False)
    age = forms.ChoiceField(label=_("Age group"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        help_text=_("With the visitor's language, each visitor reads the list in the language "
                    "of their browser, where the course is translated."),
    )  # fmt: skip
    limit = forms.IntegerField(
        label=_("Number of courses"), min_value=1, max_value=MAX_LIMIT, initial=DEFAULT_LIMIT
    )

    def __init__(self, *args, vocabulary, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provider"].choices = [("", _("Every partner")), *vocabulary.partners]
        self.fields["field"].choices = [("", _("Every field"))] + [
            (f.code, f.name) for f in vocabulary.fields
        ]
        self.fields["age"].choices = [("", _("Every age group"))] + [
            (a.code, a.name) for a in vocabulary.age_groups
        ]
        self.fields["place"].choices = [("", _("Every place")), *vocabulary.places]
        # Named in the admin's language, as everywhere in the admin.
        languages = settings.WAGTAIL_CONTENT_LANGUAGES
        self.fields["language"].choices = [("", _("The visitor's language")), *languages]

    def filters(self):
        return {
            name: self.cleaned_data[name]
            for name in ("provider", "field", "age", "place", "limit")
            if self.cleaned_data.get(name)
        }


def embed_path(language_code, filters):
    """The embedded catalogue's address: under a language prefix, or without one, where it
    sends each visitor on to their browser's language."""
    query = urlencode(filters)
    if language_code:
        path = f"/{language_code}/embed/courses/"
    else:
        path = reverse("embedded_catalogue_for_visitor")
    return f"{path}?{query}" if query else path


class EmbedBuilderView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/embed_builder.html"
    header_icon = "code"
    page_title = _("Embed the catalogue")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        vocabulary = Vocabulary(get_language())
        data = self.request.GET.copy()
        if not data:
            data["provider"] = self.own_partner(vocabulary)
        data.setdefault("limit", DEFAULT_LIMIT)
        form = EmbedForm(data, vocabulary=vocabulary)
        context = super().get_context_data(form=form, **kwargs)
        if form.is_valid():
            path = embed_path(form.cleaned_data["language"], form.filters())
            context.update(
                embed_url=absolute_url(path),
                preview_url=path,
                preview_height=PREVIEW_HEIGHT,
                title=_("Courses at Wirkstatt"),
            )
        return context

    def own_partner(self, vocabulary):
        """The partner the user works for, to start from (none for the network's staff)."""
        if can_manage_all_courses(self.request.user):
            return ""
        slugs = set(partners_user_works_for(self.request.user).values_list("slug", flat=True))
        return next((value for value, _label in vocabulary.partners if value in slugs), "")


def embed_menu_item():
    return MenuItem(
        _("Embed the catalogue"),
        reverse("embed_builder"),
        name="embed-catalogue",
        icon_name="code",
        order=650,
    )
