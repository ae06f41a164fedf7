"""Wagtail loads this module of each app; each domain registers its own admin screens and
audit-log actions in its ``wagtail_hooks``."""

from learners.certificates import wagtail_hooks as certificates  # noqa: F401
from learners.enrolment import wagtail_hooks as enrolment  # noqa: F401
from learners.learning import wagtail_hooks as learning  # noqa: F401
from learners.schools import wagtail_hooks as schools  # noqa: F401
from learners.trainers import wagtail_hooks as trainers  # noqa: F401
