"""QGIS adapters used by the algorithms, the dock and the task sheets alike: geodesy and
geometry conversions backed by QGIS (qgis_geodesy), QGIS connections resolved for PostgreSQL
projects (pg_connections). Below processing/, gui/ and layouts/; above core/ and data/."""
