"""Admin forms of the course pages."""

from django.db.models import Model, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

#: The course's vocabulary: translatable rows, chosen once for every translation.
VOCABULARY_FIELDS = ["competence_field", "age_groups"]


class CoursePageForm(WagtailAdminPageForm):
    """Offers the competence field and age groups once each, as their original (German)
    rows, which every translation of the course shares (wagtail-localize synchronises
    them); the widgets name them in the admin's language (``courses.widgets``).

    Offers as trainers only the people who teach for the course's partners (the partner
    it belongs to and its co-providers), and keeps those already named. A trainer posted
    from outside that list is refused like any invalid choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in VOCABULARY_FIELDS:
            if name in self.fields:
                self.offer_originals(name)
        if "co_providers" in self.fields and self.parent_page:
            # The partner the course belongs to leads it; it is not its own co-provider.
            field = self.fields["co_providers"]
            field.queryset = field.queryset.exclude(
                translation_key=self.parent_page.translation_key
            )
        if "trainers" in self.fields:
            field = self.fields["trainers"]
            field.queryset = field.queryset.filter(self.who_may_teach()).distinct()
            field.help_text = _(
                "The trainers of the partners that offer this course. Trainers of a new "
                "co-provider appear here once the course is saved."
            )

    def offer_originals(self, name):
        """One choice per entry; a value stored as another language's row (chosen before
        the form offered originals only) is shown as its original."""
        from courses.queries import originals

        field = self.fields[name]
        field.queryset = originals(field.queryset.model.objects.all())
        value = self.initial.get(name)
        if not value:
            return
        many = not isinstance(value, int | str | Model)
        stored = [getattr(row, "pk", row) for row in (value if many else [value])]
        keys = field.queryset.model.objects.filter(pk__in=stored).values("translation_key")
        shown = list(field.queryset.filter(translation_key__in=keys).values_list("pk", flat=True))
        self.initial[name] = shown if many else next(iter(shown), None)

    def who_may_teach(self):
        named = self.instance.trainers.all() if self.instance.pk else []
        return Q(groups__partners_trained_for__translation_key__in=self.partner_keys()) | Q(
            pk__in=[user.pk for user in named]
        )

    def partner_keys(self):
        """The partner the course belongs to (the page above it) and its co-providers."""
        keys = [self.parent_page.translation_key] if self.parent_page else []
        if self.instance.pk:
            keys += [partner.translation_key for partner in self.instance.co_providers.all()]
        return keys

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("cover_image") and not cleaned_data.get("cover_alt", "").strip():
            self.add_error(
                "cover_alt",
                _("Say what the picture shows, for people who cannot see it."),
            )
        return cleaned_data
