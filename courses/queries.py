"""Which courses a visitor sees, in which language, with which next date: the one place that
answers "this course (or venue, or field) by its translation key, in that language"."""

from django.db.models import OuterRef, Q, Subquery
from wagtail.models import Locale, PageViewRestriction

from courses.models import CoursePage, CourseSession, Venue
from wirkstatt.caching.page_cache import shared_values
from wirkstatt.i18n.fallback import localize_urls


def visible_courses(language_code):
    """Live public courses for a visitor reading language_code: the translations in that
    language, and the German original of every course not translated into it."""
    courses = CoursePage.objects.live().exclude(private_q()).select_related("locale")
    default = Locale.get_default()
    if language_code == default.language_code:
        return courses.filter(locale=default)
    # Filters on the locale and translation key only (no join), which Wagtail's search
    # accepts too: the search runs on this queryset.
    locale = Locale.objects.filter(language_code=language_code)
    translated = CoursePage.objects.live().filter(locale__in=locale)
    return courses.filter(
        Q(locale__in=locale)
        | Q(locale=default) & ~Q(translation_key__in=translated.values("translation_key"))
    )


def private_q():
    """What Wagtail's ``public()`` excludes: the pages in a section with a view restriction.
    The sections are the same for everyone, so they come from the shared cache."""

    def read(keys):
        restricted = PageViewRestriction.objects.values_list("page__path", "page__depth")
        return {"sections": list(restricted)}

    sections = shared_values("view-restrictions", ["sections"], read)["sections"] or []
    q = Q()
    for path, depth in sections:
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def upcoming_sessions_of(course_key_ref):
    return CourseSession.objects.upcoming().filter(course_key=course_key_ref).order_by("start")


def with_next_session(courses):
    """Annotate each course with the start and town of its next upcoming session."""
    next_session = upcoming_sessions_of(OuterRef("translation_key"))
    return courses.annotate(
        next_start=Subquery(next_session.values("start")[:1]),
        next_town=Subquery(next_session.values("venue__town")[:1]),
        next_venue_key=Subquery(next_session.values("venue__translation_key")[:1]),
    )


def originals(queryset):
    """One row per translation key: the default-language row where there is one."""
    default = Locale.get_default()
    in_default = queryset.model.objects.filter(locale=default).values("translation_key")
    return queryset.filter(Q(locale=default) | ~Q(translation_key__in=in_default))


def upcoming_course_keys(**session_filters):
    return CourseSession.objects.upcoming().filter(**session_filters).values("course_key")


def translated(rows, model, language_code):
    """Replace each vocabulary row by its translation into language_code, where there is one."""
    translations = {
        row.translation_key: row
        for row in model.objects.filter(
            translation_key__in=[r.translation_key for r in rows],
            locale__language_code=language_code,
        )
    }
    return [translations.get(row.translation_key, row) for row in rows]


def courses_by_key(course_keys, language_code, request):
    """{course_key: the visible course page in language_code, with its display_url}, the
    same for every visitor, so from the shared cache while no page changes. The long texts
    are left out (read on access)."""

    def read(keys):
        courses = {
            course.translation_key: course
            for course in visible_courses(language_code)
            .filter(translation_key__in=keys)
            .defer("description", "learning_outcomes", "prerequisites")
        }
        localize_urls(list(courses.values()), language_code, request)
        return courses

    host = request.get_host() if request is not None else ""
    return shared_values(f"course-card:{language_code}:{host}", course_keys, read)


def venues_in(venues, language_code):
    """{translation_key: the venue in language_code, or as stored where untranslated}."""
    originals = {venue.translation_key: venue for venue in venues}

    def read(keys):
        return {
            v.translation_key: v
            for v in translated([originals[k] for k in keys], Venue, language_code)
        }

    translations = shared_values(f"venue:{language_code}", originals, read)
    return {key: translations.get(key) or venue for key, venue in originals.items()}
