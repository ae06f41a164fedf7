from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from wagtail.models import Page

from wirkstatt.caching.page_cache import is_preview, shared_values
from wirkstatt.i18n.fallback import language_links, page_url_in_language
from wirkstatt.links import on_site

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page in every site language, for the switcher and hreflang links."""
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, Page):
        links = shared_language_links(page, request)
    else:
        links = [
            {
                "code": code,
                "name": name,
                "url": path_in_language(request, code),
                "is_current": code == get_language(),
                "is_translated": True,
            }
            for code, name in settings.LANGUAGES
        ]
    return links


@register.simple_tag
def hreflang_links(links):
    """The page's translations as ``<link rel="alternate" hreflang>`` at the site's public
    address, as the sitemap names them, and the German page as ``x-default`` (the page a
    reader of any other language gets)."""
    tags = [
        format_html(
            '<link rel="alternate" hreflang="{}" href="{}">', link["code"], on_site(link["url"])
        )
        for link in links
        if link["is_translated"] and link["url"]
    ]
    default = next(
        (link for link in links if link["code"] == settings.LANGUAGE_CODE and link["url"]), None
    )
    if tags and default is not None and default["is_translated"]:
        tags.append(
            format_html(
                '<link rel="alternate" hreflang="x-default" href="{}">', on_site(default["url"])
            )
        )
    return format_html_join("\n    ", "{}", ((tag,) for tag in tags))


def shared_language_links(page, request):
    """The page's language links are the same for every visitor (only which one is current
    differs): from the shared cache, where publishing or moving any page retires them."""
    if request is None or is_preview(request):
        return language_links(page, request)
    links = shared_values(
        f"language-links:{request.get_host()}",
        [page.pk],
        lambda keys: {page.pk: language_links(page, request)},
    )[page.pk]
    current = get_language()
    return [{**link, "is_current": link["code"] == current} for link in links]


def path_in_language(request, language_code):
    """The current non-page URL (search, errors) with another language prefix."""
    if request is None or request.resolver_match is None:
        return f"/{language_code}/"
    return translate_url(request.get_full_path(), language_code)


@register.simple_tag
def content_lang(page):
    """` lang="de"` for a page shown in a site of another language (the German fallback),
    for the elements that hold its texts; nothing when it is in the page's language."""
    if not isinstance(page, Page):
        return ""
    code = page.locale.language_code
    return "" if code == get_language() else format_html(' lang="{}"', code)


@register.simple_tag(takes_context=True)
def is_fallback_page(context):
    page = context.get("page")
    return isinstance(page, Page) and page.locale.language_code != get_language()


@register.simple_tag(takes_context=True)
def site_root_url(context):
    request = context.get("request")
    return shared_url(request, "site-root", lambda: home_url(request))


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    request = context.get("request")
    return shared_url(request, "catalogue", lambda: catalogue_page_url(request))


def shared_url(request, name, read):
    """A link every page shows, the same for every visitor: from the shared cache (see
    ``wirkstatt.caching.page_cache``), and read once per request."""
    host = request.get_host() if request is not None else ""
    language = get_language()
    memo = getattr(request, "_site_urls", None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            request._site_urls = memo
    if (name, language) not in memo:
        urls = shared_values(f"site-url:{name}:{host}", [language], lambda keys: {language: read()})
        memo[name, language] = urls[language]
    return memo[name, language]


def home_url(request):
    home = Page.objects.filter(depth=2, locale__language_code=get_language()).first()
    return home.get_url(request) if home else f"/{get_language()}/"


def catalogue_page_url(request):
    from home.home_sections import catalogue_for

    catalogue = catalogue_for(get_language())
    if catalogue is None:
        return home_url(request)
    return page_url_in_language(catalogue, get_language(), request)
