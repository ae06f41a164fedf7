from django import template

from learners.schools.class_booking import course_takes_classes, school_of

register = template.Library()


@register.simple_tag(takes_context=True)
def may_book_for_class(context, course):
    """Whether the signed-in user teaches at a school and the course takes classes."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_teacher:
        return False
    if school_of(request) is None:
        return False
    answers = request.__dict__.setdefault("_course_takes_classes", {})
    if course.pk not in answers:
        answers[course.pk] = course_takes_classes(course)
    return answers[course.pk]
