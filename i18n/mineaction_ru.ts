<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>MineAction</name>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source> and </source>
      <translation> и </translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>&amp;Accept</source>
      <translation>&amp;Принять</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>&amp;Apply</source>
      <translation>&amp;Применить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>&amp;Apply correction</source>
      <translation>П&amp;рименить поправку</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>&amp;Check</source>
      <translation>&amp;Проверить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>&amp;Check records</source>
      <translation>&amp;Проверить формуляры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Confirm (C)</source>
      <translation>&amp;Подтвердить (C)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>&amp;Create</source>
      <translation>&amp;Создать</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>&amp;Draw hazard</source>
      <translation>&amp;Нарисовать участок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>&amp;Draw released area</source>
      <translation>&amp;Нарисовать высвобожденную площадь</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>&amp;Draw task area</source>
      <translation>&amp;Нарисовать район задачи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>&amp;Edit selected record…</source>
      <translation>&amp;Изменить выбранный формуляр…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>&amp;Export plan, targets and Gantt…</source>
      <translation>&amp;Экспорт плана, целей и диаграммы Ганта…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>&amp;Forecast</source>
      <translation>&amp;Прогноз</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Import detections</source>
      <translation>&amp;Импорт обнаружений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>&amp;Import…</source>
      <translation>&amp;Загрузить из файла…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>&amp;Load…</source>
      <translation>&amp;Загрузить…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>&amp;Measure criteria</source>
      <translation>&amp;Измерить критерии</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>&amp;Needs report…</source>
      <translation>&amp;Отчёт о потребностях…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>&amp;New record…</source>
      <translation>&amp;Новый формуляр…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>&amp;New task from selected hazard…</source>
      <translation>&amp;Новая задача по выбранному опасному району…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;New…</source>
      <translation>&amp;Создать…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Next →</source>
      <translation>&amp;Далее →</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Открыть…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;PostGIS…</source>
      <translation>&amp;PostGIS…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>&amp;Preview for selected hazards</source>
      <translation>&amp;Предпросмотр для выбранных участков</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>&amp;Record release</source>
      <translation>&amp;Записать высвобождение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Refresh</source>
      <translation>&amp;Обновить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>&amp;Summary table…</source>
      <translation>&amp;Сводная таблица…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>'{schema}' is not a schema name this plugin creates (lower-case letters, digits and _, not starting with a digit).</source>
      <translation>'{schema}' — не имя схемы, которое создаёт этот модуль (строчные буквы, цифры и _, не с цифры).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>(corrected)</source>
      <translation>(исправлен)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/summary.py" />
      <source>(no district)</source>
      <translation>(без района)</translation>
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
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>; it looks like Windows-1251 (Cyrillic)</source>
      <translation>; похоже на Windows-1251 (кириллица)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>A checking process failed ({why}); nothing was written.</source>
      <translation>Процесс проверки завершился с ошибкой ({why}); ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>A hazard around the EO finds selected on the map (hull + buffer)</source>
      <translation>Опасный участок вокруг выбранных на карте находок ВОП (оболочка + буфер)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>A hazard for every minefield record that has none yet (or for the records selected on the map)</source>
      <translation>Опасный участок для каждого формуляра минного поля, у которого его ещё нет (или для выбранных на карте формуляров)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>A new CHA proposal becomes a CHA; a reduction stays a candidate for survey (nothing is released)</source>
      <translation>Предложение нового CHA становится CHA; сокращение остаётся кандидатом для обследования (ничего не высвобождается)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>A partial output left by an interrupted run was removed: {name}.</source>
      <translation>Удалён незавершённый результат прерванного запуска: {name}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>A profile stored in priority_profiles</source>
      <translation>Профиль из priority_profiles</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>A project database is a GeoPackage: the file name must end with .gpkg ({path}).</source>
      <translation>База данных проекта — это GeoPackage: имя файла должно оканчиваться на .gpkg ({path}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A task whose area is the outline of the hazard selected on the map or in the Hazards section</source>
      <translation>Задача, район которой — контур опасного района, выбранного на карте или в разделе «Опасные районы»</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>A&amp;pply</source>
      <translation>&amp;Применить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A3 landscape</source>
      <translation>A3 альбомная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A3 portrait</source>
      <translation>A3 книжная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A4 landscape</source>
      <translation>A4 альбомная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A4 portrait</source>
      <translation>A4 книжная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Accept or reject hazard proposals</source>
      <translation>Принять или отклонить предложения об опасных районах</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accepted</source>
      <translation>Принято</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Accepting a new CHA proposal makes a CHA (evidence direct) of its shape, whose history names the proposal. Accepting a reduction proposal keeps it as a candidate for a non-technical or technical survey, which the officer records with the land release tools: nothing is released here. Rejecting needs a reason. Only proposals still 'proposed' can be decided.</source>
      <translation>Принятие предложения нового CHA создаёт CHA (прямые свидетельства) этой формы; его история называет предложение. Принятие предложения о сокращении сохраняет его как кандидата для нетехнического или технического обследования, которое офицер записывает средствами высвобождения земель: здесь ничего не высвобождается. Для отклонения нужна причина. Решать можно только предложения в статусе 'proposed'.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Accident</source>
      <translation>Происшествие</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accident date</source>
      <translation>Дата происшествия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accident id</source>
      <translation>Идентификатор происшествия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Accident radius (m)</source>
      <translation>Радиус происшествий (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accident type</source>
      <translation>Тип происшествия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Accident years</source>
      <translation>Годы происшествий</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Accident, earlier</source>
      <translation>Происшествие, ранее</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accidents</source>
      <translation>Происшествия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Accidents counted back from (YYYY-MM-DD; default today)</source>
      <translation>Происшествия считаются назад от (ГГГГ-ММ-ДД; по умолчанию сегодня)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Accidents imported</source>
      <translation>Импортировано происшествий</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Accidents with a known place outside every hazard: evidence for a new one (selected on the map)</source>
      <translation>Происшествия с известным местом вне всех опасных районов: свидетельство для нового (выделяются на карте)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Activity</source>
      <translation>Работа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Activity id</source>
      <translation>Код работы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Activity id (empty: LR-&lt;hazard&gt;-&lt;n&gt;)</source>
      <translation>Код работы (пусто: LR-&lt;участок&gt;-&lt;n&gt;)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity type</source>
      <translation>Вид работы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Add EO &amp;finds on the map</source>
      <translation>Добавить &amp;находки ВОП на карте</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Add point (Ins)</source>
      <translation>Добавить точку (Ins)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Adult</source>
      <translation>Взрослый</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Aerial detections</source>
      <translation>Аэрообнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Aerial survey</source>
      <translation>Аэрообследование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Aerial survey (programme)</source>
      <translation>Аэрообследование (программа)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Aerial survey in the task area: {detections} detections ({confirmed} confirmed, {rejected} rejected); proposals: {proposals}</source>
      <translation>Аэрообследование в районе задания: обнаружений {detections} (подтверждено {confirmed}, отклонено {rejected}); предложения: {proposals}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Aerial survey: detections reviewed one at a time, and the evidence layered into proposals for new CHAs and for land to survey.</source>
      <translation>Аэрообследование: обнаружения проверяются по одному, свидетельства объединяются в предложения новых CHA и земель для обследования.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Age (years)</source>
      <translation>Возраст (лет)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Age group</source>
      <translation>Возрастная группа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Agriculture</source>
      <translation>Сельское хозяйство</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Aircraft</source>
      <translation>Самолёт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>All districts</source>
      <translation>Все районы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>All records are checked in this process: {why}</source>
      <translation>Все записи проверяются в этом процессе: {why}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>All sheets in one file: {file}</source>
      <translation>Все листы в одном файле: {file}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Also move the hazards made from these records (land release never moves)</source>
      <translation>Перенести и опасные районы из этих формуляров (высвобождение земли не переносится)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Also write all sheets in one PDF (task_sheets.pdf)</source>
      <translation>Также записать все листы в один PDF (task_sheets.pdf)</translation>
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
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Append the good records to the project database in one transaction</source>
      <translation>Добавить правильные формуляры в базу данных проекта одной транзакцией</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Apply an IMSMA export to the project database (one transaction; nothing changes if a feature is rejected)</source>
      <translation>Применить выгрузку IMSMA к базе проекта (одна транзакция; если объект отклонён, ничего не меняется)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Approximate</source>
      <translation>Приблизительно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Area (ha)</source>
      <translation>Площадь (га)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Area (m²)</source>
      <translation>Площадь (м²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Area proposed (m²)</source>
      <translation>Предложенная площадь (м²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Area {area} m², perimeter {perimeter} m, {rows} mine rows, {mines} mines.</source>
      <translation>Площадь {area} м², периметр {perimeter} м, минных рядов: {rows}, мин: {mines}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Armed</source>
      <translation>На боевом взводе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Around {count} evidence points</source>
      <translation>Вокруг точек свидетельств: {count}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Assessed on</source>
      <translation>Дата оценки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Asset</source>
      <translation>Средство</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Asset id</source>
      <translation>Идентификатор объекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Assistance</source>
      <translation>Помощь</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Assistance given</source>
      <translation>Оказанная помощь</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Assistance id</source>
      <translation>Идентификатор помощи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Back to the IMSMA Core generic profile</source>
      <translation>Вернуться к общему профилю IMSMA Core</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Backup copy</source>
      <translation>Резервная копия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Bearing</source>
      <translation>Азимут</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing reference</source>
      <translation>Отсчёт азимута</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Bearing to next</source>
      <translation>Азимут на следующую</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing unit</source>
      <translation>Единица азимута</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Bearings</source>
      <translation>Азимуты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Benchmark</source>
      <translation>Контрольная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Bill of quantities</source>
      <translation>Ведомость объёмов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Buffer (m)</source>
      <translation>Буфер (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Buffer around the hull (m)</source>
      <translation>Буфер вокруг оболочки (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>By district and year, with the victims outside every minefield record (mineaction:casualtysummary)</source>
      <translation>По районам и годам, с пострадавшими вне всех формуляров минных полей (mineaction:casualtysummary)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>C&amp;lose hazard</source>
      <translation>&amp;Закрыть участок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>CRS of x, y</source>
      <translation>Система координат x, y</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>CRS of x, y: EPSG:4326 (default), EPSG:32638/32639 (UTM), EPSG:28408/28409 (Pulkovo 1942 Gauss-Krüger)</source>
      <translation>система координат x, y: EPSG:4326 (по умолчанию), EPSG:32638/32639 (UTM), EPSG:28408/28409 (Пулково 1942, Гаусс-Крюгер)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>CRS of x/y columns in a CSV</source>
      <translation>СК столбцов x/y в CSV</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>CSV (*.csv);;All files (*)</source>
      <translation>CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>CSV (*.csv);;Excel (*.xlsx)</source>
      <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/background.py" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Cancelled (NTS)</source>
      <translation>Отменено (NTS)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>Cancelled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Cancelled: no hazard was created.</source>
      <translation>Отменено: ни один участок не создан.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Cancelled: nothing was written.</source>
      <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>Cannot connect to {where}: {reason}</source>
      <translation>Не удаётся подключиться к {where}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Casualties</source>
      <translation>Пострадавшие</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty file</source>
      <translation>Файл пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty file (CSV or XLSX)</source>
      <translation>Файл пострадавших (CSV или XLSX)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty rows refused</source>
      <translation>Отклонённые строки пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Casualty summary</source>
      <translation>Сводка по пострадавшим</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty tables (*.csv *.xlsx *.ods);;All files (*)</source>
      <translation>Таблицы пострадавших (*.csv *.xlsx *.ods);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Change hazard {id}</source>
      <translation>Изменить участок {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Change the selected hazard's classification and status; the change and its reason are kept in the status history</source>
      <translation>Изменить классификацию и статус выбранного участка; изменение и его причина сохраняются в истории статусов</translation>
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
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Changes after</source>
      <translation>Изменения после</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Check id</source>
      <translation>Номер проверки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Check the file and draw its records on the map; nothing is written</source>
      <translation>Проверить файл и показать формуляры на карте; ничего не записывается</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Check the records against the finds and the cleared land (mineaction:verifyrecords)</source>
      <translation>Проверить формуляры по находкам и очищенной земле (mineaction:verifyrecords)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Checked at</source>
      <translation>Время проверки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Checked by</source>
      <translation>Проверил</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Checking minefield records</source>
      <translation>Проверка формуляров минных полей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Checking the IMSMA export</source>
      <translation>Проверка выгрузки IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Checking {name}…</source>
      <translation>Проверка {name}…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Checking {record}</source>
      <translation>Проверка {record}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Checking…</source>
      <translation>Проверка…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Checks each minefield record against the mines found near it: the record is recomputed under every likely misreading of its form (declination reversed or omitted, Soviet/NATO mils swapped, grid taken for true north or the reverse, a Pulkovo 1942 landmark) and fitted onto the finds (landmark shift, rotation and, for paced records, scale). Status: reliable, explained (right in shape, wrong in a way that can be named and corrected), partly, unreliable or unverified (not enough cleared land or finds yet). Each run appends to record_checks and sets the records' reliability, with history; nothing else is written.</source>
      <translation>Проверяет каждый формуляр минного поля по минам, найденным рядом: формуляр пересчитывается при каждом вероятном неверном прочтении (склонение с обратным знаком или не учтено, перепутаны советские/натовские тысячные, сеточный север принят за истинный или наоборот, ориентир в Пулково 1942) и совмещается с находками (сдвиг ориентира, поворот и, для измеренных шагами, масштаб). Статус: надёжный, объяснённый (форма верна, ошибка названа и исправима), частично, ненадёжный или не проверен (пока мало очищенной земли или находок). Каждый запуск добавляет строки в record_checks и устанавливает надёжность формуляров с историей; больше ничего не записывается.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Child (under 18)</source>
      <translation>Ребёнок (до 18 лет)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Choose a file and press Check.</source>
      <translation>Выберите файл и нажмите «Проверить».</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Choose a file first.</source>
      <translation>Сначала выберите файл.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Civilian</source>
      <translation>Гражданское лицо</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Classification</source>
      <translation>Классификация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Clear distance from any evidence (m)</source>
      <translation>Свободное расстояние от любых свидетельств (м)</translation>
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
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>Clearance summary by district</source>
      <translation>Сводка разминирования по районам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Cleared</source>
      <translation>Очищено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Cleared area per month</source>
      <translation>Очищенная площадь по месяцам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cleared share</source>
      <translation>Доля очищенной площади</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Click where each device was found; the activity and hazard under the click are filled in</source>
      <translation>Щёлкните там, где найден каждый предмет; работа и опасный участок под щелчком заполняются сами</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Close hazard {id}</source>
      <translation>Закрыть участок {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Closed</source>
      <translation>Закрыт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Closed hazards</source>
      <translation>Закрытые участки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Cluster distance (m)</source>
      <translation>Расстояние кластеризации (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cluster munition</source>
      <translation>Кассетный боеприпас</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Cluster the evidence into new CHA proposals (mineaction:proposehazards, the spec's defaults)</source>
      <translation>Сгруппировать свидетельства в предложения новых CHA (mineaction:proposehazards, параметры спецификации по умолчанию)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Coarse (1–2 cm)</source>
      <translation>Грубое (1–2 см)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Coarsest ground resolution seen well (cm)</source>
      <translation>Самое грубое разрешение на местности, видимое хорошо (см)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Collecting</source>
      <translation>Сбор</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the category (APM, ATM, ERW)</source>
      <translation>Столбец категории (APM, ATM, ERW)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the confidence</source>
      <translation>Столбец достоверности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the detected class</source>
      <translation>Столбец обнаруженного класса</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the detection id</source>
      <translation>Столбец идентификатора обнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the flight id</source>
      <translation>Столбец идентификатора полёта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the image</source>
      <translation>Столбец снимка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the review status</source>
      <translation>Столбец статуса проверки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Combined PDF</source>
      <translation>Общий PDF</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Completed</source>
      <translation>Завершено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Completion confirmed by</source>
      <translation>Завершение подтвердил</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Computing marking…</source>
      <translation>Расчёт обозначения…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Condition</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Confidence (0–1)</source>
      <translation>Достоверность (0–1)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Confidence scale</source>
      <translation>Шкала достоверности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Confirmed</source>
      <translation>Подтверждено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Confirmed (CHA)</source>
      <translation>Подтверждённые (CHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Confirmed hazardous area (CHA)</source>
      <translation>Подтверждённый опасный участок (CHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Construction</source>
      <translation>Строительство</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Contamination</source>
      <translation>Загрязнение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Copies a project database from a GeoPackage into a new PostgreSQL/PostGIS schema, or from PostGIS into a new GeoPackage: every layer with its ids, stamps, reasons and geometries, and the status history as it is, in one transaction. INPUT and OUTPUT are a .gpkg path or a PostgreSQL target (URI or key=value with schema=…); the output must not exist yet. PERSONAL=omit leaves victims' personal data, needs and assistance out (a copy to share; also GeoPackage to GeoPackage).</source>
      <translation>Копирует базу проекта из GeoPackage в новую схему PostgreSQL/PostGIS или из PostGIS в новый GeoPackage: каждый слой с идентификаторами, отметками, причинами и геометриями, история статусов как есть, в одной транзакции. INPUT и OUTPUT — путь .gpkg или цель PostgreSQL (URI или key=value со schema=…); результата ещё не должно быть. PERSONAL=omit не включает личные данные пострадавших, их потребности и помощь (копия для передачи; также из GeoPackage в GeoPackage).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Copy from a GeoPackage to PostgreSQL or from PostgreSQL to a GeoPackage (or, without personal data, to a new GeoPackage).</source>
      <translation>Копируйте из GeoPackage в PostgreSQL или из PostgreSQL в GeoPackage (или, без личных данных, в новый GeoPackage).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Copy project database</source>
      <translation>Копировать базу проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Corner angle (°)</source>
      <translation>Угловой порог (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Corner post</source>
      <translation>Угловой столб</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Correct minefield records from their checks</source>
      <translation>Исправить формуляры минных полей по проверкам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Correction applied (check id)</source>
      <translation>Применённая поправка (номер проверки)</translation>
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
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Create database roles</source>
      <translation>Создать роли базы данных</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Create project database</source>
      <translation>Создать базу данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Create task from hazard</source>
      <translation>Создать задачу по опасному району</translation>
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
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Creates a hazard for each minefield record (all records without a hazard yet, or the record ids given): the record's perimeter, grown by a buffer in metres on the ground. Reliable and partly reliable records are direct evidence and give confirmed hazardous areas (CHA); other records give suspected ones (SHA), unless a classification is chosen. Ids follow HAZARD_ID_PATTERN.</source>
      <translation>Создаёт опасный участок для каждого формуляра минного поля (всех формуляров без участка или указанных кодов): периметр формуляра, расширенный буфером в метрах на местности. Достоверные и частично достоверные формуляры — прямые свидетельства и дают подтверждённые опасные участки (CHA); остальные — предполагаемые (SHA), если классификация не выбрана. Коды следуют шаблону HAZARD_ID_PATTERN.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Creates a task (status draft) whose task area is the hazard's outline, with its type, organisation, team, priority and dates. The task id defaults to &lt;hazard id&gt;-T01, -T02, … and must be safe as a file name. The creation is recorded in the status history.</source>
      <translation>Создаёт задачу (статус «черновик»), район которой — контур опасного района, с типом, организацией, группой, приоритетом и датами. Идентификатор по умолчанию &lt;id района&gt;-T01, -T02, … и должен быть допустимым именем файла. Создание записывается в историю статусов.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Creates an empty mine action project database (GeoPackage, EPSG:4326) with every layer of the data model: minefield records, hazards, land release, EO finds, marking, tasks and the status history. Code lists, unique ids and the history of status changes are enforced by the database itself. An existing file is never overwritten. OUTPUT may also be a PostgreSQL/PostGIS target, a connection URI or key=value string with the schema to create, e.g. postgresql://officer@server/mineaction?schema=aghdam (the password comes from ~/.pgpass, a service file or the environment, never from the parameter).</source>
      <translation>Создаёт пустую базу проекта противоминной деятельности (GeoPackage, EPSG:4326) со всеми слоями модели данных: формуляры минных полей, опасные районы, высвобождение земель, находки ВОП, обозначение, задачи и история статусов. Списки кодов, уникальные идентификаторы и история смены статусов обеспечиваются самой базой. Существующий файл никогда не перезаписывается. OUTPUT может быть и целью PostgreSQL/PostGIS — URI подключения или строка ключ=значение со схемой для создания, напр. postgresql://officer@server/mineaction?schema=aghdam (пароль берётся из ~/.pgpass, файла служб или окружения, никогда из параметра).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Creates one hazard around points of evidence (for example the selected EO finds): their convex hull grown by a buffer in metres on the ground. Finds and accidents are direct evidence, so the default classification is CHA.</source>
      <translation>Создаёт один опасный участок вокруг точек свидетельств (например, выбранных находок ВОП): их выпуклая оболочка, расширенная буфером в метрах на местности. Находки и несчастные случаи — прямые свидетельства, поэтому по умолчанию классификация CHA.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Criteria stored</source>
      <translation>Сохранено критериев</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Criterion</source>
      <translation>Критерий</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>DECLINATION: '{value}' is not a number of degrees.</source>
      <translation>DECLINATION: '{value}' — не число градусов.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Damaged</source>
      <translation>Повреждён</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Dashboard</source>
      <translation>Панель показателей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Dashboard figures</source>
      <translation>Показатели панели</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database</source>
      <translation>База данных</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database upgraded.</source>
      <translation>База обновлена.</translation>
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
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Date</source>
      <translation>Дата</translation>
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
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>De&amp;fault</source>
      <translation>По &amp;умолчанию</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Decision</source>
      <translation>Решение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Declination</source>
      <translation>Склонение</translation>
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
      <source>Deminer</source>
      <translation>Сапёр</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Deminers</source>
      <translation>Сапёры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Demining</source>
      <translation>Разминирование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Demining accident</source>
      <translation>Происшествие при разминировании</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Densest vegetation seen through</source>
      <translation>Самая густая растительность, сквозь которую видно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Density</source>
      <translation>Плотность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Depth (cm)</source>
      <translation>Глубина (см)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detected class</source>
      <translation>Обнаруженный класс</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Detection id</source>
      <translation>Идентификатор обнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Detection ids, comma separated</source>
      <translation>Идентификаторы обнаружений через запятую</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Detections</source>
      <translation>Обнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detections (*.geojson *.json *.csv *.gpkg *.shp);;All files (*)</source>
      <translation>Обнаружения (*.geojson *.json *.csv *.gpkg *.shp);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Detections already at that status</source>
      <translation>Обнаружения, уже имеющие этот статус</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Detections changed</source>
      <translation>Изменённые обнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detections file</source>
      <translation>Файл обнаружений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Detections imported</source>
      <translation>Импортировано обнаружений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detections rejected</source>
      <translation>Отклонённые обнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Detector model</source>
      <translation>Модель детектора</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Device category</source>
      <translation>Категория устройства</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Device model</source>
      <translation>Модель устройства</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Devices found</source>
      <translation>Найдено предметов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Devices found by category</source>
      <translation>Найденные предметы по категориям</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Digitise a new SHA/CHA polygon, snapping to hazards and records</source>
      <translation>Оцифровать новый полигон SHA/CHA с привязкой к участкам и формулярам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Digitise the land an activity released; the hazard under it, the activity id and the release type are filled in</source>
      <translation>Оцифруйте землю, высвобожденную работой; участок под ней, код работы и способ высвобождения заполняются сами</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Digitize a task area on the map (snapping to hazards and records); the hazard under it and a task id are filled in</source>
      <translation>Оцифровать район задачи на карте (с привязкой к опасным районам и формулярам); опасный район под ним и идентификатор задачи заполняются автоматически</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Direct</source>
      <translation>Прямые</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Distance</source>
      <translation>Расстояние</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Distance scale (m)</source>
      <translation>Масштаб расстояний (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Distance to next</source>
      <translation>Расстояние до следующей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Distance unit</source>
      <translation>Единица расстояния</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Distances</source>
      <translation>Расстояния</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>District</source>
      <translation>Район</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>District name field</source>
      <translation>Поле названия района</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>District of new CHAs (default: of the hazard overlapped)</source>
      <translation>Район новых CHA (по умолчанию: перекрытого опасного района)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>District polygons</source>
      <translation>Полигоны районов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Districts, comma separated (default: all)</source>
      <translation>Районы через запятую (по умолчанию: все)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Domain</source>
      <translation>Сфера</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Double-click an IMSMA name to change it; tick the fields IMSMA requires</source>
      <translation>Дважды щёлкните имя IMSMA, чтобы изменить его; отметьте поля, обязательные для IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Draw &amp;line</source>
      <translation>Нарисовать &amp;линию</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Drone</source>
      <translation>Дрон</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Due on</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Due on (YYYY-MM-DD)</source>
      <translation>Срок (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>E&amp;xport PDF…</source>
      <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>E&amp;xport…</source>
      <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>EO finds</source>
      <translation>Находки ВОП</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>EO finds with an unknown category: {values}. Correct them (ERW, APM or ATM) first.</source>
      <translation>Находки ВОП с неизвестной категорией: {values}. Сначала исправьте их (ERW, APM или ATM).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>ERW</source>
      <translation>ВПВ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>EXTRA_CAPACITY is not JSON: {reason}</source>
      <translation>EXTRA_CAPACITY — не JSON: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>EXTRA_CAPACITY: '{part}' should read 'organisation: machines=18'</source>
      <translation>EXTRA_CAPACITY: '{part}' должно выглядеть как 'organisation: machines=18'</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>EXTRA_CAPACITY: {asset} is not one of {assets}</source>
      <translation>EXTRA_CAPACITY: {asset} не входит в {assets}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Easting</source>
      <translation>Восточное смещение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Economic</source>
      <translation>Экономическая</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Editor role</source>
      <translation>Роль редактора</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Education</source>
      <translation>Образование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Emergency</source>
      <translation>Экстренная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Emergency 112 · Ambulance 103 · Team medic: ____________ · Radio channel: ______</source>
      <translation>Экстренная служба 112 · Скорая помощь 103 · Медик группы: ____________ · Радиоканал: ______</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Emergency contacts</source>
      <translation>Экстренные контакты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End date</source>
      <translation>Дата окончания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>End date (YYYY-MM-DD)</source>
      <translation>Дата окончания (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End point</source>
      <translation>Конечная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Errors</source>
      <translation>Ошибки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Estimated mine positions</source>
      <translation>Предполагаемые места мин</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Every detection shown is reviewed.</source>
      <translation>Все показанные обнаружения проверены.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Everything</source>
      <translation>Всё</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Everything cleared by</source>
      <translation>Всё очищено к</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Everything cleared by {date}.</source>
      <translation>Всё очищено к {date}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Evidence</source>
      <translation>Свидетельства</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Evidence points</source>
      <translation>Точки свидетельств</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Exact</source>
      <translation>Точное</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Excel (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Excel (.xlsx)</source>
      <translation>Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Exchange with IMSMA Core, the national database: validated exports it can append, and imports back.</source>
      <translation>Обмен с IMSMA Core, национальной базой данных: проверенные выгрузки, которые она может добавить, и загрузка обратно.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Expected mines</source>
      <translation>Ожидаемые мины</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Explained</source>
      <translation>Объяснённый</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Explosive ordnance found in and near the area</source>
      <translation>Взрывоопасные предметы, найденные в районе и рядом</translation>
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
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Export</source>
      <translation>Выгрузка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>Export cancelled; nothing was kept.</source>
      <translation>Выгрузка отменена; ничего не сохранено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Export every feature, not only the changes since the last export</source>
      <translation>Выгрузить все объекты, а не только изменения после последней выгрузки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Export task sheets</source>
      <translation>Экспорт листов задач</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Export the plan to</source>
      <translation>Экспортировать план в</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Export to IMSMA Core</source>
      <translation>Выгрузка в IMSMA Core</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Exporting…</source>
      <translation>Выгрузка…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Extra capacity (what if)</source>
      <translation>Дополнительные мощности (что если)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Facing (°)</source>
      <translation>Направление (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Families</source>
      <translation>Семьи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Farming</source>
      <translation>Земледелие</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Fatal, earlier</source>
      <translation>Со смертельным исходом, ранее</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Fatal, last two years</source>
      <translation>Со смертельным исходом, последние два года</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/qgis_geodesy.py" />
      <source>Feature {fid}: its coordinates cannot be converted to WGS 84 (is the layer's CRS right?).</source>
      <translation>Объект {fid}: координаты не переводятся в WGS 84 (верна ли СК слоя?).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/qgis_geodesy.py" />
      <source>Feature {fid}: its coordinates lie outside longitude/latitude once converted to WGS 84 (metres declared as degrees? check the layer's CRS).</source>
      <translation>Объект {fid}: после перевода в WGS 84 координаты вне долготы/широты (метры указаны как градусы? проверьте СК слоя).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Features</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Features exported</source>
      <translation>Выгружено объектов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Feet</source>
      <translation>Футы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Female</source>
      <translation>Женский</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Fence post</source>
      <translation>Столб ограждения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Fence post spacing (m)</source>
      <translation>Шаг столбов ограждения (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>File Geodatabase (*.gdb);;GeoPackage (*.gpkg);;Excel (*.xlsx)</source>
      <translation>File Geodatabase (*.gdb);;GeoPackage (*.gpkg);;Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>File Geodatabase (.gdb)</source>
      <translation>File Geodatabase (.gdb)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Fill the task sheet for the selected task and open it in the QGIS layout designer for last touches</source>
      <translation>Заполнить лист выбранной задачи и открыть его в макетчике QGIS для последних правок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Find</source>
      <translation>Находка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Find id</source>
      <translation>Код находки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Find {id} lies outside every activity polygon: check its position or record the activity.</source>
      <translation>Находка {id} лежит вне всех полигонов работ: проверьте её положение или запишите работу.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Finds considered</source>
      <translation>Учтённые находки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Finds needed for a verdict</source>
      <translation>Находок нужно для вывода</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Flight</source>
      <translation>Полёт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Flight footprints (optional)</source>
      <translation>Контуры съёмки полётов (необязательно)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Flight id</source>
      <translation>Идентификатор полёта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Flights imported</source>
      <translation>Импортировано полётов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Folder for the task sheets</source>
      <translation>Папка для листов задач</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Folder of the images (for relative image_ref)</source>
      <translation>Папка снимков (для относительных image_ref)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Footprints (*.geojson *.json *.gpkg *.shp);;All files (*)</source>
      <translation>Контуры (*.geojson *.json *.gpkg *.shp);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>For every hazard: its area, the land cancelled, reduced and cleared inside it by completed activities, and the remaining area (hazard minus all released land), on the WGS84 ellipsoid. Hazards with nothing left that are not closed yet are marked as ready to close.</source>
      <translation>Для каждого опасного участка: его площадь, отменённая, сокращённая и очищенная внутри него завершёнными работами площадь и оставшаяся площадь (участок минус вся высвобожденная земля), на эллипсоиде WGS84. Участки, где ничего не осталось, но ещё не закрытые, помечаются как готовые к закрытию.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>For every open SHA (or the hazards named), the part that aerial survey saw well and found empty: inside footprints of flights with a ground resolution at or below the maximum, outside vegetation denser than the maximum (land without vegetation information counts as not seen well), farther than the clear distance from every detection not rejected, every EO find and every accident, and outside completed land release and existing CHAs. One 'reduce' proposal per SHA: a candidate for non-technical or technical survey, never a release. It cannot see a single object the detector missed on open ground, anything buried, or anything under vegetation.</source>
      <translation>Для каждого открытого SHA (или названных районов) — часть, которую аэрообследование хорошо видело и нашло пустой: внутри контуров полётов с разрешением на местности не хуже максимума, вне растительности гуще максимума (земля без сведений о растительности считается плохо видимой), дальше свободного расстояния от каждого неотклонённого обнаружения, каждой находки ВОП и каждого происшествия, вне завершённого высвобождения земель и существующих CHA. Одно предложение 'reduce' на SHA: кандидат для нетехнического или технического обследования, но никогда не высвобождение. Метод не видит одиночный предмет, пропущенный детектором на открытой местности, ничего заглублённого и ничего под растительностью.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Forecast the work plan</source>
      <translation>Прогноз плана работ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Found on</source>
      <translation>Дата находки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>From</source>
      <translation>От</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>From (GeoPackage path or PostgreSQL target)</source>
      <translation>Откуда (путь GeoPackage или цель PostgreSQL)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>From (YYYY-MM-DD, inclusive)</source>
      <translation>С (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>From date</source>
      <translation>С даты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>From point</source>
      <translation>От точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>From proposal {id}</source>
      <translation>Из предложения {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>From records, buffer</source>
      <translation>Из формуляров, буфер</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>From selected &amp;finds…</source>
      <translation>Из выбранных &amp;находок…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Full name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Funded and ready</source>
      <translation>Финансировано и готово</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Gantt chart</source>
      <translation>Диаграмма Ганта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Gate</source>
      <translation>Условие</translation>
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
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>GeoPackage (.gpkg)</source>
      <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Geometry as recorded (WKT)</source>
      <translation>Геометрия по формуляру (WKT)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grads</source>
      <translation>Грады</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grid CRS</source>
      <translation>Система координат сетки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Grid CRS (grid bearings)</source>
      <translation>Система координат сетки (азимуты по сетке)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grid north</source>
      <translation>Север сетки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Grid: UTM zone {zone} (metres, black); graticule: latitude/longitude WGS 84 (blue).</source>
      <translation>Сетка: UTM зона {zone} (метры, чёрная); градусная сетка: широта/долгота WGS 84 (синяя).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Ground resolution (cm)</source>
      <translation>Разрешение на местности (см)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Grow each record's perimeter by this distance on the ground</source>
      <translation>Расширить периметр каждого формуляра на это расстояние на местности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>HAZARD_IDS: no hazard {ids} in the database.</source>
      <translation>HAZARD_IDS: в базе данных нет опасного района {ids}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Hazard</source>
      <translation>Опасный участок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Hazard from evidence points</source>
      <translation>Опасный участок по точкам свидетельств</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Hazard id</source>
      <translation>Код опасного участка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>Hazard id pattern ({district}, {seq})</source>
      <translation>Шаблон кода опасного района ({district}, {seq})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Hazard ids, comma separated (default: every open SHA)</source>
      <translation>Идентификаторы опасных районов через запятую (по умолчанию: все открытые SHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>Hazard progress</source>
      <translation>Ход работ по участкам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>Hazard progress (remaining area)</source>
      <translation>Ход работ по участкам (оставшаяся площадь)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazard proposals</source>
      <translation>Предложения по опасным районам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Hazard {id} created around {count} points.</source>
      <translation>Участок {id} создан вокруг точек: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Hazard {id} has no outline to use as the task area.</source>
      <translation>У опасного района {id} нет контура для района задачи.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Hazard {id} is closed: no task is made on a closed hazard (reopen it first, with a reason).</source>
      <translation>Опасный район {id} закрыт: задание на закрытом районе не создаётся (сначала откройте его снова, указав причину).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Hazard {id} overlaps open hazard(s) {others}: check that the same land is not counted twice.</source>
      <translation>Участок {id} перекрывает открытые участки {others}: проверьте, что одна и та же земля не учтена дважды.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Hazards</source>
      <translation>Опасные участки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Hazards (to face signs away from)</source>
      <translation>Опасные участки (знаки обращены от них)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Hazards created</source>
      <translation>Создано опасных участков</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Hazards from minefield records</source>
      <translation>Опасные участки из формуляров минных полей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Hazards moved</source>
      <translation>Перенесено опасных районов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazards overlapped</source>
      <translation>Перекрываемые опасные районы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Hazards ranked</source>
      <translation>Ранжировано опасных районов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Herding</source>
      <translation>Выпас скота</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>High</source>
      <translation>Высокая</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Highest confidence</source>
      <translation>Наибольшая достоверность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>IED</source>
      <translation>СВУ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>IMSMA</source>
      <translation>IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA export</source>
      <translation>Выгрузка IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>IMSMA export (.gdb folder, .gpkg or .xlsx)</source>
      <translation>Выгрузка IMSMA (папка .gdb, .gpkg или .xlsx)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA export to import</source>
      <translation>Выгрузка IMSMA для загрузки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA exports (*.gdbtable *.gpkg *.xlsx);;All files (*)</source>
      <translation>Выгрузки IMSMA (*.gdbtable *.gpkg *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA name</source>
      <translation>Имя в IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA profile</source>
      <translation>Профиль IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Id</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Image</source>
      <translation>Снимок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Image: {ref} (not on this computer)</source>
      <translation>Снимок: {ref} (нет на этом компьютере)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Images folder</source>
      <translation>Папка снимков</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Import accidents and victims</source>
      <translation>Импорт происшествий и пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Import aerial detections</source>
      <translation>Импорт аэрообнаружений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Import cancelled: nothing was written.</source>
      <translation>Импорт отменён: ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Import from IMSMA Core</source>
      <translation>Загрузка из IMSMA Core</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Import minefield records</source>
      <translation>Импорт формуляров минных полей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Imported: {inserted} inserted, {updated} updated, {unchanged} unchanged.</source>
      <translation>Загружено: добавлено {inserted}, обновлено {updated}, без изменений {unchanged}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Importing into {name}…</source>
      <translation>Импорт в {name}…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Imports a casualty file: CSV or XLSX with one row per victim and the accident's columns repeated (an accident without victims on a row of its own), or an XLSX with the sheets 'accidents' and 'victims'. Places as longitude/latitude (WGS 84). A file with any bad row — a date in the future, an unknown code, a victim without an accident, an age over 120, a repeated id — imports nothing: every bad row is listed in Errors (personal columns left out) to be corrected at its source. A good file goes in as one transaction; the personal columns go to victim_personal only. Accidents are linked to the hazard and the minefield record they fall in.</source>
      <translation>Импортирует файл пострадавших: CSV или XLSX с одной строкой на пострадавшего и повторяющимися столбцами происшествия (происшествие без пострадавших — отдельной строкой), или XLSX с листами 'accidents' и 'victims'. Места как longitude/latitude (WGS 84). Файл с любой плохой строкой (дата в будущем, неизвестный код, пострадавший без происшествия, возраст больше 120, повтор идентификатора) не импортируется: каждая плохая строка перечисляется в Ошибках (без личных столбцов) для исправления в источнике. Хороший файл записывается одной транзакцией; личные столбцы попадают только в victim_personal. Происшествия связываются с опасным районом и формуляром минного поля, в которых они находятся.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Imports a detector's output: one point per detection with its class, category, confidence and flight (GeoJSON, CSV with lon/lat or x/y and a CRS, GeoPackage, Shapefile). Columns are matched by their usual names unless named here. A file whose confidences are mostly above 1 (and none above 100) is in percent and is divided by 100. Flight footprints given in FLIGHTS are written in the same transaction. Bad rows (missing or repeated id, no place, a confidence outside the file's scale, an unknown flight or code) are listed in Errors with the file row and the reason and are not imported; the good rows go in together, all or nothing.</source>
      <translation>Импортирует результат детектора: одна точка на обнаружение с классом, категорией, достоверностью и полётом (GeoJSON, CSV с lon/lat или x/y и СК, GeoPackage, Shapefile). Столбцы сопоставляются по обычным названиям, если не указаны здесь. Файл, где достоверности в основном больше 1 (и ни одна не больше 100), считается в процентах и делится на 100. Контуры полётов из FLIGHTS записываются в той же транзакции. Плохие строки (нет или повтор идентификатора, нет места, достоверность вне шкалы файла, неизвестный полёт или код) перечисляются в Ошибках с номером строки и причиной и не импортируются; хорошие строки записываются вместе, всё или ничего.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>In progress</source>
      <translation>Выполняется</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Include names and phones</source>
      <translation>Включить имена и телефоны</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Include victims' personal data (names, birth dates, addresses, phones)</source>
      <translation>Включить личные данные пострадавших (имена, даты рождения, адреса, телефоны)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Indirect</source>
      <translation>Косвенные</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Infrastructure</source>
      <translation>Инфраструктура</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Injured</source>
      <translation>Ранен</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Injuries</source>
      <translation>Травмы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Injuries or none, last two years</source>
      <translation>С ранениями или без пострадавших, последние два года</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Inner boundary</source>
      <translation>Внутренняя граница</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Inserted</source>
      <translation>Добавлено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Inspection overdue</source>
      <translation>Осмотр просрочен</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed</source>
      <translation>Установлено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Installed lines not inspected for {days} days: {count}</source>
      <translation>Установленные линии без осмотра {days} дней: {count}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed on</source>
      <translation>Дата установки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Institutional</source>
      <translation>Институциональная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Intermediate point</source>
      <translation>Промежуточная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Invalid features</source>
      <translation>Недопустимые объекты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Invalid hazard outline</source>
      <translation>Неверный контур опасного участка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Issued</source>
      <translation>Выдано</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Issued by</source>
      <translation>Выдал</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Issued on</source>
      <translation>Дата выдачи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Issued on (YYYY-MM-DD)</source>
      <translation>Дата выдачи (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Keep these weights as a profile in the database</source>
      <translation>Сохранить эти веса как профиль в базе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Keys: C confirm · X reject · N or → next · B or ← back · Ctrl+Z undo</source>
      <translation>Клавиши: C подтвердить · X отклонить · N или → далее · B или ← назад · Ctrl+Z отменить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Killed</source>
      <translation>Погиб</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>LM</source>
      <translation>LM</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>LM landmark, BM benchmark, SP start, TP turning, IP intermediate, EP end point, RS/RE mine row start/end</source>
      <translation>LM ориентир, BM контрольная точка, SP начальная, TP поворотная, IP промежуточная, EP конечная точка, RS/RE начало/конец минного ряда</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Laid by</source>
      <translation>Кем установлено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Land of each open SHA seen well and empty (mineaction:proposereduction)</source>
      <translation>Хорошо видимая пустая земля каждого открытого SHA (mineaction:proposereduction)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Land release</source>
      <translation>Высвобождение земель</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Land release for the hazard selected on the map:</source>
      <translation>Высвобождение для выбранного на карте участка:</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Land released by survey and clearance, and the explosive ordnance found.</source>
      <translation>Земли, высвобожденные обследованием и разминированием, и найденные взрывоопасные предметы.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Land released of all hazardous land</source>
      <translation>Высвобождено из всей опасной земли</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Landmark</source>
      <translation>Ориентир</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Language of the printed sheet</source>
      <translation>Язык печатного листа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Language of the sheets</source>
      <translation>Язык листов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Largest RMS of matched mines (m)</source>
      <translation>Наибольшая СКО совпавших мин (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Largest gap between signs</source>
      <translation>Наибольший промежуток между знаками</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Largest gap between signs (m)</source>
      <translation>Наибольший промежуток между знаками (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Last export: {when}</source>
      <translation>Последняя выгрузка: {when}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Last inspected on</source>
      <translation>Дата последнего осмотра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Latitude</source>
      <translation>Широта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Latitude (°)</source>
      <translation>Широта (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Layer</source>
      <translation>Слой</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/sheet_source.py" />
      <source>Layer {layer} of {path} could not be loaded.</source>
      <translation>Не удалось загрузить слой {layer} из {path}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Layers the evidence — confirmed aerial detections, unreviewed ones at or above the minimum confidence, EO finds and accidents with a known location, outside completed land release — into new CHA proposals: points within the cluster distance of each other form a cluster; a cluster of at least the minimum number of points becomes the hull of its points grown by the buffer (metres on the ground), with its evidence counted and the hazards it overlaps named. Nothing is written to hazards until a proposal is accepted. Earlier proposals still 'proposed' are replaced; accepted and rejected ones are kept.</source>
      <translation>Объединяет свидетельства — подтверждённые аэрообнаружения, непроверенные с достоверностью не ниже минимальной, находки ВОП и происшествия с известным местом вне завершённого высвобождения земель — в предложения новых CHA: точки на расстоянии кластеризации друг от друга образуют кластер; кластер не меньше минимального числа точек становится оболочкой точек, расширенной на буфер (метры на местности), с подсчётом свидетельств и названием перекрываемых районов. В опасные районы ничего не записывается, пока предложение не принято. Прежние предложения в статусе 'proposed' заменяются; принятые и отклонённые сохраняются.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Layout template (.qpt; empty: the plugin's)</source>
      <translation>Шаблон макета (.qpt; пусто: шаблон модуля)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Left (ha)</source>
      <translation>Осталось (га)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Legal</source>
      <translation>Правовая</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Legal support</source>
      <translation>Правовая поддержка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Legend</source>
      <translation>Условные обозначения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length (m)</source>
      <translation>Длина (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length disagrees with count × spacing</source>
      <translation>Длина не согласуется с числом × шагом</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length from count × spacing (m)</source>
      <translation>Длина по числу × шагу (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Length of one pace (distances in paces)</source>
      <translation>Длина одного шага (для расстояний в шагах)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Letters, digits, '.', '-' and '_' only: it names the PDF</source>
      <translation>Только буквы, цифры, '.', '-' и '_': это имя PDF-файла</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Lidar</source>
      <translation>Лидар</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Likely cause</source>
      <translation>Вероятная причина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Lines saved</source>
      <translation>Сохранено линий</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>List EO finds within (m of the task area)</source>
      <translation>Показывать находки ВОП в пределах (м от района задания)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>List finds within</source>
      <translation>Показывать находки в пределах</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>List what the export would hold and every problem, without writing anything</source>
      <translation>Показать, что войдёт в выгрузку, и все проблемы, ничего не записывая</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Location accuracy</source>
      <translation>Точность места</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Longitude</source>
      <translation>Долгота</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Longitude (°)</source>
      <translation>Долгота (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Low</source>
      <translation>Низкая</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Lowest confidence shown</source>
      <translation>Наименьшая показываемая достоверность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Machine</source>
      <translation>Машина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Machines</source>
      <translation>Машины</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Magnetic declination</source>
      <translation>Магнитное склонение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Magnetic declination (°)</source>
      <translation>Магнитное склонение (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Magnetic declination, east positive</source>
      <translation>Магнитное склонение, восточное положительно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Magnetic declination, ° east (empty: the record's)</source>
      <translation>Магнитное склонение, ° к востоку (пусто: из формуляра)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetic north</source>
      <translation>Магнитный север</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetometer</source>
      <translation>Магнитометр</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Make a PostgreSQL connection in QGIS first (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>Сначала создайте подключение PostgreSQL в QGIS (Обозреватель ▸ PostgreSQL ▸ Новое подключение).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Male</source>
      <translation>Мужской</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Map of when each settlement is safe</source>
      <translation>Карта: когда каждый населённый пункт станет безопасным</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Mapping profile (.json; empty: IMSMA Core generic)</source>
      <translation>Профиль сопоставления (.json; пусто: IMSMA Core generic)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Marking</source>
      <translation>Обозначение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Marking and signs</source>
      <translation>Обозначение и знаки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Marking bill of quantities</source>
      <translation>Ведомость объёмов обозначения</translation>
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
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Marking lines</source>
      <translation>Линии обозначения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Marking lines (hazard_id, length_m, marking_id)</source>
      <translation>Линии обозначения (hazard_id, length_m, marking_id)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Marking lines (preview)</source>
      <translation>Линии обозначения (предпросмотр)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>Marking lines outside hazard polygons, at the offset in metres on the ground (each hazard is worked in its UTM zone; corners are mitred, never further than twice the offset). Hazards closer than twice the offset share one line; a line never crosses a hazard. Each line has the hazard ids it marks and its length on the WGS84 ellipsoid.</source>
      <translation>Линии обозначения снаружи полигонов опасных участков на заданном расстоянии в метрах на местности (каждый участок обрабатывается в своей зоне UTM; углы со срезом, не дальше двойного отступа). Участки ближе двойного отступа получают одну общую линию; линия никогда не пересекает участок. У каждой линии есть коды обозначаемых участков и длина на эллипсоиде WGS84.</translation>
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
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Marking {id}</source>
      <translation>Обозначение {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Match radius, anti-personnel mines (m)</source>
      <translation>Радиус совпадения, противопехотные мины (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Match radius, anti-tank mines (m)</source>
      <translation>Радиус совпадения, противотанковые мины (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Match rate</source>
      <translation>Доля совпадений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Match rate needed (0–1)</source>
      <translation>Требуемая доля совпадений (0–1)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Matched</source>
      <translation>Совпало</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Measuring hazards</source>
      <translation>Измерение опасных участков</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Measuring hazards…</source>
      <translation>Измерение опасных участков…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Measuring the criteria</source>
      <translation>Измерение критериев</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Medical</source>
      <translation>Медицинская</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Medium</source>
      <translation>Средняя</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Met</source>
      <translation>Удовлетворена</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Metres</source>
      <translation>Метры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Military</source>
      <translation>Военный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine</source>
      <translation>Мина</translation>
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
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Mine accidents and their victims: the national table, victims' needs and assistance, with personal data protected.</source>
      <translation>Минные происшествия и пострадавшие: национальная таблица, потребности и помощь пострадавшим, личные данные защищены.</translation>
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
      <source>Mine detection dog</source>
      <translation>Минно-розыскная собака</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine detection dogs</source>
      <translation>Минно-розыскные собаки</translation>
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
      <location filename="mineaction_plugin/processing/import_records.py" />
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
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Minefield record editor</source>
      <translation>Редактор формуляра минного поля</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Minefield records</source>
      <translation>Формуляры минных полей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Minefield records checked against the mines found: which tell the truth, how the others went wrong, and their correction.</source>
      <translation>Формуляры минных полей, проверенные по найденным минам: какие верны, в чём ошибка остальных и их исправление.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Minefield records transcribed from paper forms: perimeters, points and mine rows.</source>
      <translation>Формуляры минных полей, перенесённые с бумажных бланков: периметры, точки и минные ряды.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/verification_figure.py" />
      <source>Minefield records verified against finds: {verified} of {records}</source>
      <translation>Формуляры минных полей, проверенные по находкам: {verified} из {records}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Minefield {record}</source>
      <translation>Минное поле {record}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines in row</source>
      <translation>Мин в ряду</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines matched</source>
      <translation>Совпавшие мины</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines recorded</source>
      <translation>Мин по формуляру</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Minimum confidence of an unreviewed detection (0–1)</source>
      <translation>Минимальная достоверность непроверенного обнаружения (0–1)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Minimum points in a cluster</source>
      <translation>Минимум точек в кластере</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Misclosure (m)</source>
      <translation>Невязка (м)</translation>
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
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Move the hazards made from these records too</source>
      <translation>Перенести и опасные районы из этих формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Move the selected explained records to where the finds show them (the form is kept; Revert undoes it)</source>
      <translation>Перенести выбранные объяснённые формуляры туда, где их показывают находки (формуляр сохраняется; «Откатить» отменяет)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Moves a task to its next status: draft → issued → in progress → completed; any open task may be cancelled. Other changes are refused. Issuing a task sets its issue date when it has none. The change and its reason go to the status history.</source>
      <translation>Переводит задачу в следующий статус: черновик → выдана → выполняется → завершена; любую открытую задачу можно отменить. Другие изменения отклоняются. При выдаче задачи без даты выдачи она устанавливается. Изменение и его причина записываются в историю статусов.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Moves each record whose latest check is 'explained' to where the finds show it is: the form recomputed under the check's reading, with its landmark shift, rotation and scale. The form itself is not changed, and the geometry it gives is kept (recorded_wkt) to draw and to revert to. Hazards made from the record move only when asked; land release never moves. REVERT puts the recorded geometry back exactly. Each step is written to the status history.</source>
      <translation>Переносит каждый формуляр, последняя проверка которого «объяснённый», туда, где его показывают находки: формуляр пересчитывается по прочтению проверки со сдвигом ориентира, поворотом и масштабом. Сам формуляр не меняется, а его геометрия сохраняется (recorded_wkt) для отображения и отката. Опасные районы из формуляра переносятся только по запросу; высвобождение земли не переносится никогда. REVERT точно возвращает геометрию по формуляру. Каждый шаг записывается в историю статусов.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Multispectral</source>
      <translation>Мультиспектральный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>NAME: give the profile a name.</source>
      <translation>NAME: дайте профилю имя.</translation>
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
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Name the detections: DETECTION_IDS or FILTER.</source>
      <translation>Укажите обнаружения: DETECTION_IDS или FILTER.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Names, birth dates, addresses and phones are personal data: on a shared database only the victim-assistance role can read them; exports, sheets and summaries leave them out unless asked.</source>
      <translation>Имена, даты рождения, адреса и телефоны — личные данные: в общей базе их может читать только роль помощи пострадавшим; экспорт, листы и сводки не включают их, если не попросить.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>National &amp;table…</source>
      <translation>Национальная &amp;таблица…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>National table</source>
      <translation>Национальная таблица</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Need</source>
      <translation>Потребность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Need id</source>
      <translation>Идентификатор потребности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Needs</source>
      <translation>Потребности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Needs listed</source>
      <translation>Перечислено потребностей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Needs report</source>
      <translation>Отчёт о потребностях</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>New CHA</source>
      <translation>Новый CHA</translation>
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
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>New status</source>
      <translation>Новый статус</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>New task for hazard {id}</source>
      <translation>Новая задача для опасного района {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>New value</source>
      <translation>Новое значение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>No column for {fields} was found; name it with ID_FIELD. The file's columns are {columns}.</source>
      <translation>Не найден столбец для {fields}; укажите его в ID_FIELD. Столбцы файла: {columns}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>No database and no output layer were given: the records were only checked.</source>
      <translation>Не указаны ни база данных, ни выходные слои: формуляры только проверены.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>No detection matches {filter}; nothing was changed.</source>
      <translation>Ни одно обнаружение не соответствует {filter}; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>No detection to review here.</source>
      <translation>Здесь нет обнаружений для проверки.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>No detection {ids} in the database; nothing was changed.</source>
      <translation>В базе данных нет обнаружения {ids}; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>No evidence points: select the finds first.</source>
      <translation>Нет точек свидетельств: сначала выберите находки.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>No finds recorded within {distance} m.</source>
      <translation>В пределах {distance} м находок не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>No marking recorded for this hazard.</source>
      <translation>Для этого района обозначение не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>No minefield record is {scope}.</source>
      <translation>Нет формуляров: {scope}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>No minefield record with id {ids}.</source>
      <translation>Нет формуляра минного поля с кодом {ids}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>No minefield record {ids} in the database; nothing was checked.</source>
      <translation>В базе нет формуляра {ids}; ничего не проверено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>No minefield record {id} in the database; nothing was written.</source>
      <translation>В базе нет формуляра {id}; ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>No organisation has any capacity: fill operator_capacity and productivity first.</source>
      <translation>Ни у одной организации нет мощностей: сначала заполните operator_capacity и productivity.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>No organisation has capacity for {hazard}.</source>
      <translation>Ни у одной организации нет мощностей для {hazard}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>No project database is open. Create a new one or open an existing one.</source>
      <translation>База данных проекта не открыта. Создайте новую или откройте существующую.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>No record has been checked yet.</source>
      <translation>Ни один формуляр ещё не проверен.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>No sheet was written:</source>
      <translation>Ни один лист не записан:</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>No task matches the filter {filter}; no sheet was written.</source>
      <translation>Ни одна задача не подходит под фильтр {filter}; лист не записан.</translation>
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
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Northing</source>
      <translation>Северное смещение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Not a valid record yet: see the problems below.</source>
      <translation>Формуляр пока неверен: см. проблемы ниже.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>Not loaded: {tables}. The database allows them to the victim-assistance role only (ask the database administrator for it if your work needs them).</source>
      <translation>Не загружено: {tables}. База разрешает их только роли помощи пострадавшим (попросите её у администратора базы, если они нужны для работы).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Not saved: {reason}</source>
      <translation>Не сохранено: {reason}</translation>
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
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Nothing left to release: this hazard can be closed.</source>
      <translation>Высвобождать больше нечего: участок можно закрыть.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Nothing of hazard {id} is left to release.</source>
      <translation>От участка {id} высвобождать больше нечего.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was exported (see the message bar).</source>
      <translation>Ничего не выгружено (см. панель сообщений).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was exported: {count} problems (listed below).</source>
      <translation>Ничего не выгружено: проблем {count} (список ниже).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was imported (see the message bar).</source>
      <translation>Ничего не загружено (см. панель сообщений).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was imported: {count} problems (listed below).</source>
      <translation>Ничего не загружено: проблем {count} (список ниже).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Nothing was imported: {reason}</source>
      <translation>Ничего не импортировано: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Nothing was recorded: {reason}</source>
      <translation>Ничего не записано: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Nothing was written to the database: {reason}</source>
      <translation>В базу данных ничего не записано: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>Nothing was written: {reason}</source>
      <translation>Ничего не записано: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Observed on</source>
      <translation>Дата наблюдения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Offset outside the hazard</source>
      <translation>Отступ от опасного участка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>Offset outside the hazard (m)</source>
      <translation>Отступ от опасного участка (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Old value</source>
      <translation>Прежнее значение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>On a PostgreSQL/PostGIS project database: a viewer role that may only read the project schema and an editor role that may change it (the status history stays append-only for everyone), and &lt;schema&gt;_victim_assistance, the only role besides the owner that may read or write victims' personal data, needs and assistance. Officers' logins are then granted one of them (GRANT &lt;role&gt; TO &lt;login&gt;). The database itself refuses what a role does not allow.</source>
      <translation>В базе проекта PostgreSQL/PostGIS: роль просмотра, которая может только читать схему проекта, роль редактора, которая может её менять (история статусов для всех только пополняется), и &lt;schema&gt;_victim_assistance — единственная роль, кроме владельца, которая может читать и писать личные данные пострадавших, их потребности и помощь. Затем логинам офицеров выдаётся одна из них (GRANT &lt;role&gt; TO &lt;login&gt;). База сама отказывает в том, что роль не разрешает.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>One row per district and year of accident: accidents (with or without victims), victims, killed, injured, children, women (female adults), civilians, deminers, victims of accidents outside every minefield record (grown by the record buffer) and outside every hazard, and victims of accidents whose location is unknown (counted in neither 'outside' column); then a Total row. Dates are inclusive. No personal data is read.</source>
      <translation>Одна строка на район и год происшествия: происшествия (с пострадавшими или без), пострадавшие, погибшие, раненые, дети, женщины (взрослые), гражданские, сапёры, пострадавшие в происшествиях вне всех формуляров минных полей (расширенных на буфер) и вне всех опасных районов, и пострадавшие в происшествиях с неизвестным местом (не учитываются ни в одном столбце 'вне'); затем строка Итого. Даты включительно. Личные данные не читаются.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>One row per need of a victim (open ones, or all): the victim, the accident, its district and date, the domain, the need, its priority and status, and the assistance given so far. Names and phones only with INCLUDE_PERSONAL, and only where the database allows this login to read them (on PostGIS, the victim-assistance role).</source>
      <translation>Одна строка на потребность пострадавшего (открытые или все): пострадавший, происшествие, его район и дата, сфера, потребность, приоритет и статус, оказанная помощь. Имена и телефоны только с INCLUDE_PERSONAL и только если база позволяет этому логину их читать (в PostGIS — роль помощи пострадавшим).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Ongoing</source>
      <translation>Идёт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Only changes after (YYYY-MM-DD[THH:MM]; empty: since the last export; 1900-01-01: everything)</source>
      <translation>Только изменения после (ГГГГ-ММ-ДД[TЧЧ:ММ]; пусто: с последней выгрузки; 1900-01-01: всё)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Only this organisation's tasks in the plan</source>
      <translation>Только задания этой организации по плану</translation>
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
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Open a project database and choose the casualty file.</source>
      <translation>Откройте базу проекта и выберите файл пострадавших.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Open a project database and choose the detections file.</source>
      <translation>Откройте базу проекта и выберите файл обнаружений.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Open a project database first.</source>
      <translation>Сначала откройте базу данных проекта.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Open a project database to see its hazards.</source>
      <translation>Откройте базу данных проекта, чтобы увидеть опасные участки.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open a shared project on a PostgreSQL/PostGIS server through a QGIS connection (its password stays in the QGIS authentication database)</source>
      <translation>Открыть общий проект на сервере PostgreSQL/PostGIS через подключение QGIS (пароль остаётся в базе аутентификации QGIS)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Open in &amp;designer</source>
      <translation>Открыть в &amp;макетчике</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Open needs</source>
      <translation>Открытые потребности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Open or create a project database first (Database section).</source>
      <translation>Сначала откройте или создайте базу данных проекта (раздел «База данных»).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Open or create a project database first.</source>
      <translation>Сначала откройте или создайте базу данных проекта.</translation>
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
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Operator capacity</source>
      <translation>Мощности операторов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Or an expression choosing the detections</source>
      <translation>Или выражение, выбирающее обнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Order in record</source>
      <translation>Порядок в формуляре</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Organisations</source>
      <translation>Организации</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Orientation</source>
      <translation>Ориентация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Other (check values)</source>
      <translation>Другое (проверьте значения)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Outcome</source>
      <translation>Исход</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Output CRS</source>
      <translation>Система координат результата</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Output folder</source>
      <translation>Выходная папка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Overview</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>PDF files written</source>
      <translation>Записанные PDF-файлы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>PN&amp;G…</source>
      <translation>PN&amp;G…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>PNG (*.png)</source>
      <translation>PNG (*.png)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>PNG (*.png);;PDF (*.pdf)</source>
      <translation>PNG (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>PROFILE: {name} is neither a JSON file nor a profile stored in priority_profiles.</source>
      <translation>PROFILE: {name} — не файл JSON и не профиль из priority_profiles.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>PROPOSAL_IDS: name at least one proposal.</source>
      <translation>PROPOSAL_IDS: укажите хотя бы одно предложение.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Pace length</source>
      <translation>Длина шага</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Pace length (m)</source>
      <translation>Длина шага (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Paces</source>
      <translation>Шаги</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Page size</source>
      <translation>Размер страницы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Partly</source>
      <translation>Частично</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Partly reliable</source>
      <translation>Частично достоверный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>Per district and in total: the minefield records, how many have been checked and verified (a verdict other than unverified), and how many of the verified are reliable, explained, partly reliable and unreliable, with their shares in percent. Each record counts with its latest check. CSV or Excel.</source>
      <translation>По районам и всего: формуляры минных полей, сколько проверено и получили вывод (кроме «не проверен»), и сколько из них надёжных, объяснённых, частично надёжных и ненадёжных, с долями в процентах. Каждый формуляр учитывается по последней проверке. CSV или Excel.</translation>
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
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>Perimeter marking lines</source>
      <translation>Линии обозначения периметра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Perimeter marking, fences, demarcation and warning signs.</source>
      <translation>Обозначение периметра, ограждения, демаркация и предупреждающие знаки.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Perimeter point</source>
      <translation>Точка периметра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Perimeters</source>
      <translation>Периметры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Permanent fence</source>
      <translation>Постоянное ограждение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Persons</source>
      <translation>Человек</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Phase</source>
      <translation>Этап</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Pipeline</source>
      <translation>Трубопровод</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Place si&amp;gns</source>
      <translation>Поставить &amp;знаки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Places to &amp;survey</source>
      <translation>Места для &amp;обследования</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Places to survey</source>
      <translation>Места для обследования</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Places warning signs along marking lines: one at the start, one at every vertex turning by at least the corner angle (corner posts), and enough between them that no gap along the line exceeds the spacing, in metres on the ground. Each sign faces away from the hazard: outwards for a line round a hazard (inwards for a line round land enclosed by hazards), or away from the nearest polygon of the optional hazard layer.</source>
      <translation>Расставляет предупреждающие знаки вдоль линий обозначения: один в начале, по одному на каждой вершине с поворотом не меньше углового порога (угловые столбы) и столько между ними, чтобы ни один промежуток вдоль линии не превышал шаг в метрах на местности. Каждый знак обращён от опасного участка: наружу для линии вокруг участка (внутрь для линии вокруг земли, окружённой участками) или от ближайшего полигона необязательного слоя участков.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Plan</source>
      <translation>План</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Planned</source>
      <translation>Запланировано</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Planning</source>
      <translation>Планирование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Platform</source>
      <translation>Платформа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Playing</source>
      <translation>Игра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Point</source>
      <translation>Точка</translation>
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
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Points</source>
      <translation>Точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Points from minefield record {record}</source>
      <translation>Точки из формуляра минного поля {record}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>PostGIS is not installed in {where} and could not be added: {reason}</source>
      <translation>PostGIS не установлен в {where}, и его не удалось добавить: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>PostGIS project</source>
      <translation>Проект PostGIS</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>PostgreSQL needs the Python module psycopg2 (Debian: python3-psycopg2; it comes with QGIS on Windows).</source>
      <translation>Для PostgreSQL нужен модуль Python psycopg2 (Debian: python3-psycopg2; в Windows поставляется с QGIS).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>PostgreSQL project (URI or key=value with schema=…)</source>
      <translation>Проект PostgreSQL (URI или ключ=значение со schema=…)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/copy_database.py" />
      <source>PostgreSQL refused the copy, so nothing was copied: {reason}</source>
      <translation>PostgreSQL отклонил копирование, поэтому ничего не скопировано: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Power line</source>
      <translation>ЛЭП</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Previous status</source>
      <translation>Предыдущий статус</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Price per metre of wire or tape</source>
      <translation>Цена метра проволоки или ленты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Price per post</source>
      <translation>Цена столба</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Price per sign</source>
      <translation>Цена знака</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Printed {date}</source>
      <translation>Напечатано {date}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Prioritise hazards</source>
      <translation>Приоритизация опасных районов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Priority</source>
      <translation>Приоритет</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Priority (1 highest – 5 lowest; empty: the hazard's)</source>
      <translation>Приоритет (1 высший – 5 низший; пусто: как у района)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Priority profiles</source>
      <translation>Профили приоритетов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Problem report</source>
      <translation>Отчёт о проблемах</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Problems</source>
      <translation>Проблемы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Productivity</source>
      <translation>Производительность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Profile</source>
      <translation>Профиль</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Profile (*.json)</source>
      <translation>Профиль (*.json)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Profile name</source>
      <translation>Имя профиля</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Profile {name} saved.</source>
      <translation>Профиль {name} сохранён.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Profile: a name in priority_profiles or a JSON file of weights</source>
      <translation>Профиль: имя в priority_profiles или файл весов JSON</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Profile: {name}</source>
      <translation>Профиль: {name}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Programme name (title block)</source>
      <translation>Название программы (штамп)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Programme name, safety notes, emergency contacts and more, printed on every sheet</source>
      <translation>Название программы, меры безопасности, экстренные контакты и др., печатаются на каждом листе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Project database</source>
      <translation>База данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>Project database (GeoPackage, or connection='…' schema=…)</source>
      <translation>База данных проекта (GeoPackage или connection='…' schema=…)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Project database to append to (GeoPackage, or connection='…' schema=…)</source>
      <translation>База данных проекта для добавления (GeoPackage или connection='…' schema=…)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Proposal</source>
      <translation>Предложение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Proposal id</source>
      <translation>Идентификатор предложения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Proposal ids</source>
      <translation>Идентификаторы предложений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Proposal ids, comma separated</source>
      <translation>Идентификаторы предложений через запятую</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Proposal {id} is already {status}; nothing was changed.</source>
      <translation>Предложение {id} уже в статусе {status}; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Proposals</source>
      <translation>Предложения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Proposals made</source>
      <translation>Сделано предложений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Propose &amp;CHAs</source>
      <translation>Предложить &amp;CHA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Propose &amp;reduction</source>
      <translation>Предложить &amp;сокращение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Propose new CHAs from evidence</source>
      <translation>Предложить новые CHA по свидетельствам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Propose reduction from aerial survey</source>
      <translation>Предложить сокращение по аэрообследованию</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Proposed</source>
      <translation>Предложено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Protection</source>
      <translation>Защита</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Provider</source>
      <translation>Поставщик</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Psychosocial</source>
      <translation>Психосоциальная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>QGIS connection</source>
      <translation>Подключение QGIS</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>QGIS connections can only be used inside QGIS.</source>
      <translation>Подключения QGIS можно использовать только внутри QGIS.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Quantity</source>
      <translation>Количество</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>REASON: say why the proposal is rejected.</source>
      <translation>REASON: укажите, почему предложение отклонено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>RGB camera</source>
      <translation>RGB-камера</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>RMS (m)</source>
      <translation>СКО (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>RS/RE</source>
      <translation>RS/RE</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Railway</source>
      <translation>Железная дорога</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Rank</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Ranking</source>
      <translation>Ранжирование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Ranking (the output of Prioritise hazards)</source>
      <translation>Ранжирование (результат приоритизации)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Ranking the hazards</source>
      <translation>Ранжирование опасных районов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Ranks the open hazards: every criterion measured on the ground (nearest settlement and its return stage, families within the settlement radius, roads, railways and power lines, funded reconstruction within 500 m, farmland overlapped, recent accidents and victims within the accident radius, remaining area, classification, evidence), normalised to 0–1 (more urgent higher: counts and areas ÷ the largest, distances 1 − d ÷ the distance scale), weighted by the profile, gates applied; ties go to the smaller area. OUTPUT has each hazard's score, rank, every criterion and its weighted part, and the explanation in words. WRITE_PRIORITY sets hazards.priority 1–5 by score quintile, with history.</source>
      <translation>Ранжирует открытые опасные районы: каждый критерий измеряется на местности (ближайший населённый пункт и его этап возвращения, семьи в радиусе, дороги, железные дороги и ЛЭП, финансированное восстановление в 500 м, перекрытые сельхозугодья, недавние происшествия и пострадавшие в радиусе, оставшаяся площадь, классификация, свидетельства), нормируется к 0–1 (срочнее — выше: количества и площади ÷ наибольшее, расстояния 1 − d ÷ масштаб), взвешивается профилем, применяются условия; при равенстве первым идёт меньший по площади. OUTPUT: балл, место, каждый критерий и его взвешенная доля, объяснение словами. WRITE_PRIORITY задаёт hazards.priority 1–5 по квинтилям балла, с историей.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Re&amp;fresh</source>
      <translation>&amp;Обновить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Re&amp;ject (X)</source>
      <translation>О&amp;тклонить (X)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Re&amp;vert</source>
      <translation>&amp;Откатить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reading</source>
      <translation>Прочтение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Reading / cause</source>
      <translation>Прочтение / причина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Reading finds and cleared land…</source>
      <translation>Чтение находок и очищенной земли…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Reading record checks</source>
      <translation>Чтение проверок формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Reading the aerial survey</source>
      <translation>Чтение аэрообследования</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Reading the priority profiles</source>
      <translation>Чтение профилей приоритетов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Reading the victims</source>
      <translation>Чтение пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Reads an export (File Geodatabase, GeoPackage or XLSX) made with the profile and applies it to the project database in one transaction: features are matched by local id, updated where something differs (a status change goes to the status history) and inserted where new. Any rejected feature (unknown code, missing required value, broken geometry, duplicate id) leaves the database untouched; REPORT lists them.</source>
      <translation>Читает выгрузку (File Geodatabase, GeoPackage или XLSX), сделанную по профилю, и применяет её к базе проекта одной транзакцией: объекты сопоставляются по локальному идентификатору, обновляются при различиях (смена статуса попадает в историю статусов) и добавляются, если новые. Любой отклонённый объект (неизвестный код, нет обязательного значения, испорченная геометрия, повтор id) оставляет базу нетронутой; REPORT перечисляет их.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Reason (kept in the history)</source>
      <translation>Причина (сохраняется в истории)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reason for the last status change</source>
      <translation>Причина последнего изменения статуса</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Received by (team leader)</source>
      <translation>Принял (руководитель группы)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reconstruction site</source>
      <translation>Объект восстановления</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Record</source>
      <translation>Формуляр</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Record already in the database</source>
      <translation>Формуляр уже есть в базе данных</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Record buffer (m)</source>
      <translation>Буфер формуляра (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Record checks</source>
      <translation>Проверки формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Record id</source>
      <translation>Код формуляра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Record ids (comma separated; empty: every record whose latest check is explained, or every corrected record to revert)</source>
      <translation>Номера формуляров (через запятую; пусто: все с последней проверкой «объяснённый» или все исправленные для отката)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Record ids (comma separated; empty: every record without a hazard)</source>
      <translation>Коды формуляров (через запятую; пусто: все формуляры без участка)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Record ids (comma separated; empty: every record)</source>
      <translation>Номера формуляров (через запятую; пусто: все)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Record land release for a hazard</source>
      <translation>Записать высвобождение земли для участка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Record points</source>
      <translation>Точки формуляра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Record table</source>
      <translation>Таблица формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Record table (CSV or XLSX):</source>
      <translation>Таблица формуляров (CSV или XLSX):</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Record tables (*.csv *.xlsx *.xls *.ods);;All files (*)</source>
      <translation>Таблицы формуляров (*.csv *.xlsx *.xls *.ods);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Record verification summary</source>
      <translation>Сводка проверки формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>Record verification summary by district</source>
      <translation>Сводка проверки формуляров по районам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Record {record} is already in the database. Replace it?</source>
      <translation>Формуляр {record} уже есть в базе данных. Заменить его?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Record {record} saved.</source>
      <translation>Формуляр {record} сохранён.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Record {record}: its perimeter is not one simple area; draw its hazard by hand or give a buffer.</source>
      <translation>Формуляр {record}: периметр не является одним простым участком; нарисуйте участок вручную или задайте буфер.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Record {record}: no area to mark.</source>
      <translation>Формуляр {record}: нет площади для обозначения.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Records</source>
      <translation>Формуляры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Records a non-technical survey (cancels land), technical survey (reduces) or clearance (clears) against a hazard. The released polygon is the whole hazard, or the hazard minus the land already released by completed activities (the default). Its area is measured on the WGS84 ellipsoid.</source>
      <translation>Записывает нетехническое обследование (отменяет), техническое обследование (сокращает) или разминирование (очищает) по опасному участку. Высвобожденный полигон — весь участок или участок минус земля, уже высвобожденная завершёнными работами (по умолчанию). Площадь измеряется на эллипсоиде WGS84.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Records changed</source>
      <translation>Изменено формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Records checked</source>
      <translation>Проверено формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Records imported</source>
      <translation>Импортировано формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Records rejected</source>
      <translation>Отклонено формуляров</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>Records verified</source>
      <translation>Формуляров с выводом</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Records verified and the shares reliable, explained, partly and unreliable, by district (CSV or Excel)</source>
      <translation>Формуляры с выводом и доли надёжных, объяснённых, частично надёжных и ненадёжных по районам (CSV или Excel)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reduced</source>
      <translation>Сокращено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Reduced (TS)</source>
      <translation>Сокращено (TS)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reduction candidate</source>
      <translation>Кандидат на сокращение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Refre&amp;sh</source>
      <translation>&amp;Обновить</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Rehabilitation</source>
      <translation>Реабилитация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Reject proposals</source>
      <translation>Отклонить предложения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Rejected</source>
      <translation>Отклонено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Reject…</source>
      <translation>Отклонить…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Release type</source>
      <translation>Способ высвобождения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Released</source>
      <translation>Высвобождено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Released area (m²)</source>
      <translation>Высвобожденная площадь (м²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Released land</source>
      <translation>Высвобожденная земля</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reliability</source>
      <translation>Достоверность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Reliable</source>
      <translation>Достоверный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Remove point (Del)</source>
      <translation>Удалить точку (Del)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Removed</source>
      <translation>Снято</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>Reports</source>
      <translation>Отчёты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Required</source>
      <translation>Обязательное</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Residential land (ha)</source>
      <translation>Жилая территория (га)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Return stage</source>
      <translation>Этап возвращения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Revert to the form as recorded</source>
      <translation>Вернуть к формуляру как записан</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Review</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Review aerial detections</source>
      <translation>Проверить аэрообнаружения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Review status</source>
      <translation>Статус проверки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reviewed at</source>
      <translation>Время проверки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reviewed by</source>
      <translation>Проверил</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Road</source>
      <translation>Дорога</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Roles are a PostgreSQL matter: DATABASE must be a PostgreSQL target, not {path}.</source>
      <translation>Роли — дело PostgreSQL: DATABASE должна быть целью PostgreSQL, а не {path}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Roles {viewer} (read only), {editor} (edit) and {assistance} (victims' personal data) on schema {schema}.</source>
      <translation>Роли {viewer} (только чтение), {editor} (редактирование) и {assistance} (личные данные пострадавших) в схеме {schema}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Rotation (°, clockwise)</source>
      <translation>Поворот (°, по часовой)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Row id</source>
      <translation>Код ряда</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Row in the source file</source>
      <translation>Строка исходного файла</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Row {row_id}: {count} × {model} ({category}) every {spacing} m, {length} m long</source>
      <translation>Ряд {row_id}: {count} × {model} ({category}) через {spacing} м, длина {length} м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Rows copied</source>
      <translation>Скопировано строк</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Rows rejected</source>
      <translation>Отклонено строк</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>SINCE: '{value}' is not a date or time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS).</source>
      <translation>SINCE: '{value}' — не дата и не время (используйте ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ:СС).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Sa&amp;ve marking</source>
      <translation>&amp;Сохранить обозначение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Safety notes</source>
      <translation>Меры безопасности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Save &amp;as…</source>
      <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Save IMSMA profile</source>
      <translation>Сохранить профиль IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Save a priority profile</source>
      <translation>Сохранить профиль приоритетов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save blank template in</source>
      <translation>Папка для пустого шаблона</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save blank template…</source>
      <translation>Сохранить пустой шаблон…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Save dashboard</source>
      <translation>Сохранить панель показателей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Save marking lines and signs</source>
      <translation>Сохранить линии обозначения и знаки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Save profile</source>
      <translation>Сохранить профиль</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save rejected rows</source>
      <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save rejected rows…</source>
      <translation>Сохранить отклонённые строки…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Save the dashboard as a picture</source>
      <translation>Сохранить панель показателей как изображение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Save the profile as shown, to edit or share it</source>
      <translation>Сохранить профиль как показан, чтобы править или передать его</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Scale</source>
      <translation>Масштаб</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Schedules every open hazard in rank order (PRIORITY: the output of Prioritise hazards; default hazards.priority, then the smaller area) to the organisation that would finish it first, at its daily capacity (Σ assets × m² per day of its latest operator_capacity row), one hazard after another, WORKING_DAYS_PER_YEAR working days a year. PLAN: each hazard's organisation, start and finish. SETTLEMENTS: when the last hazard within the settlement radius is finished (safe_by) against the target date. TARGETS: per return stage and for residential land, the area, what the plan clears by the target date, the shortfall and the daily capacity that would close it. EXTRA_CAPACITY asks 'what if': JSON {"ANAMA": {"machines": 18}} or 'ANAMA: machines=18; Safe Point: deminers=50'.</source>
      <translation>Планирует каждый открытый опасный район в порядке ранга (PRIORITY: результат приоритизации; по умолчанию hazards.priority, затем меньшая площадь) организации, которая закончит его раньше, с её дневной мощностью (Σ средств × м² в день по последней строке operator_capacity), один за другим, WORKING_DAYS_PER_YEAR рабочих дней в году. PLAN: организация, начало и конец для каждого района. SETTLEMENTS: когда закончен последний район в радиусе (safe_by) относительно целевой даты. TARGETS: по этапам возвращения и жилой территории — площадь, очищаемое к целевой дате, дефицит и дневная мощность, которая его закроет. EXTRA_CAPACITY — «что если»: JSON {"ANAMA": {"machines": 18}} или 'ANAMA: machines=18; Safe Point: deminers=50'.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Schema of the project</source>
      <translation>Схема проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>Schema {schema} already exists in {where}; choose a new name.</source>
      <translation>Схема {schema} уже есть в {where}; выберите новое имя.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Score</source>
      <translation>Балл</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Se&amp;ttings…</source>
      <translation>Пара&amp;метры…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Search radius around the record (m)</source>
      <translation>Радиус поиска вокруг формуляра (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Seen empty by aerial survey: ground resolution ≤ {gsd} cm, vegetation ≤ {vegetation}, more than {distance} m from every detection, find and accident</source>
      <translation>Пусто по данным аэрообследования: разрешение ≤ {gsd} см, растительность ≤ {vegetation}, дальше {distance} м от каждого обнаружения, находки и происшествия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Seen well (≤ 1 cm)</source>
      <translation>Видно хорошо (≤ 1 см)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Select a hazard in the table first.</source>
      <translation>Сначала выберите участок в таблице.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Select a minefield record on the map to see its points and mine rows here.</source>
      <translation>Выберите формуляр минного поля на карте, чтобы увидеть здесь его точки и минные ряды.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Select one hazard on the map (or in the Hazards section) first.</source>
      <translation>Сначала выберите один участок на карте (или в разделе «Опасные участки»).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Select one hazard on the map or in the Hazards section first.</source>
      <translation>Сначала выберите один опасный район на карте или в разделе «Опасные районы».</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Select one marking line on the map first.</source>
      <translation>Сначала выберите на карте одну линию обозначения.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Select one minefield record on the map first.</source>
      <translation>Сначала выберите на карте один формуляр минного поля.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Select one task first.</source>
      <translation>Сначала выберите одну задачу.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Select proposals still proposed first.</source>
      <translation>Сначала выберите предложения в статусе «предложено».</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Select the EO finds (or other evidence points) on the map first.</source>
      <translation>Сначала выберите на карте находки ВОП (или другие точки свидетельств).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Select the hazards to mark on the map first.</source>
      <translation>Сначала выберите на карте участки для обозначения.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sensor</source>
      <translation>Датчик</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Set &amp;status</source>
      <translation>Установить &amp;статус</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Set task status</source>
      <translation>Установить статус задачи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Set the selected hazard's status to closed (recorded in the status history)</source>
      <translation>Установить статус выбранного участка «закрыт» (записывается в историю статусов)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Sets the review status of aerial detections named by id (comma separated) or chosen by an expression (for example "confidence" &lt; 0.4 AND "flight_id" = 'FL-1'). Who reviewed and when are recorded (on a shared database by the server), and each change goes to the status history with its reason. Detections already at that status are left as they are.</source>
      <translation>Задаёт статус проверки аэрообнаружений, указанных идентификаторами (через запятую) или выбранных выражением (например "confidence" &lt; 0.4 AND "flight_id" = 'FL-1'). Кто и когда проверил, записывается (в общей базе — сервером), каждое изменение попадает в историю статусов с причиной. Обнаружения, уже имеющие этот статус, не меняются.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Settlement</source>
      <translation>Населённый пункт</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Settlement id</source>
      <translation>Идентификатор населённого пункта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Settlement radius (m)</source>
      <translation>Радиус населённого пункта (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Settlements</source>
      <translation>Населённые пункты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Sheets written</source>
      <translation>Записано листов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Shift (m)</source>
      <translation>Сдвиг (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Shift bearing (°)</source>
      <translation>Азимут сдвига (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Shift east (m)</source>
      <translation>Сдвиг на восток (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Shift north (m)</source>
      <translation>Сдвиг на север (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Show names (victim assistance)</source>
      <translation>Показать имена (помощь пострадавшим)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign id</source>
      <translation>Код знака</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Sign spacing (m)</source>
      <translation>Шаг знаков (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Sign spacing the signs were placed with (m)</source>
      <translation>Шаг, с которым расставлены знаки (м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign type</source>
      <translation>Тип знака</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Signatures</source>
      <translation>Подписи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Signs</source>
      <translation>Знаки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Signs (optional: else counted at the sign spacing)</source>
      <translation>Знаки (необязательно; иначе считаются по шагу)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Signs (preview)</source>
      <translation>Знаки (предпросмотр)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Signs saved</source>
      <translation>Сохранено знаков</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Social inclusion</source>
      <translation>Социальная интеграция</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Source file</source>
      <translation>Исходный файл</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Source recorded with the records (default: the file's name)</source>
      <translation>Источник, записываемый с формулярами (по умолчанию: имя файла)</translation>
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
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Spacings must be greater than 0.</source>
      <translation>Шаги должны быть больше 0.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stabilisation</source>
      <translation>Стабилизация</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stage 1</source>
      <translation>Этап 1</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stage 2</source>
      <translation>Этап 2</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stage 3</source>
      <translation>Этап 3</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start date</source>
      <translation>Дата начала</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Start date (YYYY-MM-DD)</source>
      <translation>Дата начала (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start point</source>
      <translation>Начальная точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Status history</source>
      <translation>История статусов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Status of the line selected on the map:</source>
      <translation>Статус выбранной на карте линии:</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Stay on cleared lanes and marked safe routes. Do not touch, move or collect any item. Mark and report every find to the team leader. No work without a medic and a casualty evacuation plan in place. Stop work in poor visibility.</source>
      <translation>Оставайтесь на проверенных проходах и обозначенных безопасных маршрутах. Не трогайте, не перемещайте и не собирайте предметы. Обозначайте каждую находку и докладывайте руководителю группы. Не работайте без медика и плана эвакуации пострадавших. Прекращайте работу при плохой видимости.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Stores a profile in priority_profiles, one row per criterion (a profile of that name is replaced). WEIGHTS is JSON: {criterion: weight} or {criterion: {'weight': w, 'gate': true}} with double quotes; criteria left out get weight 0.</source>
      <translation>Сохраняет профиль в priority_profiles, по строке на критерий (профиль с тем же именем заменяется). WEIGHTS — JSON: {criterion: weight} или {criterion: {'weight': w, 'gate': true}} с двойными кавычками; пропущенные критерии получают вес 0.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Summary</source>
      <translation>Итог</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Summary table</source>
      <translation>Сводная таблица</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Summary written to {path}</source>
      <translation>Сводка записана: {path}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Survey</source>
      <translation>Обследование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey date</source>
      <translation>Дата съёмки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey flights</source>
      <translation>Полёты съёмки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey team</source>
      <translation>Группа обследования</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey teams</source>
      <translation>Группы обследования</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Suspected (SHA)</source>
      <translation>Предполагаемые (SHA)</translation>
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
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>Table {table} of {path} has no {field} column: an export from another profile?</source>
      <translation>В таблице {table} файла {path} нет столбца {field}: выгрузка по другому профилю?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Target date</source>
      <translation>Целевая дата</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Targets</source>
      <translation>Цели</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Task</source>
      <translation>Задача</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Task area</source>
      <translation>Район задачи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Task id</source>
      <translation>Код задания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Task id '{id}': {reason}.</source>
      <translation>Идентификатор задачи '{id}': {reason}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Task sheet</source>
      <translation>Лист задачи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Task sheet settings</source>
      <translation>Параметры листа задачи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Task sheet {id}</source>
      <translation>Лист задачи {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Task sheets</source>
      <translation>Листы заданий</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Task type</source>
      <translation>Вид задания</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Task {id} created.</source>
      <translation>Задача {id} создана.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Task {id} exists already.</source>
      <translation>Задача {id} уже существует.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Task {id} is {old}; it cannot become {new} (next: {allowed}).</source>
      <translation>Задача {id} в статусе {old}; она не может стать {new} (далее: {allowed}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Task {id}: {old} → {new}.</source>
      <translation>Задача {id}: {old} → {new}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Task {task} created over hazard {hazard}.</source>
      <translation>Задача {task} создана по опасному району {hazard}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>Task {task}: it has no task area (no geometry); draw or copy the area before printing.</source>
      <translation>Задача {task}: нет района задачи (нет геометрии); нарисуйте или скопируйте район перед печатью.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/pdf_output.py" />
      <source>Task {task}: the file name would leave the output folder; no sheet was written.</source>
      <translation>Задача {task}: имя файла вышло бы за пределы выходной папки; лист не записан.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/pdf_output.py" />
      <source>Task {task}: {reason}; no sheet was written.</source>
      <translation>Задача {task}: {reason}; лист не записан.</translation>
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
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Tasks not printed</source>
      <translation>Не напечатано задач</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Tasks to print (expression on tasks; empty: all)</source>
      <translation>Задачи для печати (выражение по задачам; пусто: все)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Team</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Technical survey</source>
      <translation>Техническое обследование</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Templates saved: {files}</source>
      <translation>Шаблоны сохранены: {files}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Temporary marking</source>
      <translation>Временное обозначение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>The PDF {path} could not be written ({reason}).</source>
      <translation>Не удалось записать PDF {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/pg_connections.py" />
      <source>The authentication configuration of connection '{name}' could not be read (is the master password set?).</source>
      <translation>Не удалось прочитать конфигурацию аутентификации подключения '{name}' (задан ли мастер-пароль?).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>The bill of quantities of marking and fencing: per line and in total, its length on the WGS84 ellipsoid, the signs on it (from a sign layer, or at the spacing), the fence posts at the post spacing, the wire or tape (length × strands) and, with unit prices, the cost. Written as CSV or XLSX.</source>
      <translation>Ведомость объёмов обозначения и ограждения: по каждой линии и в итоге — длина на эллипсоиде WGS84, знаки на ней (из слоя знаков или по шагу), столбы ограждения по шагу столбов, проволока или лента (длина × число нитей) и, при заданных ценах, стоимость. Записывается в CSV или XLSX.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>The check did not finish: {reason}</source>
      <translation>Проверка не завершилась: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>The confidences of {name} are in percent (0–100): they were divided by 100.</source>
      <translation>Достоверности в {name} даны в процентах (0–100): они разделены на 100.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>The dashboard could not be refreshed: {reason}</source>
      <translation>Не удалось обновить панель показателей: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>The database allows victims' needs and assistance to the victim-assistance role only; ask the database administrator for it if your work needs them.</source>
      <translation>База разрешает потребности и помощь пострадавшим только роли помощи пострадавшим; попросите её у администратора базы, если они нужны для работы.</translation>
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
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>The database has no minefield records to check.</source>
      <translation>В базе нет формуляров минных полей для проверки.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The database has no tasks; no sheet was written.</source>
      <translation>В базе данных нет задач; лист не записан.</translation>
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
      <location filename="mineaction_plugin/data/records_parallel.py" />
      <source>The database must be upgraded before records are imported into it.</source>
      <translation>Перед импортом формуляров базу данных нужно обновить.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/marking_store.py" />
      <source>The database must be upgraded first.</source>
      <translation>Сначала нужно обновить базу данных.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>The database refused a change</source>
      <translation>База данных отклонила изменение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>The database refused the change: your role may only read this project ({reason}).</source>
      <translation>База отклонила изменение: ваша роль может только читать этот проект ({reason}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>The database refused the change: {reason}</source>
      <translation>База отклонила изменение: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/records_store.py" />
      <source>The database refused the records</source>
      <translation>База данных отклонила формуляры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>The database refuses your login the victims' personal data: copy with PERSONAL=omit, or ask for the victim-assistance role. Nothing was copied.</source>
      <translation>База не даёт вашему логину личные данные пострадавших: копируйте с PERSONAL=omit или попросите роль помощи пострадавшим. Ничего не скопировано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database was left as it is.</source>
      <translation>База данных оставлена без изменений.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>The declination is a number of degrees between -180 and 180.</source>
      <translation>Склонение — число градусов от -180 до 180.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>The detections of {database} could not be read.</source>
      <translation>Не удалось прочитать обнаружения из {database}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>The district layer has no field {field}.</source>
      <translation>В слое районов нет поля {field}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>The domain {name} could not be written: {reason}</source>
      <translation>Не удалось записать домен {name}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The drawn release lies on no hazard: link it to one (hazard_id) so the hazard's remaining area counts it.</source>
      <translation>Нарисованное высвобождение не лежит ни на одном участке: свяжите его с участком (hazard_id), чтобы оно учитывалось в оставшейся площади.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>The due date is before the issue date.</source>
      <translation>Срок раньше даты выдачи.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>The due date {due} is before the issue date {issued}.</source>
      <translation>Срок {due} раньше даты выдачи {issued}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>The end date {end} is before the start date {start}.</source>
      <translation>Дата окончания {end} раньше даты начала {start}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>The end of the date range ({to}) is before its start ({start}).</source>
      <translation>Конец интервала дат ({to}) раньше его начала ({start}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>The file could not be checked: {reason}</source>
      <translation>Не удалось проверить файл: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>The file has no column {column} (given for {field}); its columns are {columns}.</source>
      <translation>В файле нет столбца {column} (указан для {field}); его столбцы: {columns}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The hazard's outline is not valid ({problem}): undo the change (Ctrl+Z) or correct it before saving.</source>
      <translation>Контур участка неверен ({problem}): отмените изменение (Ctrl+Z) или исправьте его до сохранения.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The hazard's outline is not valid ({problem}); it was not kept. Draw it again without crossing lines.</source>
      <translation>Контур участка неверен ({problem}); он не сохранён. Нарисуйте его снова без пересечений.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>The hazards could not be measured: {reason}</source>
      <translation>Не удалось измерить опасные участки: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>The import was undone: {reason}</source>
      <translation>Загрузка отменена: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>The land left is in {count} pieces; the largest is recorded, draw the others by hand.</source>
      <translation>Оставшаяся земля состоит из частей ({count}); записана наибольшая, остальные нарисуйте вручную.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The map on page(s) {pages} of the combined file could not be georeferenced (GDAL's PDF driver is missing or refused); the single sheets are.</source>
      <translation>Карту на странице(ах) {pages} общего файла не удалось привязать к координатам (драйвер PDF GDAL отсутствует или отказал); отдельные листы привязаны.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/marking_store.py" />
      <source>The marking was not saved: {reason}</source>
      <translation>Обозначение не сохранено: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The outline crossed itself into {count} pieces; the largest was kept, draw the others as hazards of their own.</source>
      <translation>Контур, пересекая себя, распался на части ({count}); сохранена наибольшая, остальные нарисуйте отдельными участками.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The outline is not valid ({problem}). Repair it (the crossing parts become separate rings)?</source>
      <translation>Контур неверен ({problem}). Исправить (пересекающиеся части станут отдельными кольцами)?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The output folder {folder} cannot be written: {reason}. No sheet was written.</source>
      <translation>В выходную папку {folder} нельзя записывать: {reason}. Ни один лист не записан.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The plan gives no hazard to {organisation}.</source>
      <translation>План не даёт организации {organisation} ни одного района.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/imsma_common.py" />
      <source>The profile {path} cannot be read: {reason}</source>
      <translation>Профиль {path} не читается: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>The profile {path} cannot be used: {reason}</source>
      <translation>Профиль {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>The quarterly "Clearance by districts" table: per district, the cleared area (km², on the WGS84 ellipsoid, of land release polygons with release type cleared) and the explosive ordnance found (sums of quantity for ERW, APM and ATM), with a Total row. Optional: a district polygon layer (adds each district's area and places features whose district is empty), and a date range (cleared areas by end date, else start date; finds by date found).</source>
      <translation>Квартальная таблица «Разминирование по районам»: по каждому району очищенная площадь (км², на эллипсоиде WGS84, полигонов высвобождения со способом «очищено») и найденные взрывоопасные предметы (суммы количества ERW, APM и ATM), со строкой итога. Дополнительно: слой полигонов районов (добавляет площадь района и относит к районам объекты без района) и интервал дат (очищенные площади по дате окончания, иначе начала; находки по дате обнаружения).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/records_store.py" />
      <source>The records are written by this process alone ({reason}).</source>
      <translation>Записи пишет только этот процесс ({reason}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>The roles were not created: {reason}</source>
      <translation>Роли не созданы: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>The statuses the selected task can move to</source>
      <translation>Статусы, в которые может перейти выбранная задача</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>The task id made from hazard {hazard} would be '{id}', which cannot be used ({reason}); give TASK_ID.</source>
      <translation>Идентификатор задания из района {hazard} был бы '{id}', его нельзя использовать ({reason}); укажите TASK_ID.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>The template {path} cannot be used: {reason}.</source>
      <translation>Шаблон {path} нельзя использовать: {reason}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>The template {path} has no map item with the id "main_map".</source>
      <translation>В шаблоне {path} нет элемента карты с идентификатором "main_map".</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>The whole programme or one district</source>
      <translation>Вся программа или один район</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/pg_connections.py" />
      <source>There is no QGIS PostgreSQL connection called '{name}' (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>Нет подключения QGIS к PostgreSQL с именем '{name}' (Обозреватель ▸ PostgreSQL ▸ Новое подключение).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>There is no hazard {id} in the database.</source>
      <translation>В базе данных нет опасного района {id}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>There is no hazard {id} with a polygon.</source>
      <translation>Нет опасного участка {id} с полигоном.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>There is no proposal {id}; nothing was changed.</source>
      <translation>Предложения {id} нет; ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>There is no task {id} in the database.</source>
      <translation>В базе данных нет задачи {id}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>There is no {id} in {layer}.</source>
      <translation>В {layer} нет {id}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Thermal</source>
      <translation>Тепловизионный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>This database has schema version {old}; this plugin uses version {new}. Upgrade it now? A backup copy is made first.</source>
      <translation>У этой базы данных версия схемы {old}; модуль использует версию {new}. Обновить сейчас? Сначала будет сделана резервная копия.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Thresholds used (JSON)</source>
      <translation>Использованные пороги (JSON)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>To (YYYY-MM-DD, inclusive)</source>
      <translation>По (ГГГГ-ММ-ДД, включительно)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>To (new GeoPackage path or new PostgreSQL schema)</source>
      <translation>Куда (новый путь GeoPackage или новая схема PostgreSQL)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>To date</source>
      <translation>По дату</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Too coarse (&gt; 2 cm) or unknown</source>
      <translation>Слишком грубое (&gt; 2 см) или неизвестно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/verification_figure.py" />
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Transcribe a paper record by hand, drawn on the map as you type</source>
      <translation>Перенести бумажный формуляр вручную; он рисуется на карте по мере ввода</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Transition</source>
      <translation>Переходный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Travelling</source>
      <translation>В пути</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Traverse length from the landmark (m)</source>
      <translation>Длина хода от ориентира (м)</translation>
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
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Turning points</source>
      <translation>Поворотные точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Turns a minefield record table (CSV with comma or semicolon, or XLSX; one row per point with bearings and distances from a landmark) into perimeters, points and mine rows on the WGS84 ellipsoid. A record with any bad row is rejected whole and all its rows are listed in Errors with the file row and the reason; the other records are imported. With a project database, all accepted records are appended in one transaction (all or nothing).</source>
      <translation>Превращает таблицу формуляров минных полей (CSV с запятой или точкой с запятой либо XLSX; по строке на точку с азимутом и расстоянием от ориентира) в периметры, точки и минные ряды на эллипсоиде WGS84. Формуляр с любой ошибочной строкой отклоняется целиком, а все его строки попадают в таблицу ошибок с номером строки файла и причиной; остальные формуляры импортируются. При указании базы данных проекта все принятые формуляры добавляются одной транзакцией (всё или ничего).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>UTM zone</source>
      <translation>Зона UTM</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unarmed</source>
      <translation>Не взведён</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Unchanged</source>
      <translation>Без изменений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unmatched finds</source>
      <translation>Несовпавшие находки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Unreliable</source>
      <translation>Недостоверный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unreviewed</source>
      <translation>Не проверено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Unreviewed, confidence &lt; 0.8</source>
      <translation>Не проверено, достоверность &lt; 0.8</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Unreviewed, confidence ≥ 0.8</source>
      <translation>Не проверено, достоверность ≥ 0.8</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Unverified</source>
      <translation>Не проверен</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Updated</source>
      <translation>Обновлено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Upgrade project database</source>
      <translation>Обновить базу данных проекта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgraded from schema {old} to {new}.</source>
      <translation>Обновлено со схемы {old} до {new}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgraded from schema {old} to {new}; backup: {backup}</source>
      <translation>Схема обновлена с версии {old} до {new}; резервная копия: {backup}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgrades a project database made by an older version of the plugin. For a GeoPackage, a backup copy is written next to it first (name.backup-&lt;time&gt;.gpkg); on PostGIS the server's own backups stand for it. The upgrade itself is one transaction, so a failure leaves the database as it was.</source>
      <translation>Обновляет базу данных проекта, созданную более старой версией модуля. Для GeoPackage сначала рядом записывается резервная копия (name.backup-&lt;time&gt;.gpkg); на PostGIS её заменяют резервные копии самого сервера. Обновление выполняется одной транзакцией, поэтому при ошибке база остаётся прежней.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Use a country profile (JSON)</source>
      <translation>Использовать профиль страны (JSON)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Vegetation</source>
      <translation>Растительность</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Vegetation id</source>
      <translation>Идентификатор растительности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Verification</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Verify minefield records against finds</source>
      <translation>Проверить формуляры минных полей по находкам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Version read (PostGIS: refuse the change if the task was saved since)</source>
      <translation>Прочитанная версия (PostGIS: отклонить изменение, если задачу с тех пор сохраняли)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Victim</source>
      <translation>Пострадавший</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victim id</source>
      <translation>Идентификатор пострадавшего</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Victim-assistance role</source>
      <translation>Роль помощи пострадавшим</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victims</source>
      <translation>Пострадавшие</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Victims counted</source>
      <translation>Учтено пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Victims imported</source>
      <translation>Импортировано пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Victims per year</source>
      <translation>Пострадавшие по годам</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victims' needs</source>
      <translation>Потребности пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Victims' needs report</source>
      <translation>Отчёт о потребностях пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victims' personal data</source>
      <translation>Личные данные пострадавших</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Victims' personal data, needs and assistance</source>
      <translation>Личные данные, потребности и помощь пострадавшим</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Victims' personal data, needs and assistance were left out.</source>
      <translation>Личные данные, потребности и помощь пострадавшим не включены.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Viewer role</source>
      <translation>Роль просмотра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Warning signs (marking_id, sign_type, facing_deg)</source>
      <translation>Предупреждающие знаки (marking_id, sign_type, facing_deg)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Warning signs along marking lines</source>
      <translation>Предупреждающие знаки вдоль линий обозначения</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Water</source>
      <translation>Вода</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Weight</source>
      <translation>Вес</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Weights (JSON)</source>
      <translation>Веса (JSON)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>What aerial survey cannot see: a single object the detector missed on open ground (its recall is never 1), anything buried, anything under vegetation. A reduction candidate is land to survey (NTS/TS), never land released.</source>
      <translation>Чего не видит аэрообследование: одиночный предмет, пропущенный детектором на открытой местности (его полнота никогда не равна 1), ничего заглублённого, ничего под растительностью. Кандидат на сокращение — земля для обследования (NTS/TS), а не высвобожденная земля.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>What if: ANAMA: machines=18</source>
      <translation>Что если: ANAMA: machines=18</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>When each settlement is safe (plan from {start})</source>
      <translation>Когда каждый населённый пункт станет безопасным (план с {start})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Which hazard first, and when each returning village will be safe: the ranking explained, the work plan and its targets.</source>
      <translation>Какой район первым и когда каждое возвращаемое село станет безопасным: объяснённое ранжирование, план работ и его цели.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Why</source>
      <translation>Почему</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Why are they rejected?</source>
      <translation>Почему они отклонены?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Why tasks were not printed</source>
      <translation>Почему задачи не напечатаны</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Wire strands (or tape lines)</source>
      <translation>Нитей проволоки (или линий ленты)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Work plan (PLAN of Forecast the work plan): sheets in plan order</source>
      <translation>План работ (PLAN прогноза): листы в порядке плана</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Work plan from {start}: everything cleared by {finish}</source>
      <translation>План работ с {start}: всё очищено к {finish}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Worked on</source>
      <translation>В работе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Working days per year</source>
      <translation>Рабочих дней в году</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Write hazards.priority (1–5 by score quintile)</source>
      <translation>Записать hazards.priority (1–5 по квинтилям балла)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>Write no password into the database string: store it in the QGIS authentication database (a QGIS connection with an authentication configuration), in ~/.pgpass or in a service file.</source>
      <translation>Не пишите пароль в строку базы: храните его в базе аутентификации QGIS (подключение QGIS с конфигурацией аутентификации), в ~/.pgpass или в файле служб.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Write the sheets of the selected tasks (or of every issued task when none is selected) to a folder</source>
      <translation>Записать листы выбранных задач (или всех выданных, если ничего не выбрано) в папку</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Writes hazards, land release (hazard reduction), EO finds, marking, tasks, accidents and victims as IMSMA Core appends them (victims' names, birth dates, addresses and phones only with INCLUDE_PERSONAL): names, required fields and coded-value domains from the profile (default: IMSMA Core generic), WGS 84, ISO dates, domain codes. FORMAT filegdb or gpkg carry the domains; xlsx has one sheet per entity (latitude/longitude for points, WKT otherwise). By default only what changed since the last successful export is written. Every feature is checked first: with ON_INVALID = stop nothing is written when one fails, with skip the others are written; REPORT lists the problems.</source>
      <translation>Записывает опасные районы, высвобождение земель (сокращение опасности), находки ВОП, обозначение, задания, происшествия и пострадавших так, как их добавляет IMSMA Core (имена, даты рождения, адреса и телефоны пострадавших — только с INCLUDE_PERSONAL): имена, обязательные поля и домены кодированных значений из профиля (по умолчанию: IMSMA Core generic), WGS 84, даты ISO, коды доменов. FORMAT filegdb или gpkg несут домены; xlsx — один лист на сущность (широта/долгота для точек, иначе WKT). По умолчанию записывается только изменённое после последнего успешного экспорта. Сначала проверяется каждый объект: при ON_INVALID = stop ничего не записывается, если один не прошёл, при skip записываются остальные; REPORT перечисляет проблемы.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Writes marking lines (from Perimeter marking lines) and their warning signs (from Warning signs along marking lines) into the project database as planned marking, in one transaction. Each line is linked to the first hazard in its hazard_id field and named MK-&lt;hazard id&gt;-&lt;n&gt;; its signs are &lt;marking id&gt;-S&lt;n&gt;.</source>
      <translation>Записывает линии обозначения (из «Линии обозначения периметра») и их предупреждающие знаки (из «Предупреждающие знаки вдоль линий обозначения») в базу проекта как запланированное обозначение, одной транзакцией. Каждая линия связывается с первым опасным районом из поля hazard_id и получает имя MK-&lt;id района&gt;-&lt;n&gt;; её знаки — &lt;id обозначения&gt;-S&lt;n&gt;.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Writes one PDF task sheet per task, named &lt;task id&gt;.pdf, into the output folder: title block, map of the task area at a standard scale with UTM grid and graticule, overview, legend, turning points with coordinates, marking, finds nearby, safety notes, emergency contacts and signatures. FILTER is an expression on the tasks layer (for example "status" = 'issued'). A task that cannot be printed is reported by name and the others are still written. No network is needed.</source>
      <translation>Записывает по одному PDF-листу на задачу с именем &lt;id задачи&gt;.pdf в выходную папку: заголовок, карта района задачи в стандартном масштабе с сеткой UTM и картографической сеткой, обзорная карта, легенда, поворотные точки с координатами, обозначение, находки поблизости, меры безопасности, экстренные контакты и подписи. FILTER — выражение по слою задач (например "status" = 'issued'). Задача, которую нельзя напечатать, называется в сообщении, остальные всё равно записываются. Сеть не нужна.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Writing task sheets…</source>
      <translation>Запись листов задач…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Written: {path}</source>
      <translation>Записано: {path}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>a fit {distance} m from this one matches {matched} mines (this one {best})</source>
      <translation>совмещение в {distance} м от этого даёт {matched} совпадений (это: {best})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>a profile is a JSON object of criterion: weight</source>
      <translation>профиль — объект JSON вида критерий: вес</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>absolute coordinate in crs (latitude for EPSG:4326)</source>
      <translation>абсолютная координата в crs (широта для EPSG:4326)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>absolute coordinate in crs (longitude for EPSG:4326)</source>
      <translation>абсолютная координата в crs (долгота для EPSG:4326)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>accepted proposal {id}: {evidence}</source>
      <translation>принятое предложение {id}: {evidence}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>accident date {date} is in the future</source>
      <translation>дата происшествия {date} в будущем</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>accident {id} is already in the database</source>
      <translation>происшествие {id} уже есть в базе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>accident {id}: {field} differs from row {row}</source>
      <translation>происшествие {id}: {field} отличается от строки {row}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>age of {value} years (0–{most})</source>
      <translation>возраст {value} лет (0–{most})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>age {value} is not a number</source>
      <translation>возраст {value} — не число</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>all records</source>
      <translation>все формуляры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>area</source>
      <translation>площадь</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>as the hazard</source>
      <translation>как у опасного района</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>at least {value}</source>
      <translation>не меньше {value}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>at most {value}</source>
      <translation>не больше {value}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>bearing is missing (a point without x, y is measured by bearing and distance)</source>
      <translation>нет азимута (точка без x, y задаётся азимутом и расстоянием)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>bearing {value} is out of range for unit {unit} (0–{full})</source>
      <translation>азимут {value} вне диапазона для единицы {unit} (0–{full})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>became hazard {hazard}</source>
      <translation>стало опасным районом {hazard}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>between 0 and 1</source>
      <translation>от 0 до 1</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>blast</source>
      <translation>фугасная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>bounding fragmentation</source>
      <translation>выпрыгивающая осколочная</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>by reliability</source>
      <translation>по достоверности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>cancelled</source>
      <translation>отменено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>category {value} is not one of {codes}</source>
      <translation>категория {value} не входит в {codes}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>closed from the dock</source>
      <translation>закрыт из панели</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>column</source>
      <translation>столбец</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>confidence {value} outside 0–{top} (this file's confidences are {scale})</source>
      <translation>достоверность {value} вне 0–{top} (достоверности этого файла {scale})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>confirmed ({value})</source>
      <translation>подтверждён ({value})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>coordinates need both x and y</source>
      <translation>для координат нужны и x, и y</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>coordinates {lon}, {lat} are not on the Earth</source>
      <translation>координаты {lon}, {lat} не на Земле</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>coordinates {lon}, {lat} are not on the Earth (longitude −180…180, latitude −90…90)</source>
      <translation>координаты {lon}, {lat} не на Земле (долгота −180…180, широта −90…90)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>correction from check {check}: reading {reading}, landmark moved {shift} m towards {bearing}°</source>
      <translation>поправка по проверке {check}: прочтение {reading}, ориентир сдвинут на {shift} м по азимуту {bearing}°</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>created from hazard {id}</source>
      <translation>создана по опасному району {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>created from proposal {id}</source>
      <translation>создан из предложения {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>crs '{crs}' is not a coordinate reference system QGIS knows (write it as EPSG:code)</source>
      <translation>crs '{crs}' — неизвестная QGIS система координат (запишите как EPSG:код)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>date_laid '{value}' is not a date (write YYYY-MM-DD or DD.MM.YYYY)</source>
      <translation>date_laid '{value}' не является датой (пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>datum</source>
      <translation>датум</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>declination</source>
      <translation>склонение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>declination_deg {value} is out of range (−90 to 90)</source>
      <translation>declination_deg {value} вне допустимого диапазона (от −90 до 90)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>deg (default), mil6400 (NATO mils), mil6000 (Soviet mils), grad</source>
      <translation>deg (по умолчанию), mil6400 (тысячные НАТО), mil6000 (тысячные, 60-00), grad</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>directional fragmentation</source>
      <translation>осколочная направленного действия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance in paces needs pace_m (the length of one pace in metres)</source>
      <translation>для расстояния в шагах нужен pace_m (длина одного шага в метрах)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance is missing</source>
      <translation>нет расстояния</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance {value} must be greater than 0</source>
      <translation>расстояние {value} должно быть больше 0</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance {value} {unit} is {metres} m, longer than a recorded leg can be ({limit} m)</source>
      <translation>расстояние {value} {unit} — это {metres} м, длиннее, чем может быть отрезок формуляра ({limit} м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>duplicate id: {id} is already in the database</source>
      <translation>повтор идентификатора: {id} уже есть в базе данных</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>duplicate id: {id} is also on row {row}</source>
      <translation>повтор идентификатора: {id} есть и в строке {row}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>duplicate victim_id {id} (also on row {row})</source>
      <translation>повтор victim_id {id} (есть и в строке {row})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>e.g. 6.4 (east positive); empty: not known</source>
      <translation>напр. 6.4 (восточное положительно); пусто: неизвестно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>e.g. PMN-2, TM-62M</source>
      <translation>напр. PMN-2, TM-62M</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>editor</source>
      <translation>редактор</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>end date YYYY-MM-DD</source>
      <translation>дата окончания ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>error</source>
      <translation>ошибка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>evidence {value}</source>
      <translation>свидетельства {value}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>flight {id} has no footprint</source>
      <translation>у полёта {id} нет контура</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>flight {id} is already in the database: the one there is kept</source>
      <translation>полёт {id} уже есть в базе данных: сохраняется имеющийся</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>flight {id} is also on row {row}</source>
      <translation>полёт {id} есть и в строке {row}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>from_point chain loops: {chain}</source>
      <translation>цепочка from_point замыкается в цикл: {chain}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>from_point {ref} is not a point of record {record}</source>
      <translation>from_point {ref} не является точкой формуляра {record}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>funded reconstruction ready nearby</source>
      <translation>рядом готово финансированное восстановление</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>grid</source>
      <translation>сетка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>grid bearing needs grid_crs (the projected CRS of the grid, e.g. EPSG:32638)</source>
      <translation>для азимута по сетке нужен grid_crs (проекционная система координат сетки, напр. EPSG:32638)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>grid north</source>
      <translation>сеточный север</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>grid_crs '{crs}' is in degrees; a grid bearing needs a projected CRS, e.g. EPSG:32638</source>
      <translation>grid_crs '{crs}' в градусах; сеточному азимуту нужна проекционная СК, например EPSG:32638</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>grid_crs '{crs}' is not a coordinate reference system QGIS knows</source>
      <translation>grid_crs '{crs}' — неизвестная QGIS система координат</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>ground resolution {value} cm is not a positive number</source>
      <translation>разрешение на местности {value} см — не положительное число</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>ha, last 12 months with clearance</source>
      <translation>га, последние 12 месяцев с разминированием</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>hazards too</source>
      <translation>и опасные районы</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>hazards.priority changed on {count} hazards (history kept).</source>
      <translation>hazards.priority изменён у {count} районов (история сохранена).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/identifiers.py" />
      <source>holds an invisible or control character (U+{code:04X}); retype it</source>
      <translation>содержит невидимый или управляющий символ (U+{code:04X}); наберите заново</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>imported from IMSMA</source>
      <translation>загружено из IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>in percent</source>
      <translation>в процентах</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>inside</source>
      <translation>внутри</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>inspected YYYY-MM-DD</source>
      <translation>осмотрено ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>installed YYYY-MM-DD</source>
      <translation>установлено ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/identifiers.py" />
      <source>is {length} characters long; an id has at most {limit}</source>
      <translation>длиной {length} символов; идентификатор — не более {limit}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>kept as a candidate for non-technical or technical survey; nothing is released until that activity is recorded</source>
      <translation>сохранено как кандидат для нетехнического или технического обследования; ничего не высвобождается, пока эта работа не записана</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>killed and injured, last 12 years with accidents</source>
      <translation>погибшие и раненые, последние 12 лет с происшествиями</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>landmark</source>
      <translation>ориентир</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>landmark coordinates</source>
      <translation>координаты ориентира</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>landmark {point} has no coordinates (x, y): a record starts from a landmark of known position</source>
      <translation>у ориентира {point} нет координат (x, y): формуляр начинается от ориентира с известным положением</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>latitude {lat} is out of range (−90 to 90); is x the longitude and y the latitude?</source>
      <translation>широта {lat} вне допустимого диапазона (от −90 до 90); x — долгота, а y — широта?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>length of one pace in metres</source>
      <translation>длина одного шага в метрах</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>line {line}</source>
      <translation>строка {line}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>longitude {lon} is out of range (−180 to 180)</source>
      <translation>долгота {lon} вне допустимого диапазона (от −180 до 180)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>m (default), pace, ft</source>
      <translation>m (по умолчанию), pace, ft</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>magnetic</source>
      <translation>магнитный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>magnetic (default), true, grid</source>
      <translation>magnetic (по умолчанию), true, grid</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>magnetic bearing needs declination_deg (magnetic declination, east positive)</source>
      <translation>для магнитного азимута нужен declination_deg (магнитное склонение, восточное положительно)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>magnetic declination in degrees, east positive</source>
      <translation>магнитное склонение в градусах, восточное положительно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>meaning</source>
      <translation>значение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>measured points</source>
      <translation>измеренные точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>mil units</source>
      <translation>единицы тысячных</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine model '{model}' of row {row_id} is not in the catalogue: category left empty</source>
      <translation>модели мины '{model}' ряда {row_id} нет в каталоге: категория не заполнена</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>mine row identifier; one RS and one RE per row</source>
      <translation>код минного ряда; по одной RS и одной RE на ряд</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine row {row_id} has its {present} but no {missing}</source>
      <translation>у минного ряда {row_id} есть {present}, но нет {missing}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine row {row_id} has more than one {type}</source>
      <translation>в минном ряду {row_id} больше одной точки {type}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine row {row_id} has no {field}</source>
      <translation>у минного ряда {row_id} нет {field}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>mine_count {value} is more than a row can hold (at most {limit})</source>
      <translation>mine_count {value} — больше, чем вмещает ряд (не более {limit})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>mine_count {value} must be a whole number ≥ 0</source>
      <translation>mine_count {value} должно быть целым числом ≥ 0</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>mineaction:importaccidents: a file with any bad row imports nothing, and its rows are listed</source>
      <translation>mineaction:importaccidents: файл с любой плохой строкой ничего не импортирует, а строки перечисляются</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>mines laid in the row</source>
      <translation>мин, установленных в ряду</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>missing</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>missing accident id</source>
      <translation>нет идентификатора происшествия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>missing flight id</source>
      <translation>нет идентификатора полёта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>missing id</source>
      <translation>нет идентификатора</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>missing victim id</source>
      <translation>нет идентификатора пострадавшего</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>m² per day</source>
      <translation>м² в день</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>nearest settlement {value:,.0f} m</source>
      <translation>ближайший населённый пункт {value:,.0f} м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>never</source>
      <translation>никогда</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>never inspected</source>
      <translation>ни разу не осматривалась</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>no coordinates (no geometry)</source>
      <translation>нет координат (нет геометрии)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>no criterion of the profile applies</source>
      <translation>ни один критерий профиля не применим</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>none: it is final</source>
      <translation>нет: статус конечный</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>not a File Geodatabase, GeoPackage or XLSX file</source>
      <translation>не File Geodatabase, GeoPackage или XLSX</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>not imported: record {record} has errors (row {row})</source>
      <translation>не импортировано: в формуляре {record} есть ошибки (строка {row})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>not recorded: check with a local source before using a compass</source>
      <translation>не записано: уточните по местному источнику перед работой с компасом</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>nothing left to release</source>
      <translation>высвобождать больше нечего</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>number in bearing_unit</source>
      <translation>число в единицах bearing_unit</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>number in distance_unit, greater than 0</source>
      <translation>число в единицах distance_unit, больше 0</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>off-route</source>
      <translation>противобортовая</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>ok</source>
      <translation>в порядке</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>pace length</source>
      <translation>длина шага</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>pace_m {value} is not a plausible pace length (0.3–1.5 m)</source>
      <translation>pace_m {value} — неправдоподобная длина шага (0,3–1,5 м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>paces</source>
      <translation>шаги</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>perimeter</source>
      <translation>периметр</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>point the bearing and distance are measured from; blank = the previous row of the same record</source>
      <translation>точка, от которой измерены азимут и расстояние; пусто = предыдущая строка того же формуляра</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>point_id is empty</source>
      <translation>point_id пуст</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>point_id {point} appears twice in record {record} (rows {first} and {row})</source>
      <translation>point_id {point} встречается в формуляре {record} дважды (строки {first} и {row})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>point_type is empty (use LM, BM, SP, TP, IP, EP, RS or RE)</source>
      <translation>point_type пуст (укажите LM, BM, SP, TP, IP, EP, RS или RE)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>power line {value:,.0f} m away</source>
      <translation>ЛЭП в {value:,.0f} м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>projected CRS whose grid north the bearing refers to</source>
      <translation>проекционная система координат, к северу сетки которой отнесён азимут</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>railway {value:,.0f} m away</source>
      <translation>железная дорога в {value:,.0f} м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>ranked with profile {profile}</source>
      <translation>ранжировано по профилю {profile}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>reading {reading} fits as well with a {shift} m shift</source>
      <translation>прочтение {reading} тоже подходит со сдвигом {shift} м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>reading {reading}, shift {shift} m towards {bearing}°, rotation {rotation}°, scale {scale}; {matched} of {expected} mines matched (RMS {rms} m)</source>
      <translation>прочтение {reading}, сдвиг {shift} м по азимуту {bearing}°, поворот {rotation}°, масштаб {scale}; совпало {matched} из {expected} мин (СКО {rms} м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>reason</source>
      <translation>причина</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>record check {check}: {status}</source>
      <translation>проверка формуляра {check}: {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>record {record} has no point with coordinates: add the landmark's x and y</source>
      <translation>в формуляре {record} нет точки с координатами: добавьте x и y ориентира</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>record {record} has {count} perimeter points (SP, TP, IP, EP); at least 3 are needed for an area</source>
      <translation>в формуляре {record} точек периметра (SP, TP, IP, EP): {count}; для участка нужно не менее 3</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>record {record} is already in the database (choose replace to overwrite it)</source>
      <translation>формуляр {record} уже есть в базе данных (выберите «replace», чтобы заменить его)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>record_id is empty: the row belongs to no record</source>
      <translation>record_id пуст: строка не относится ни к одному формуляру</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>records on the map</source>
      <translation>формуляры на карте</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>refers to {value} ({layer}), which is neither in the database nor in this file</source>
      <translation>ссылается на {value} ({layer}), которого нет ни в базе данных, ни в этом файле</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>required</source>
      <translation>обязательно</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>return stage {value:.0f}</source>
      <translation>этап возвращения {value:.0f}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>reverted to the form as recorded</source>
      <translation>возвращено к формуляру как записан</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>review status {value} is not one of {codes}</source>
      <translation>статус проверки {value} не входит в {codes}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>reviewed in the dock</source>
      <translation>проверено в панели</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>road {value:,.0f} m away</source>
      <translation>дорога в {value:,.0f} м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>row {row_id}: {count} mines at {spacing} m need {expected} m but the row is {length} m long</source>
      <translation>ряд {row_id}: для {count} мин с шагом {spacing} м нужно {expected} м, а длина ряда {length} м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>row {row}, accident {accident}, victim {victim}: {field}: {reason}</source>
      <translation>строка {row}, происшествие {accident}, пострадавший {victim}: {field}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>row {row}, record {record}, point {point}: {problem}</source>
      <translation>строка {row}, формуляр {record}, точка {point}: {problem}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>row {row}: detection {id} lies outside the footprint of flight {flight} (imported)</source>
      <translation>строка {row}: обнаружение {id} лежит вне контура полёта {flight} (импортировано)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>row_id {reason}</source>
      <translation>row_id {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>see the message bar</source>
      <translation>см. панель сообщений</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>selected records</source>
      <translation>выбранные формуляры</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>spacing between mines in the row, metres</source>
      <translation>расстояние между минами в ряду, м</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>spacing_m {value} is not a plausible spacing of mines (at most {limit} m)</source>
      <translation>spacing_m {value} — неправдоподобный шаг мин (не более {limit} м)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>spacing_m {value} must be greater than 0</source>
      <translation>spacing_m {value} должно быть больше 0</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>stake fragmentation</source>
      <translation>осколочная на колышке</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/plan_figures.py" />
      <source>target missed</source>
      <translation>цель не достигнута</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>the accident has no date</source>
      <translation>у происшествия нет даты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>the beginning</source>
      <translation>начала</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>the first point of a record needs coordinates (x, y) or a from_point</source>
      <translation>первой точке формуляра нужны координаты (x, y) или from_point</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>the form cannot be computed</source>
      <translation>формуляр не удаётся рассчитать</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>the import failed or was cancelled (details in the log)</source>
      <translation>импорт не удался или был отменён (подробности в журнале)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>the minefield record (form) this point belongs to</source>
      <translation>формуляр минного поля, к которому относится точка</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>the outcome (killed or injured) is missing</source>
      <translation>нет исхода (погиб или ранен)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>the perimeter of record {record} crosses itself: check the bearings and distances of its turning points</source>
      <translation>периметр формуляра {record} самопересекается: проверьте азимуты и расстояния поворотных точек</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>the profile is not JSON: {reason}</source>
      <translation>профиль — не JSON: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>the record was rejected (see the log)</source>
      <translation>запись отклонена (см. журнал)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/record_evidence.py" />
      <source>the stored form cannot be computed; check the record</source>
      <translation>сохранённую форму нельзя вычислить; проверьте запись</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>the straight closing edge from {last} back to {first} crosses a measured leg: the area is not closed as drawn; check the record in the field</source>
      <translation>прямая замыкающая сторона от {last} к {first} пересекает измеренную сторону: участок не замыкается так, как начерчен; проверьте формуляр на местности</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id is empty</source>
      <translation>идентификатор задачи пуст</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id is longer than 100 characters</source>
      <translation>идентификатор задачи длиннее 100 символов</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id may hold only letters A–Z, digits, '.', '-' and '_' (no slashes or spaces)</source>
      <translation>идентификатор задачи может содержать только буквы A–Z, цифры, '.', '-' и '_' (без косых черт и пробелов)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id starts with a dot</source>
      <translation>идентификатор задачи начинается с точки</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>the victim's accident has no date</source>
      <translation>у происшествия пострадавшего нет даты</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>the weight of {criterion} is not a number</source>
      <translation>вес {criterion} — не число</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>the whole hazard</source>
      <translation>весь участок</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/records_parallel.py" />
      <source>the writing process stopped</source>
      <translation>процесс записи остановился</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>undone in the dock</source>
      <translation>отменено в панели</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>unique within its record, e.g. LM1, BM1, SP, TP3, R2S</source>
      <translation>уникален в пределах формуляра, напр. LM1, BM1, SP, TP3, R2S</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown bearing reference '{value}' (use {allowed})</source>
      <translation>неизвестный отсчёт азимута '{value}' (укажите {allowed})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown bearing unit '{value}' (use {allowed})</source>
      <translation>неизвестная единица азимута '{value}' (укажите {allowed})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown distance unit '{value}' (use {allowed})</source>
      <translation>неизвестная единица расстояния '{value}' (укажите {allowed})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>unknown flight {flight}: it is neither in FLIGHTS nor in survey_flights</source>
      <translation>неизвестный полёт {flight}: его нет ни в FLIGHTS, ни в survey_flights</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown point_type '{value}' (use {allowed})</source>
      <translation>неизвестный point_type '{value}' (укажите {allowed})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>unknown {field} code {value} (one of {codes})</source>
      <translation>неизвестный код {field} {value} (допустимы: {codes})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>victim without an accident</source>
      <translation>пострадавший без происшествия</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>victim without an accident: no accident {id}</source>
      <translation>пострадавший без происшествия: нет происшествия {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>victim {id} is already in the database</source>
      <translation>пострадавший {id} уже есть в базе</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>warning</source>
      <translation>предупреждение</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>what is left</source>
      <translation>оставшаяся часть</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>x / longitude</source>
      <translation>x / долгота</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>x as recorded</source>
      <translation>x по формуляру</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} are beyond any coordinate system</source>
      <translation>x {x}, y {y} вне любой системы координат</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} are metres, not degrees: give crs the grid they were measured in (e.g. EPSG:32638 for UTM 38N)</source>
      <translation>x {x}, y {y} — метры, а не градусы: укажите в crs сетку, в которой они измерены (например EPSG:32638 для UTM 38N)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} cannot be converted from {crs}</source>
      <translation>x {x}, y {y} невозможно пересчитать из {crs}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} lie outside the area where {crs} is used ({west}°–{east}° E, {south}°–{north}° N)</source>
      <translation>x {x}, y {y} лежат вне области применения {crs} ({west}°–{east}° в. д., {south}°–{north}° с. ш.)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>y / latitude</source>
      <translation>y / широта</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>y as recorded</source>
      <translation>y по формуляру</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>{accidents} accident rows and {victims} victim rows read from {name}.</source>
      <translation>Из {name} прочитано строк происшествий: {accidents}, пострадавших: {victims}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>{accidents} accidents ({placed} inside a hazard or record) and {victims} victims imported.</source>
      <translation>Импортировано происшествий: {accidents} (внутри опасного района или формуляра: {placed}), пострадавших: {victims}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>{accidents} accidents and {victims} victims imported.</source>
      <translation>Импортировано происшествий: {accidents}, пострадавших: {victims}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>{changed} detections set to {status}; {unchanged} were already so.</source>
      <translation>{changed} обнаружений переведено в {status}; {unchanged} уже были такими.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>{count} accidents with a known place lie outside every hazard: places to survey (selected on the map).</source>
      <translation>Происшествий с известным местом вне всех опасных районов: {count} — места для обследования (выделены на карте).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>{count} evidence points ({detections} detections, {finds} EO finds, {accidents} accidents).</source>
      <translation>{count} точек свидетельств ({detections} обнаружений, {finds} находок ВОП, {accidents} происшествий).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>{count} features exported to {path} ({tables}); changes after {since}.</source>
      <translation>Выгружено объектов: {count} в {path} ({tables}); изменения после {since}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>{count} features exported to {path}.</source>
      <translation>Выгружено объектов: {count} в {path}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>{count} features to export, {problems} problems.</source>
      <translation>Объектов к выгрузке: {count}, проблем: {problems}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>{count} hazards created from minefield records.</source>
      <translation>Из формуляров минных полей создано опасных участков: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>{count} hazards created.</source>
      <translation>Создано опасных участков: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>{count} hazards have nothing left to release and can be closed.</source>
      <translation>Участков, где высвобождать больше нечего и которые можно закрыть: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>{count} hazards ranked with profile {profile}; first: {first}.</source>
      <translation>Ранжировано районов: {count} по профилю {profile}; первый: {first}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>{count} hazards, {area} ha, planned with {capacity} m² a day: everything cleared by {finish}.</source>
      <translation>{count} районов, {area} га, план при {capacity} м² в день: всё очищено к {finish}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>{count} hazards, {area} ha, {remaining} ha still to release; {ready} ready to close.</source>
      <translation>Опасных участков: {count}, {area} га, ещё высвободить {remaining} га; готовы к закрытию: {ready}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>{count} needs listed in {path}.</source>
      <translation>В {path} перечислено потребностей: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>{count} new CHA proposals, {area} m² in all.</source>
      <translation>{count} предложений новых CHA, всего {area} м².</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>{count} problems found; nothing was exported (see the report, or export with ON_INVALID=skip).</source>
      <translation>Найдено проблем: {count}; ничего не выгружено (см. отчёт или выгрузите с ON_INVALID=skip).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>{count} problems in {path}; nothing was imported.</source>
      <translation>В {path} проблем: {count}; ничего не загружено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>{count} proposals decided ({decision}); hazards created: {hazards}.</source>
      <translation>Решено предложений: {count} ({decision}); созданы опасные районы: {hazards}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>{count} records appended to {database}.</source>
      <translation>В {database} добавлено формуляров: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{count} records changed, {hazards} hazards moved.</source>
      <translation>Изменено формуляров: {count}, перенесено опасных районов: {hazards}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{count} records checked: {reliable} reliable, {explained} explained, {partly} partly, {unreliable} unreliable, {unverified} unverified.</source>
      <translation>Проверено формуляров: {count}; надёжных {reliable}, объяснённых {explained}, частично {partly}, ненадёжных {unreliable}, не проверено {unverified}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{count} reduction candidates, {area} m² in all: for survey, not released.</source>
      <translation>{count} кандидатов на сокращение, всего {area} м²: для обследования, не высвобождены.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{count} rejected rows saved to {path}.</source>
      <translation>Отклонённые строки ({count}) сохранены в {path}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>{count} rows are wrong: nothing was imported. Correct the file at its source and import it again (the rows are listed in Errors).</source>
      <translation>Ошибочных строк: {count}; ничего не импортировано. Исправьте файл в источнике и импортируйте снова (строки перечислены в Ошибках).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>{count} rows copied: {layers}</source>
      <translation>Скопировано строк: {count}: {layers}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>{count} signs placed.</source>
      <translation>Установлено знаков: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>{count} task sheets written to {folder}.</source>
      <translation>Листов задач записано в {folder}: {count}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{criterion} is not a criterion (one of {names})</source>
      <translation>{criterion} — не критерий (допустимы: {names})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{database} was made by an older version of the plugin (schema {found}, now {known}): upgrade it first (Upgrade project database, which keeps a backup).</source>
      <translation>{database} создана старой версией модуля (схема {found}, сейчас {known}): сначала обновите её («Обновить базу данных проекта», с резервной копией).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>{distance} m outside</source>
      <translation>{distance} м снаружи</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>{field} '{value}' is not a number</source>
      <translation>{field} '{value}' не является числом</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>{field} must be {limits}</source>
      <translation>{field}: должно быть {limits}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>{field} {reason}</source>
      <translation>{field} {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>{field} {value} is not one of {codes}</source>
      <translation>{field} {value} не входит в {codes}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>{field}: '{value}' is not a date (write YYYY-MM-DD).</source>
      <translation>{field}: '{value}' не является датой (пишите ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>{file} row {row}, {id}: {field}: {reason}</source>
      <translation>{file} строка {row}, {id}: {field}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>{flights} flights · {imaged} imaged · {reviewed} of {detections} detections reviewed · {accepted} proposals accepted · {reduce} proposed for reduction</source>
      <translation>полётов {flights} · снято {imaged} · проверено {reviewed} из {detections} обнаружений · принято предложений {accepted} · {reduce} предложено к сокращению</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>{good} detections and {flights} flights imported, {bad} rows rejected (listed in Errors).</source>
      <translation>Импортировано {good} обнаружений и {flights} полётов, отклонено строк: {bad} (перечислены в Ошибках).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{good} records imported into the database; {bad} rejected.</source>
      <translation>В базу данных импортировано формуляров: {good}; отклонено: {bad}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>{good} records imported, {bad} rejected ({rows} rows listed in Errors).</source>
      <translation>Импортировано формуляров: {good}, отклонено: {bad} (строк в таблице ошибок: {rows}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{good} records ready ({warned} with warnings), {bad} rejected with {rows} rows: see the reasons below.</source>
      <translation>Готово формуляров: {good} (с предупреждениями: {warned}); отклонено: {bad}, строк: {rows} — причины ниже.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{hazard}: no land seen well and empty.</source>
      <translation>{hazard}: нет хорошо видимой пустой земли.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{hazard}: {area} m² seen well and empty ({share} % of the hazard).</source>
      <translation>{hazard}: {area} м² хорошо видно и пусто ({share} % района).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id} is not corrected; nothing to revert.</source>
      <translation>{id} не исправлен; откатывать нечего.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>{id} was changed by someone else since you read it: {detail}. Nothing was saved; reload and decide again.</source>
      <translation>{id} изменил кто-то другой после того, как вы его прочли: {detail}. Ничего не сохранено; перезагрузите и решите заново.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>{id} · {cls} · confidence {confidence} · flight {flight} · {status}</source>
      <translation>{id} · {cls} · достоверность {confidence} · полёт {flight} · {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id}: already corrected by {check}.</source>
      <translation>{id}: уже исправлен по {check}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id}: its latest check is {status}, not explained; left as it is.</source>
      <translation>{id}: последняя проверка — {status}, не «объяснённый»; оставлен как есть.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id}: the corrected record cannot be computed; nothing was written.</source>
      <translation>{id}: исправленный формуляр не удаётся рассчитать; ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>{id}: {area} m² released.</source>
      <translation>{id}: высвобождено {area} м².</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>{id}: {area} m² {type}.</source>
      <translation>{id}: {area} м² ({type}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: the folder {folder} is read-only; nothing was written.</source>
      <translation>{label}: папка {folder} доступна только для чтения; ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{label}: {filter} is not a valid expression: {reason}</source>
      <translation>{label}: {filter} — неверное выражение: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{label}: {functions} may change data and is not allowed in an expression that selects what to read.</source>
      <translation>{label}: {functions} может изменить данные и не допускается в выражении, выбирающем, что читать.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} exists and is not a {kinds} file this output writes; it is left alone. Choose another name.</source>
      <translation>{label}: {name} уже существует и не является файлом {kinds}, который пишет этот результат; он не тронут. Выберите другое имя.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is a folder but not a File Geodatabase; it is left alone. Choose another name.</source>
      <translation>{label}: {name} — папка, но не File Geodatabase; она не тронута. Выберите другое имя.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is a folder, not a file. Choose a file name.</source>
      <translation>{label}: {name} — папка, а не файл. Выберите имя файла.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is a mine action project database; an output never replaces one. Choose another name.</source>
      <translation>{label}: {name} — база данных проекта противоминной деятельности; результат никогда её не заменяет. Выберите другое имя.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is read-only; nothing was written.</source>
      <translation>{label}: {name} доступен только для чтения; ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is the project database; an output never replaces it. Choose another name.</source>
      <translation>{label}: {name} — база данных проекта; результат никогда её не заменяет. Выберите другое имя.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>{layers}: unsaved edits. Save or discard them before opening a database.</source>
      <translation>{layers}: есть несохранённые правки. Сохраните или отмените их, прежде чем открывать базу данных.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>{lines} lines, {km} km, {signs} signs, {posts} posts.</source>
      <translation>Линий: {lines}, {km} км, знаков: {signs}, столбов: {posts}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>{lines} lines, {km} km, {signs} signs: look at them, then save.</source>
      <translation>Линий: {lines}, {km} км, знаков: {signs} — посмотрите и сохраните.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>{lines} marking lines around {hazards} hazards.</source>
      <translation>Линий обозначения: {lines} вокруг участков: {hazards}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>{lines} marking lines with {signs} signs saved (planned).</source>
      <translation>Сохранено линий обозначения: {lines}, знаков: {signs} (запланировано).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>{lon}, {lat} is not a place (longitude and latitude in degrees)</source>
      <translation>{lon}, {lat} — не место (долгота и широта в градусах)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/background.py" />
      <source>{name} did not finish (details in the Processing log).</source>
      <translation>{name} не завершился (подробности в журнале Processing).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{name} has changed (or gone) since it was checked; nothing was imported. Check it again.</source>
      <translation>{name} изменился (или исчез) после проверки; ничего не импортировано. Проверьте его снова.</translation>
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
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} is locked by another program (QGIS with unsaved edits in one of its layers, a database browser, or another computer on a shared folder); waited {seconds} s. Nothing was written: save or close the edits there and try again.</source>
      <translation>{name} заблокирована другой программой (QGIS с несохранёнными правками в одном из её слоёв, браузер баз данных или другой компьютер в общей папке); ожидание {seconds} с. Ничего не записано: сохраните или закройте правки там и повторите.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} is not a GeoPackage, so it cannot be a mine action database. Nothing was changed.</source>
      <translation>{name} не является GeoPackage и поэтому не может быть базой данных противоминной деятельности. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} is not complete ({reason}); nothing was written. Upgrade it or restore it from a backup.</source>
      <translation>{name} неполна ({reason}); ничего не записано. Обновите её или восстановите из резервной копии.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} is read-only (the file or its folder may not be written); nothing was written.</source>
      <translation>{name} только для чтения (в файл или его папку нельзя писать); ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} lacks the table(s) {tables} of a mine action database (removed by another program?). Nothing was changed; restore it from a backup.</source>
      <translation>В {name} нет таблиц(ы) {tables} базы данных противоминной деятельности (удалены другой программой?). Ничего не изменено; восстановите из резервной копии.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} records no valid schema version ({value}); it was changed by another program. Nothing was changed; restore it from a backup.</source>
      <translation>В {name} нет верной версии схемы ({value}); её изменила другая программа. Ничего не изменено; восстановите из резервной копии.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} refused the change: {reason}. Nothing was written.</source>
      <translation>{name} отклонила изменение: {reason}. Ничего не записано.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} was made by a newer version of the plugin (schema {found}, this plugin knows {known}). Update the plugin.</source>
      <translation>{name} создан более новой версией модуля (схема {found}, этот модуль знает {known}). Обновите модуль.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: detections must be points; this layer holds other shapes.</source>
      <translation>{name}: обнаружения должны быть точками; в этом слое другие фигуры.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: flight footprints must be polygons.</source>
      <translation>{name}: контуры полётов должны быть полигонами.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: no columns for the place: give lon and lat (WGS 84), or x and y with their CRS.</source>
      <translation>{name}: нет столбцов места: дайте lon и lat (WGS 84) или x и y с их СК.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: not a file QGIS can read as a layer (GeoJSON, GeoPackage, Shapefile or CSV).</source>
      <translation>{name}: это не файл, который QGIS может прочитать как слой (GeoJSON, GeoPackage, Shapefile или CSV).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>{name}: {value} is not a date (YYYY-MM-DD).</source>
      <translation>{name}: {value} — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{name}: {value} is not a number that can be used.</source>
      <translation>{name}: {value} — не число, которое можно использовать.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/aerial.py" />
      <source>{n} EO finds</source>
      <translation>находок ВОП: {n}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/aerial.py" />
      <source>{n} accidents</source>
      <translation>происшествий: {n}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/aerial.py" />
      <source>{n} detections ({confirmed} confirmed)</source>
      <translation>обнаружений: {n} (подтверждено {confirmed})</translation>
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
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>{path} cannot be read: {reason}</source>
      <translation>{path} не читается: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>{path} could not be created: {reason}</source>
      <translation>Не удалось создать {path}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} does not exist.</source>
      <translation>{path} не существует.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/copy_database.py" />
      <source>{path} exists already; choose a new name.</source>
      <translation>{path} уже существует; выберите новое имя.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>{path} holds none of the tables of profile "{profile}" ({tables}): an export from another profile?</source>
      <translation>{path} не содержит ни одной таблицы профиля "{profile}" ({tables}): выгрузка по другому профилю?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{path}: the file does not exist.</source>
      <translation>{path}: файла не существует.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{record}: {status}</source>
      <translation>{record}: {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>{released} released of {marked} marked hazardous</source>
      <translation>высвобождено {released} из {marked}, отмеченных как опасные</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>{reviewed} of {total} reviewed</source>
      <translation>проверено {reviewed} из {total}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>{rows} detections read from {name}.</source>
      <translation>Из {name} прочитано обнаружений: {rows}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>{rows} rows read from {name}.</source>
      <translation>Из {name} прочитано строк: {rows}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{share}% {status}</source>
      <translation>{share}% {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{shas} hazards, {flights} flights, {vegetation} vegetation areas, {points} places to keep clear of.</source>
      <translation>{shas} опасных районов, {flights} полётов, {vegetation} участков растительности, {points} мест, от которых держаться.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source} is a folder; choose the record file inside it.</source>
      <translation>{source} — папка; выберите файл формуляра внутри неё.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: a sheet reaches row {rows}; a record file has at most {limit} rows (delete the empty rows below the table).</source>
      <translation>{source}: лист доходит до строки {rows}; в файле формуляров не более {limit} строк (удалите пустые строки под таблицей).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: columns appear twice: {columns}.</source>
      <translation>{source}: столбцы повторяются: {columns}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: required columns are missing: {columns}. The first row must name the columns ({expected}, …).</source>
      <translation>{source}: нет обязательных столбцов: {columns}. Первая строка должна называть столбцы ({expected}, …).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: row {row}: a quote (") opens a cell and is never closed, so {lines} lines would become one cell. Close the quote or remove it.</source>
      <translation>{source}: строка {row}: кавычка (") открывает ячейку и не закрывается, поэтому {lines} строк стали бы одной ячейкой. Закройте кавычку или удалите её.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the CSV cannot be read: {reason}</source>
      <translation>{source}: не удаётся прочитать CSV: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the file does not exist.</source>
      <translation>{source}: файл не существует.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the file has a header but no rows.</source>
      <translation>{source}: в файле есть заголовок, но нет строк.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the file is empty.</source>
      <translation>{source}: файл пуст.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the sheet has {rows} rows; a record file has at most {limit}.</source>
      <translation>{source}: на листе {rows} строк; в файле формуляров не более {limit}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the spreadsheet cannot be read (is it damaged, or another kind of file?).</source>
      <translation>{source}: электронную таблицу не удаётся прочитать (файл повреждён или другого типа?).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the spreadsheet would unpack to {size} MB, far more than a record file holds; it is not read.</source>
      <translation>{source}: таблица распаковалась бы в {size} МБ, гораздо больше, чем содержит файл формуляров; она не прочитана.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the text is not UTF-8 (first bad byte on line {line}){guess}. Save the file as "CSV UTF-8" and import it again.</source>
      <translation>{source}: текст не в UTF-8 (первый неверный байт в строке {line}){guess}. Сохраните файл как «CSV UTF-8» и импортируйте снова.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: this does not look like a table (no comma or semicolon separates the columns of the first row).</source>
      <translation>{source}: это не похоже на таблицу (столбцы первой строки не разделены запятой или точкой с запятой).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: this is a spreadsheet or archive, not a CSV file; give it the .xlsx extension.</source>
      <translation>{source}: это электронная таблица или архив, а не CSV; дайте файлу расширение .xlsx.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: this is not a text table (it looks like a binary file). Use CSV or XLSX.</source>
      <translation>{source}: это не текстовая таблица (похоже на двоичный файл). Используйте CSV или XLSX.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>{table} could not be written: {reason}</source>
      <translation>Не удалось записать {table}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>{target} by {date}: met</source>
      <translation>{target} к {date}: выполнено</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>{target} by {date}: short by {short} ha (needs {needed} m² a day)</source>
      <translation>{target} к {date}: не хватает {short} га (нужно {needed} м² в день)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>{target}: {short} ha of {area} ha not cleared by {date}; closing it takes {needed} m² a day.</source>
      <translation>{target}: {short} га из {area} га не очищено к {date}; чтобы закрыть, нужно {needed} м² в день.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>{task}: {file} (1:{scale}, {points} points)</source>
      <translation>{task}: {file} (1:{scale}, точек: {points})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>{type} point needs row_id (the mine row it starts or ends)</source>
      <translation>точке {type} нужен row_id (минный ряд, который она начинает или заканчивает)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} families within reach</source>
      <translation>{value:,.0f} семей поблизости</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} m² of farmland</source>
      <translation>{value:,.0f} м² сельхозугодий</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} m² to clear</source>
      <translation>{value:,.0f} м² к очистке</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} recent accidents nearby</source>
      <translation>{value:,.0f} недавних происшествий рядом</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} recent victims nearby</source>
      <translation>{value:,.0f} недавних пострадавших рядом</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>{value} is not a date (YYYY-MM-DD)</source>
      <translation>{value} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{verified} of {checked} checked records verified. {shares}</source>
      <translation>Вывод получен для {verified} из {checked} проверенных формуляров. {shares}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>{verified} of {records} records verified: {reliable} reliable, {explained} explained, {partly} partly, {unreliable} unreliable.</source>
      <translation>Вывод получен для {verified} из {records} формуляров: надёжных {reliable}, объяснённых {explained}, частично {partly}, ненадёжных {unreliable}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>{victims} victims ({killed} killed, {injured} injured) · {children} children · {civilians} civilians, {deminers} deminers · {outside} % outside every minefield record</source>
      <translation>{victims} пострадавших ({killed} погибли, {injured} ранены) · детей {children} · гражданских {civilians}, сапёров {deminers} · {outside} % вне всех формуляров минных полей</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>{victims} victims in {accidents} accidents: {killed} killed, {injured} injured; {outside} outside every minefield record.</source>
      <translation>Пострадавших {victims} в {accidents} происшествиях: погибли {killed}, ранены {injured}; вне всех формуляров минных полей: {outside}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>{what}: '{value}' is not a date (use YYYY-MM-DD).</source>
      <translation>{what}: '{value}' — не дата (используйте ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>{where} is not a mine action project database.</source>
      <translation>{where} — не база проекта противоминной деятельности.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>… and {count} more</source>
      <translation>… и ещё {count}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/imsma_common.py" />
      <source>… and {count} more (see the report)</source>
      <translation>… и ещё {count} (см. отчёт)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>… and {count} more problems: see the Errors output.</source>
      <translation>… и ещё проблем: {count}; см. таблицу ошибок.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>… {count} detections in all lie outside their flight's footprint.</source>
      <translation>… всего {count} обнаружений лежат вне контура своего полёта.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>← &amp;Back</source>
      <translation>← &amp;Назад</translation>
    </message>
  </context>
</TS>
