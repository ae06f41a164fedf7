"""Each partner runs itself with Wagtail's own mechanisms: two groups per partner (its
managers and its trainers) with page permissions on the partner's subtree in every
language, and a review workflow on that subtree that the partner's managers (and the
network's education managers) approve.

The functions take an ``apps`` registry so that the data migration that introduced
partners sets up the roles with the very same code as the live site.
"""

from django.apps import apps as live_apps

NETWORK_MANAGERS = "Education managers"

# Model and collection permissions as (app label, model, codename); the page permissions
# apply to the partner's subtree only.
ROLES = {
    "managers": {
        "label": "Managers",
        "page": ["add", "change", "publish", "lock", "unlock"],
        "model": [
            ("wagtailadmin", "admin", "access_admin"),
            ("wagtail_localize", "translation", "submit_translation"),
        ]
        + [
            ("courses", "coursesession", f"{action}_coursesession")
            for action in ["add", "change", "delete", "view"]
        ],
        "collection": [
            (app, model, f"{action}_{model}")
            for app, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]
            for action in ["add", "change", "delete", "choose"]
        ],
    },
    "trainers": {
        "label": "Trainers",
        "page": ["add"],
        "model": [
            ("wagtailadmin", "admin", "access_admin"),
            ("wagtail_localize", "translation", "submit_translation"),
        ]
        + [
            ("courses", "coursesession", f"{action}_coursesession")
            for action in ["add", "change", "delete", "view"]
        ],
        "collection": [
            ("wagtailimages", "image", "add_image"),
            ("wagtailimages", "image", "choose_image"),
            ("wagtaildocs", "document", "add_document"),
            ("wagtaildocs", "document", "choose_document"),
        ],
    },
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return found


def free_group_name(apps, wanted, partner_id):
    Group = apps.get_model("auth", "Group")
    if not Group.objects.filter(name=wanted).exists():
        return wanted
    return f"{wanted} ({partner_id})"


def create_group(apps, partner, role):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    spec = ROLES[role]
    name = free_group_name(apps, f"{partner.title} – {spec['label']}", partner.pk)
    group = Group.objects.create(name=name)
    group.permissions.add(*(permission(apps, *p) for p in spec["model"]))
    root_collection = Collection.objects.get(depth=1)
    for spec_permission in spec["collection"]:
        GroupCollectionPermission.objects.create(
            group=group, collection=root_collection, permission=permission(apps, *spec_permission)
        )
    return group


def grant_subtree(apps, page_id, group, role):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for action in ROLES[role]["page"]:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=page_id,
            permission=permission(apps, "wagtailcore", "page", f"{action}_page"),
        )


def review_workflow(apps, partner, managers):
    """The partner's review workflow: one approval task for its managers and the network's."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    existing = WorkflowPage.objects.filter(page__translation_key=partner.translation_key).first()
    if existing is not None:
        return existing.workflow
    task = GroupApprovalTask.objects.create(
        name=f"Review by {partner.title}"[:255],
        content_type=ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )[0],
        active=True,
    )
    task.groups.set([managers, *Group.objects.filter(name=NETWORK_MANAGERS)])
    workflow = Workflow.objects.create(name=f"Course review: {partner.title}"[:255], active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def give_partner_its_roles(partner, apps=live_apps):
    """Create the partner's groups and workflow if it has none yet, and give them this
    page (one translation of the partner) as their subtree. Safe to call on every save."""
    PartnerPage = apps.get_model("courses", "PartnerPage")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    sibling = (
        PartnerPage.objects.filter(translation_key=partner.translation_key)
        .exclude(managers_group=None)
        .exclude(trainers_group=None)
        .exclude(pk=partner.pk)
        .first()
    )
    managers = partner.managers_group or (sibling and sibling.managers_group)
    trainers = partner.trainers_group or (sibling and sibling.trainers_group)
    managers = managers or create_group(apps, partner, "managers")
    trainers = trainers or create_group(apps, partner, "trainers")
    if (partner.managers_group_id, partner.trainers_group_id) != (managers.pk, trainers.pk):
        PartnerPage.objects.filter(pk=partner.pk).update(
            managers_group=managers, trainers_group=trainers
        )
        partner.managers_group_id, partner.trainers_group_id = managers.pk, trainers.pk
    grant_subtree(apps, partner.pk, managers, "managers")
    grant_subtree(apps, partner.pk, trainers, "trainers")
    workflow = review_workflow(apps, partner, managers)
    WorkflowPage.objects.get_or_create(page_id=partner.pk, defaults={"workflow": workflow})
