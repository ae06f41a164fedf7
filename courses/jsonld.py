"""schema.org Course and CourseInstance data for search engines."""

import json

from django.conf import settings
from django.utils.html import strip_tags

from courses.choices import CourseFormat
from wirkstatt.caching.page_cache import is_preview, shared_values

COURSE_MODE = {
    CourseFormat.IN_PERSON: "Onsite",
    CourseFormat.SELF_PACED: "Online",
    CourseFormat.BLENDED: "Blended",
}


def session_instance(course, session, request):
    instance = {
        "@type": "CourseInstance",
        "courseMode": "Online" if session.is_online else COURSE_MODE[course.format],
        "startDate": session.start.isoformat(),
        "endDate": session.end.isoformat(),
        "maximumAttendeeCapacity": session.capacity,
        "remainingAttendeeCapacity": session.seats_left,
    }
    if session.is_cancelled:
        instance["eventStatus"] = "https://schema.org/EventCancelled"
    place = getattr(session, "place", None) or session.venue
    if place is not None:
        instance["location"] = location(place)
    meetings = getattr(session, "meeting_list", [])
    if len(meetings) > 1:
        instance["subEvent"] = [meeting_event(course, meeting) for meeting in meetings]
    return instance


def meeting_event(course, meeting):
    """One meeting of a series, as an Event of its CourseInstance."""
    event = {
        "@type": "Event",
        "name": course.title,
        "startDate": meeting.start.isoformat(),
        "endDate": meeting.end.isoformat(),
    }
    if meeting.is_cancelled:
        event["eventStatus"] = "https://schema.org/EventCancelled"
    place = getattr(meeting, "place", None)
    if place is not None:
        event["location"] = location(place)
    return event


def location(place):
    return {
        "@type": "Place",
        "name": place.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.street,
            "postalCode": place.postcode,
            "addressLocality": place.town,
            "addressCountry": "DE",
        },
    }


def course_jsonld(course, sessions, request, providers, cover):
    data = {
        **course_facts(course, request, providers, cover),
        "hasCourseInstance": [session_instance(course, s, request) for s in sessions],
    }
    if course.format == CourseFormat.SELF_PACED:
        data["hasCourseInstance"].append(
            {
                "@type": "CourseInstance",
                "courseMode": "Online",
                "courseWorkload": data["timeRequired"],
            }
        )
    # Escape "<" so that no text can close the surrounding <script> element.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def course_facts(course, request, providers, cover):
    """What the data says about the course itself, the same for every visitor of this URL:
    from the shared cache (see ``wirkstatt.caching.page_cache``), which every publish retires."""
    if is_preview(request):
        return read_facts(course, request, providers, cover)
    url = request.build_absolute_uri(request.path)

    def read(keys):
        return {url: read_facts(course, request, providers, cover)}

    return shared_values("course-jsonld", [url], read)[url]


def organization(partner, request):
    data = {
        "@type": "Organization",
        "name": partner.title,
        "url": request.build_absolute_uri(partner.display_url),
    }
    if partner.logo_url:
        data["logo"] = request.build_absolute_uri(partner.logo_url)
    return data


def providers_jsonld(providers, request):
    """The partners that offer the course (one Organization, or a list for a joint course);
    the network itself for a course whose partner is not public."""
    if not providers:
        return {
            "@type": "Organization",
            "name": settings.WAGTAIL_SITE_NAME,
            "url": request.build_absolute_uri("/"),
        }
    found = [organization(partner, request) for partner in providers]
    return found[0] if len(found) == 1 else found


def read_facts(course, request, providers, cover):
    facts = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": course.title,
        "description": strip_tags(course.teaser),
        "url": request.build_absolute_uri(request.path),
        "inLanguage": course.locale.language_code,
        "availableLanguage": [lang.code for lang in course.instruction_languages.all()],
        "timeRequired": f"PT{course.duration_hours.normalize():f}H",
        "isAccessibleForFree": course.is_free,
        "provider": providers_jsonld(providers, request),
    }
    if not course.is_free:
        facts["offers"] = {
            "@type": "Offer",
            "category": "Paid",
            "price": f"{course.fee:.2f}",
            "priceCurrency": "EUR",
        }
    if course.minimum_age:
        facts["typicalAgeRange"] = f"{course.minimum_age}-"
    if cover:
        facts["image"] = request.build_absolute_uri(cover.largest_src)
    return facts
