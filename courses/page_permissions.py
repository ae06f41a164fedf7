"""What a partner's people may do with the catalogue's pages, in Wagtail's own terms.

A partner's trainers hold Wagtail's "add" permission on the partner's whole subtree
(``courses.partner_roles``): they write courses there and edit the ones they own. Wagtail
lets "add" reach every page of the subtree, so a trainer was offered (and could use)
"Add child page" on a colleague's course, adding lessons to a course they may not edit.
Below a course, only those who may change the course add to it: its owner, the partner's
managers, the network's managers.

The page types of the catalogue answer Wagtail through ``permissions_for_user``, so the
explorer's buttons, the page header and Wagtail's views (the add view refuses) agree.
"""

from wagtail.models import PagePermissionTester


class CataloguePagePermissionTester(PagePermissionTester):
    def may_change(self):
        """Without a database query: a superuser, the partner's and the network's managers
        (Wagtail's "change" permission), or the page's owner with "add"."""
        if not self.user.is_active:
            return False
        if self.user.is_superuser or "change" in self.permissions:
            return True
        return "add" in self.permissions and self.page.owner_id == self.user.pk

    def can_delete(self, ignore_bulk=False):
        # Wagtail answers people with "add" only by a query per page (are all pages of the
        # subtree theirs and drafts?), once per row of a page listing. The page itself
        # answers it when it is someone else's, or live without "publish".
        if (
            self.user.is_active
            and not self.user.is_superuser
            and not self.page_is_root
            and "change" not in self.permissions
            and "add" in self.permissions
            and (
                self.page.owner_id != self.user.pk
                or (self.page.live and "publish" not in self.permissions)
            )
        ):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


class CoursePermissionTester(CataloguePagePermissionTester):
    def can_add_subpage(self):
        return super().can_add_subpage() and self.may_change()


class CataloguePagePermissionsMixin:
    """For the catalogue's page types; a course adds its own rule (``permission_tester``)."""

    permission_tester = CataloguePagePermissionTester

    def permissions_for_user(self, user):
        return self.permission_tester(user, self)
