"""What of the learners' data retires cached pages, in one place (LearnersConfig.ready).

- Public pages (``wirkstatt.caching.page_cache``): an enrolment changes its course's seats,
  so that course's pages are retired.
- My learning (``learners.learning.my_learning_cache``): a change to any row the page shows
  for a learner retires that learner's stored copy. A new model shown there is added to
  ``LEARNER_FIELD`` (or given a receiver of its own, like the guardian's consent).
"""

from django.db.models.signals import post_delete, post_save

from learners.learning.my_learning_cache import learner_changed
from learners.models import (
    CalendarFeed,
    Certificate,
    Enrolment,
    GuardianConsent,
    LessonProgress,
    Pupil,
    QuizAttempt,
    SchoolMembership,
)
from wirkstatt.caching.page_cache import retire_seats_on_change

#: The models whose rows My learning shows, and the field naming their learner.
LEARNER_FIELD = {
    Enrolment: "learner_id",
    LessonProgress: "learner_id",
    QuizAttempt: "learner_id",
    Certificate: "learner_id",
    CalendarFeed: "learner_id",
    Pupil: "user_id",
    SchoolMembership: "teacher_id",
}


def row_changed(sender, instance, **_arguments):
    learner_changed(getattr(instance, LEARNER_FIELD[sender]))


def consent_changed(sender, instance, **_arguments):
    learner_changed(
        Enrolment.objects.filter(pk=instance.enrolment_id)
        .values_list("learner_id", flat=True)
        .first()
    )


def connect_invalidation():
    retire_seats_on_change(Enrolment)
    receivers = [(model, row_changed) for model in LEARNER_FIELD]
    receivers.append((GuardianConsent, consent_changed))
    for model, receiver in receivers:
        for signal in (post_save, post_delete):
            signal.connect(
                receiver,
                sender=model,
                dispatch_uid=f"my-learning-{model.__name__}-{signal is post_save}",
            )
