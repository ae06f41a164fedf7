"""Which courses a visitor sees, in which language, with which next date: the one module that
answers "this course (or venue, or vocabulary entry) by its translation key, in that
language". Every other module asks here.

- For visitors: ``visible_courses``, ``visible_course``, ``course_in`` (with its URL),
  ``courses_by_key`` (from the shared cache).
- For records that outlive publication (messages, certificates, personal data):
  ``course_or_name_in``, ``course_translations``, ``original_course``, ``original_courses``.
- Vocabulary and venues: ``translated``, ``venues_in``, ``venue_towns_in``.
- Partners: ``partners_in`` (every partner in a language), ``providers_of`` (who offers
  which course); for records: ``provider_keys`` (who offers a course now) and
  ``partners_by_key`` (those partners in a language).
"""

from django.conf import settings
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale, Page

from courses.choices import SessionStatus
from courses.models import CoursePage, CourseSession, Meeting, PartnerPage, Venue
from wirkstatt.caching.page_cache import shared_values, view_restricted_sections
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
    """What Wagtail's ``public()`` excludes: the pages in a section with a view restriction."""
    sections = view_restricted_sections()
    q = Q()
    for path, depth in sections:
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def visible_course(course_key, language_code):
    """The course a visitor reading language_code sees (``visible_courses``), or None."""
    return visible_courses(language_code).filter(translation_key=course_key).first()


def course_in(course_key, language_code, request=None):
    """The visible course with its ``display_url`` for that visitor, or None."""
    course = visible_course(course_key, language_code)
    if course is not None:
        localize_urls([course], language_code, request)
    return course


def course_or_name_in(course_key, language_code):
    """The course for a message in language_code: unpublished or deleted ones keep a name,
    and a link to the site's home page in that language."""
    course = course_in(course_key, language_code)
    if course is not None:
        return course
    course = CoursePage.objects.filter(translation_key=course_key).first() or CoursePage(
        title=_("a course that is no longer offered")
    )
    course.display_url = (course.url if course.pk else "") or f"/{language_code}/"
    return course


def course_translations(course_keys, language_code):
    """{course_key: its page in language_code, else in the default language, else its first
    page}, published or not: for records that name a course after it changed."""
    pages = (
        CoursePage.objects.filter(translation_key__in=set(course_keys))
        .select_related("locale")
        .order_by("pk")
    )
    return best_translations(pages, language_code)


def best_translations(pages, language_code):
    """{translation_key: the page in language_code, else in the default language, else the
    first one} among pages."""
    preference = {language_code: 0, settings.LANGUAGE_CODE: 1}
    chosen = {}
    for page in pages:
        rank = preference.get(page.locale.language_code, 2)
        if page.translation_key not in chosen or rank < chosen[page.translation_key][0]:
            chosen[page.translation_key] = (rank, page)
    return {key: page for key, (_rank, page) in chosen.items()}


def original_course(course_key):
    """The course's page in the default language (where the facts are kept), or its only
    page where it has no German one; published or not."""
    return original_courses([course_key]).first()


def original_courses(course_keys):
    return originals(CoursePage.objects.filter(translation_key__in=course_keys))


def original_course_paths(course_keys):
    """{path: course_key} of each live course's original page, as ``originals`` picks it,
    in one query that reads only these courses' rows."""
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    rows = list(
        CoursePage.objects.filter(translation_key__in=course_keys)
        .order_by()
        .values_list("path", "translation_key", "live", "locale__language_code")
    )
    in_default = {key for _, key, _, code in rows if code == default_code}
    return {
        path: key
        for path, key, live, code in rows
        if live and (code == default_code or key not in in_default)
    }


def upcoming_sessions_of(course_key_ref):
    return CourseSession.objects.upcoming().filter(course_key=course_key_ref).order_by("start")


