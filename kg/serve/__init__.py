"""Linked-data publishing: the HTTP server (``kg serve``) and the static site (``kg publish``).

``app.create_app`` builds an ASGI application (Starlette) over a data source; ``pages`` turns an
entity into its HTML page; ``data`` holds the SPARQL that both use, so the server and the
static site say the same thing about every entity.
"""
