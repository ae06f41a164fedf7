"""What of the catalogue retires cached pages (see ``wirkstatt.caching.page_cache``).

Publishing, moving or deleting a page is wired by the project; here are the catalogue's
own models that public pages show: a course page lists its sessions, their meetings and venues, the
catalogue filters by the vocabulary. A new model shown on a public page is added here.
"""

from wirkstatt.caching.page_cache import retire_pages_on_change


def connect_invalidation():
    from courses.models import (
        AgeGroup,
        CompetenceField,
        CourseSession,
        InstructionLanguage,
        Meeting,
        Venue,
    )

    retire_pages_on_change(
        CourseSession, Meeting, Venue, CompetenceField, AgeGroup, InstructionLanguage
    )
