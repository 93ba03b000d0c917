"""Exceptions raised by the library; the CLI turns them into one-line errors and exit codes."""


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 4


class UsageError(KgError):
    """The caller asked for something that cannot be done (bad option, unknown format)."""

    exit_code = 2


class InputError(KgError):
    """An input (file, record, RDF document) cannot be read.

    ``source`` names the file (or ``<stdin>``), ``location`` the line or offset when known.
    """

    exit_code = 3

    def __init__(self, message: str, *, source: str | None = None, location: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.location = location

    def __str__(self) -> str:
        where = self.source or ""
        if self.location:
            where = f"{where}:{self.location}" if where else self.location
        return f"{where}: {self.message}" if where else self.message


class ArticleFailed(InputError):
    """kg itself failed on one article (a bug, not the article's fault); the others carry on.

    The run ends with exit code 4, as for any internal error, once the rest is written.
    """

    exit_code = 4


class ValidationFailed(KgError):
    """The graph does not conform to the shapes; ``report`` holds the details."""

    exit_code = 1

    def __init__(self, report):
        super().__init__(f"{len(report.results)} SHACL violation(s)")
        self.report = report
