"""wagtail-localize's buttons on a page, "Translate this page" and "Sync translated pages",
offered only where the user may finish what they start, at a fixed cost per listing.

wagtail-localize offers both to everyone with its "submit translation" permission, on
every page. Partners' trainers have that permission to translate their own courses; on a
colleague's course the translation they started was not theirs to edit (it keeps the
course's owner), and syncing overwrites the colleague's translations. Its hook also asks
the database twice for every row of a page listing (is there a language left, is the page
a translation source?), so the explorer's cost grew with the number of courses.

The same buttons, with the same labels, addresses and order, are offered here to those
who may edit the page; in page listings the two answers come with the rows
(``annotate_translation_state``, the ``construct_explorer_page_queryset`` hook).
wagtail-localize's own hook is withdrawn (``withdraw_localize_buttons``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import Translation, TranslationSource

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
BUTTON_HOOKS = ["register_page_header_buttons", "register_page_listing_more_buttons"]


def withdraw_localize_buttons():
    """Take wagtail-localize's page buttons out of Wagtail's hook registry. Wagtail has no
    public call for taking back another app's hook; this is how its own
    ``hooks.register_temporarily`` takes its hooks back. Raises ValueError if
    wagtail-localize no longer registers this function (then its buttons must be
    looked at again)."""
    for hook_name in BUTTON_HOOKS:
        hooks.register_temporarily(hook_name, localize_hooks.page_listing_more_buttons).__exit__(
            None, None, None
        )


def untranslated_locale_exists(page):
    """A language the page has no translation in (aliases do not count)."""
    if hasattr(page, "_localize_untranslated"):
        return page._localize_untranslated
    if hasattr(page, "_has_untranslated_locale"):
        # Wagtail's own annotation (its page search has no hook for ours): the same
        # answer while the site has no alias pages.
        return page._has_untranslated_locale
    translated = (
        page.get_translations(inclusive=True)
        .exclude(alias_of__isnull=False)
        .values_list("locale_id", flat=True)
    )
    return Locale.objects.exclude(id__in=translated).exists()


def synced_source_id(page):
    """The wagtail-localize source that the page is for translations kept in sync, or None."""
    if hasattr(page, "_localize_synced_source"):
        return page._localize_synced_source
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is not None and source.translations.filter(enabled=True).exists():
        return source.pk
    return None


def annotate_translation_state(pages):
    """Both answers for every page of a listing, in the listing's own query."""
    translations = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
    ).values("locale_id")
    synced = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__object__content_type=ContentType.objects.get_for_model(Page),
        source__locale_id=OuterRef("locale_id"),
        enabled=True,
    )
    return pages.annotate(
        _localize_untranslated=Exists(Locale.objects.exclude(id__in=translations)),
        _localize_synced_source=Subquery(synced.values("source_id")[:1]),
    )


def translation_buttons(page, user, next_url=None, view_name=None):
    if page.is_root() or not user.has_perm(SUBMIT_TRANSLATION):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    if untranslated_locale_exists(page):
        url = reverse(
            "wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]
        )
        yield ListingButton(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    source_id = synced_source_id(page)
    if source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")
