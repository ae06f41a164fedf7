"""A certificate keeps the course's title as it was issued, in the language it was issued
in. Beside it, readers in another language see what the course is called in theirs,
where the course has been translated."""

from courses.models import CoursePage
from courses.queries import private_q


def with_titles_for_reader(certificates, language_code):
    """Set ``title_for_reader`` on each certificate: the course's current title in
    language_code, or "" when it has none there or the certificate already says it."""
    keys = {c.course_key for c in certificates if c.language != language_code}
    titles = dict(
        CoursePage.objects.live()
        .exclude(private_q())
        .filter(translation_key__in=keys, locale__language_code=language_code)
        .values_list("translation_key", "title")
        if keys
        else ()
    )
    for certificate in certificates:
        title = titles.get(certificate.course_key, "")
        certificate.title_for_reader = "" if title == certificate.course_title else title
    return certificates
