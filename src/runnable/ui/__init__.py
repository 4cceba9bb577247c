"""``runnable ui``: a read-only web interface over any run log store.

Needs the ``ui`` extra (``pip install runnable[ui]``: Starlette, Jinja2,
uvicorn); nothing else in runnable imports this package. Build the app with
:func:`runnable.ui.app.create_app`.
"""
