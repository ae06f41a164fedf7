"""The fixed vocabularies of the catalogue: competence fields, age groups, languages."""

from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class CompetenceField(TranslatableMixin, index.Indexed, models.Model):
    """One of the network's four fields: economy, life, research, education."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("Stable identifier used in addresses, e.g. 'economy'. Same in every language."),
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("competence field")
        verbose_name_plural = _("competence fields")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_field_code_per_locale")
        ]

    def __str__(self):
        return self.name


class AgeGroup(TranslatableMixin, models.Model):
    """Children, young people, adults, seniors."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_(
            "Stable identifier used in addresses, e.g. 'children'. Same in every language."
        ),
    )
    name = models.CharField(_("name"), max_length=100)
    min_age = models.PositiveSmallIntegerField(_("from age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("to age"), null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("name"),
        SynchronizedField("min_age"),
        SynchronizedField("max_age"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("age group")
        verbose_name_plural = _("age groups")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "locale"], name="unique_age_group_code_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class InstructionLanguage(models.Model):
    """A language a course can be taught in (not the same as the page's language)."""

    code = models.CharField(_("language code"), max_length=10, primary_key=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("language of instruction")
        verbose_name_plural = _("languages of instruction")

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The language's name in the visitor's language."""
        try:
            return str(get_language_info(self.code)["name_translated"])
        except KeyError:
            return self.code
