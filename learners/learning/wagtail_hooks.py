"""The learner's side of the catalogue's pages (see ``courses.hooks``)."""

from wagtail import hooks

from courses.hooks import COURSE_PAGE_CONTEXT, LESSON_PAGE_CONTEXT, LESSON_PAGE_POST
from learners.learning.course_page import personal_course_context
from learners.learning.lessons import handle_lesson_post, lesson_learning_context


@hooks.register(COURSE_PAGE_CONTEXT)
def course_page_context(request, course, sessions, lessons):
    return personal_course_context(request, course, sessions, lessons)


@hooks.register(LESSON_PAGE_CONTEXT)
def lesson_page_context(request, lesson, course, lessons):
    return {"learning": lesson_learning_context(request, lesson, course, lessons)}


@hooks.register(LESSON_PAGE_POST)
def lesson_page_post(request, lesson, course):
    return handle_lesson_post(request, lesson, course)
