from django import template

register = template.Library()


@register.inclusion_tag("learners/includes/quiz.html", takes_context=True)
def quiz_form(context, block):
    """A quiz the signed-in learner can take, with their last result."""
    state = context["learning"]["quizzes"][block.id]
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "block_id": block.id,
        "quiz": block.value,
        "state": state,
    }
