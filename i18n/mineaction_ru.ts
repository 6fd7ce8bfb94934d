<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>MineAction</name>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;New…</source>
      <translation>&amp;Создать…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Открыть…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Refresh</source>
      <translation>&amp;Обновить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>(no value)</source>
      <translation>(нет значения)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>1 (highest)</source>
      <translation>1 (высший)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>5 (lowest)</source>
      <translation>5 (низший)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>A project database is a GeoPackage: the file name must end with .gpkg ({path}).</source>
      <translation>База данных проекта — это GeoPackage: имя файла должно оканчиваться на .gpkg ({path}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity</source>
      <translation>Работа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity id</source>
      <translation>Код работы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity type</source>
      <translation>Вид работы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel</source>
      <translation>Противопехотная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel and anti-tank mines</source>
      <translation>Противопехотные и противотанковые мины</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel mine</source>
      <translation>Противопехотная мина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel mines</source>
      <translation>Противопехотные мины</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-tank</source>
      <translation>Противотанковая</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-tank mine</source>
      <translation>Противотанковая мина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-tank mines</source>
      <translation>Противотанковые мины</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Area (m²)</source>
      <translation>Площадь (м²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Armed</source>
      <translation>На боевом взводе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Backup copy</source>
      <translation>Резервная копия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing</source>
      <translation>Азимут</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing reference</source>
      <translation>Отсчёт азимута</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing unit</source>
      <translation>Единица азимута</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Benchmark</source>
      <translation>Контрольная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Changed at</source>
      <translation>Время изменения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Changed by</source>
      <translation>Кем изменено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Classification</source>
      <translation>Классификация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Clearance</source>
      <translation>Разминирование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Clearance depth (cm)</source>
      <translation>Глубина очистки (см)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cleared</source>
      <translation>Очищено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Closed</source>
      <translation>Закрыт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Completed</source>
      <translation>Завершено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Condition</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Confirmed hazardous area (CHA)</source>
      <translation>Подтверждённый опасный участок (CHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Contamination</source>
      <translation>Загрязнение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Corner post</source>
      <translation>Угловой столб</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>Could not create {path}: {reason}</source>
      <translation>Не удалось создать {path}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Create an empty project database (GeoPackage)</source>
      <translation>Создать пустую базу данных проекта (GeoPackage)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Create project database</source>
      <translation>Создать базу данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Created at</source>
      <translation>Время создания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Created by</source>
      <translation>Кем создано</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Created {path} (schema version {version}).</source>
      <translation>Создан {path} (версия схемы {version}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Creates an empty mine action project database (GeoPackage, EPSG:4326) with every layer of the data model: minefield records, hazards, land release, EO finds, marking, tasks and the status history. Code lists, unique ids and the history of status changes are enforced by the database itself. An existing file is never overwritten.</source>
      <translation>Создаёт пустую базу данных проекта противоминной деятельности (GeoPackage, EPSG:4326) со всеми слоями модели данных: формуляры минных полей, опасные участки, высвобождение земель, находки ВОП, обозначение, задания и история статусов. Списки кодов, уникальность кодов и история изменений статуса обеспечиваются самой базой данных. Существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Damaged</source>
      <translation>Повреждён</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database</source>
      <translation>База данных</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database upgraded; the old version is kept in {backup}.</source>
      <translation>База данных обновлена; прежняя версия сохранена в {backup}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database: {path}</source>
      <translation>База данных: {path}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Date found</source>
      <translation>Дата обнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Date laid</source>
      <translation>Дата установки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Degrees</source>
      <translation>Градусы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Demarcation</source>
      <translation>Демаркация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Depth (cm)</source>
      <translation>Глубина (см)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Direct</source>
      <translation>Прямые</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Distance</source>
      <translation>Расстояние</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Distance unit</source>
      <translation>Единица расстояния</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>District</source>
      <translation>Район</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Due on</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>EO finds</source>
      <translation>Находки ВОП</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End date</source>
      <translation>Дата окончания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End point</source>
      <translation>Конечная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Evidence</source>
      <translation>Свидетельства</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Explosive ordnance risk education</source>
      <translation>Просвещение о рисках взрывоопасных предметов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Explosive remnant of war</source>
      <translation>Взрывоопасный пережиток войны</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Explosive remnants of war</source>
      <translation>Взрывоопасные пережитки войны</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Facing (°)</source>
      <translation>Направление (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Features</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Feet</source>
      <translation>Футы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Fence post</source>
      <translation>Столб ограждения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Find id</source>
      <translation>Код находки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>From point</source>
      <translation>От точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>GeoPackage (*.gpkg);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grads</source>
      <translation>Грады</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grid north</source>
      <translation>Север сетки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazard</source>
      <translation>Опасный участок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazard id</source>
      <translation>Код опасного участка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Hazards</source>
      <translation>Опасные участки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Id</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>In progress</source>
      <translation>Выполняется</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Indirect</source>
      <translation>Косвенные</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed</source>
      <translation>Установлено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed on</source>
      <translation>Дата установки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Intermediate point</source>
      <translation>Промежуточная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Issued</source>
      <translation>Выдано</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Issued on</source>
      <translation>Дата выдачи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Laid by</source>
      <translation>Кем установлено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Land release</source>
      <translation>Высвобождение земель</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Land released by survey and clearance, and the explosive ordnance found.</source>
      <translation>Земли, высвобожденные обследованием и разминированием, и найденные взрывоопасные предметы.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Landmark</source>
      <translation>Ориентир</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Last inspected on</source>
      <translation>Дата последнего осмотра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Layer</source>
      <translation>Слой</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>Layer {layer} of {path} could not be loaded.</source>
      <translation>Не удалось загрузить слой {layer} из {path}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length (m)</source>
      <translation>Длина (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetic declination (°)</source>
      <translation>Магнитное склонение (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetic north</source>
      <translation>Магнитный север</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Marking</source>
      <translation>Обозначение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking id</source>
      <translation>Код обозначения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking line</source>
      <translation>Линия обозначения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking lines</source>
      <translation>Линии обозначения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking signs</source>
      <translation>Предупреждающие знаки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking type</source>
      <translation>Вид обозначения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Metres</source>
      <translation>Метры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>Mine Action</source>
      <translation>Противоминная деятельность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>Mine Action panel</source>
      <translation>Панель противоминной деятельности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/provider.py" />
      <source>Mine action</source>
      <translation>Противоминная деятельность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/provider.py" />
      <source>Mine action information management</source>
      <translation>Управление информацией в противоминной деятельности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine category</source>
      <translation>Категория мин</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine model</source>
      <translation>Модель мины</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine row end</source>
      <translation>Конец минного ряда</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine row start</source>
      <translation>Начало минного ряда</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine rows</source>
      <translation>Минные ряды</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine warning sign</source>
      <translation>Знак «Мины»</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Minefield record</source>
      <translation>Формуляр минного поля</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Minefield records</source>
      <translation>Формуляры минных полей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Minefield records transcribed from paper forms: perimeters, points and mine rows.</source>
      <translation>Формуляры минных полей, перенесённые с бумажных бланков: периметры, точки и минные ряды.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines in row</source>
      <translation>Мин в ряду</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines recorded</source>
      <translation>Мин по формуляру</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mixed</source>
      <translation>Смешанное</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Model</source>
      <translation>Модель</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Modified at</source>
      <translation>Время изменения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Modified by</source>
      <translation>Кем изменено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>NATO mils (6400)</source>
      <translation>Тысячные НАТО (6400)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>New project database</source>
      <translation>Новая база данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>New project database…</source>
      <translation>Новая база данных проекта…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>New value</source>
      <translation>Новое значение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>No project database is open. Create a new one or open an existing one.</source>
      <translation>База данных проекта не открыта. Создайте новую или откройте существующую.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Non-technical survey</source>
      <translation>Нетехническое обследование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>None</source>
      <translation>Нет</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Not yet released</source>
      <translation>Ещё не высвобождено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Old value</source>
      <translation>Прежнее значение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Ongoing</source>
      <translation>Идёт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Open</source>
      <translation>Открыт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open a project database and add its layers to the map</source>
      <translation>Открыть базу данных проекта и добавить её слои на карту</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open a project database first.</source>
      <translation>Сначала откройте базу данных проекта.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open project database</source>
      <translation>Открыть базу данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>Open project database…</source>
      <translation>Открыть базу данных проекта…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open the attribute table of {layer}</source>
      <translation>Открыть таблицу атрибутов слоя {layer}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Opened {name}.</source>
      <translation>Открыт {name}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Order in record</source>
      <translation>Порядок в формуляре</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Organisations</source>
      <translation>Организации</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Other (check values)</source>
      <translation>Другое (проверьте значения)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Paces</source>
      <translation>Шаги</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Partly reliable</source>
      <translation>Частично достоверный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Perimeter (m)</source>
      <translation>Периметр (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Perimeter marking</source>
      <translation>Обозначение периметра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Perimeter marking, fences, demarcation and warning signs.</source>
      <translation>Обозначение периметра, ограждения, демаркация и предупреждающие знаки.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Permanent fence</source>
      <translation>Постоянное ограждение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Planned</source>
      <translation>Запланировано</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Point id</source>
      <translation>Код точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Point type</source>
      <translation>Тип точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Priority</source>
      <translation>Приоритет</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Project database</source>
      <translation>База данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Quantity</source>
      <translation>Количество</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reason for the last status change</source>
      <translation>Причина последнего изменения статуса</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Record id</source>
      <translation>Код формуляра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Record points</source>
      <translation>Точки формуляра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Records</source>
      <translation>Формуляры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reduced</source>
      <translation>Сокращено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Release type</source>
      <translation>Способ высвобождения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reliability</source>
      <translation>Достоверность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reliable</source>
      <translation>Достоверный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Removed</source>
      <translation>Снято</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Row id</source>
      <translation>Код ряда</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Settlement</source>
      <translation>Населённый пункт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign id</source>
      <translation>Код знака</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign spacing (m)</source>
      <translation>Шаг знаков (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign type</source>
      <translation>Тип знака</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Source file</source>
      <translation>Исходный файл</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Soviet mils (6000)</source>
      <translation>Тысячные (6000)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Spacing (m)</source>
      <translation>Шаг (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start date</source>
      <translation>Дата начала</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start point</source>
      <translation>Начальная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Status history</source>
      <translation>История статусов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Suspected and confirmed hazardous areas with their status.</source>
      <translation>Предполагаемые и подтверждённые опасные участки и их статус.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Suspected hazardous area (SHA)</source>
      <translation>Предполагаемый опасный участок (SHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Suspended</source>
      <translation>Приостановлено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Table</source>
      <translation>Таблица</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Task id</source>
      <translation>Код задания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Task sheets</source>
      <translation>Листы заданий</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Task type</source>
      <translation>Вид задания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Tasks</source>
      <translation>Задания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Tasks issued to survey and clearance teams.</source>
      <translation>Задания, выданные группам обследования и разминирования.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Team</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Technical survey</source>
      <translation>Техническое обследование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Temporary marking</source>
      <translation>Временное обозначение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database could not be opened.</source>
      <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>The database could not be read</source>
      <translation>Не удалось прочитать базу данных</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>The database is already up to date.</source>
      <translation>База данных уже обновлена.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>The database must be upgraded before it is loaded.</source>
      <translation>Перед загрузкой базу данных нужно обновить.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>The database refused a change</source>
      <translation>База данных отклонила изменение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database was left as it is.</source>
      <translation>База данных оставлена без изменений.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database was not created.</source>
      <translation>База данных не создана.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>This database has schema version {old}; this plugin uses version {new}. Upgrade it now? A backup copy is made first.</source>
      <translation>У этой базы данных версия схемы {old}; модуль использует версию {new}. Обновить сейчас? Сначала будет сделана резервная копия.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>True north</source>
      <translation>Истинный север</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Turning point</source>
      <translation>Поворотная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unarmed</source>
      <translation>Не взведён</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unreliable</source>
      <translation>Недостоверный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Upgrade project database</source>
      <translation>Обновить базу данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgraded from schema {old} to {new}; backup: {backup}</source>
      <translation>Схема обновлена с версии {old} до {new}; резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgrades a project database made by an older version of the plugin. A backup copy is written next to it first (name.backup-&lt;time&gt;.gpkg); the upgrade itself is one transaction, so a failure leaves the database as it was.</source>
      <translation>Обновляет базу данных проекта, созданную прежней версией модуля. Сначала рядом записывается резервная копия (имя.backup-&lt;время&gt;.gpkg); само обновление — одна транзакция, поэтому при сбое база данных остаётся прежней.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Worked on</source>
      <translation>В работе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} holds another schema ({schema}). Nothing was changed.</source>
      <translation>{name} содержит другую схему ({schema}). Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} is a GeoPackage of another kind (it has no mine action schema). Nothing was changed.</source>
      <translation>{name} — GeoPackage другого рода (в нём нет схемы противоминной деятельности). Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} is not a GeoPackage, so it cannot be a mine action database. Nothing was changed.</source>
      <translation>{name} не является GeoPackage и поэтому не может быть базой данных противоминной деятельности. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} was made by a newer version of the plugin (schema {found}, this plugin knows {known}). Update the plugin.</source>
      <translation>{name} создан более новой версией модуля (схема {found}, этот модуль знает {known}). Обновите модуль.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} already exists; choose a new file name.</source>
      <translation>{path} уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} cannot be opened for writing.</source>
      <translation>{path} невозможно открыть для записи.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} cannot be opened.</source>
      <translation>{path} невозможно открыть.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} does not exist.</source>
      <translation>{path} не существует.</translation>
    </message>
  </context>
</TS>