def with_next_session(courses):
    """Annotate each course with the start, town and number of meetings of its next upcoming
    session."""
    next_session = upcoming_sessions_of(OuterRef("translation_key"))
    held_meetings = Count("meetings", filter=Q(meetings__status=SessionStatus.SCHEDULED))
    return courses.annotate(
        next_start=Subquery(next_session.values("start")[:1]),
        next_session_id=Subquery(next_session.values("pk")[:1]),
        next_meetings=Subquery(next_session.annotate(n=held_meetings).values("n")[:1]),
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


def meetings_of(session_ids):
    """{session id: its meetings in date order}, the same for every visitor: kept with the
    cached pages, which every change of a meeting retires."""

    def read(ids):
        found = {pk: [] for pk in ids}
        for meeting in Meeting.objects.filter(session_id__in=ids).select_related("venue"):
            found[meeting.session_id].append(meeting)
        return found

    return {
        pk: meetings or [] for pk, meetings in shared_values("meetings", session_ids, read).items()
    }


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


def venue_towns_in(venue_keys, language_code):
    """{translation_key: the venue's town in language_code} for the venues translated."""
    return dict(
        Venue.objects.filter(
            translation_key__in=venue_keys, locale__language_code=language_code
        ).values_list("translation_key", "town")
    )


PARTNER_LOGO = "max-160x80"


def partners_in(language_code, request=None):
    """Every live partner as a visitor reading language_code sees it (its translation, or
    the German page where there is none), with ``display_url`` and ``logo_url``:
    ``{"by_key": {translation_key: partner}, "key_by_path": {path: translation_key}}`` for
    the pages of every language; ``filter_value`` (the original slug) names a partner in
    the catalogue's provider filter. A network has dozens of partners, so all of them come
    from the shared cache at once."""

    def read(keys):
        pages = list(
            PartnerPage.objects.live()
            .exclude(private_q())
            .select_related("locale", "logo")
            .defer("description")
            .order_by("pk")
        )
        key_by_path = {page.path: page.translation_key for page in pages}
        shown = best_translations(pages, language_code)
        originals = best_translations(pages, settings.LANGUAGE_CODE)
        visible = list(shown.values())
        localize_urls(visible, language_code, request)
        for partner in visible:
            partner.logo_url = logo_url(partner.logo)
            # The same in every language, so that a filtered address can be shared.
            partner.filter_value = originals[partner.translation_key].slug
        by_key = dict(sorted(shown.items(), key=lambda item: item[1].title.casefold()))
        return {"all": {"by_key": by_key, "key_by_path": key_by_path}}

    host = request.get_host() if request is not None else ""
    return shared_values(f"partners:{language_code}:{host}", ["all"], read)["all"]


def providers_of(courses, language_code, request=None, partners=None):
    """Set ``providers`` on each course: its lead partner (the page above it) first, then
    its co-providers, in language_code (``partners``: ``partners_in`` when already read).
    Two queries for any number of courses (one when the partners come from the cache)."""
    partners = partners or partners_in(language_code, request)
    by_key, key_by_path = partners["by_key"], partners["key_by_path"]
    through = CoursePage.co_providers.through
    co_providers = {}
    for course_id, partner_path in through.objects.filter(
        coursepage_id__in=[course.pk for course in courses]
    ).values_list("coursepage_id", "partnerpage__path"):
        co_providers.setdefault(course_id, []).append(key_by_path.get(partner_path))
    for course in courses:
        keys = [key_by_path.get(course.path[: -Page.steplen])] + co_providers.get(course.pk, [])
        course.providers = [by_key[key] for key in dict.fromkeys(keys) if key in by_key]
    return courses


def provider_keys(course_key):
    """The translation keys of the partners that offer a course now, the lead partner (the
    page above the course) first, then its co-providers; [] for a course that is gone. For
    records that name the partners (certificates): three queries."""
    course = original_course(course_key)
    if course is None:
        return []
    lead = Page.objects.filter(path=course.path[: -Page.steplen]).values_list(
        "translation_key", flat=True
    )
    co_providers = course.co_providers.order_by("path").values_list("translation_key", flat=True)
    return list(dict.fromkeys([*lead, *co_providers]))


def partners_by_key(partner_keys, language_code, request=None):
    """The live public partners among partner_keys, in their order, as a visitor reading
    language_code sees them (the translation, else the German page), with ``display_url``
    and ``logo_url`` like ``partners_in``. A fixed number of queries, however many partners
    the network or the list has."""
    keys = [str(key) for key in partner_keys]
    if not keys:
        return []
    pages = list(
        PartnerPage.objects.live()
        .exclude(private_q())
        .filter(translation_key__in=keys)
        .select_related("locale", "logo")
        .prefetch_related("logo__renditions")
        .defer("description")
        .order_by("pk")
    )
    shown = {str(key): page for key, page in best_translations(pages, language_code).items()}
    partners = [shown[key] for key in dict.fromkeys(keys) if key in shown]
    localize_urls(partners, language_code, request)
    for partner in partners:
        partner.logo_url = logo_url(partner.logo)
    return partners


def logo_url(image):
    """The URL of a partner's logo at PARTNER_LOGO size; empty without a logo, or when its
    file is gone (a record that names the partner must not fail for it)."""
    if image is None:
        return ""
    try:
        return image.get_rendition(PARTNER_LOGO).url
    except SourceImageIOError:
        return ""
