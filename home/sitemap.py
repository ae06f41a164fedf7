"""/sitemap.xml: every page a search engine may show, in every language it exists in.

Built on Wagtail's sitemap (``wagtail.contrib.sitemaps``, itself Django's), which lists the
pages of one language tree at the request's host. Ours lists:

- every live page of the site in every language, that a visitor may see: not in a section
  with a view restriction (a private partner with its courses), as the catalogue decides
  with ``courses.queries.private_q``, and not below a page that is not live;
- one ``<url>`` per language version, each naming every version with ``hreflang`` and the
  German one as ``x-default`` (Google's format for alternates in a sitemap), so the
  alternates of a page are the same wherever it is listed. A version is any live page of
  the language sharing the translation key, as for the ``hreflang`` links in the pages'
  heads (``wirkstatt.i18n.fallback.language_links``). The German fallbacks served inside
  another language's site are not listed: they are the German page;
- addresses at the site's public address (``wirkstatt.links``), whatever host the request
  came in on; ``lastmod`` is when the page was last published.

The sitemap is the same for everyone: it is kept in the page cache like the pages
(``wirkstatt.caching.page_cache``), so every publish, move or view restriction retires it.
Working it out takes a fixed number of queries, however many pages there are. Beyond
``PageSitemap.limit`` pages, /sitemap.xml answers with a sitemap index naming its parts,
/sitemap.xml?p=1, ?p=2, … (Django's paging).
"""

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemaps
from wagtail.models import Page

from courses.queries import private_q
from wirkstatt.links import absolute_url

X_DEFAULT = "x-default"
PAGE_FIELDS = (
    "path",
    "depth",
    "url_path",
    "translation_key",
    "last_published_at",
    "latest_revision_created_at",
    "locale__language_code",
)


class PageSitemap(Sitemap):
    # Pages per file. A file may hold 50,000 addresses and 50 MB; each of our <url> carries
    # up to six alternates, about a kilobyte, so 50,000 of them could pass the 50 MB.
    limit = 10_000

    def items(self):
        return self.pages

    @cached_property
    def pages(self):
        """The site's pages in every language, in tree order, each with its ``location``."""
        site = self.get_wagtail_site()
        root = site.root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_site = Q()
        for path in roots.values_list("path", flat=True):
            in_site |= Q(path__startswith=path)
        candidates = list(
            Page.objects.live()
            .filter(in_site)
            .exclude(private_q())
            .select_related("locale")
            .only(*PAGE_FIELDS)
            .order_by("path")
        )
        live_paths = {page.path for page in candidates}
        pages = []
        for page in candidates:
            ancestors = (
                page.path[: depth * Page.steplen] for depth in range(root.depth, page.depth)
            )
            if not all(path in live_paths for path in ancestors):
                continue  # below a page that is not live (Wagtail would still serve it)
            parts = page.get_url_parts(self.request)
            if parts and parts[2]:  # None: not routable
                page.location = absolute_url(parts[2])
                pages.append(page)
        return pages

    @cached_property
    def versions(self):
        """{translation_key: [(language code, location), …] in the site's language order}."""
        order = {code: number for number, (code, _name) in enumerate(settings.LANGUAGES)}
        versions = {}
        for page in self.pages:
            versions.setdefault(page.translation_key, []).append(
                (page.locale.language_code, page.location)
            )
        for found in versions.values():
            found.sort(key=lambda version: order.get(version[0], len(order)))
        return versions

    def alternates(self, page):
        versions = self.versions[page.translation_key]
        alternates = [{"lang_code": code, "location": location} for code, location in versions]
        original = dict(versions).get(settings.LANGUAGE_CODE)
        if original is not None:
            alternates.append({"lang_code": X_DEFAULT, "location": original})
        return alternates

    def location(self, page):
        return page.location

    def _urls(self, page, protocol, domain):
        urls = [
            {
                "item": item,
                "location": item.location,
                "lastmod": self.lastmod(item),
                "alternates": self.alternates(item),
            }
            for item in self.paginator.page(page).object_list
        ]
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


@require_safe
def sitemap(request):
    pages = PageSitemap(request)
    if "p" not in request.GET and pages.paginator.num_pages > 1:
        return sitemap_index(request, pages)
    return wagtail_sitemaps.sitemap(request, {"pages": pages})


@x_robots_tag
def sitemap_index(request, pages):
    """The parts of a sitemap too long for one file, at the site's public address."""
    address = absolute_url(reverse("sitemap"))
    parts = []
    for number in pages.paginator.page_range:
        lastmods = [pages.lastmod(page) for page in pages.paginator.page(number)]
        latest = max(lastmods) if None not in lastmods else None
        parts.append(SitemapIndexItem(f"{address}?p={number}", latest))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": parts}, content_type="application/xml"
    )
