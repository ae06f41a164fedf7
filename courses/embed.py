"""The catalogue for other websites: a small page without the site's header, menus or
scripts that a town, school or partner frames on its own pages (``<iframe>``), showing the
courses still to come of one filter (a partner, a field, a place, an age group) in the
visitor's language. Only this page may be framed by other sites; every other page refuses
(``frame-ancestors 'none'``, ``X-Frame-Options``). The snippet is built in the admin
(``courses.embed_builder``)."""

from csp.decorators import csp_replace
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.views.decorators.clickjacking import xframe_options_exempt

from courses.catalogue import (
    CatalogueFilterForm,
    Vocabulary,
    apply_filters,
    decorate,
    sorted_courses,
)
from courses.choices import CatalogueSort
from courses.models import CourseIndexPage
from courses.queries import upcoming_course_keys, visible_courses

DEFAULT_LIMIT = 6
MAX_LIMIT = 24
#: The filters an embedded catalogue offers (the catalogue's own names).
EMBED_FILTERS = ("provider", "field", "place", "age", "format", "language")


def limit_of(request):
    try:
        return min(max(int(request.GET.get("limit", DEFAULT_LIMIT)), 1), MAX_LIMIT)
    except ValueError:
        return DEFAULT_LIMIT


def frameable(view):
    """Other sites may frame the view's pages."""
    return xframe_options_exempt(csp_replace({"frame-ancestors": ["*"]})(view))


@frameable
def for_visitor(request):
    """The address without a language: on to the visitor's language (LocaleMiddleware read
    it from their browser), with the same selection."""
    query = request.GET.urlencode()
    with translation.override(get_language()):
        path = reverse("embedded_catalogue")
    response = redirect(f"{path}?{query}" if query else path)
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@frameable
def embedded_catalogue(request):
    language_code = get_language()
    vocabulary = Vocabulary(language_code)
    form = CatalogueFilterForm(request.GET, vocabulary=vocabulary)
    if not form.is_valid():
        context = {"ignored_filters": form.ignored_fields()}
        return render(request, "courses/embed/catalogue.html", context, status=400)
    filters = {name: value for name, value in form.cleaned_data.items() if value and name != "sort"}
    upcoming = visible_courses(language_code).filter(translation_key__in=upcoming_course_keys())
    courses = list(
        sorted_courses(apply_filters(upcoming, filters), CatalogueSort.NEXT_DATE)
        .select_related("competence_field", "locale")
        .prefetch_related("age_groups")[: limit_of(request)]
    )
    decorate(courses, language_code, vocabulary, request)
    catalogue = (
        CourseIndexPage.objects.live().filter(locale__language_code=language_code).first()
        or CourseIndexPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    params = request.GET.copy()
    for name in ("limit", "page"):
        params.pop(name, None)
    return render(
        request,
        "courses/embed/catalogue.html",
        {
            "courses": courses,
            "catalogue_url": catalogue.url if catalogue else f"/{language_code}/",
            "query_string": params.urlencode(),
        },
    )
