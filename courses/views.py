from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language

from courses.calendar import session_calendar
from courses.models import CourseSession, Venue
from courses.queries import course_in, translated


def session_ics(request, session_id):
    """An "add to calendar" file for one session, in the visitor's language."""
    session = get_object_or_404(CourseSession.objects.select_related("venue"), pk=session_id)
    language_code = get_language()
    course = course_in(session.course_key, language_code, request)
    if course is None:
        raise Http404
    if session.venue:
        (session.place,) = translated([session.venue], Venue, language_code)
    ics = session_calendar(session, course, request.build_absolute_uri(course.display_url))
    response = HttpResponse(ics, content_type="text/calendar; charset=utf-8")
    first_day = timezone.localtime(session.start)
    filename = f"{slugify(course.title)[:50] or 'session'}-{first_day:%Y-%m-%d}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
