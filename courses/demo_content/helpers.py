"""Small builders that keep the demo content readable: rich text, quizzes, lessons, sessions."""


def rich(*paragraphs):
    """Rich text from paragraphs: '## ' starts a heading, a list becomes a bullet list."""
    parts = []
    for paragraph in paragraphs:
        if isinstance(paragraph, list | tuple):
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in paragraph) + "</ul>")
        elif paragraph.startswith("## "):
            parts.append(f"<h2>{paragraph[3:]}</h2>")
        else:
            parts.append(f"<p>{paragraph}</p>")
    return "".join(parts)


def text(*paragraphs):
    """A text block of a lesson body."""
    return ("text", rich(*paragraphs))


def right(answer, feedback=""):
    return {"text": answer, "is_correct": True, "feedback": feedback}


def wrong(answer, feedback=""):
    return {"text": answer, "is_correct": False, "feedback": feedback}


def question(wording, *answers, multiple=False):
    """A quiz question: exactly one correct answer unless multiple is set."""
    correct = sum(1 for answer in answers if answer["is_correct"])
    if len(answers) < 2 or correct == 0 or (correct > 1 and not multiple):
        raise ValueError(f"Question {wording!r} has {correct} correct of {len(answers)} answers.")
    return {"question": wording, "multiple": multiple, "answers": list(answers)}


def quiz(title, *questions, pass_mark=70):
    """A quiz block of a lesson body."""
    return ("quiz", {"title": title, "pass_mark": pass_mark, "questions": list(questions)})


def lesson(slug, title, summary, *body):
    """A lesson page: slug, title, summary and body blocks."""
    return {"slug": slug, "title": title, "summary": summary, "body": list(body)}


def session(day, start, end, venue=None, capacity=12, **extra):
    """A dated session, day counted from the day of the first run (negative: in the past)
    and moved off Sundays and public holidays (``dates.py``).

    A series says how many ``meetings`` it has and how they repeat, as the admin's repeat
    helper does: ``every`` N ``unit`` ("weeks" or "days"), on ``weekdays`` (0 is Monday),
    skipping the meetings of the weeks in ``skip_weeks`` (counted from the first); ``venues``
    moves single meetings ({meeting number: venue}). ``notes`` is a note for the session's
    participants."""
    return {"day": day, "start": start, "end": end, "venue": venue, "capacity": capacity, **extra}
