"""Feeds to subscribe to: the sessions to come of any catalogue filter as an iCalendar feed
(``/<lang>/feeds/courses.ics?<the catalogue's query>``, e.g. children's courses in
Görlitz), and the courses newly published in a language as an Atom feed
(``/<lang>/feeds/new-courses.atom``). Both are public pages: they come from the page cache,
which every published course and saved session retires."""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.calendar import new_calendar, session_events
from courses.catalogue import CatalogueFilterForm, Vocabulary, apply_filters
from courses.choices import SessionStatus
from courses.models import CourseIndexPage, CourseSession, Meeting
from courses.queries import venues_in, visible_courses
from wirkstatt.i18n.fallback import localize_urls
from wirkstatt.links import absolute_url, on_site

#: A filter as wide as the whole catalogue still makes a calendar a phone can read.
MAX_SESSIONS = 500
NEW_COURSES = 30


def catalogue_calendar(request):
    """The sessions to come of the courses the catalogue shows for this query, each meeting
    an event, in the visitor's language. A filter value the catalogue does not know is an
    error here, not ignored: a subscription must not quietly show more than was asked."""
    language_code = get_language()
    vocabulary = Vocabulary(language_code)
    form = CatalogueFilterForm(request.GET, vocabulary=vocabulary)
    if not form.is_valid():
        return HttpResponseBadRequest(
            _("This calendar cannot be made: %(fields)s.")
            % {"fields": ", ".join(str(label) for label in form.ignored_fields())},
            content_type="text/plain; charset=utf-8",
        )
    filters = {name: value for name, value in form.cleaned_data.items() if value}
    filters.pop("sort", None)
    courses = {
        course.translation_key: course
        for course in apply_filters(visible_courses(language_code), filters)
    }
    localize_urls(list(courses.values()), language_code, request)
    sessions = matching_sessions(courses, filters, language_code)
    calendar = new_calendar(calendar_name(form, filters))
    for session in sessions:
        course = courses[session.course_key]
        for event in session_events(session, course, on_site(course.display_url)):
            calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="wirkstatt.ics"'
    return response


def matching_sessions(courses, filters, language_code):
    """Upcoming sessions of courses, at the chosen places and in the chosen dates, with
    their meetings and venues in language_code."""
    sessions = CourseSession.objects.upcoming().filter(course_key__in=list(courses))
    if filters.get("place"):
        sessions = sessions.filter(venue__town__in=filters["place"])
    # Within dates, a series shows the meetings in them (the catalogue shows a session when
    # any of its meetings falls in them).
    in_dates = {}
    if filters.get("date_from"):
        in_dates["start__date__gte"] = filters["date_from"]
    if filters.get("date_to"):
        in_dates["start__date__lte"] = filters["date_to"]
    if in_dates:
        held = Meeting.objects.filter(status=SessionStatus.SCHEDULED, **in_dates)
        sessions = sessions.filter(pk__in=held.values("session_id"))
    meetings = Meeting.objects.filter(**in_dates).select_related("venue").order_by("start")
    sessions = list(
        sessions.order_by("start", "pk")
        .select_related("venue")
        .prefetch_related(Prefetch("meetings", queryset=meetings))[:MAX_SESSIONS]
    )
    venues = [s.venue for s in sessions if s.venue]
    venues += [m.venue for s in sessions for m in s.meetings.all() if m.venue]
    places = venues_in(venues, language_code)
    for session in sessions:
        session.place = places.get(session.venue.translation_key) if session.venue else None
        for meeting in session.meetings.all():
            if meeting.venue is not None:
                meeting.venue = places.get(meeting.venue.translation_key, meeting.venue)
    return sessions


def calendar_name(form, filters):
    """ "Wirkstatt: Children, Görlitz": the filter's values as the catalogue names them."""
    labels = []
    for name, values in filters.items():
        choices = dict(getattr(form.fields[name], "choices", ()))
        if isinstance(values, list):
            labels += [str(choices.get(value, value)) for value in values]
    if not labels:
        return _("Wirkstatt: all courses")
    return _("Wirkstatt: %(filter)s") % {"filter": ", ".join(labels)}


class NewCourses(Feed):
    """The courses published most recently, as a visitor reading this language sees them
    (translations, else the German original)."""

    feed_type = Atom1Feed
    author_name = "Wirkstatt"

    def get_object(self, request):
        self.request = request
        return get_language()

    def title(self, language_code):
        return _("Wirkstatt: new courses")

    def subtitle(self, language_code):
        return _("The courses newly offered in the Wirkstatt network in Upper Lusatia.")

    def link(self, language_code):
        catalogue = (
            CourseIndexPage.objects.live().filter(locale__language_code=language_code).first()
            or CourseIndexPage.objects.live().first()
        )
        return on_site(catalogue.url if catalogue else f"/{language_code}/")

    def feed_url(self, language_code):
        return absolute_url(self.request.path)

    def items(self, language_code):
        courses = list(
            visible_courses(language_code)
            .exclude(first_published_at=None)
            .defer("description")
            .order_by("-first_published_at", "pk")[:NEW_COURSES]
        )
        return localize_urls(courses, language_code, self.request)

    def item_title(self, course):
        return course.title

    def item_description(self, course):
        return course.teaser

    def item_link(self, course):
        return on_site(course.display_url)

    def item_guid(self, course):
        return f"urn:uuid:{course.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, course):
        return course.first_published_at

    def item_updateddate(self, course):
        return course.last_published_at or course.first_published_at


new_courses = NewCourses()
