"""Signals the catalogue sends for the apps above it to act on."""

from django.dispatch import Signal

#: An organiser saved a session in the admin. Arguments: ``session`` as saved, ``before``
#: (its field values before the edit, by attribute name: ``start``, ``venue_id``, …),
#: ``meetings_before`` (``meeting_values``: each meeting's values by its id) and ``actor``
#: (the user who saved it).
session_edited = Signal()

#: What participants must hear about when it changes in a meeting.
MEETING_FIELDS = ["start", "end", "venue_id", "online", "status"]


def field_values(instance):
    return {
        field.attname: getattr(instance, field.attname) for field in instance._meta.concrete_fields
    }


def meeting_values(session):
    """Each meeting's values by its id, times to the whole minute as the admin edits them."""
    return {meeting.pk: values_of(meeting) for meeting in session.meetings.all()}


def values_of(meeting):
    values = {name: getattr(meeting, name) for name in MEETING_FIELDS}
    for name in ["start", "end"]:
        values[name] = values[name].replace(second=0, microsecond=0)
    return values
