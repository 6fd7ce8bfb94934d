"""The dock's "Task sheets" section: tasks over hazards, their status, and their sheets."""
import os

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..adapters.expressions import field_in
from ..core import schema, task_sheet
from ..core.i18n import N_, tr
from ..data.layers import loaded_layer, reload_layers
from ..data.tasks_store import COLUMNS, read_tasks
from ..toolbelt import set_setting, setting, tell
from .background import run_algorithm
from .task_dialogs import NewTaskDialog, SheetSettingsDialog

LANGUAGE_NAMES = (("en", "English"), ("az", "Azərbaycanca"), ("ru", "Русский"))
PAGES = (("A4", "portrait", N_("A4 portrait")), ("A4", "landscape", N_("A4 landscape")),
         ("A3", "portrait", N_("A3 portrait")), ("A3", "landscape", N_("A3 landscape")))


class TaskSheetsPanel(QWidget):

    def __init__(self, iface, dock, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.dock = dock
        self.rows = []
        self.sheets = []  # filled layouts opened in the designer are kept alive here
        layout = QVBoxLayout(self)

        self.new_button = QPushButton(tr("&New task from selected hazard…"))
        self.new_button.setToolTip(tr("A task whose area is the outline of the hazard selected "
                                      "on the map or in the Hazards section"))
        self.new_button.clicked.connect(lambda: self.new_task())
        self.draw_button = QPushButton(tr("&Draw task area"))
        self.draw_button.setToolTip(tr("Digitize a task area on the map (snapping to hazards and "
                                       "records); the hazard under it and a task id are filled "
                                       "in"))
        self.draw_button.clicked.connect(lambda: self.dock.digitizing.start("tasks"))
        # one button a line: the section must fit a narrow dock
        layout.addWidget(self.new_button)
        layout.addWidget(self.draw_button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Task"), tr("Hazard"), tr("Type"),
                                              tr("Status"), tr("Team"), tr("Due on")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        status = QHBoxLayout()  # draft → issued → in progress → completed / cancelled
        self.next_status = QComboBox()
        self.next_status.setToolTip(tr("The statuses the selected task can move to"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Reason (kept in the history)"))
        self.status_button = QPushButton(tr("Set &status"))
        self.status_button.clicked.connect(lambda: self.set_status())
        status.addWidget(self.next_status)
        status.addWidget(self.status_button)
        layout.addLayout(status)
        layout.addWidget(self.reason)

        options = QHBoxLayout()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            setting("sheet_language"))))
        self.language.setToolTip(tr("Language of the printed sheet"))
        self.page = QComboBox()
        for size, orientation, title in PAGES:
            self.page.addItem(tr(title), (size, orientation))
        self.page.setCurrentIndex(int(setting("sheet_page", 0)))
        options.addWidget(self.language, 1)
        options.addWidget(self.page, 1)
        settings = QPushButton(tr("Se&ttings…"))
        settings.setToolTip(tr("Programme name, safety notes, emergency contacts and more, "
                               "printed on every sheet"))
        settings.clicked.connect(lambda: SheetSettingsDialog(self).exec())
        options.addWidget(settings)
        layout.addLayout(options)

        sheets = QHBoxLayout()
        self.designer_button = QPushButton(tr("Open in &designer"))
        self.designer_button.setToolTip(tr("Fill the task sheet for the selected task and open "
                                           "it in the QGIS layout designer for last touches"))
        self.designer_button.clicked.connect(lambda: self.open_in_designer())
        self.pdf_button = QPushButton(tr("E&xport PDF…"))
        self.pdf_button.setToolTip(tr("Write the sheets of the selected tasks (or of every "
                                      "issued task when none is selected) to a folder"))
        self.pdf_button.clicked.connect(lambda: self.export_pdfs())
        sheets.addWidget(self.designer_button)
        sheets.addWidget(self.pdf_button)
        layout.addLayout(sheets)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._selected()

    # --- listing --------------------------------------------------------------------------------
    def refresh(self):
        if not self.dock.database:
            return
        self.rows = read_tasks(self.dock.database)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = [row["task_id"], row["hazard_id"] or "",
                     tr(schema.code_label("task_type", row["task_type"])),
                     tr(schema.code_label("task_status", row["status"])), row["team"] or "",
                     row["due_date"] or ""]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(str(text)))
        self._selected()

    def selected_tasks(self):
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def select_task(self, task_id):
        for index, row in enumerate(self.rows):
            if row["task_id"] == task_id:
                self.table.selectRow(index)
                return True
        return False

    def _selected(self):
        tasks = self.selected_tasks()
        self.next_status.clear()
        if len(tasks) == 1:
            for code in task_sheet.next_statuses(tasks[0]["status"]):
                self.next_status.addItem(tr(schema.code_label("task_status", code)), code)
        self.status_button.setEnabled(self.next_status.count() > 0)
        self.designer_button.setEnabled(len(tasks) == 1)
        layer = loaded_layer("tasks")
        if layer is not None and tasks:
            layer.selectByExpression(field_in("task_id", [t["task_id"] for t in tasks]))
            box = layer.boundingBoxOfSelected()
            if not box.isEmpty() and self.iface.mapCanvas() is not None:
                from qgis.core import QgsCoordinateTransform
                transform = QgsCoordinateTransform(
                    layer.crs(), self.iface.mapCanvas().mapSettings().destinationCrs(),
                    QgsProject.instance())
                box = transform.transformBoundingBox(box)
                box.scale(1.5)
                self.iface.mapCanvas().setExtent(box)
                self.iface.mapCanvas().refresh()

    # --- actions --------------------------------------------------------------------------------
    def _need_database(self):
        if not self.dock.database:
            self._say(tr("Open or create a project database first."), Qgis.MessageLevel.Warning)
            return False
        return True

    def _selected_hazard_id(self):
        layer = loaded_layer("hazards")
        if layer is not None and layer.selectedFeatureCount() == 1:
            return layer.selectedFeatures()[0]["hazard_id"]
        row = self.dock.hazards_panel._selected_row()
        return row["hazard_id"] if row else None

    def new_task(self, hazard_id=None, values=None):
        """Create a task over `hazard_id` (the selected hazard by default). values: the
        dialog's parameters, given by tests and scripts; asked for otherwise."""
        if not self._need_database():
            return None
        hazard_id = hazard_id or self._selected_hazard_id()
        if not hazard_id:
            self._say(tr("Select one hazard on the map or in the Hazards section first."),
                      Qgis.MessageLevel.Info)
            return None
        if values is None:
            existing = [row["task_id"] for row in read_tasks(self.dock.database)]
            organisations = list(schema.ORGANISATIONS)
            dialog = NewTaskDialog(hazard_id, task_sheet.next_task_id(hazard_id, existing),
                                   organisations, self)
            if not dialog.exec():
                return None
            values = dialog.parameters()
        parameters = dict(values, DATABASE=self.dock.database, HAZARD_ID=hazard_id)

        def created(results):
            self._changed(select=results["TASK_ID"])
            self._say(tr("Task {id} created.").format(id=results["TASK_ID"]),
                      Qgis.MessageLevel.Success)
            return results["TASK_ID"]
        return run_algorithm(self.iface, "mineaction:createtask", parameters, created)

    def set_status(self, status=None, reason=None):
        tasks = self.selected_tasks()
        if len(tasks) != 1:
            self._say(tr("Select one task first."), Qgis.MessageLevel.Info)
            return False
        task_id = tasks[0]["task_id"]

        def changed(results):
            self.reason.clear()
            self._changed(select=task_id)
            return True
        return run_algorithm(self.iface, "mineaction:settaskstatus", {
            "DATABASE": self.dock.database, "TASK_ID": task_id,
            "STATUS": status or self.next_status.currentData(),
            "REASON": reason if reason is not None else self.reason.text().strip()}, changed)

    def _changed(self, select=None):
        reload_layers("tasks")
        self.dock.refresh_counts()
        self.refresh()
        if select is not None:
            self.select_task(select)

    def _sheet_options(self):
        set_setting("sheet_language", self.language.currentData())
        set_setting("sheet_page", self.page.currentIndex())
        size, orientation = self.page.currentData()
        return self.language.currentData(), size, orientation

    def open_in_designer(self, open_designer=True):
        """Fill the sheet of the selected task into a project layout and open the designer."""
        from ..layouts import template as sheet_template
        from ..layouts.sheet_source import (
            SHEET_LAYERS,
            SheetError,
            TaskSheetSource,
            sheet_translator,
        )
        from ..layouts.task_sheet import TaskSheet
        tasks = self.selected_tasks()
        if len(tasks) != 1 or not self._need_database():
            self._say(tr("Select one task first."), Qgis.MessageLevel.Info)
            return None
        language, size, orientation = self._sheet_options()
        project = QgsProject.instance()
        layers = {name: loaded_layer(name) for name in SHEET_LAYERS}
        try:
            source = TaskSheetSource(self.dock.database, sheet_translator(language), project,
                                     layers if all(layers.values()) else None)
            sheet = TaskSheet(source, sheet_template.template_path(size, orientation))
            task = source.feature("tasks", "task_id", tasks[0]["task_id"])
            facts = sheet.fill(task)
        except SheetError as error:
            self._say(str(error), Qgis.MessageLevel.Critical)
            return None
        name = tr("Task sheet {id}").format(id=facts["task_id"])
        manager = project.layoutManager()
        old = manager.layoutByName(name)
        if old is not None:
            manager.removeLayout(old)
        sheet.layout.setName(name)
        manager.addLayout(sheet.layout)
        self.sheets.append(sheet)
        if open_designer:
            self.iface.openLayoutDesigner(sheet.layout)
        return sheet

    def export_pdfs(self, folder=None):
        """The sheets of the selected tasks (every issued task when none is selected), under
        a progress dialog. Returns the Job; its result is the algorithm's results."""
        if not self._need_database():
            return None
        tasks = self.selected_tasks()
        if tasks:
            expression = field_in("task_id", [t["task_id"] for t in tasks])
        else:
            expression = "\"status\" = 'issued'"
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, tr("Folder for the task sheets"),
                setting("sheet_folder", setting("last_folder", os.path.expanduser("~"))))
            if not folder:
                return None
        set_setting("sheet_folder", folder)
        language, size, orientation = self._sheet_options()
        self._say(tr("Writing task sheets…"), Qgis.MessageLevel.Info)
        from ..layouts.sheet_source import sheet_settings
        settings = sheet_settings()
        return run_algorithm(self.iface, "mineaction:exporttasksheets", {
            "DATABASE": self.dock.database, "FILTER": expression, "PAGE_SIZE": size,
            "ORIENTATION": orientation, "LANGUAGE": language, "COMBINED": len(tasks) != 1,
            "PROGRAMME": settings["programme"], "SAFETY_NOTES": settings["safety_notes"],
            "EMERGENCY_CONTACTS": settings["emergency"],
            "FINDS_DISTANCE": settings["finds_distance_m"],
            "DECLINATION": str(settings["declination"] or ""),
            "OUTPUT_FOLDER": folder}, self._exported)

    def _exported(self, results):
        text = tr("{count} task sheets written to {folder}.").format(
            count=int(results["EXPORTED"]), folder=results["OUTPUT_FOLDER"])
        if results.get("PROBLEMS"):
            text += "\n" + results["PROBLEMS"]
        self._say(text, Qgis.MessageLevel.Warning if results.get("PROBLEMS")
                  else Qgis.MessageLevel.Success)
        return results

    def _say(self, text, level):
        self.message.setText(text)
        tell(self.iface, text.splitlines()[0], level, 8)

