"""Shared set-up for the browser tests: Debian's Chromium, viewports, screenshots, axe-core.

The tests drive a real Chromium through Playwright against pytest-django's live server.
They need committed data (``transaction=True``) and the rows the migrations create
(``serialized_rollback=True``), so every test here is marked accordingly.
"""

import os
import threading
import time
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from pytest_django.plugin import pytest_collection_modifyitems as django_test_order

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

VIEWPORTS = {
    # What WCAG 1.4.10 (reflow) asks pages to work at: a small phone, or 1280px zoomed to 400 %.
    "narrow": {
        "viewport": {"width": 320, "height": 640},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1280, "height": 900}},
}

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the transactional browser tests after the tests that rely on migrated data.

    pytest-django puts transactional tests last, but pytest then regroups the tests by
    session-scoped parameters: pytest-playwright parametrizes ``browser_name`` for every
    test that uses a fixture or argument called ``page`` (even a plain parametrized one),
    so the browser tests could be pulled in front of ordinary database tests, whose data
    their flush would then wipe. Sorting again, stably, restores Django's order.

    The browser tests then go to the very end: once Playwright's event loop runs in the
    main thread, Django treats it as an async context, which later database tests outside
    this package (allowed to be synchronous only here) would trip over.
    """
    django_test_order(items)
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="package", autouse=True)
def _allow_orm_beside_playwright():
    """Let the tests and pytest-django use the ORM while Playwright's loop is "running".

    Playwright's sync API marks its event loop as running in the test thread between
    calls, so Django would refuse synchronous ORM calls there (SynchronousOnlyOperation),
    although they are synchronous and safe. The variable is set for this package only, not
    at import time: a process-wide setting would leak into subprocesses of other tests
    (``manage.py check --deploy`` reports it as async.E001).
    """
    with pytest.MonkeyPatch.context() as patch:
        if not os.environ.get(ASYNC_UNSAFE):
            patch.setenv(ASYNC_UNSAFE, "true")
        yield


@pytest.fixture(scope="session")
def _test_thread_connections(django_db_setup):
    """Django's database connections of the test thread, taken before Playwright starts."""
    from django.db import connections

    return {alias: connections[alias] for alias in connections}


@pytest.fixture(scope="session")
def playwright(_test_thread_connections, playwright):
    """pytest-playwright's ``playwright``, with Django's connections shared into its loop.

    Once Playwright's loop counts as running, Django keys database connections by context
    instead of by thread, and code in the test thread gets new connection objects. Those
    lack the serialized contents that ``serialized_rollback`` restores, so after the first
    transactional test had flushed the database, the migrated data (home page, catalogue,
    groups) silently stayed missing. Sharing the thread's connections, as Django's live
    server thread does for in-memory SQLite, keeps one connection per database.
    """
    from django.db import connections

    for alias, connection in _test_thread_connections.items():
        connections[alias] = connection
    return playwright


def running_in_ci():
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch the distribution's Chromium; Playwright's own browser download is not used."""
    executable = os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM
    if not (os.path.isfile(executable) and os.access(executable, os.X_OK)):
        message = f"Chromium not found at {executable} (apt-get install chromium)"
        if running_in_ci():
            pytest.fail(
                f"{message}. The browser tests must run in CI: install Chromium or point "
                "CHROMIUM_PATH at its executable.",
                pytrace=False,
            )
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(live_server):
    """Relative URLs in page.goto() go to the live server.

    Also replaces pytest-playwright's fallback ``base_url`` fixture, a session fixture
    defined as an instance method: pytest 9 warns about those (PytestRemovedIn10Warning),
    and warnings are errors in this project.
    """
    return live_server.url


# Reports every violation of the Content-Security-Policy on the console, where the test
# collects it. Playwright injects this outside the page's policy; axe-core likewise.
REPORT_POLICY_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    const blocked = event.blockedURI || "inline";
    console.error(`CSP violation: ${event.violatedDirective} blocked ${blocked}`
        + ` on ${event.documentURI} (${event.sourceFile || ""}:${event.lineNumber})`);
});
"""


