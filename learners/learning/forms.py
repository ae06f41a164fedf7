"""What a learner posts to a lesson page: "mark as done", or the answers to one of its
quizzes. The quiz form is built from the quiz itself, so an answer that is not among its
choices is refused with a message, never guessed at."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NOT_AMONG_THE_CHOICES = _("One of the answers is not among the choices.")
QUIZ_GONE = _("This quiz no longer exists. Please reload the page.")
FORM_NOT_VALID = _("This quiz form is not valid. Please reload the page.")


class LessonActionForm(forms.Form):
    """Which button was pressed: "done" (mark the lesson as done) or "quiz"."""

    action = forms.ChoiceField(choices=[("done", "done"), ("quiz", "quiz")])


class OneAnswer(forms.RadioSelect):
    """Radio buttons whose posted values are all read: two answers to a question that asks
    for one are refused rather than one of them taken."""

    allow_multiple_selected = True


class AnswersField(forms.TypedMultipleChoiceField):
    """The numbers (from 1) of the answers chosen to one question; one only unless several
    can be correct."""

    def __init__(self, question, **kwargs):
        self.multiple = question["multiple"]
        super().__init__(
            choices=[
                (str(number), answer["text"])
                for number, answer in enumerate(question["answers"], start=1)
            ],
            coerce=int,
            label=question["question"],
            error_messages={
                "required": _("Please answer every question."),
                "invalid_choice": NOT_AMONG_THE_CHOICES,
                "invalid_list": NOT_AMONG_THE_CHOICES,
            },
            widget=forms.CheckboxSelectMultiple if self.multiple else OneAnswer,
            **kwargs,
        )

    def validate(self, value):
        if len(value) > 1 and not self.multiple:
            raise ValidationError(
                _("Please choose one answer per question where only one is asked."),
                code="one_answer",
            )
        super().validate(value)


class QuizForm(forms.Form):
    """A learner's answers to one quiz of ``lesson``: the quiz (``quiz``, its block's id),
    the signed one-time submission number (``submission``, read by ``quizzes.submit``) and
    for each question ``q1``, ``q2``, … the answers chosen. The fields of the questions
    are those of the quiz posted; a quiz the lesson does not have has none."""

    quiz = forms.ChoiceField(error_messages={"required": QUIZ_GONE, "invalid_choice": QUIZ_GONE})
    submission = forms.CharField(
        strip=False,
        error_messages={"required": FORM_NOT_VALID, "null_characters_not_allowed": FORM_NOT_VALID},
    )

    def __init__(self, data, lesson, **kwargs):
        super().__init__(data, **kwargs)
        quizzes = {block.id: block.value for block in lesson.body if block.block_type == "quiz"}
        self.fields["quiz"].choices = [
            (quiz_id, quiz["title"]) for quiz_id, quiz in quizzes.items()
        ]
        posted = self.data.get("quiz")
        #: The quiz answered, if the lesson has it.
        self.quiz_id = posted if posted in quizzes else None
        self.answer_names = []
        if self.quiz_id is not None:
            for number, question in enumerate(quizzes[self.quiz_id]["questions"], start=1):
                name = f"q{number}"
                self.fields[name] = AnswersField(question)
                self.answer_names.append(name)

    def chosen(self):
        """The answers chosen, per question in order: sorted numbers, each once."""
        return [sorted(set(self.cleaned_data[name])) for name in self.answer_names]

    def first_error(self):
        """The one message shown above the quiz: its first problem, in the order asked."""
        for name in self.fields:
            if name in self.errors:
                return self.errors[name][0]
        return ""

    def kept_answers(self):
        """What was ticked, by field name, to show it again beside the error."""
        return {name: self[name].data for name in self.answer_names}
