"""What the course and lesson pages show a signed-in learner: their bookings and their
progress (registered as the catalogue's page hooks in ``learners.learning.wagtail_hooks``)."""

from learners.learning.my_learning import enrolments_for_course
from learners.learning.progress import LEARNING_STATES, progress_for


def personal_course_context(request, course, sessions, lessons):
    """Mark each session with the learner's booking of it; the self-paced enrolment and the
    progress through the lessons."""
    my_enrolments = enrolments_for_course(request.user, course)
    for session in sessions:
        session.my_enrolment = my_enrolments.get(session.pk)
    return {
        "self_paced_enrolment": my_enrolments.get(None),
        **my_progress(request.user, course, lessons, my_enrolments),
    }


def my_progress(user, course, lessons, my_enrolments):
    """The signed-in learner's progress through the lessons, and where to go on."""
    learning = [e for e in my_enrolments.values() if e.status in LEARNING_STATES]
    if not learning or not lessons:
        return {"progress": None, "continue_lesson": None, "completed_enrolment": None}
    progress = progress_for(user, course.translation_key)
    for lesson in lessons:
        lesson.is_done = lesson.translation_key in progress.done
    continue_key = progress.continue_key
    return {
        "progress": progress,
        "continue_lesson": next((x for x in lessons if x.translation_key == continue_key), None),
        "completed_enrolment": next((e for e in learning if e.status == "completed"), None),
    }
