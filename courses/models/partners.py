from django.db import models
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from courses.choices import Country, PartnerKind
from courses.page_permissions import CataloguePagePermissionsMixin
from courses.sanitize import SanitizedRichTextField
from wirkstatt.i18n.fallback import FallbackRoutingMixin
from wirkstatt.revisions import FreshTreeFieldsMixin


def parent_path():
    """The tree path of the page above, as a query expression: on course pages, the path of
    the partner that offers the course."""
    return Substr("path", 1, Length("path") - Page.steplen)


class PartnerPage(CataloguePagePermissionsMixin, FreshTreeFieldsMixin, FallbackRoutingMixin, Page):
    """An organisation of the network that offers courses: its courses are the pages below
    it, and its managers and trainers get their rights on this subtree
    (``courses.partner_roles``)."""

    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = SanitizedRichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    country = models.CharField(
        _("country"), max_length=2, choices=Country.choices, default=Country.GERMANY
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    managers_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("managers"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="managed_partners",
    )
    trainers_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("trainers"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partners_trained_for",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("logo")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("country"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
            heading=_("Contact"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("description")]

    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("logo"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("country"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("website"),
        SynchronizedField("managers_group"),
        SynchronizedField("trainers_group"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def save(self, *args, **kwargs):
        from courses.partner_roles import give_partner_its_roles

        super().save(*args, **kwargs)
        give_partner_its_roles(self)

    def get_context(self, request, *args, **kwargs):
        from courses.partner_detail import partner_context

        context = super().get_context(request, *args, **kwargs)
        context.update(partner_context(self, request))
        return context
