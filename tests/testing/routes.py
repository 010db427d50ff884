"""How a test reaches a mock route: the task id in the path or in the query string, as the route declares."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from videotask.testing._catalog import Route


def url_for(route: Route, task_id: str) -> str:
    if route.id_in == "path":
        return route.template.replace("{" + route.id_param + "}", quote(task_id, safe=""))
    return route.template + "?" + urlencode({route.id_param: task_id})
