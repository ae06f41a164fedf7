"""Every course belongs to a partner: courses that sat directly below a catalogue move
below a partner page "Wirkstatt" (the network itself, one translation per catalogue), with
a permanent redirect from each old address. The catalogue-wide "add" permission of the
Trainers group gives way to the partner's own trainers group, which the existing trainers
join, so that everyone keeps editing what they edited before.

Pages are moved by rewriting their tree paths, as Wagtail's own migrations do; the roles
come from ``courses.partner_roles``, the code the live site uses.
"""

import uuid

from django.db import migrations

from courses.partner_roles import give_partner_its_roles

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
TRAINERS = "Trainers"


def step(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEPLEN, "0")


def children_of(Page, page):
    return Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).order_by("path")


def old_address(page, homes):
    """The address a page had, as the redirect middleware sees requests: /<lang>/<path>."""
    home = homes.get(page.locale_id)
    if home is None or not page.url_path.startswith(home.url_path):
        return None
    return f"/{home.locale.language_code}/{page.url_path[len(home.url_path):]}".rstrip("/")


def create_partner(apps, catalogue, translation_key):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    PartnerPage = apps.get_model("courses", "PartnerPage")
    last = children_of(Page, catalogue).last()
    number = (int(last.path[-STEPLEN:], 36) if last else 0) + 1
    partner = PartnerPage.objects.create(
        title="Wirkstatt",
        draft_title="Wirkstatt",
        slug="wirkstatt",
        content_type=ContentType.objects.get_for_model(PartnerPage),
        path=catalogue.path + step(number),
        depth=catalogue.depth + 1,
        numchild=0,
        url_path=f"{catalogue.url_path}wirkstatt/",
        locale_id=catalogue.locale_id,
        translation_key=translation_key,
        live=catalogue.live,
        kind="other",
    )
    Page.objects.filter(pk=catalogue.pk).update(numchild=catalogue.numchild + 1)
    return partner


def move_below(apps, courses, partner, catalogue, homes):
    Page = apps.get_model("wagtailcore", "Page")
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    for number, course in enumerate(courses, start=1):
        old_prefix, new_prefix = course.path, partner.path + step(number)
        moved = list(Page.objects.filter(path__startswith=old_prefix).select_related("locale"))
        for page in moved:
            address = old_address(page, homes)
            if address and not Redirect.objects.filter(old_path=address).exists():
                Redirect.objects.create(old_path=address, redirect_page=page, is_permanent=True)
            page.path = new_prefix + page.path[len(old_prefix):]
            page.depth += 1
            page.url_path = partner.url_path + page.url_path[len(catalogue.url_path):]
        Page.objects.bulk_update(moved, ["path", "depth", "url_path"])
    Page.objects.filter(pk=partner.pk).update(numchild=len(courses))
    Page.objects.filter(pk=catalogue.pk).update(
        numchild=children_of(Page, catalogue).count()
    )


def courses_to_partners(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    PartnerPage = apps.get_model("courses", "PartnerPage")
    HomePage = apps.get_model("home", "HomePage")

    trainers = Group.objects.filter(name=TRAINERS).first()
    GroupPagePermission.objects.filter(
        group=trainers, page__in=CourseIndexPage.objects.all(), permission__codename="add_page"
    ).delete()

    homes = {home.locale_id: home for home in HomePage.objects.select_related("locale")}
    course_type = {"content_type__app_label": "courses", "content_type__model": "coursepage"}
    translation_key = uuid.uuid4()
    partners = []
    for catalogue in CourseIndexPage.objects.order_by("path"):
        courses = list(children_of(Page, catalogue).filter(**course_type))
        if not courses:
            continue
        partner = create_partner(apps, catalogue, translation_key)
        move_below(apps, courses, partner, catalogue, homes)
        partners.append(partner)
    for partner in partners:
        give_partner_its_roles(PartnerPage.objects.get(pk=partner.pk), apps)
    if partners and trainers is not None:
        own_trainers = PartnerPage.objects.get(pk=partners[0].pk).trainers_group
        own_trainers.user_set.add(*trainers.user_set.all())


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_partners"),
        ("home", "0003_sanitized_body"),
        ("learners", "0008_schools"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(courses_to_partners, migrations.RunPython.noop)]
