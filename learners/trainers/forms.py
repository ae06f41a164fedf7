"""What a trainer posts when taking attendance: the meeting, and who was there. Both are
choices among the session's own meetings held and its participants; anything else is
refused with a message and nothing is saved."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

NOT_A_MEETING = _("That is not a meeting of this session.")
NOT_A_PARTICIPANT = _(
    "Someone ticked is not a participant of this session. Please check the list and save again."
)


def meeting_label(meeting):
    return date_format(timezone.localtime(meeting.start), "SHORT_DATETIME_FORMAT")


class AttendanceMeetingForm(forms.Form):
    """One of the session's ``meetings``, by its id as ``meeting``."""

    meeting = forms.TypedChoiceField(
        coerce=int,
        error_messages={"required": NOT_A_MEETING, "invalid_choice": NOT_A_MEETING},
    )

    def __init__(self, data, meetings, **kwargs):
        super().__init__(data, **kwargs)
        self.meetings = {meeting.pk: meeting for meeting in meetings}
        self.fields["meeting"].choices = [
            (str(meeting.pk), meeting_label(meeting)) for meeting in meetings
        ]

    def chosen(self):
        """The meeting chosen; call after ``is_valid``."""
        return self.meetings[self.cleaned_data["meeting"]]


class AttendanceForm(AttendanceMeetingForm):
    """The participants present at that meeting: ``present``, the ids of ticked bookings
    among ``participant_ids`` (the session's bookings that attend)."""

    present = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        error_messages={"invalid_choice": NOT_A_PARTICIPANT, "invalid_list": NOT_A_PARTICIPANT},
    )

    def __init__(self, data, meetings, participant_ids, **kwargs):
        super().__init__(data, meetings, **kwargs)
        self.fields["present"].choices = [(str(pk), str(pk)) for pk in participant_ids]

    def ticked(self):
        """The ids ticked as they were posted, to tick them again beside an error."""
        return set(self["present"].data)
