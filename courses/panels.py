from django.urls import reverse
from wagtail.admin.panels import InlinePanel, Panel, get_form_for_model


class SessionsPanel(Panel):
    """Lists a course's sessions on its edit page, with links to add and change them.

    Sessions are not stored on the page itself (that would copy them into every
    translation); they belong to the course's translation key.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/sessions_panel.html"

        def get_context_data(self, parent_context=None):
            from courses.models import CourseSession

            context = super().get_context_data(parent_context)
            course = self.instance
            sessions = []
            if course.pk:
                # Read once with those the notes for participants can be for, where the
                # course's form has them (``CoursePageForm.session_choices``).
                choices = getattr(self.form, "session_choices", None)
                sessions = (
                    choices.sessions
                    if choices is not None
                    else CourseSession.objects.for_course(course)
                    .select_related("venue")
                    .with_seats_taken()
                )
            # Adding or changing a session from here comes back here (FromCourseMixin).
            back = f"?course={course.pk}" if course.pk else ""
            context.update(
                sessions=sessions,
                add_url=reverse("sessions:add") + back,
                edit_url_name="sessions:edit",
                back_to_course=back,
            )
            return context


class SessionNotesPanel(InlinePanel):
    """The course's notes for participants (``SessionNote``), each for one of the course's
    sessions or for all of them. The page's form (``CoursePageForm.session_choices``)
    hands every note's form the course's sessions, read once for all of them."""

    def get_form_options(self):
        from courses.page_forms import SessionNoteForm

        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        # As InlinePanel does, with the notes' own form as the base.
        deferred = self.child_edit_handler.get_form_options().get("defer_required_on_fields")
        formset["form"] = (
            get_form_for_model(
                self.db_field.related_model,
                form_class=SessionNoteForm,
                defer_required_on_fields=deferred,
            )
            if deferred
            else SessionNoteForm
        )
        formset["inherit_kwargs"] = ["session_choices"]
        return options
