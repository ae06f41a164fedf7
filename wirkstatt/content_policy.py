"""What browsers may load and do on our pages: Content-Security-Policy and Permissions-Policy.

The public site runs no script of its own but small same-origin files and no inline
script or style, so its policy is strict: only our own files, nothing inline, no
plugins, no framing. The editors' admin is Wagtail's, whose panels and widgets still
write inline scripts and styles (``wagtailadmin/panels/inline_panel.html``,
``widgets/date_input.html``, wagtail-localize's editor); it gets the same policy with
exactly those relaxations, and may frame itself (the live preview).

django-csp builds and sends the header; ``ContentSecurityPolicyMiddleware`` only picks
the admin's variant by path.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

# Where wirkstatt/urls.py mounts Wagtail's admin.
ADMIN_PATH = "/admin/"

PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    # Video lessons are embedded players (PeerTube instances of any host, YouTube).
    "frame-src": [SELF, "https:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN_RELAXATIONS = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    # Previews of images chosen for upload, before they are sent.
    "img-src": ["blob:"],
}

# Browser features no page of ours uses; an injected script or a framed player cannot
# ask for them either. Features not named keep the browser's default (own origin).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "ambient-light-sensor": [],
    "bluetooth": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}


def is_admin_path(path):
    return path.startswith(ADMIN_PATH)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxations on the admin's paths."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not is_admin_path(request.path_info):
            return parts
        return PolicyParts(
            config=parts.config,
            update=with_sources(ADMIN_RELAXATIONS, parts.update),
            replace={"frame-ancestors": [SELF], **(parts.replace or {})},
            nonce=parts.nonce,
        )


def with_sources(base, extra):
    """Two updates as one: each directive gets the sources of both."""
    combined = {directive: list(sources) for directive, sources in base.items()}
    for directive, sources in (extra or {}).items():
        combined[directive] = combined.get(directive, []) + list(sources)
    return combined
