"""The audit entries of bookings (Reports → Site history), written as Wagtail's ``log()``
writes them but in one INSERT: Wagtail saves a log entry after ``full_clean()``, which
reads the content type and the user back from the database, two queries per booking."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import get_active_log_context
from wagtail.models import ModelLogEntry


def write_audit_entry(instance, action, user=None, data=None):
    context = get_active_log_context()
    entry = ModelLogEntry(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
        label=ModelLogEntry.objects.get_instance_title(instance),
        action=action,
        timestamp=timezone.now(),
        data=data or {},
        user=user or context.user,
        uuid=context.uuid,
    )
    ModelLogEntry.objects.bulk_create([entry])
    return entry
