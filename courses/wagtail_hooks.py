from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from courses.choosers import restrict_course_chooser
from courses.embed_builder import EmbedBuilderView, embed_menu_item
from courses.models import CourseSession, PartnerPage
from courses.permissions import CourseSessionPermissionPolicy
from courses.review import announce_publication
from courses.translation_buttons import (
    BUTTON_HOOKS,
    annotate_translation_state,
    translation_buttons,
    withdraw_localize_buttons,
)
from courses.viewsets import (
    AgeGroupViewSet,
    CompetenceFieldViewSet,
    CourseSessionViewSet,
    VenueViewSet,
)

register_permission_policy(CourseSession, CourseSessionPermissionPolicy())
register_snippet(CompetenceFieldViewSet)
register_snippet(AgeGroupViewSet)
register_snippet(VenueViewSet)


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return CourseSessionViewSet("sessions")


@hooks.register("register_admin_urls")
def register_embed_builder_url():
    return [path("embed-catalogue/", EmbedBuilderView.as_view(), name="embed_builder")]


@hooks.register("register_admin_menu_item")
def register_embed_builder_menu_item():
    return embed_menu_item()


def partners_with_courses(pages):
    """The partner pages among pages that still have courses below them."""
    ids = [page.pk for page in pages]
    return [
        partner
        for partner in PartnerPage.objects.filter(pk__in=ids)
        if partner.get_children().exists()
    ]


def refuse_to_delete(request, partners):
    names = ", ".join(partner.title for partner in partners)
    messages.error(
        request,
        _(
            "%(partners)s still offers courses. Move its courses to another partner first; "
            "nothing was deleted."
        )
        % {"partners": names},
    )
    return redirect("wagtailadmin_explore", partners[0].get_parent().pk)


@hooks.register("before_delete_page")
def keep_partners_with_courses(request, page):
    """Deleting a page deletes everything below it: a partner with courses stays."""
    partners = partners_with_courses([page])
    if partners:
        return refuse_to_delete(request, partners)
    return None


@hooks.register("before_bulk_action")
def keep_partners_with_courses_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    partners = partners_with_courses(objects)
    if partners:
        return refuse_to_delete(request, partners)
    return None


@hooks.register("construct_page_chooser_queryset")
def show_trainers_their_own_courses(pages, request):
    return restrict_course_chooser(pages, request)


@hooks.register("construct_homepage_panels")
def show_partner_staff_their_partners(request, panels):
    from courses.partner_panel import partners_panel

    panel = partners_panel(request)
    if panel is not None:
        panels.insert(0, panel)


@hooks.register("after_edit_page")
def announce_an_approved_page(request, page):
    announce_publication(request, page)


withdraw_localize_buttons()
for hook_name in BUTTON_HOOKS:
    hooks.register(hook_name, translation_buttons)


@hooks.register("construct_explorer_page_queryset")
def answer_translation_buttons_with_the_rows(parent_page, pages, request):
    return annotate_translation_state(pages)
