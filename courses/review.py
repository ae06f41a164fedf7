"""What a reviewer is told after approving a page in its review workflow.

"Approve and publish" on the edit page runs Wagtail's workflow action, whose message says
only "Page '…' has been updated." When the approval published the page (the last task of
the workflow was approved), that message is replaced by one that says the page is now
published and visible, with the link to the live page, as Wagtail's own "Publish" does.
"""

from django.contrib import messages as django_messages
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from courses.models import CoursePage


def approved_in_this_request(request):
    return (
        request.method == "POST"
        and bool(request.POST.get("action-workflow-action"))
        and request.POST.get("workflow-action-name") == "approve"
    )


def announce_publication(request, page):
    """Called after the edit view saved page (the ``after_edit_page`` hook)."""
    if not approved_in_this_request(request):
        return
    # The workflow published a revision of its own copy of the page: read it again.
    page = Page.objects.filter(pk=page.pk).specific().first()
    if page is None or not page.live or page.has_unpublished_changes:
        return
    if isinstance(page, CoursePage):
        text = _(
            "'%(title)s' is approved and published: the course is now visible in the catalogue."
        )
    else:
        text = _("'%(title)s' is approved and published: it is now visible on the site.")
    text %= {"title": page.get_admin_display_title()}
    buttons = []
    url = page.get_url(request=request)
    if url:
        buttons.append(messages.button(url, _("View live"), new_window=False))
    forget_message(
        request,
        _("Page '%(page_title)s' has been updated.")
        % {"page_title": page.get_admin_display_title()},
    )
    messages.success(request, text, buttons=buttons)


def forget_message(request, text):
    """Take back a message Wagtail queued in this request (text as Wagtail wrote it)."""
    rendered = messages.render(text, None)
    queued = list(django_messages.get_messages(request))  # marks the queue as read
    for message in queued:
        if str(message.message) != rendered:
            django_messages.add_message(
                request, message.level, message.message, extra_tags=message.extra_tags
            )
