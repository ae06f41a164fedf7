"""Signals the catalogue sends for the apps above it to act on."""

from django.dispatch import Signal

#: An organiser saved a session in the admin. Arguments: ``session`` as saved, ``before``
#: (its field values before the edit, by attribute name: ``start``, ``venue_id``, …) and
#: ``actor`` (the user who saved it).
session_edited = Signal()


def field_values(session):
    return {
        field.attname: getattr(session, field.attname) for field in session._meta.concrete_fields
    }
