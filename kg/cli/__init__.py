"""The ``kg`` command line: thin click wrappers over the library, one module per command."""

import click

from kg import __version__
from kg.cli import (
    convert,
    describe_cmd,
    eval_cmd,
    export,
    extract,
    load_cmd,
    map_cmd,
    publish_cmd,
    push_cmd,
    query_cmd,
    serve_cmd,
    validate,
)

COMMANDS = [
    export.command,
    extract.command,
    map_cmd.command,
    validate.command,
    convert.command,
    eval_cmd.command,
    query_cmd.command,
    load_cmd.command,
    load_cmd.unload,
    describe_cmd.command,
    serve_cmd.command,
    push_cmd.command,
    publish_cmd.command,
]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Turn entertainment news articles into a validated knowledge graph.

    \b
    Example:
      kg export examples/articles -o graph.ttl
    """


for _command in COMMANDS:
    main.add_command(_command)
