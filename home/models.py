from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from courses.sanitize import SanitizedRichTextField
from wirkstatt.i18n.fallback import FallbackRoutingMixin
from wirkstatt.revisions import FreshTreeFieldsMixin


class HomePage(FreshTreeFieldsMixin, FallbackRoutingMixin, Page):
    hero_title = models.CharField(_("headline"), max_length=120)
    hero_text = models.TextField(_("introduction"), blank=True)
    schools_title = models.CharField(_("schools: headline"), max_length=120, blank=True)
    schools_text = models.TextField(_("schools: text"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Welcome")),
        MultiFieldPanel(
            [FieldPanel("schools_title"), FieldPanel("schools_text")], heading=_("For schools")
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "home.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from home.home_sections import home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self, get_language(), request))
        return context


class StandardPage(FreshTreeFieldsMixin, FallbackRoutingMixin, Page):
    """A plain page: about us, imprint, privacy, accessibility statement."""

    body = SanitizedRichTextField(_("text"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
