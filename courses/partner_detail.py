"""What a partner's page shows: the partner, and the courses it offers (alone or jointly)."""

from django.utils.translation import get_language

from courses.catalogue import Vocabulary, decorate, offered_by, sorted_courses
from courses.choices import CatalogueSort
from courses.queries import visible_courses


def partner_context(partner, request):
    language_code = get_language()
    courses = list(
        sorted_courses(
            offered_by(visible_courses(language_code), [partner.translation_key]),
            CatalogueSort.NEXT_DATE,
        )
        .select_related("competence_field", "locale")
        .prefetch_related("age_groups")
    )
    decorate(courses, language_code, Vocabulary(language_code), request)
    return {"courses": courses}
