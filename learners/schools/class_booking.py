"""What the teachers' pages need around a class booking, read-only: whether a course takes
classes, a teacher's school per request."""

from learners.schools.services import SchoolError, check_course_for_classes, teacher_school


def course_takes_classes(course):
    """The booking service's own rule (``check_course_for_classes``) as a yes or no."""
    try:
        check_course_for_classes(course)
    except SchoolError:
        return False
    return True


def school_of(request):
    """The signed-in teacher's school, looked up once per request."""
    if not hasattr(request, "_teacher_school"):
        request._teacher_school = teacher_school(request.user)
    return request._teacher_school
