"""A learner's personal calendar feed (iCalendar) of their booked sessions."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.calendar import new_calendar, session_events
from learners.learning.my_learning import with_courses
from learners.models import CalendarFeed, Enrolment, EnrolmentStatus

FEED_STATES = [EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED]
FEED_HISTORY = datetime.timedelta(days=365)


def feed(request, token):
    calendar_feed = CalendarFeed.objects.select_related("learner").filter(token=token).first()
    if calendar_feed is None:
        raise Http404
    learner = calendar_feed.learner
    language_code = learner.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language_code):
        enrolments = with_courses(
            list(
                Enrolment.objects.filter(learner=learner, status__in=FEED_STATES)
                .exclude(session=None)
                .filter(session__end__gte=timezone.now() - FEED_HISTORY)
                .select_related("session__venue")
                .prefetch_related("session__meetings__venue")
            ),
            language_code,
            request,
        )
        calendar = new_calendar(_("Wirkstatt: my sessions"))
        for enrolment in enrolments:
            course_url = request.build_absolute_uri(enrolment.course.display_url)
            for event in session_events(enrolment.session, enrolment.course, course_url):
                calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
@require_POST
def renew_feed(request):
    calendar_feed, created = CalendarFeed.objects.get_or_create(learner=request.user)
    if not created:
        calendar_feed.renew()
        messages.success(
            request, _("Your calendar address has been replaced; the old one no longer works.")
        )
    return redirect("my_learning")
