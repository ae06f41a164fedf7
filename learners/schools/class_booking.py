"""What the teachers' pages need around a class booking, read-only: whether a course takes
classes, a session's course in the visitor's language, a teacher's school per request."""

from django.utils.translation import get_language

from courses.queries import visible_courses
from learners.schools.services import SchoolError, check_course_for_classes, teacher_school
from wirkstatt.i18n.fallback import localize_urls


def course_takes_classes(course):
    """The booking service's own rule (``check_course_for_classes``) as a yes or no."""
    try:
        check_course_for_classes(course)
    except SchoolError:
        return False
    return True


def course_for_visitor(session, request):
    """The session's course in the visitor's language (German where missing), or None."""
    language_code = get_language()
    course = (
        visible_courses(language_code)
        .filter(translation_key=session.course_key)
        .select_related("locale")
        .first()
    )
    if course is not None:
        localize_urls([course], language_code, request)
    return course


def school_of(request):
    """The signed-in teacher's school, looked up once per request."""
    if not hasattr(request, "_teacher_school"):
        request._teacher_school = teacher_school(request.user)
    return request._teacher_school
