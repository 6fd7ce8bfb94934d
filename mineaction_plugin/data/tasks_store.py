"""Reading the tasks of a project database (GeoPackage or PostGIS) for the dock and the
algorithms; tasks are written by mineaction:createtask and mineaction:settaskstatus."""
from . import project_db

COLUMNS = ("task_id", "hazard_id", "task_type", "status", "team", "due_date")


def read_tasks(database):
    """Every task as a dict of COLUMNS (dates as ISO text), in task id order."""
    with project_db.open_project(database) as db:
        rows = db.rows(f"SELECT {', '.join(COLUMNS)} FROM {db.t('tasks')} ORDER BY task_id")
    return [dict(zip(COLUMNS, [v.isoformat() if hasattr(v, "isoformat") else v for v in row]))
            for row in rows]
