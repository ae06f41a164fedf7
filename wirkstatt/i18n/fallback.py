"""Serving pages in every language, falling back to German where a translation is missing.

A visitor in /pl/ who follows a link to a course that has no Polish translation gets the
German page inside the Polish site: Polish interface, German content, and a notice.
"""

from django.conf import settings
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Locale, Page


def default_locale():
    return Locale.get_default()


class FallbackRoutingMixin:
    """Routes to the German child page when the visitor's language has no translation."""

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            source = self.get_translation_or_none(default_locale())
            if source is None or source.pk == self.pk:
                raise
            child = source.get_children().filter(slug=path_components[0]).first()
            if child is None:
                raise
            return child.specific.route(request, path_components[1:])


def url_below(parent_url, pages):
    """The URL reached from parent_url by following the slugs of pages."""
    return parent_url + "".join(f"{page.slug}/" for page in pages)


def page_url_in_language(page, language_code, request=None):
    """The URL of page for a visitor reading language_code.

    The translation's own URL when there is one; otherwise the German page under the
    nearest ancestor that is translated, which FallbackRoutingMixin then serves.
    """
    versions = Page.objects.live().filter(translation_key=page.translation_key)
    translation = versions.filter(locale__language_code=language_code).first()
    if translation is not None:
        return translation.get_url(request)
    original = versions.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return fallback_url(original or page, language_code, request)


def fallback_url(original, language_code, request=None):
    """The URL at which the visitor reading language_code gets ``original`` (the German
    page, whose slugs FallbackRoutingMixin follows) below its nearest translated ancestor;
    None when no ancestor is translated."""
    ancestors = list(original.get_ancestors().filter(depth__gt=1).order_by("-depth"))
    translated = {
        p.translation_key: p
        for p in Page.objects.live().filter(
            translation_key__in=[a.translation_key for a in ancestors],
            locale__language_code=language_code,
        )
    }
    below = [original]
    for ancestor in ancestors:
        localized = translated.get(ancestor.translation_key)
        if localized is not None:
            return url_below(localized.get_url(request), below)
        below.insert(0, ancestor)
    return None


def language_links(page, request=None):
    """One entry per site language for the language switcher."""
    translations = {
        p.locale.language_code: p
        for p in Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    }
    original = translations.get(settings.LANGUAGE_CODE, page)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url = translation.get_url(request)
        else:
            url = fallback_url(original, code, request)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "is_translated": translation is not None,
            }
        )
    return links


def localize_urls(pages, language_code, request=None):
    """Set ``display_url`` on each page: its own URL, or its fallback URL below a
    translated parent. Runs a fixed number of queries whatever the number of pages."""
    fallback = [p for p in pages if p.locale.language_code != language_code]
    parent_paths = {p.path[: -Page.steplen] for p in fallback}
    parents = {
        p.path: p
        for p in Page.objects.filter(path__in=parent_paths).only("path", "translation_key")
    }
    localized_parents = {
        p.translation_key: p
        for p in Page.objects.live().filter(
            translation_key__in=[p.translation_key for p in parents.values()],
            locale__language_code=language_code,
        )
    }
    for page in pages:
        page.display_url = page.get_url(request)
        page.is_fallback = page.locale.language_code != language_code
        if page.is_fallback:
            parent = parents.get(page.path[: -Page.steplen])
            localized_parent = parent and localized_parents.get(parent.translation_key)
            if localized_parent is not None:
                page.display_url = url_below(localized_parent.get_url(request), [page])
    return pages