@pytest.fixture
def open_page(new_context):
    """Open a page in a fresh browser context sized for a named viewport.

    Every page the test visits must keep the Content-Security-Policy: a script or style
    the policy blocks fails the test when it ends, with what was blocked where.
    """
    violations, contexts, in_flight = [], [], set()

    def collect(message):
        if message.text.startswith("CSP violation"):
            violations.append(message.text)

    def _open(viewport_name):
        context = new_context(
            locale="de-DE",
            timezone_id="Europe/Berlin",
            accept_downloads=True,
            **VIEWPORTS[viewport_name],
        )
        context.set_default_timeout(10_000)
        context.add_init_script(REPORT_POLICY_VIOLATIONS)
        context.on("console", collect)
        context.on("request", lambda request: in_flight.add(request))
        context.on("requestfinished", lambda request: in_flight.discard(request))
        context.on("requestfailed", lambda request: in_flight.discard(request))
        contexts.append(context)
        return context.new_page()

    yield _open
    close_when_answered(contexts, in_flight)
    assert not violations, "\n".join(violations)


def close_when_answered(contexts, in_flight, seconds=5):
    """Wait until the server has answered what the pages still ask in the background (the
    CMS's editor fetches after loading), then close them, and wait until the server has
    closed their connections. The test's database is reset next, and the live server
    shares its connection: a request still running then breaks the reset (on SQLite: "no
    such savepoint"), and a connection the server closes after the last test, once the
    server has stopped sharing the database, fails in its thread."""
    pages = [page for context in contexts for page in context.pages]
    deadline = time.monotonic() + seconds
    while pages and in_flight and time.monotonic() < deadline:
        pages[0].wait_for_timeout(50)  # lets Playwright deliver the requests' events
    for context in contexts:
        context.close()
    closed_by = time.monotonic() + seconds
    for thread in live_server_connection_threads():
        thread.join(timeout=max(0, closed_by - time.monotonic()))


def live_server_connection_threads():
    """The live server's threads, one per open connection (socketserver.ThreadingMixIn
    names them after their target)."""
    return [
        thread
        for thread in threading.enumerate()
        if thread.name.endswith("(process_request_thread)")
    ]


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig):
    directory = Path(pytestconfig.rootpath) / "test-results"
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture
def screenshot(screenshot_dir):
    """Save a full-page screenshot to test-results/<name>.png and return its path."""

    def _screenshot(page, name):
        path = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _screenshot


def blocking_violations(page):
    """axe-core's WCAG 2.1 A/AA violations of impact serious or critical on the page."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [v for v in results.response["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe_violations(label, violations):
    """A readable report: rule, impact, help and every offending node."""
    lines = [f"{label}: {len(violations)} serious/critical accessibility violation(s)"]
    for violation in violations:
        lines.append(
            f"- [{violation['impact']}] {violation['id']}: {violation['help']}"
            f" ({violation.get('helpUrl', '')})"
        )
        for node in violation["nodes"]:
            target = ", ".join(str(t) for t in node.get("target", []))
            html = " ".join(node.get("html", "").split())
            lines.append(f"    target: {target}")
            lines.append(f"    html:   {html[:300]}")
            summary = " ".join(node.get("failureSummary", "").split())
            if summary:
                lines.append(f"    why:    {summary[:400]}")
    return "\n".join(lines)


@pytest.fixture
def axe_check():
    """Run axe-core on the current page; collects reports so a journey can finish first.

    Call ``axe_check(page, label)`` on each page, then ``axe_check.assert_clean()``.
    """

    class Checker:
        def __init__(self):
            self.reports = []

        def __call__(self, page, label):
            violations = blocking_violations(page)
            if violations:
                self.reports.append(describe_violations(f"{label} ({page.url})", violations))
            return violations

        def assert_clean(self):
            assert not self.reports, "\n\n".join(self.reports)

    return Checker()
