"""Hooks through which the apps above the catalogue add what is personal to the visitor to
its pages (Wagtail's hook registry; ``learners`` registers them). The catalogue itself knows
nothing of learners: without a hook its pages show what every visitor sees.

- ``course_page_context(request, course, sessions, lessons)``: returns a dict added to the
  course page's personal parts (``wirkstatt.caching.personal_parts``); may mark each session
  (e.g. ``session.my_enrolment``) and lesson. Called once per request, also when the page
  comes from its stored skeleton: ``course`` then has only its ``pk`` and
  ``translation_key``, the sessions only what their booking buttons read
  (``courses.course_detail.booking_part``).
- ``lesson_page_context(request, lesson, course, lessons)``: returns a dict added to the
  lesson page's context.
- ``lesson_page_post(request, lesson, course)``: a signed-in visitor's POST to a lesson page
  (mark as done, answer a quiz); returns a response, or None to show the page.
"""

from wagtail import hooks

COURSE_PAGE_CONTEXT = "course_page_context"
LESSON_PAGE_CONTEXT = "lesson_page_context"
LESSON_PAGE_POST = "lesson_page_post"


def context_from_hooks(name, *arguments):
    context = {}
    for hook in hooks.get_hooks(name):
        context.update(hook(*arguments))
    return context


def response_from_hooks(name, *arguments):
    for hook in hooks.get_hooks(name):
        response = hook(*arguments)
        if response is not None:
            return response
    return None
