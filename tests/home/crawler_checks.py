"""Reading a sitemap and robots.txt as a crawler does.

Sitemaps are checked against the sitemap protocol.
No XML Schema of the protocol (sitemaps.org's sitemap.xsd and siteindex.xsd) is available
offline, nor a validator for one among the project's packages, so ``urlset`` and
``sitemapindex`` check by hand what those schemas require: the root element and the
namespace, ``loc`` first in every entry, an absolute address of 12 to 2,048 characters,
``lastmod`` as a W3C date or date-time, then only elements of other namespaces (here
Google's ``xhtml:link`` alternates), and at most 50,000 entries per file.

``allowed`` reads robots.txt as RFC 9309 says crawlers do (the most specific rule wins, an
allow over an equal disallow; ``*`` and ``$``); Python's urllib.robotparser knows neither
the wildcards nor that order.
"""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
MAX_ENTRIES = 50_000
W3C_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")


def tag(namespace, name):
    return f"{{{namespace}}}{name}"


def check_location(text):
    assert text is not None and 12 <= len(text) <= 2048, text
    parts = urlsplit(text)
    assert parts.scheme in ("http", "https") and parts.netloc, text
    assert text.isascii() and " " not in text, f"not escaped: {text}"


def entries(root, root_name, entry_name):
    assert root.tag == tag(SITEMAP, root_name)
    children = list(root)
    assert all(child.tag == tag(SITEMAP, entry_name) for child in children)
    assert 0 < len(children) <= MAX_ENTRIES
    return children


def read_entry(entry):
    """(loc, lastmod or None, the elements after them), checked in the schema's order."""
    children = list(entry)
    assert children and children[0].tag == tag(SITEMAP, "loc"), ET.tostring(entry)
    location = children[0].text
    check_location(location)
    rest = children[1:]
    lastmod = None
    if rest and rest[0].tag == tag(SITEMAP, "lastmod"):
        lastmod = rest[0].text
        assert W3C_DATE.match(lastmod or ""), lastmod
        rest = rest[1:]
    return location, lastmod, rest


def urlset(content):
    """{loc: {"lastmod": …, "alternates": {hreflang: href}}} of a sitemap file."""
    found = {}
    for entry in entries(ET.fromstring(content), "urlset", "url"):
        location, lastmod, rest = read_entry(entry)
        alternates = {}
        for element in rest:
            assert element.tag == tag(XHTML, "link"), element.tag  # another namespace only
            assert element.get("rel") == "alternate"
            check_location(element.get("href"))
            assert element.get("hreflang") not in alternates, "hreflang named twice"
            alternates[element.get("hreflang")] = element.get("href")
        assert location not in found, f"listed twice: {location}"
        found[location] = {"lastmod": lastmod, "alternates": alternates}
    return found


def sitemap_index(content):
    """{loc: lastmod} of a sitemap index."""
    found = {}
    for entry in entries(ET.fromstring(content), "sitemapindex", "sitemap"):
        location, lastmod, rest = read_entry(entry)
        assert not rest
        found[location] = lastmod
    return found


def robots_rules(text):
    """The (allow?, path) rules of the group for every crawler."""
    found, in_group = [], False
    for line in text.splitlines():
        name, _, value = line.partition("#")[0].partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "user-agent":
            in_group = value == "*"
        elif in_group and name in ("allow", "disallow") and value:
            found.append((name == "allow", value))
    return found


def matches(rule, path):
    pattern = "".join(".*" if char == "*" else re.escape(char) for char in rule.rstrip("$"))
    return re.match(pattern + ("$" if rule.endswith("$") else ""), path) is not None


def allowed(robots_txt, path):
    """Whether a crawler that read robots_txt may fetch path (with its query)."""
    hits = [(len(rule), allow) for allow, rule in robots_rules(robots_txt) if matches(rule, path)]
    return max(hits, default=(0, True))[1]
