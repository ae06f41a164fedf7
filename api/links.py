"""Every address in an answer is absolute, at the site's public address: the client is
another website or an app, not a page of this site."""

from urllib.parse import urljoin

from wirkstatt.links import site_url


def absolute(url):
    return urljoin(site_url() + "/", url) if url else url
