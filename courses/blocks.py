from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from courses.sanitize import sanitize_html

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class SanitizedRichTextBlock(blocks.RichTextBlock):
    """Rich text that is cleaned with bleach whenever it is stored, whatever its source."""

    def get_prep_value(self, value):
        return sanitize_html(super().get_prep_value(value))


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it. Empty for decoration."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"), help_text=_("e.g. a PeerTube or YouTube link"))
    title = blocks.CharBlock(label=_("title"), help_text=_("Read out by screen readers."))
    transcript = blocks.TextBlock(label=_("transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video_block.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False)

    class Meta:
        icon = "download"
        label = _("Download")
        template = "components/blocks/download_block.html"


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"))
    is_correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("feedback"), required=False, help_text=_("Shown after the learner answers.")
    )

    class Meta:
        icon = "tick"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    multiple = blocks.BooleanBlock(
        label=_("several answers are correct"), required=False, default=False
    )
    answers = blocks.ListBlock(AnswerBlock(), min_num=2, label=_("answers"))

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        correct = [answer for answer in value["answers"] if answer["is_correct"]]
        if not correct:
            raise ValidationError(_("Mark at least one answer as correct."))
        if len(correct) > 1 and not value["multiple"]:
            raise ValidationError(
                _("Several answers are marked correct: tick 'several answers are correct'.")
            )
        return value


class QuizBlock(blocks.StructBlock):
    """A quiz; scoring happens on the server (progress issue), answers never go to the browser."""

    title = blocks.CharBlock(label=_("title"))
    pass_mark = blocks.IntegerBlock(
        label=_("pass mark (%)"), min_value=0, max_value=100, default=70
    )
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("questions"))

    class Meta:
        icon = "list-ul"
        label = _("Quiz")
        template = "components/blocks/quiz_block.html"


class CourseBodyBlock(blocks.StreamBlock):
    text = SanitizedRichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    image = ImageBlock()
    video = VideoBlock()
    download = DownloadBlock()

    class Meta:
        label = _("Content")


class LessonBodyBlock(CourseBodyBlock):
    quiz = QuizBlock()
