"""What a trainer posts when taking attendance: the day, and who was there. Both are
choices among the session's own days and participants; anything else is refused with a
message and nothing is saved."""

import datetime

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

NOT_A_DAY = _("That day is not a day of this session.")
NOT_A_PARTICIPANT = _(
    "Someone ticked is not a participant of this session. Please check the list and save again."
)


class AttendanceDayForm(forms.Form):
    """One of ``days`` of the session, as ``date`` in ISO format (2025-03-14)."""

    date = forms.TypedChoiceField(
        coerce=datetime.date.fromisoformat,
        error_messages={"required": NOT_A_DAY, "invalid_choice": NOT_A_DAY},
    )

    def __init__(self, data, days, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["date"].choices = [(day.isoformat(), date_format(day)) for day in days]


class AttendanceForm(AttendanceDayForm):
    """The participants present on that day: ``present``, the ids of ticked bookings among
    ``participant_ids`` (the session's bookings that attend)."""

    present = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        error_messages={"invalid_choice": NOT_A_PARTICIPANT, "invalid_list": NOT_A_PARTICIPANT},
    )

    def __init__(self, data, days, participant_ids, **kwargs):
        super().__init__(data, days, **kwargs)
        self.fields["present"].choices = [(str(pk), str(pk)) for pk in participant_ids]

    def ticked(self):
        """The ids ticked as they were posted, to tick them again beside an error."""
        return set(self["present"].data)
