"""Admin forms of the course pages."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
    """Offers as trainers only the people who teach for the course's partners (the partner
    it belongs to and its co-providers), and keeps those already named. A trainer posted
    from outside that list is refused like any invalid choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
