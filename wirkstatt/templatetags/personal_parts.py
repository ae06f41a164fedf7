"""``{% personal "template.html" name=value … %}``: a part of a page that depends on the
visitor. Rendered like ``{% include %}`` with the values given; while a skeleton is rendered
(``wirkstatt.caching.personal_parts``) it leaves a marker and keeps the values, which must
be plain data that can be stored (no querysets, no requests)."""

from django import template
from django.template.base import token_kwargs

from wirkstatt.caching.personal_parts import holes_of

register = template.Library()


class PersonalPartNode(template.Node):
    def __init__(self, template_name, values):
        self.template_name = template_name
        self.values = values

    def render(self, context):
        name = self.template_name.resolve(context)
        values = {key: value.resolve(context) for key, value in self.values.items()}
        holes = holes_of(context.get("request"))
        if holes is not None:
            return holes.add(name, values)
        part = context.template.engine.get_template(name)
        with context.push(values):
            return part.render(context)


@register.tag
def personal(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes a template name.")
    values = token_kwargs(bits[2:], parser)
    if len(values) != len(bits) - 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes only name=value after the template.")
    return PersonalPartNode(parser.compile_filter(bits[1]), values)
