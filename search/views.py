from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language

from courses.catalogue import (
    CatalogueFilterForm,
    Vocabulary,
    build_facets,
    decorate,
    page_of,
    query_without_page,
)
from search.highlight import highlight, query_terms
from search.services import search_courses, search_lessons
from wirkstatt.request_guard import has_control_characters


def searchable(text):
    """The query without control characters (a NUL cannot even be stored), which are read
    as spaces; and whether there were any.

    Double quotes are read as spaces too, without a notice: they mean nothing in a plain
    search, and the SQLite backend (django-modelsearch) wraps each word in quotes without
    escaping them, so a lone ``"`` was an FTS5 syntax error."""
    cleaned = "".join(" " if has_control_characters(char) else char for char in text)
    return " ".join(cleaned.replace('"', " ").split()), cleaned != text


def search(request):
    language_code = get_language()
    raw_query, characters_left_out = searchable(request.GET.get("q", ""))
    query = raw_query[: settings.SEARCH_QUERY_MAX_LENGTH]
    vocabulary = Vocabulary(language_code)
    form = CatalogueFilterForm(request.GET, vocabulary=vocabulary)
    filters = form.valid_filters()
    filters.pop("sort", None)
    context = {
        "query": query,
        "query_truncated": len(raw_query) > len(query),
        "characters_left_out": characters_left_out,
        "max_length": settings.SEARCH_QUERY_MAX_LENGTH,
        "filter_form": form,
        "ignored_filters": form.ignored_fields(),
        "query_string": query_without_page(request),
    }
    if query:
        courses, counts = search_courses(query, language_code, filters, vocabulary)
        page = page_of(Paginator(courses, settings.CATALOGUE_PAGE_SIZE), request.GET.get("page"))
        terms = query_terms(query)
        decorate(page.object_list, language_code, vocabulary, request)
        for course in page.object_list:
            course.title_highlighted = highlight(course.title, terms)
            course.teaser_highlighted = highlight(course.teaser, terms)
        lessons = search_lessons(query, language_code, request) if page.number == 1 else []
        for lesson in lessons:
            lesson.title_highlighted = highlight(lesson.title, terms)
            lesson.summary_highlighted = highlight(lesson.summary, terms)
        context.update(
            courses=page,
            lessons=lessons,
            facets=build_facets(form, counts),
        )
    return render(request, "search/search.html", context)
