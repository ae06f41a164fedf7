"""Shared by the Open Badges tests: certificates made directly."""

import datetime
from decimal import Decimal

from django.utils import timezone

from learners.codes import CERTIFICATE_CODE
from learners.models import Certificate


def make_certificate(course, learner=None, **fields):
    issued_at = timezone.now().replace(microsecond=0) - datetime.timedelta(days=2)
    values = {
        "code": CERTIFICATE_CODE.new(),
        "learner": learner,
        "holder_name": str(learner) if learner else "Łucija Dźěłowa",
        "language": "en",
        "course_key": course.translation_key,
        "course_title": course.title,
        "competence_field": "Economy",
        "hours": Decimal("12.5"),
        "first_date": datetime.date(2025, 3, 3),
        "last_date": datetime.date(2025, 3, 7),
        "trainers": "Anna Trainer",
        "issued_at": issued_at,
    }
    values.update(fields)
    return Certificate.objects.create(**values)
