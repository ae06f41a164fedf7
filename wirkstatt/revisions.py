from wagtail.models import Page


class FreshTreeFieldsMixin:
    """Keep a page's child count right when a revision is published.

    Wagtail restores a revision onto the page object it cached when the revision was
    made. wagtail-localize publishes a translated page after the same request has added
    translated lessons below it, so that cached object's ``numchild`` is stale and saving
    it would hide the new children. Read the current value from the database instead.
    """

    def with_content_json(self, content):
        page = super().with_content_json(content)
        if self.pk:
            current = Page.objects.filter(pk=self.pk).values_list("numchild", flat=True).first()
            if current is not None:
                page.numchild = current
        return page
