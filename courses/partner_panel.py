"""The admin dashboard of a partner's managers and trainers: their partners, with the way
to their courses (Wagtail's explorer on the partner's page, in the admin's language where
the partner is translated), their sessions and their report."""

from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from wagtail.admin.ui.components import Component

from courses.models import PartnerPage
from courses.permissions import can_manage_all_courses, partners_user_works_for


class PartnersPanel(Component):
    name = "partners"
    template_name = "courses/admin/partners_panel.html"
    order = 50

    def __init__(self, partners):
        self.partners = partners

    def get_context_data(self, parent_context):
        return {"partners": self.partners}


def partner_links(user, language_code):
    originals = list(partners_user_works_for(user))
    translations = {
        page.translation_key: page
        for page in PartnerPage.objects.filter(
            translation_key__in=[p.translation_key for p in originals],
            locale__language_code=language_code,
        )
    }
    managed = set(
        PartnerPage.objects.filter(managers_group__user=user).values_list(
            "translation_key", flat=True
        )
    )
    for partner in originals:
        page = translations.get(partner.translation_key, partner)
        query = urlencode({"partner": partner.slug})
        partner.courses_url = reverse("wagtailadmin_explore", args=[page.pk])
        partner.add_course_url = reverse(
            "wagtailadmin_pages:add", args=["courses", "coursepage", page.pk]
        )
        partner.sessions_url = f"{reverse('sessions:index')}?{query}"
        partner.report_url = (
            f"{reverse('course_progress_report')}?{query}"
            if partner.translation_key in managed
            else None
        )
        yield partner


def partners_panel(request):
    """The panel for the people who work for partners; the network's managers see the
    whole catalogue and get none."""
    if can_manage_all_courses(request.user):
        return None
    language_code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    partners = list(partner_links(request.user, language_code))
    return PartnersPanel(partners) if partners else None
