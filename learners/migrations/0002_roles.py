"""The platform's roles as groups, with their permissions and the course review workflow.

Trainers write courses below the catalogue and edit the ones they own ("add" page
permission); they cannot publish, so their changes go through the review workflow.
Education managers publish, review and manage the vocabularies and venues.
"""

from django.db import migrations

TRAINERS = "Trainers"
MANAGERS = "Education managers"

MODEL_PERMISSIONS = {
    TRAINERS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
        ("courses", "coursesession", "add_coursesession"),
        ("courses", "coursesession", "change_coursesession"),
        ("courses", "coursesession", "delete_coursesession"),
        ("courses", "coursesession", "view_coursesession"),
    ],
    MANAGERS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
        ("courses", "coursesession", "manage_all_sessions"),
    ]
    + [
        ("courses", model, f"{action}_{model}")
        for model in ["coursesession", "competencefield", "agegroup", "venue"]
        for action in ["add", "change", "delete", "view"]
    ],
}

COLLECTION_PERMISSIONS = {
    TRAINERS: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
    MANAGERS: [
        (app, model, f"{action}_{model}")
        for app, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]
        for action in ["add", "change", "delete", "choose"]
    ],
}


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (TRAINERS, MANAGERS)}
    for name, permissions in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*(get_permission(apps, *p) for p in permissions))

    root_collection = Collection.objects.get(depth=1)
    for name, permissions in COLLECTION_PERMISSIONS.items():
        for spec in permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=get_permission(apps, *spec),
            )

    catalogues = Page.objects.filter(content_type__app_label="courses", content_type__model="courseindexpage")
    for catalogue in catalogues:
        GroupPagePermission.objects.get_or_create(
            group=groups[TRAINERS],
            page=catalogue,
            permission=get_permission(apps, "wagtailcore", "page", "add_page"),
        )
    root_page = Page.objects.get(depth=1)
    for action in ["add", "change", "publish", "lock", "unlock", "bulk_delete"]:
        GroupPagePermission.objects.get_or_create(
            group=groups[MANAGERS],
            page=root_page,
            permission=get_permission(apps, "wagtailcore", "page", f"{action}_page"),
        )

    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Review by an education manager",
        defaults={
            "content_type": ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
            "active": True,
        },
    )
    task.groups.set([groups[MANAGERS]])
    workflow, created = Workflow.objects.get_or_create(name="Course review", defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # On the root page: every page in every language goes through the managers' review.
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("learners", "0001_initial"),
        ("courses", "0002_vocabulary"),
        ("home", "0002_site_structure"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
