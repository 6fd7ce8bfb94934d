<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
  <context>
    <name>MineAction</name>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source> and </source>
      <translation> və </translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>&amp;Accept</source>
      <translation>&amp;Qəbul et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>&amp;Apply</source>
      <translation>&amp;Tətbiq et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>&amp;Apply correction</source>
      <translation>Düzəlişi &amp;tətbiq et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>&amp;Check</source>
      <translation>&amp;Yoxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>&amp;Check records</source>
      <translation>Qeydləri &amp;yoxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Confirm (C)</source>
      <translation>&amp;Təsdiqlə (C)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>&amp;Create</source>
      <translation>&amp;Yarat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>&amp;Draw hazard</source>
      <translation>Təhlükəli ərazi &amp;çək</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>&amp;Draw released area</source>
      <translation>Azad edilmiş sahəni &amp;çək</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>&amp;Draw task area</source>
      <translation>Tapşırıq sahəsini &amp;çək</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>&amp;Edit selected record…</source>
      <translation>Seçilmiş qeydi &amp;redaktə et…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>&amp;Export plan, targets and Gantt…</source>
      <translation>Planı, hədəfləri və Gantt-ı &amp;ixrac et…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>&amp;Forecast</source>
      <translation>&amp;Proqnoz</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>&amp;Import</source>
      <translation>&amp;İdxal et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Import detections</source>
      <translation>Aşkarlamaları &amp;idxal et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>&amp;Import…</source>
      <translation>İ&amp;dxal…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>&amp;Load…</source>
      <translation>&amp;Yüklə…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>&amp;Measure criteria</source>
      <translation>Meyarları ö&amp;lç</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>&amp;Needs report…</source>
      <translation>&amp;Ehtiyaclar hesabatı…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>&amp;New record…</source>
      <translation>&amp;Yeni qeyd…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>&amp;New task from selected hazard…</source>
      <translation>Seçilmiş təhlükədən &amp;yeni tapşırıq…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;New…</source>
      <translation>&amp;Yeni…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Next →</source>
      <translation>&amp;Növbəti →</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Aç…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;PostGIS…</source>
      <translation>&amp;PostGIS…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>&amp;Preview for selected hazards</source>
      <translation>Seçilmiş təhlükəli ərazilər üçün &amp;ilkin baxış</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>&amp;Record release</source>
      <translation>Azad etməni &amp;qeyd et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Refresh</source>
      <translation>&amp;Yenilə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>&amp;Summary table…</source>
      <translation>&amp;Xülasə cədvəli…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>'{schema}' is not a schema name this plugin creates (lower-case letters, digits and _, not starting with a digit).</source>
      <translation>'{schema}' bu plaginin yaratdığı sxem adı deyil (kiçik hərflər, rəqəmlər və _, rəqəmlə başlamır).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>(corrected)</source>
      <translation>(düzəldilib)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/summary.py" />
      <source>(no district)</source>
      <translation>(rayon yoxdur)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>(no value)</source>
      <translation>(dəyər yoxdur)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>1 (highest)</source>
      <translation>1 (ən yüksək)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>5 (lowest)</source>
      <translation>5 (ən aşağı)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>; it looks like Windows-1251 (Cyrillic)</source>
      <translation>; Windows-1251 (kiril) kodlamasına oxşayır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>A checking process failed ({why}); nothing was written.</source>
      <translation>Yoxlama prosesi uğursuz oldu ({why}); heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>A hazard around the EO finds selected on the map (hull + buffer)</source>
      <translation>Xəritədə seçilmiş PS tapıntıları ətrafında təhlükəli ərazi (örtük + bufer)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>A hazard for every minefield record that has none yet (or for the records selected on the map)</source>
      <translation>Hələ təhlükəli ərazisi olmayan hər mina sahəsi qeydi üçün (və ya xəritədə seçilmiş qeydlər üçün) təhlükəli ərazi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>A new CHA proposal becomes a CHA; a reduction stays a candidate for survey (nothing is released)</source>
      <translation>Yeni CHA təklifi CHA olur; azaltma tədqiqat üçün namizəd qalır (heç nə azad edilmir)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>A partial output left by an interrupted run was removed: {name}.</source>
      <translation>Yarımçıq qalmış icradan qalan natamam nəticə silindi: {name}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>A profile stored in priority_profiles</source>
      <translation>priority_profiles-də saxlanan profil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>A project database is a GeoPackage: the file name must end with .gpkg ({path}).</source>
      <translation>Layihə verilənlər bazası GeoPackage faylıdır: faylın adı .gpkg ilə bitməlidir ({path}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A task whose area is the outline of the hazard selected on the map or in the Hazards section</source>
      <translation>Sahəsi xəritədə və ya Təhlükələr bölməsində seçilmiş təhlükənin konturu olan tapşırıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>A&amp;pply</source>
      <translation>&amp;Tətbiq et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A3 landscape</source>
      <translation>A3 albom</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A3 portrait</source>
      <translation>A3 kitab</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A4 landscape</source>
      <translation>A4 albom</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>A4 portrait</source>
      <translation>A4 kitab</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Accept or reject hazard proposals</source>
      <translation>Təhlükə təkliflərini qəbul və ya rədd et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accepted</source>
      <translation>Qəbul edilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Accepting a new CHA proposal makes a CHA (evidence direct) of its shape, whose history names the proposal. Accepting a reduction proposal keeps it as a candidate for a non-technical or technical survey, which the officer records with the land release tools: nothing is released here. Rejecting needs a reason. Only proposals still 'proposed' can be decided.</source>
      <translation>Yeni CHA təklifinin qəbulu onun formasından CHA (birbaşa sübut) yaradır; tarixçəsində təklif göstərilir. Azaltma təklifinin qəbulu onu qeyri-texniki və ya texniki tədqiqat üçün namizəd kimi saxlayır; bu fəaliyyəti zabit torpağın azad edilməsi alətləri ilə qeyd edir: burada heç nə azad edilmir. Rədd etmək üçün səbəb lazımdır. Yalnız hələ 'proposed' olan təkliflər üzrə qərar verilə bilər.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Accident</source>
      <translation>Hadisə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accident date</source>
      <translation>Hadisə tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accident id</source>
      <translation>Hadisə identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Accident radius (m)</source>
      <translation>Hadisə radiusu (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accident type</source>
      <translation>Hadisə növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Accident years</source>
      <translation>Hadisə illəri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Accident, earlier</source>
      <translation>Hadisə, daha əvvəl</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Accidents</source>
      <translation>Hadisələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Accidents counted back from (YYYY-MM-DD; default today)</source>
      <translation>Hadisələr bu tarixdən geriyə sayılır (YYYY-MM-DD; standart bu gün)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Accidents imported</source>
      <translation>İdxal edilmiş hadisələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Accidents with a known place outside every hazard: evidence for a new one (selected on the map)</source>
      <translation>Yeri məlum olan və hər təhlükədən kənarda olan hadisələr: yeni təhlükə üçün sübut (xəritədə seçilir)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Activity</source>
      <translation>Fəaliyyət</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Activity id</source>
      <translation>Fəaliyyət kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Activity id (empty: LR-&lt;hazard&gt;-&lt;n&gt;)</source>
      <translation>Fəaliyyət kodu (boş: LR-&lt;ərazi&gt;-&lt;n&gt;)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity type</source>
      <translation>Fəaliyyət növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Add EO &amp;finds on the map</source>
      <translation>Xəritədə PS &amp;tapıntıları əlavə et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Add point (Ins)</source>
      <translation>Nöqtə əlavə et (Ins)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Address</source>
      <translation>Ünvan</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Adult</source>
      <translation>Böyük</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Aerial detections</source>
      <translation>Hava aşkarlamaları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Aerial survey</source>
      <translation>Hava tədqiqatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Aerial survey (programme)</source>
      <translation>Hava tədqiqatı (proqram)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Aerial survey in the task area: {detections} detections ({confirmed} confirmed, {rejected} rejected); proposals: {proposals}</source>
      <translation>Tapşırıq sahəsində hava tədqiqatı: {detections} aşkarlama ({confirmed} təsdiqlənib, {rejected} rədd edilib); təkliflər: {proposals}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Aerial survey: detections reviewed one at a time, and the evidence layered into proposals for new CHAs and for land to survey.</source>
      <translation>Hava tədqiqatı: aşkarlamalar bir-bir yoxlanılır, sübutlar yeni CHA və tədqiq ediləcək torpaq təkliflərinə birləşdirilir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Age (years)</source>
      <translation>Yaş (il)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Age group</source>
      <translation>Yaş qrupu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Agriculture</source>
      <translation>Kənd təsərrüfatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Aircraft</source>
      <translation>Təyyarə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>All districts</source>
      <translation>Bütün rayonlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>All records are checked in this process: {why}</source>
      <translation>Bütün qeydlər bu prosesdə yoxlanılır: {why}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>All sheets in one file: {file}</source>
      <translation>Bütün vərəqələr bir faylda: {file}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Also move the hazards made from these records (land release never moves)</source>
      <translation>Bu qeydlərdən yaradılmış təhlükəli əraziləri də köçür (ərazinin azad edilməsi köçmür)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Also write all sheets in one PDF (task_sheets.pdf)</source>
      <translation>Bütün vərəqələri həm də bir PDF-də yaz (task_sheets.pdf)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel</source>
      <translation>Piyada əleyhinə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel and anti-tank mines</source>
      <translation>Piyada əleyhinə və tank əleyhinə minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel mine</source>
      <translation>Piyada əleyhinə mina</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-personnel mines</source>
      <translation>Piyada əleyhinə minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-tank</source>
      <translation>Tank əleyhinə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-tank mine</source>
      <translation>Tank əleyhinə mina</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Anti-tank mines</source>
      <translation>Tank əleyhinə minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Append the good records to the project database in one transaction</source>
      <translation>Düzgün qeydləri layihə verilənlər bazasına bir tranzaksiyada əlavə et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Apply an IMSMA export to the project database (one transaction; nothing changes if a feature is rejected)</source>
      <translation>IMSMA ixracını layihə bazasına tətbiq et (bir tranzaksiya; bir obyekt rədd edilsə, heç nə dəyişmir)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Approximate</source>
      <translation>Təxmini</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Area (ha)</source>
      <translation>Sahə (ha)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Area (m²)</source>
      <translation>Sahə (m²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Area proposed (m²)</source>
      <translation>Təklif edilən sahə (m²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Area {area} m², perimeter {perimeter} m, {rows} mine rows, {mines} mines.</source>
      <translation>Sahə {area} m², perimetr {perimeter} m, {rows} mina cərgəsi, {mines} mina.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Armed</source>
      <translation>Döyüş vəziyyətində</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Around {count} evidence points</source>
      <translation>{count} sübut nöqtəsi ətrafında</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Assessed on</source>
      <translation>Qiymətləndirmə tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Asset</source>
      <translation>Vasitə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Asset id</source>
      <translation>Obyekt identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Assistance</source>
      <translation>Yardım</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Assistance given</source>
      <translation>Göstərilən yardım</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Assistance id</source>
      <translation>Yardım identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Back to the IMSMA Core generic profile</source>
      <translation>IMSMA Core ümumi profilinə qayıt</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Backup copy</source>
      <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Bearing</source>
      <translation>Azimut</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing reference</source>
      <translation>Azimutun istinadı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Bearing to next</source>
      <translation>Növbəti nöqtəyə azimut</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing unit</source>
      <translation>Azimut vahidi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Bearings</source>
      <translation>Azimutlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Benchmark</source>
      <translation>Nəzarət nöqtəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Bill of quantities</source>
      <translation>Materiallar siyahısı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Buffer (m)</source>
      <translation>Bufer (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Buffer around the hull (m)</source>
      <translation>Örtük ətrafında bufer (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>By district and year, with the victims outside every minefield record (mineaction:casualtysummary)</source>
      <translation>Rayon və il üzrə, hər mina sahəsi qeydindən kənardakı qurbanlarla (mineaction:casualtysummary)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>C&amp;lose hazard</source>
      <translation>Təhlükəli ərazini &amp;bağla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>CRS of x, y</source>
      <translation>x, y üçün koordinat sistemi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>CRS of x, y: EPSG:4326 (default), EPSG:32638/32639 (UTM), EPSG:28408/28409 (Pulkovo 1942 Gauss-Krüger)</source>
      <translation>x, y üçün koordinat sistemi: EPSG:4326 (susmaya görə), EPSG:32638/32639 (UTM), EPSG:28408/28409 (Pulkovo 1942 Qauss-Krüger)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>CRS of x/y columns in a CSV</source>
      <translation>CSV-də x/y sütunlarının CRS-i</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>CSV (*.csv);;All files (*)</source>
      <translation>CSV (*.csv);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>CSV (*.csv);;Excel (*.xlsx)</source>
      <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/background.py" />
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cancelled</source>
      <translation>Ləğv edilmiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Cancelled (NTS)</source>
      <translation>Ləğv edilmiş (NTS)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>Cancelled.</source>
      <translation>Ləğv edildi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Cancelled: no hazard was created.</source>
      <translation>Ləğv edildi: heç bir təhlükəli ərazi yaradılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Cancelled: nothing was changed.</source>
      <translation>Ləğv edildi: heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Cancelled: nothing was written.</source>
      <translation>Ləğv edildi: heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>Cannot connect to {where}: {reason}</source>
      <translation>{where} ilə əlaqə qurmaq olmur: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Casualties</source>
      <translation>İtkilər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty file</source>
      <translation>İtkilər faylı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty file (CSV or XLSX)</source>
      <translation>İtkilər faylı (CSV və ya XLSX)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty rows refused</source>
      <translation>Rədd edilmiş itki sətirləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Casualty summary</source>
      <translation>İtkilər üzrə xülasə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Casualty tables (*.csv *.xlsx *.ods);;All files (*)</source>
      <translation>İtki cədvəlləri (*.csv *.xlsx *.ods);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Category</source>
      <translation>Kateqoriya</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Change hazard {id}</source>
      <translation>{id} təhlükəli ərazisini dəyiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Change the selected hazard's classification and status; the change and its reason are kept in the status history</source>
      <translation>Seçilmiş təhlükəli ərazinin təsnifatını və statusunu dəyiş; dəyişiklik və səbəbi status tarixçəsində saxlanılır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Changed at</source>
      <translation>Dəyişmə vaxtı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Changed by</source>
      <translation>Dəyişən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Changes after</source>
      <translation>Bu vaxtdan sonrakı dəyişikliklər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Check id</source>
      <translation>Yoxlama id</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Check the file and draw its records on the map; nothing is written</source>
      <translation>Faylı yoxla və qeydlərini xəritədə çək; heç nə yazılmır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Check the records against the finds and the cleared land (mineaction:verifyrecords)</source>
      <translation>Qeydləri tapıntılar və təmizlənmiş ərazi ilə yoxla (mineaction:verifyrecords)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Checked at</source>
      <translation>Yoxlanılma vaxtı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Checked by</source>
      <translation>Yoxlayan</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Checking minefield records</source>
      <translation>Mina sahəsi qeydləri yoxlanılır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Checking the IMSMA export</source>
      <translation>IMSMA ixracının yoxlanılması</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Checking {name}…</source>
      <translation>{name} yoxlanılır…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Checking {record}</source>
      <translation>{record} yoxlanılır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Checking…</source>
      <translation>Yoxlanılır…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Checks each minefield record against the mines found near it: the record is recomputed under every likely misreading of its form (declination reversed or omitted, Soviet/NATO mils swapped, grid taken for true north or the reverse, a Pulkovo 1942 landmark) and fitted onto the finds (landmark shift, rotation and, for paced records, scale). Status: reliable, explained (right in shape, wrong in a way that can be named and corrected), partly, unreliable or unverified (not enough cleared land or finds yet). Each run appends to record_checks and sets the records' reliability, with history; nothing else is written.</source>
      <translation>Hər mina sahəsi qeydini yaxınlığında tapılmış minalarla yoxlayır: qeyd formanın hər ehtimal olunan səhv oxunuşu ilə (maqnit meyli tərs və ya nəzərə alınmamış, Sovet/NATO milləri qarışdırılmış, şəbəkə şimalı həqiqi şimal kimi və ya əksinə, Pulkovo 1942 istinad nöqtəsi) yenidən hesablanır və tapıntılara uyğunlaşdırılır (istinad nöqtəsinin sürüşməsi, dönmə və addımla ölçülmüş qeydlər üçün miqyas). Status: etibarlı, izah olunan (forması düzgün, adı çəkilə və düzəldilə bilən səhvlə), qismən, etibarsız və ya yoxlanılmamış (hələ kifayət qədər təmizlənmiş ərazi və ya tapıntı yoxdur). Hər icra record_checks cədvəlinə sətir əlavə edir və qeydlərin etibarlılığını tarixçə ilə təyin edir; başqa heç nə yazılmır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Child (under 18)</source>
      <translation>Uşaq (18 yaşdan kiçik)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Choose a file and press Check.</source>
      <translation>Fayl seçin və "Yoxla" düyməsini basın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Choose a file first.</source>
      <translation>Əvvəlcə fayl seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Civilian</source>
      <translation>Mülki şəxs</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Classification</source>
      <translation>Təsnifat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Clear distance from any evidence (m)</source>
      <translation>İstənilən sübutdan təmiz məsafə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Clearance</source>
      <translation>Təmizləmə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Clearance depth (cm)</source>
      <translation>Təmizləmə dərinliyi (sm)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>Clearance summary by district</source>
      <translation>Rayonlar üzrə təmizləmə xülasəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Cleared</source>
      <translation>Təmizlənmiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Cleared area per month</source>
      <translation>Aylar üzrə təmizlənmiş sahə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cleared share</source>
      <translation>Təmizlənmiş pay</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Click where each device was found; the activity and hazard under the click are filled in</source>
      <translation>Hər sursatın tapıldığı yerə klikləyin; klik altındakı fəaliyyət və təhlükəli ərazi avtomatik doldurulur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Close hazard {id}</source>
      <translation>{id} təhlükəli ərazisini bağla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Closed</source>
      <translation>Bağlı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Closed hazards</source>
      <translation>Bağlanmış təhlükəli ərazilər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Cluster distance (m)</source>
      <translation>Klaster məsafəsi (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cluster munition</source>
      <translation>Kaset sursatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Cluster the evidence into new CHA proposals (mineaction:proposehazards, the spec's defaults)</source>
      <translation>Sübutları yeni CHA təkliflərinə qruplaşdır (mineaction:proposehazards, spesifikasiyanın standartları)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Coarse (1–2 cm)</source>
      <translation>Kobud (1–2 sm)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Coarsest ground resolution seen well (cm)</source>
      <translation>Yaxşı görünən ən kobud yer ayırdetməsi (sm)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Collecting</source>
      <translation>Toplama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the category (APM, ATM, ERW)</source>
      <translation>Kateqoriya sütunu (APM, ATM, ERW)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the confidence</source>
      <translation>Etibarlılıq sütunu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the detected class</source>
      <translation>Aşkarlanmış sinif sütunu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the detection id</source>
      <translation>Aşkarlama identifikatoru sütunu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the flight id</source>
      <translation>Uçuş identifikatoru sütunu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the image</source>
      <translation>Şəkil sütunu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Column of the review status</source>
      <translation>Yoxlama statusu sütunu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Combined PDF</source>
      <translation>Birləşdirilmiş PDF</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Completed</source>
      <translation>Başa çatıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Completion confirmed by</source>
      <translation>Tamamlanmanı təsdiq edən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Computing marking…</source>
      <translation>Nişanlama hesablanır…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Condition</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Confidence (0–1)</source>
      <translation>Etibarlılıq (0–1)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Confidence scale</source>
      <translation>Etibarlılıq şkalası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Confirmed</source>
      <translation>Təsdiqlənib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Confirmed (CHA)</source>
      <translation>Təsdiqlənmiş (CHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Confirmed hazardous area (CHA)</source>
      <translation>Təsdiqlənmiş təhlükəli ərazi (CHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Construction</source>
      <translation>Tikinti</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Contamination</source>
      <translation>Çirklənmə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Copies a project database from a GeoPackage into a new PostgreSQL/PostGIS schema, or from PostGIS into a new GeoPackage: every layer with its ids, stamps, reasons and geometries, and the status history as it is, in one transaction. INPUT and OUTPUT are a .gpkg path or a PostgreSQL target (URI or key=value with schema=…); the output must not exist yet. PERSONAL=omit leaves victims' personal data, needs and assistance out (a copy to share; also GeoPackage to GeoPackage).</source>
      <translation>Layihə bazasını GeoPackage-dən yeni PostgreSQL/PostGIS sxeminə və ya PostGIS-dən yeni GeoPackage-ə köçürür: hər lay identifikatorları, möhürləri, səbəbləri və həndəsələri ilə, status tarixçəsi olduğu kimi, bir tranzaksiyada. INPUT və OUTPUT .gpkg yolu və ya PostgreSQL hədəfidir (URI və ya schema=… ilə key=value); nəticə hələ mövcud olmamalıdır. PERSONAL=omit qurbanların şəxsi məlumatlarını, ehtiyaclarını və yardımı daxil etmir (paylaşmaq üçün surət; GeoPackage-dən GeoPackage-ə də).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Copy from a GeoPackage to PostgreSQL or from PostgreSQL to a GeoPackage (or, without personal data, to a new GeoPackage).</source>
      <translation>GeoPackage-dən PostgreSQL-ə və ya PostgreSQL-dən GeoPackage-ə köçürün (və ya şəxsi məlumatsız yeni GeoPackage-ə).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Copy project database</source>
      <translation>Layihə bazasını köçür</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Corner angle (°)</source>
      <translation>Künc bucağı (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Corner post</source>
      <translation>Künc dirəyi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Correct minefield records from their checks</source>
      <translation>Mina sahəsi qeydlərini yoxlamalarına görə düzəlt</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Correction applied (check id)</source>
      <translation>Tətbiq edilmiş düzəliş (yoxlama id)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>Could not create {path}: {reason}</source>
      <translation>{path} yaradıla bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Create an empty project database (GeoPackage)</source>
      <translation>Boş layihə verilənlər bazası yarat (GeoPackage)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Create database roles</source>
      <translation>Verilənlər bazası rollarını yarat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Create project database</source>
      <translation>Layihə verilənlər bazası yarat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Create task from hazard</source>
      <translation>Təhlükədən tapşırıq yarat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Created at</source>
      <translation>Yaradılma vaxtı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Created by</source>
      <translation>Yaradan</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Created {path} (schema version {version}).</source>
      <translation>{path} yaradıldı (sxem versiyası {version}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Creates a hazard for each minefield record (all records without a hazard yet, or the record ids given): the record's perimeter, grown by a buffer in metres on the ground. Reliable and partly reliable records are direct evidence and give confirmed hazardous areas (CHA); other records give suspected ones (SHA), unless a classification is chosen. Ids follow HAZARD_ID_PATTERN.</source>
      <translation>Hər mina sahəsi qeydi üçün (hələ təhlükəli ərazisi olmayan bütün qeydlər və ya verilmiş qeyd kodları) təhlükəli ərazi yaradır: qeydin perimetri, yerdə metrlə bufer qədər genişləndirilmiş. Etibarlı və qismən etibarlı qeydlər birbaşa sübutdur və təsdiqlənmiş təhlükəli ərazilər (CHA) verir; digər qeydlər, təsnifat seçilməyibsə, şübhəli ərazilər (SHA) verir. Kodlar HAZARD_ID_PATTERN nümunəsinə uyğundur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Creates a task (status draft) whose task area is the hazard's outline, with its type, organisation, team, priority and dates. The task id defaults to &lt;hazard id&gt;-T01, -T02, … and must be safe as a file name. The creation is recorded in the status history.</source>
      <translation>Sahəsi təhlükənin konturu olan tapşırıq (status: qaralama) yaradır: növü, təşkilatı, komandası, prioriteti və tarixləri ilə. Tapşırıq identifikatoru susmaya görə &lt;təhlükə id&gt;-T01, -T02, … olur və fayl adı kimi təhlükəsiz olmalıdır. Yaradılma status tarixçəsinə yazılır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Creates an empty mine action project database (GeoPackage, EPSG:4326) with every layer of the data model: minefield records, hazards, land release, EO finds, marking, tasks and the status history. Code lists, unique ids and the history of status changes are enforced by the database itself. An existing file is never overwritten. OUTPUT may also be a PostgreSQL/PostGIS target, a connection URI or key=value string with the schema to create, e.g. postgresql://officer@server/mineaction?schema=aghdam (the password comes from ~/.pgpass, a service file or the environment, never from the parameter).</source>
      <translation>Məlumat modelinin bütün qatları ilə boş mina fəaliyyəti layihə bazası yaradır (GeoPackage, EPSG:4326): mina sahəsi qeydiyyatları, təhlükələr, ərazinin azad edilməsi, PS tapıntıları, nişanlama, tapşırıqlar və status tarixçəsi. Kod siyahıları, unikal identifikatorlar və status dəyişikliklərinin tarixçəsi bazanın özü tərəfindən təmin edilir. Mövcud fayl heç vaxt üzərinə yazılmır. OUTPUT həm də PostgreSQL/PostGIS hədəfi ola bilər — yaradılacaq sxem ilə bağlantı URI-si və ya açar=dəyər sətri, məs. postgresql://officer@server/mineaction?schema=aghdam (parol ~/.pgpass, xidmət faylı və ya mühitdən gəlir, heç vaxt parametrdən yox).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Creates one hazard around points of evidence (for example the selected EO finds): their convex hull grown by a buffer in metres on the ground. Finds and accidents are direct evidence, so the default classification is CHA.</source>
      <translation>Sübut nöqtələri (məsələn, seçilmiş PS tapıntıları) ətrafında bir təhlükəli ərazi yaradır: onların qabarıq örtüyü yerdə metrlə bufer qədər genişləndirilir. Tapıntılar və qəzalar birbaşa sübutdur, buna görə susmaya görə təsnifat CHA-dır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Criteria stored</source>
      <translation>Saxlanan meyarlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Criterion</source>
      <translation>Meyar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Currency</source>
      <translation>Valyuta</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>DECLINATION: '{value}' is not a number of degrees.</source>
      <translation>DECLINATION: '{value}' dərəcə ədədi deyil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Damaged</source>
      <translation>Zədələnmiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Dashboard</source>
      <translation>İdarə paneli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Dashboard figures</source>
      <translation>İdarə paneli göstəriciləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database</source>
      <translation>Verilənlər bazası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database upgraded.</source>
      <translation>Baza yeniləndi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database upgraded; the old version is kept in {backup}.</source>
      <translation>Verilənlər bazası yeniləndi; köhnə versiya {backup} faylında saxlanılır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database: {path}</source>
      <translation>Verilənlər bazası: {path}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Date found</source>
      <translation>Tapılma tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Date laid</source>
      <translation>Basdırılma tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Date of birth</source>
      <translation>Doğum tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>De&amp;fault</source>
      <translation>&amp;Standart</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Decision</source>
      <translation>Qərar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Declination</source>
      <translation>Meyl</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Degrees</source>
      <translation>Dərəcə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Demarcation</source>
      <translation>Demarkasiya</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Deminer</source>
      <translation>Minatəmizləyən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Deminers</source>
      <translation>Minatəmizləyənlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Demining</source>
      <translation>Minatəmizləmə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Demining accident</source>
      <translation>Minatəmizləmə zamanı hadisə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Densest vegetation seen through</source>
      <translation>Arxası görünən ən sıx bitki örtüyü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Density</source>
      <translation>Sıxlıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Depth (cm)</source>
      <translation>Dərinlik (sm)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Description</source>
      <translation>Təsvir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detected class</source>
      <translation>Aşkarlanmış sinif</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Detection id</source>
      <translation>Aşkarlama identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Detection ids, comma separated</source>
      <translation>Aşkarlama identifikatorları, vergüllə ayrılmış</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Detections</source>
      <translation>Aşkarlamalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detections (*.geojson *.json *.csv *.gpkg *.shp);;All files (*)</source>
      <translation>Aşkarlamalar (*.geojson *.json *.csv *.gpkg *.shp);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Detections already at that status</source>
      <translation>Artıq bu statusda olan aşkarlamalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Detections changed</source>
      <translation>Dəyişdirilmiş aşkarlamalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detections file</source>
      <translation>Aşkarlamalar faylı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Detections imported</source>
      <translation>İdxal edilmiş aşkarlamalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Detections rejected</source>
      <translation>Rədd edilmiş aşkarlamalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Detector model</source>
      <translation>Detektor modeli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Device category</source>
      <translation>Qurğu kateqoriyası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Device model</source>
      <translation>Qurğu modeli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Devices found</source>
      <translation>Tapılmış sursatlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Devices found by category</source>
      <translation>Kateqoriyalar üzrə tapılmış sursatlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Digitise a new SHA/CHA polygon, snapping to hazards and records</source>
      <translation>Təhlükəli ərazilərə və qeydlərə yapışmaqla yeni SHA/CHA poliqonu çəkin</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Digitise the land an activity released; the hazard under it, the activity id and the release type are filled in</source>
      <translation>Fəaliyyətin azad etdiyi torpağı çəkin; altındakı təhlükəli ərazi, fəaliyyət kodu və azad etmə növü avtomatik doldurulur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Digitize a task area on the map (snapping to hazards and records); the hazard under it and a task id are filled in</source>
      <translation>Xəritədə tapşırıq sahəsini çəkin (təhlükələrə və qeydiyyatlara yapışma ilə); altındakı təhlükə və tapşırıq identifikatoru avtomatik doldurulur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Direct</source>
      <translation>Birbaşa</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Distance</source>
      <translation>Məsafə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Distance scale (m)</source>
      <translation>Məsafə miqyası (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Distance to next</source>
      <translation>Növbəti nöqtəyə məsafə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Distance unit</source>
      <translation>Məsafə vahidi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Distances</source>
      <translation>Məsafələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>District</source>
      <translation>Rayon</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>District name field</source>
      <translation>Rayon adı sahəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>District of new CHAs (default: of the hazard overlapped)</source>
      <translation>Yeni CHA-ların rayonu (standart: üst-üstə düşən təhlükənin)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>District polygons</source>
      <translation>Rayon poliqonları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Districts, comma separated (default: all)</source>
      <translation>Rayonlar, vergüllə (standart: hamısı)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Domain</source>
      <translation>Sahə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Double-click an IMSMA name to change it; tick the fields IMSMA requires</source>
      <translation>IMSMA adını dəyişmək üçün iki dəfə klikləyin; IMSMA-nın tələb etdiyi sahələri işarələyin</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Draft</source>
      <translation>Qaralama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Draw &amp;line</source>
      <translation>&amp;Xətt çək</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Drone</source>
      <translation>Dron</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Due on</source>
      <translation>Son tarix</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Due on (YYYY-MM-DD)</source>
      <translation>Son tarix (İİİİ-AA-GG)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>E&amp;xport PDF…</source>
      <translation>PDF-ə i&amp;xrac…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>E&amp;xport…</source>
      <translation>İ&amp;xrac…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>EO finds</source>
      <translation>PS tapıntıları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>EO finds with an unknown category: {values}. Correct them (ERW, APM or ATM) first.</source>
      <translation>Naməlum kateqoriyalı PS tapıntıları: {values}. Əvvəlcə onları düzəldin (ERW, APM və ya ATM).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>ERW</source>
      <translation>PHQ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>EXTRA_CAPACITY is not JSON: {reason}</source>
      <translation>EXTRA_CAPACITY JSON deyil: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>EXTRA_CAPACITY: '{part}' should read 'organisation: machines=18'</source>
      <translation>EXTRA_CAPACITY: '{part}' 'organisation: machines=18' kimi yazılmalıdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>EXTRA_CAPACITY: {asset} is not one of {assets}</source>
      <translation>EXTRA_CAPACITY: {asset} {assets} siyahısında deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Easting</source>
      <translation>Şərq koordinatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Economic</source>
      <translation>İqtisadi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Editor role</source>
      <translation>Redaktor rolu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Education</source>
      <translation>Təhsil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Emergency</source>
      <translation>Təcili</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Emergency 112 · Ambulance 103 · Team medic: ____________ · Radio channel: ______</source>
      <translation>Təcili xidmət 112 · Təcili yardım 103 · Komanda həkimi: ____________ · Radio kanalı: ______</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Emergency contacts</source>
      <translation>Təcili əlaqələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End date</source>
      <translation>Bitmə tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>End date (YYYY-MM-DD)</source>
      <translation>Bitmə tarixi (İİİİ-AA-GG)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End point</source>
      <translation>Son nöqtə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Errors</source>
      <translation>Səhvlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Estimated mine positions</source>
      <translation>Minaların ehtimal olunan yerləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Every detection shown is reviewed.</source>
      <translation>Göstərilən bütün aşkarlamalar yoxlanılıb.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Everything</source>
      <translation>Hamısı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Everything cleared by</source>
      <translation>Hər şeyin təmizlənəcəyi tarix</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Everything cleared by {date}.</source>
      <translation>Hər şey {date} tarixinə təmizlənir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Evidence</source>
      <translation>Sübut</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Evidence points</source>
      <translation>Sübut nöqtələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Exact</source>
      <translation>Dəqiq</translation>
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
      <translation>Milli verilənlər bazası IMSMA Core ilə mübadilə: onun əlavə edə biləcəyi yoxlanılmış ixraclar və geri idxal.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Expected mines</source>
      <translation>Gözlənilən minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Explained</source>
      <translation>İzah olunan</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Explosive ordnance found in and near the area</source>
      <translation>Sahədə və yaxınlığında tapılmış partlayıcı sursatlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Explosive ordnance risk education</source>
      <translation>Partlayıcı sursat riskləri barədə maarifləndirmə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Explosive remnant of war</source>
      <translation>Müharibədən qalmış partlayıcı sursat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Explosive remnants of war</source>
      <translation>Müharibədən qalmış partlayıcı sursatlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Export</source>
      <translation>İxrac</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>Export cancelled; nothing was kept.</source>
      <translation>İxrac ləğv edildi; heç nə saxlanılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Export every feature, not only the changes since the last export</source>
      <translation>Yalnız son ixracdan bəri dəyişənləri deyil, bütün obyektləri ixrac et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Export task sheets</source>
      <translation>Tapşırıq vərəqələrini ixrac et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Export the plan to</source>
      <translation>Planı bura ixrac et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Export to IMSMA Core</source>
      <translation>IMSMA Core-a ixrac</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Exporting…</source>
      <translation>İxrac edilir…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Extra capacity (what if)</source>
      <translation>Əlavə güc (bəs əgər)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Facing (°)</source>
      <translation>İstiqamət (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Families</source>
      <translation>Ailələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Farming</source>
      <translation>Əkinçilik</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Fatal, earlier</source>
      <translation>Ölümlə nəticələnən, daha əvvəl</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Fatal, last two years</source>
      <translation>Ölümlə nəticələnən, son iki il</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/qgis_geodesy.py" />
      <source>Feature {fid}: its coordinates cannot be converted to WGS 84 (is the layer's CRS right?).</source>
      <translation>Obyekt {fid}: koordinatları WGS 84-ə çevrilə bilmir (layın CRS-i düzgündürmü?).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/qgis_geodesy.py" />
      <source>Feature {fid}: its coordinates lie outside longitude/latitude once converted to WGS 84 (metres declared as degrees? check the layer's CRS).</source>
      <translation>Obyekt {fid}: WGS 84-ə çevriləndən sonra koordinatları uzunluq/enlik hüdudlarından kənardadır (metrlər dərəcə kimi göstərilib? layın CRS-ni yoxlayın).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Features</source>
      <translation>Obyektlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Features exported</source>
      <translation>İxrac edilmiş obyektlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Feet</source>
      <translation>Fut</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Female</source>
      <translation>Qadın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Fence post</source>
      <translation>Hasar dirəyi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Fence post spacing (m)</source>
      <translation>Hasar dirəkləri arası məsafə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Field</source>
      <translation>Sahə adı</translation>
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
      <translation>Seçilmiş tapşırıq üçün vərəqəni doldur və son düzəlişlər üçün QGIS maket dizaynerində aç</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Find</source>
      <translation>Tapıntı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Find id</source>
      <translation>Tapıntı kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Find {id} lies outside every activity polygon: check its position or record the activity.</source>
      <translation>{id} tapıntısı bütün fəaliyyət poliqonlarından kənardadır: mövqeyini yoxlayın və ya fəaliyyəti qeyd edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Finds considered</source>
      <translation>Nəzərə alınan tapıntılar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Finds needed for a verdict</source>
      <translation>Qərar üçün lazım olan tapıntılar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Flight</source>
      <translation>Uçuş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Flight footprints (optional)</source>
      <translation>Uçuş izləri (istəyə bağlı)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Flight id</source>
      <translation>Uçuş identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Flights imported</source>
      <translation>İdxal edilmiş uçuşlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Folder for the task sheets</source>
      <translation>Tapşırıq vərəqələri üçün qovluq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Folder of the images (for relative image_ref)</source>
      <translation>Şəkillər qovluğu (nisbi image_ref üçün)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Footprints (*.geojson *.json *.gpkg *.shp);;All files (*)</source>
      <translation>İzlər (*.geojson *.json *.gpkg *.shp);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>For every hazard: its area, the land cancelled, reduced and cleared inside it by completed activities, and the remaining area (hazard minus all released land), on the WGS84 ellipsoid. Hazards with nothing left that are not closed yet are marked as ready to close.</source>
      <translation>Hər təhlükəli ərazi üçün: onun sahəsi, başa çatmış fəaliyyətlərlə daxilində ləğv edilmiş, azaldılmış və təmizlənmiş sahə və qalan sahə (təhlükəli ərazi çıxılsın bütün azad edilmiş sahə), WGS84 ellipsoidində. Heç nə qalmamış, lakin hələ bağlanmamış ərazilər bağlanmağa hazır kimi işarələnir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>For every open SHA (or the hazards named), the part that aerial survey saw well and found empty: inside footprints of flights with a ground resolution at or below the maximum, outside vegetation denser than the maximum (land without vegetation information counts as not seen well), farther than the clear distance from every detection not rejected, every EO find and every accident, and outside completed land release and existing CHAs. One 'reduce' proposal per SHA: a candidate for non-technical or technical survey, never a release. It cannot see a single object the detector missed on open ground, anything buried, or anything under vegetation.</source>
      <translation>Hər açıq SHA (və ya adı çəkilən təhlükələr) üçün hava tədqiqatının yaxşı gördüyü və boş tapdığı hissə: yer ayırdetməsi maksimumdan çox olmayan uçuşların izləri daxilində, maksimumdan sıx bitki örtüyündən kənarda (bitki örtüyü barədə məlumatı olmayan torpaq yaxşı görünməmiş sayılır), rədd edilməmiş hər aşkarlamadan, hər PP tapıntısından və hər hadisədən təmiz məsafədən uzaqda, tamamlanmış torpaq azadetməsindən və mövcud CHA-lardan kənarda. Hər SHA üçün bir 'reduce' təklifi: qeyri-texniki və ya texniki tədqiqat üçün namizəd, heç vaxt azadetmə deyil. Üsul detektorun açıq yerdə buraxdığı tək obyekti, basdırılmış heç nəyi və bitki örtüyü altındakı heç nəyi görə bilməz.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Forecast the work plan</source>
      <translation>İş planını proqnozlaşdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Found on</source>
      <translation>Tapılma tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>From</source>
      <translation>Haradan</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>From (GeoPackage path or PostgreSQL target)</source>
      <translation>Haradan (GeoPackage yolu və ya PostgreSQL hədəfi)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>From (YYYY-MM-DD, inclusive)</source>
      <translation>Başlanğıc (YYYY-MM-DD, daxil olmaqla)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>From date</source>
      <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>From point</source>
      <translation>Başlanğıc nöqtə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>From proposal {id}</source>
      <translation>{id} təklifindən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>From records, buffer</source>
      <translation>Qeydlərdən, bufer</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>From selected &amp;finds…</source>
      <translation>Seçilmiş &amp;tapıntılardan…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Full name</source>
      <translation>Soyadı, adı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Funded and ready</source>
      <translation>Maliyyələşdirilib və hazırdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Gantt chart</source>
      <translation>Gantt diaqramı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Gate</source>
      <translation>Şərt</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>GeoPackage (*.gpkg);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>GeoPackage (.gpkg)</source>
      <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Geometry as recorded (WKT)</source>
      <translation>Qeyd edildiyi kimi həndəsə (WKT)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grads</source>
      <translation>Qrad</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grid CRS</source>
      <translation>Şəbəkənin koordinat sistemi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Grid CRS (grid bearings)</source>
      <translation>Şəbəkənin koordinat sistemi (şəbəkə azimutları)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grid north</source>
      <translation>Şəbəkə şimalı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Grid: UTM zone {zone} (metres, black); graticule: latitude/longitude WGS 84 (blue).</source>
      <translation>Şəbəkə: UTM zona {zone} (metr, qara); coğrafi şəbəkə: enlik/uzunluq WGS 84 (göy).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Ground resolution (cm)</source>
      <translation>Yer ayırdetməsi (sm)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Grow each record's perimeter by this distance on the ground</source>
      <translation>Hər qeydin perimetrini yerdə bu məsafə qədər genişləndir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>HAZARD_IDS: no hazard {ids} in the database.</source>
      <translation>HAZARD_IDS: verilənlər bazasında {ids} təhlükəsi yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Hazard</source>
      <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Hazard from evidence points</source>
      <translation>Sübut nöqtələrindən təhlükəli ərazi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Hazard id</source>
      <translation>Təhlükəli ərazinin kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>Hazard id pattern ({district}, {seq})</source>
      <translation>Təhlükəli ərazi kodu nümunəsi ({district}, {seq})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Hazard ids, comma separated (default: every open SHA)</source>
      <translation>Təhlükə identifikatorları, vergüllə (standart: hər açıq SHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>Hazard progress</source>
      <translation>Təhlükəli ərazilər üzrə irəliləyiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>Hazard progress (remaining area)</source>
      <translation>Təhlükəli ərazilər üzrə irəliləyiş (qalan sahə)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazard proposals</source>
      <translation>Təhlükə təklifləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>Hazard {id} created around {count} points.</source>
      <translation>{count} nöqtə ətrafında {id} təhlükəli ərazisi yaradıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Hazard {id} has no outline to use as the task area.</source>
      <translation>{id} təhlükəsinin tapşırıq sahəsi kimi istifadə ediləcək konturu yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Hazard {id} is closed: no task is made on a closed hazard (reopen it first, with a reason).</source>
      <translation>Təhlükə {id} bağlıdır: bağlı təhlükə üzərində tapşırıq yaradılmır (əvvəlcə səbəb göstərərək yenidən açın).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Hazard {id} overlaps open hazard(s) {others}: check that the same land is not counted twice.</source>
      <translation>{id} təhlükəli ərazisi açıq təhlükəli ərazi(lər)lə {others} üst-üstə düşür: eyni torpağın iki dəfə sayılmadığını yoxlayın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Hazards</source>
      <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Hazards (to face signs away from)</source>
      <translation>Təhlükəli ərazilər (nişanlar onlardan əks tərəfə baxsın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Hazards created</source>
      <translation>Yaradılmış təhlükəli ərazilər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Hazards from minefield records</source>
      <translation>Mina sahəsi qeydlərindən təhlükəli ərazilər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Hazards moved</source>
      <translation>Köçürülmüş təhlükəli ərazilər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazards overlapped</source>
      <translation>Üst-üstə düşən təhlükələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Hazards ranked</source>
      <translation>Sıralanmış təhlükələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Herding</source>
      <translation>Heyvan otarma</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>High</source>
      <translation>Yüksək</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Highest confidence</source>
      <translation>Ən yüksək etibarlılıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>IED</source>
      <translation>ƏPQ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>IMSMA</source>
      <translation>IMSMA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA export</source>
      <translation>IMSMA ixracı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>IMSMA export (.gdb folder, .gpkg or .xlsx)</source>
      <translation>IMSMA ixracı (.gdb qovluğu, .gpkg və ya .xlsx)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA export to import</source>
      <translation>İdxal ediləcək IMSMA ixracı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA exports (*.gdbtable *.gpkg *.xlsx);;All files (*)</source>
      <translation>IMSMA ixracları (*.gdbtable *.gpkg *.xlsx);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA name</source>
      <translation>IMSMA adı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>IMSMA profile</source>
      <translation>IMSMA profili</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Id</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Image</source>
      <translation>Şəkil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Image: {ref} (not on this computer)</source>
      <translation>Şəkil: {ref} (bu kompüterdə yoxdur)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Images folder</source>
      <translation>Şəkillər qovluğu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Import</source>
      <translation>İdxal</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Import accidents and victims</source>
      <translation>Hadisələri və qurbanları idxal et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Import aerial detections</source>
      <translation>Hava aşkarlamalarını idxal et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Import cancelled: nothing was written.</source>
      <translation>İdxal ləğv edildi: heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Import from IMSMA Core</source>
      <translation>IMSMA Core-dan idxal</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Import minefield records</source>
      <translation>Mina sahəsi qeydlərinin idxalı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Imported: {inserted} inserted, {updated} updated, {unchanged} unchanged.</source>
      <translation>İdxal: {inserted} əlavə edildi, {updated} yeniləndi, {unchanged} dəyişmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Importing into {name}…</source>
      <translation>{name} bazasına idxal olunur…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Imports a casualty file: CSV or XLSX with one row per victim and the accident's columns repeated (an accident without victims on a row of its own), or an XLSX with the sheets 'accidents' and 'victims'. Places as longitude/latitude (WGS 84). A file with any bad row — a date in the future, an unknown code, a victim without an accident, an age over 120, a repeated id — imports nothing: every bad row is listed in Errors (personal columns left out) to be corrected at its source. A good file goes in as one transaction; the personal columns go to victim_personal only. Accidents are linked to the hazard and the minefield record they fall in.</source>
      <translation>İtkilər faylını idxal edir: hər qurban üçün bir sətir və hadisə sütunları təkrarlanan CSV və ya XLSX (qurbansız hadisə ayrıca sətirdə), və ya 'accidents' və 'victims' vərəqləri olan XLSX. Yerlər longitude/latitude (WGS 84) kimi. Hər hansı pis sətri olan fayl heç nə idxal etmir: hər pis sətir (gələcək tarix, naməlum kod, hadisəsiz qurban, 120-dən çox yaş, təkrar identifikator) Xətalar-da sadalanır (şəxsi sütunlar daxil edilmir) ki, mənbədə düzəldilsin. Yaxşı fayl bir tranzaksiyada yazılır; şəxsi sütunlar yalnız victim_personal-a gedir. Hadisələr içində olduqları təhlükə və mina sahəsi qeydi ilə əlaqələndirilir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>Imports a detector's output: one point per detection with its class, category, confidence and flight (GeoJSON, CSV with lon/lat or x/y and a CRS, GeoPackage, Shapefile). Columns are matched by their usual names unless named here. A file whose confidences are mostly above 1 (and none above 100) is in percent and is divided by 100. Flight footprints given in FLIGHTS are written in the same transaction. Bad rows (missing or repeated id, no place, a confidence outside the file's scale, an unknown flight or code) are listed in Errors with the file row and the reason and are not imported; the good rows go in together, all or nothing.</source>
      <translation>Detektorun nəticəsini idxal edir: hər aşkarlama üçün sinfi, kateqoriyası, etibarlılığı və uçuşu ilə bir nöqtə (GeoJSON, lon/lat və ya x/y və CRS ilə CSV, GeoPackage, Shapefile). Sütunlar burada adlandırılmayıbsa, adi adlarına görə uyğunlaşdırılır. Etibarlılıqlarının çoxu 1-dən böyük (və heç biri 100-dən böyük olmayan) fayl faizlədir və 100-ə bölünür. FLIGHTS-də verilən uçuş izləri eyni tranzaksiyada yazılır. Pis sətirlər (çatışmayan və ya təkrarlanan identifikator, yer yoxdur, faylın şkalasından kənar etibarlılıq, naməlum uçuş və ya kod) fayl sətri və səbəbi ilə Xətalar-da sadalanır və idxal edilmir; yaxşı sətirlər birlikdə yazılır, ya hamısı, ya heç biri.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>In progress</source>
      <translation>İcra olunur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Include names and phones</source>
      <translation>Adları və telefonları daxil et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Include victims' personal data (names, birth dates, addresses, phones)</source>
      <translation>Qurbanların şəxsi məlumatlarını daxil et (adlar, doğum tarixləri, ünvanlar, telefonlar)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Indirect</source>
      <translation>Dolayı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Infrastructure</source>
      <translation>İnfrastruktur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Injured</source>
      <translation>Yaralanıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Injuries</source>
      <translation>Xəsarətlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Injuries or none, last two years</source>
      <translation>Xəsarətli və ya xəsarətsiz, son iki il</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Inner boundary</source>
      <translation>Daxili sərhəd</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Inserted</source>
      <translation>Əlavə edildi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Inspection overdue</source>
      <translation>Yoxlamanın vaxtı keçib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed</source>
      <translation>Quraşdırılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Installed lines not inspected for {days} days: {count}</source>
      <translation>{days} gündür yoxlanılmayan quraşdırılmış xətlər: {count}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed on</source>
      <translation>Quraşdırılma tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Institutional</source>
      <translation>İnstitusional</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Intermediate point</source>
      <translation>Aralıq nöqtə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Invalid features</source>
      <translation>Yararsız obyektlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Invalid hazard outline</source>
      <translation>Təhlükəli ərazinin yanlış konturu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Issued</source>
      <translation>Verilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Issued by</source>
      <translation>Verən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Issued on</source>
      <translation>Verilmə tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Issued on (YYYY-MM-DD)</source>
      <translation>Verilmə tarixi (İİİİ-AA-GG)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Keep these weights as a profile in the database</source>
      <translation>Bu çəkiləri bazada profil kimi saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Keys: C confirm · X reject · N or → next · B or ← back · Ctrl+Z undo</source>
      <translation>Düymələr: C təsdiq · X rədd · N və ya → növbəti · B və ya ← geri · Ctrl+Z geri al</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Killed</source>
      <translation>Həlak olub</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Kind</source>
      <translation>Növ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>LM</source>
      <translation>LM</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>LM landmark, BM benchmark, SP start, TP turning, IP intermediate, EP end point, RS/RE mine row start/end</source>
      <translation>LM oriyentir, BM nəzarət nöqtəsi, SP başlanğıc, TP dönmə, IP aralıq, EP son nöqtə, RS/RE mina cərgəsinin başlanğıcı/sonu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Laid by</source>
      <translation>Basdıran</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Land of each open SHA seen well and empty (mineaction:proposereduction)</source>
      <translation>Hər açıq SHA-nın yaxşı görünən və boş torpağı (mineaction:proposereduction)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Land release</source>
      <translation>Ərazilərin azad edilməsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Land release for the hazard selected on the map:</source>
      <translation>Xəritədə seçilmiş təhlükəli ərazi üçün azad etmə:</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Land released by survey and clearance, and the explosive ordnance found.</source>
      <translation>Tədqiqat və təmizləmə ilə azad edilmiş ərazilər və tapılmış partlayıcı sursatlar.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Land released of all hazardous land</source>
      <translation>Bütün təhlükəli ərazidən azad edilmiş sahə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Landmark</source>
      <translation>Oriyentir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Language of the printed sheet</source>
      <translation>Çap vərəqəsinin dili</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Language of the sheets</source>
      <translation>Vərəqələrin dili</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Largest RMS of matched mines (m)</source>
      <translation>Uyğun minaların ən böyük orta kvadratik xətası (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Largest gap between signs</source>
      <translation>Nişanlar arasında ən böyük aralıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Largest gap between signs (m)</source>
      <translation>Nişanlar arasında ən böyük aralıq (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Last export: {when}</source>
      <translation>Son ixrac: {when}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Last inspected on</source>
      <translation>Son yoxlama tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Latitude</source>
      <translation>Enlik</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Latitude (°)</source>
      <translation>Enlik (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Layer</source>
      <translation>Lay</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/sheet_source.py" />
      <source>Layer {layer} of {path} could not be loaded.</source>
      <translation>{path} faylının {layer} layı yüklənə bilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Layers the evidence — confirmed aerial detections, unreviewed ones at or above the minimum confidence, EO finds and accidents with a known location, outside completed land release — into new CHA proposals: points within the cluster distance of each other form a cluster; a cluster of at least the minimum number of points becomes the hull of its points grown by the buffer (metres on the ground), with its evidence counted and the hazards it overlaps named. Nothing is written to hazards until a proposal is accepted. Earlier proposals still 'proposed' are replaced; accepted and rejected ones are kept.</source>
      <translation>Sübutları — təsdiqlənmiş hava aşkarlamalarını, minimum etibarlılıqdan aşağı olmayan yoxlanılmamışları, yeri məlum olan PP tapıntılarını və hadisələri, tamamlanmış torpaq azadetməsindən kənarda — yeni CHA təkliflərinə birləşdirir: bir-birindən klaster məsafəsi daxilində olan nöqtələr klaster yaradır; ən azı minimum sayda nöqtəsi olan klaster nöqtələrinin bufer qədər (yerdə metrlə) genişləndirilmiş örtüyü olur, sübutları sayılır və üst-üstə düşdüyü təhlükələr adlandırılır. Təklif qəbul edilənə qədər təhlükələrə heç nə yazılmır. Hələ 'proposed' olan əvvəlki təkliflər əvəz olunur; qəbul və rədd edilənlər saxlanılır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Layout template (.qpt; empty: the plugin's)</source>
      <translation>Maket şablonu (.qpt; boş: plaginin şablonu)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Left (ha)</source>
      <translation>Qalıb (ha)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Legal</source>
      <translation>Hüquqi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Legal support</source>
      <translation>Hüquqi dəstək</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Legend</source>
      <translation>Şərti işarələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length (m)</source>
      <translation>Uzunluq (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length disagrees with count × spacing</source>
      <translation>Uzunluq say × aralıqla uyğun gəlmir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length from count × spacing (m)</source>
      <translation>Say × aralıqdan uzunluq (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Length of one pace (distances in paces)</source>
      <translation>Bir addımın uzunluğu (addımla məsafələr üçün)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Letters, digits, '.', '-' and '_' only: it names the PDF</source>
      <translation>Yalnız hərflər, rəqəmlər, '.', '-' və '_': PDF faylının adı olur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Lidar</source>
      <translation>Lidar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Likely cause</source>
      <translation>Ehtimal olunan səbəb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Lines saved</source>
      <translation>Saxlanmış xətlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>List EO finds within (m of the task area)</source>
      <translation>Tapşırıq ərazisindən bu məsafədəki (m) PS tapıntılarını göstər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>List finds within</source>
      <translation>Tapıntıları bu məsafədə göstər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>List what the export would hold and every problem, without writing anything</source>
      <translation>Heç nə yazmadan ixracın nəyi ehtiva edəcəyini və bütün problemləri göstər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Location accuracy</source>
      <translation>Yerin dəqiqliyi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Longitude</source>
      <translation>Uzunluq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Longitude (°)</source>
      <translation>Uzunluq (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Low</source>
      <translation>Aşağı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Lowest confidence shown</source>
      <translation>Göstərilən ən aşağı etibarlılıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Machine</source>
      <translation>Maşın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Machines</source>
      <translation>Maşınlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Magnetic declination</source>
      <translation>Maqnit meyli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Magnetic declination (°)</source>
      <translation>Maqnit meyli (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Magnetic declination, east positive</source>
      <translation>Maqnit meyli, şərq müsbət</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Magnetic declination, ° east (empty: the record's)</source>
      <translation>Maqnit meyli, ° şərqə (boş: qeydinki)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetic north</source>
      <translation>Maqnit şimalı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetometer</source>
      <translation>Maqnitometr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Make a PostgreSQL connection in QGIS first (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>Əvvəlcə QGIS-də PostgreSQL bağlantısı yaradın (Brauzer ▸ PostgreSQL ▸ Yeni bağlantı).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Male</source>
      <translation>Kişi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Map of when each settlement is safe</source>
      <translation>Hər yaşayış məntəqəsinin nə vaxt təhlükəsiz olacağı xəritəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Mapping profile (.json; empty: IMSMA Core generic)</source>
      <translation>Uyğunlaşdırma profili (.json; boş: IMSMA Core generic)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Marking</source>
      <translation>Nişanlama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Marking and signs</source>
      <translation>Nişanlama və nişanlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Marking bill of quantities</source>
      <translation>Nişanlama üzrə materiallar siyahısı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking id</source>
      <translation>Nişanlama kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking line</source>
      <translation>Nişanlama xətti</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Marking lines</source>
      <translation>Nişanlama xətləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Marking lines (hazard_id, length_m, marking_id)</source>
      <translation>Nişanlama xətləri (hazard_id, length_m, marking_id)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Marking lines (preview)</source>
      <translation>Nişanlama xətləri (ilkin baxış)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>Marking lines outside hazard polygons, at the offset in metres on the ground (each hazard is worked in its UTM zone; corners are mitred, never further than twice the offset). Hazards closer than twice the offset share one line; a line never crosses a hazard. Each line has the hazard ids it marks and its length on the WGS84 ellipsoid.</source>
      <translation>Təhlükəli ərazi poliqonlarından kənarda, yerdə metrlə verilmiş məsafədə nişanlama xətləri (hər təhlükəli ərazi öz UTM zonasında işlənir; künclər iti kəsiklidir, məsafənin iki mislindən uzağa getmir). Bir-birinə məsafənin iki mislindən yaxın olan təhlükəli ərazilər bir ümumi xətt alır; xətt heç vaxt təhlükəli ərazini kəsmir. Hər xəttin nişanladığı təhlükəli ərazilərin kodları və WGS84 ellipsoidində uzunluğu var.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking signs</source>
      <translation>Xəbərdarlıq nişanları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking type</source>
      <translation>Nişanlama növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Marking {id}</source>
      <translation>Nişanlama {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Match radius, anti-personnel mines (m)</source>
      <translation>Uyğunluq radiusu, piyada əleyhinə minalar (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Match radius, anti-tank mines (m)</source>
      <translation>Uyğunluq radiusu, tank əleyhinə minalar (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Match rate</source>
      <translation>Uyğunluq payı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Match rate needed (0–1)</source>
      <translation>Tələb olunan uyğunluq payı (0–1)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Matched</source>
      <translation>Uyğun</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Measuring hazards</source>
      <translation>Təhlükəli ərazilərin ölçülməsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Measuring hazards…</source>
      <translation>Təhlükəli ərazilər ölçülür…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Measuring the criteria</source>
      <translation>Meyarlar ölçülür</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Medical</source>
      <translation>Tibbi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Medium</source>
      <translation>Orta</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Met</source>
      <translation>Ödənilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Metres</source>
      <translation>Metr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Military</source>
      <translation>Hərbçi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine</source>
      <translation>Mina</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>Mine Action</source>
      <translation>Mina əməliyyatları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>Mine Action panel</source>
      <translation>Mina əməliyyatları paneli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Mine accidents and their victims: the national table, victims' needs and assistance, with personal data protected.</source>
      <translation>Mina hadisələri və onların qurbanları: milli cədvəl, qurbanların ehtiyacları və yardım, şəxsi məlumatlar qorunur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/provider.py" />
      <source>Mine action</source>
      <translation>Mina əməliyyatları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/provider.py" />
      <source>Mine action information management</source>
      <translation>Mina əməliyyatları üzrə informasiya idarəetməsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine category</source>
      <translation>Mina kateqoriyası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine detection dog</source>
      <translation>Mina axtaran it</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine detection dogs</source>
      <translation>Mina axtaran itlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine model</source>
      <translation>Mina modeli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine row end</source>
      <translation>Mina cərgəsinin sonu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine row start</source>
      <translation>Mina cərgəsinin başlanğıcı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Mine rows</source>
      <translation>Mina cərgələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mine warning sign</source>
      <translation>Mina xəbərdarlıq nişanı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Minefield record</source>
      <translation>Mina sahəsi qeydi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Minefield record editor</source>
      <translation>Mina sahəsi qeydinin redaktoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Minefield records</source>
      <translation>Mina sahəsi qeydləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Minefield records checked against the mines found: which tell the truth, how the others went wrong, and their correction.</source>
      <translation>Tapılmış minalarla yoxlanılmış mina sahəsi qeydləri: hansıları doğrudur, digərləri necə səhvdir və onların düzəlişi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Minefield records transcribed from paper forms: perimeters, points and mine rows.</source>
      <translation>Kağız formalardan köçürülmüş mina sahəsi qeydləri: perimetrlər, nöqtələr və mina cərgələri.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/verification_figure.py" />
      <source>Minefield records verified against finds: {verified} of {records}</source>
      <translation>Tapıntılarla təsdiqlənmiş mina sahəsi qeydləri: {records} qeyddən {verified}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Minefield {record}</source>
      <translation>Mina sahəsi {record}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines in row</source>
      <translation>Cərgədəki minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines matched</source>
      <translation>Uyğun gələn minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines recorded</source>
      <translation>Qeydə alınmış minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Minimum confidence of an unreviewed detection (0–1)</source>
      <translation>Yoxlanılmamış aşkarlamanın minimum etibarlılığı (0–1)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Minimum points in a cluster</source>
      <translation>Klasterdə minimum nöqtə sayı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Misclosure (m)</source>
      <translation>Qapanmama xətası (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mixed</source>
      <translation>Qarışıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Modified at</source>
      <translation>Dəyişmə vaxtı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Modified by</source>
      <translation>Dəyişən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Move the hazards made from these records too</source>
      <translation>Bu qeydlərdən yaradılmış təhlükəli əraziləri də köçür</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Move the selected explained records to where the finds show them (the form is kept; Revert undoes it)</source>
      <translation>Seçilmiş izah olunan qeydləri tapıntıların göstərdiyi yerə köçür (forma saxlanılır; Geri qaytar bunu ləğv edir)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Moves a task to its next status: draft → issued → in progress → completed; any open task may be cancelled. Other changes are refused. Issuing a task sets its issue date when it has none. The change and its reason go to the status history.</source>
      <translation>Tapşırığı növbəti statusa keçirir: qaralama → verilib → icrada → tamamlanıb; istənilən açıq tapşırıq ləğv edilə bilər. Digər dəyişikliklər rədd edilir. Tapşırıq veriləndə verilmə tarixi yoxdursa, təyin olunur. Dəyişiklik və səbəbi status tarixçəsinə yazılır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Moves each record whose latest check is 'explained' to where the finds show it is: the form recomputed under the check's reading, with its landmark shift, rotation and scale. The form itself is not changed, and the geometry it gives is kept (recorded_wkt) to draw and to revert to. Hazards made from the record move only when asked; land release never moves. REVERT puts the recorded geometry back exactly. Each step is written to the status history.</source>
      <translation>Son yoxlaması 'izah olunan' olan hər qeydi tapıntıların göstərdiyi yerə köçürür: forma yoxlamanın oxunuşu, istinad nöqtəsinin sürüşməsi, dönmə və miqyasla yenidən hesablanır. Formanın özü dəyişmir və onun verdiyi həndəsə saxlanılır (recorded_wkt) — göstərmək və geri qaytarmaq üçün. Qeyddən yaradılmış təhlükəli ərazilər yalnız istənildikdə köçür; ərazinin azad edilməsi heç vaxt köçmür. REVERT qeyd edilmiş həndəsəni dəqiq geri qaytarır. Hər addım status tarixçəsinə yazılır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Multispectral</source>
      <translation>Multispektral</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>NAME: give the profile a name.</source>
      <translation>NAME: profilə ad verin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>NATO mils (6400)</source>
      <translation>NATO mili (6400)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Name the detections: DETECTION_IDS or FILTER.</source>
      <translation>Aşkarlamaları göstərin: DETECTION_IDS və ya FILTER.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Names, birth dates, addresses and phones are personal data: on a shared database only the victim-assistance role can read them; exports, sheets and summaries leave them out unless asked.</source>
      <translation>Adlar, doğum tarixləri, ünvanlar və telefonlar şəxsi məlumatlardır: ortaq bazada onları yalnız qurbanlara yardım rolu oxuya bilər; ixraclar, vərəqlər və xülasələr xüsusi istənilmədikcə onları daxil etmir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>National &amp;table…</source>
      <translation>Milli &amp;cədvəl…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>National table</source>
      <translation>Milli cədvəl</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Need</source>
      <translation>Ehtiyac</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Need id</source>
      <translation>Ehtiyac identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Needs</source>
      <translation>Ehtiyaclar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Needs listed</source>
      <translation>Sadalanan ehtiyaclar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Needs report</source>
      <translation>Ehtiyaclar hesabatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>New CHA</source>
      <translation>Yeni CHA</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>New project database</source>
      <translation>Yeni layihə verilənlər bazası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>New project database…</source>
      <translation>Yeni layihə verilənlər bazası…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>New status</source>
      <translation>Yeni status</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>New task for hazard {id}</source>
      <translation>{id} təhlükəsi üçün yeni tapşırıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>New value</source>
      <translation>Yeni dəyər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>No column for {fields} was found; name it with ID_FIELD. The file's columns are {columns}.</source>
      <translation>{fields} üçün sütun tapılmadı; onu ID_FIELD ilə göstərin. Faylın sütunları: {columns}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>No database and no output layer were given: the records were only checked.</source>
      <translation>Nə verilənlər bazası, nə də nəticə layı verilib: qeydlər yalnız yoxlanıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>No detection matches {filter}; nothing was changed.</source>
      <translation>{filter} şərtinə uyğun aşkarlama yoxdur; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>No detection to review here.</source>
      <translation>Burada yoxlanılacaq aşkarlama yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>No detection {ids} in the database; nothing was changed.</source>
      <translation>Verilənlər bazasında {ids} aşkarlaması yoxdur; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_from_evidence.py" />
      <source>No evidence points: select the finds first.</source>
      <translation>Sübut nöqtəsi yoxdur: əvvəlcə tapıntıları seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>No finds recorded within {distance} m.</source>
      <translation>{distance} m daxilində tapıntı qeyd olunmayıb.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>No marking recorded for this hazard.</source>
      <translation>Bu təhlükə üçün nişanlama qeyd olunmayıb.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>No minefield record is {scope}.</source>
      <translation>Heç bir mina sahəsi qeydi yoxdur: {scope}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>No minefield record with id {ids}.</source>
      <translation>{ids} kodlu mina sahəsi qeydi yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>No minefield record {ids} in the database; nothing was checked.</source>
      <translation>Verilənlər bazasında {ids} mina sahəsi qeydi yoxdur; heç nə yoxlanılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>No minefield record {id} in the database; nothing was written.</source>
      <translation>Verilənlər bazasında {id} mina sahəsi qeydi yoxdur; heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>No organisation has any capacity: fill operator_capacity and productivity first.</source>
      <translation>Heç bir təşkilatın gücü yoxdur: əvvəlcə operator_capacity və productivity-ni doldurun.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/workplan.py" />
      <source>No organisation has capacity for {hazard}.</source>
      <translation>{hazard} üçün heç bir təşkilatın gücü yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>No project database is open. Create a new one or open an existing one.</source>
      <translation>Heç bir layihə verilənlər bazası açıq deyil. Yenisini yaradın və ya mövcud olanı açın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>No record has been checked yet.</source>
      <translation>Hələ heç bir qeyd yoxlanılmayıb.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>No sheet was written:</source>
      <translation>Heç bir vərəqə yazılmadı:</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>No task matches the filter {filter}; no sheet was written.</source>
      <translation>{filter} filtrinə uyğun tapşırıq yoxdur; vərəqə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Non-technical survey</source>
      <translation>Qeyri-texniki tədqiqat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>None</source>
      <translation>Yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Northing</source>
      <translation>Şimal koordinatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Not a valid record yet: see the problems below.</source>
      <translation>Hələ düzgün qeyd deyil: aşağıdakı problemlərə baxın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>Not loaded: {tables}. The database allows them to the victim-assistance role only (ask the database administrator for it if your work needs them).</source>
      <translation>Yüklənmədi: {tables}. Baza onlara yalnız qurbanlara yardım roluna icazə verir (işiniz üçün lazımdırsa, baza administratorundan istəyin).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Not saved: {reason}</source>
      <translation>Saxlanılmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Not yet released</source>
      <translation>Hələ azad edilməyib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Nothing left to release: this hazard can be closed.</source>
      <translation>Azad ediləcək heç nə qalmayıb: bu təhlükəli ərazi bağlana bilər.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Nothing of hazard {id} is left to release.</source>
      <translation>{id} təhlükəli ərazisindən azad ediləcək heç nə qalmayıb.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was exported (see the message bar).</source>
      <translation>Heç nə ixrac edilmədi (mesaj panelinə baxın).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was exported: {count} problems (listed below).</source>
      <translation>Heç nə ixrac edilmədi: {count} problem (aşağıda).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was imported (see the message bar).</source>
      <translation>Heç nə idxal edilmədi (mesaj panelinə baxın).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Nothing was imported: {count} problems (listed below).</source>
      <translation>Heç nə idxal edilmədi: {count} problem (aşağıda).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Nothing was imported: {reason}</source>
      <translation>Heç nə idxal olunmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Nothing was recorded: {reason}</source>
      <translation>Heç nə qeyd olunmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Nothing was written to the database: {reason}</source>
      <translation>Verilənlər bazasına heç nə yazılmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>Nothing was written: {reason}</source>
      <translation>Heç nə yazılmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Observed on</source>
      <translation>Müşahidə tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Offset outside the hazard</source>
      <translation>Təhlükəli ərazidən kənara məsafə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>Offset outside the hazard (m)</source>
      <translation>Təhlükəli ərazidən kənara məsafə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Old value</source>
      <translation>Köhnə dəyər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>On a PostgreSQL/PostGIS project database: a viewer role that may only read the project schema and an editor role that may change it (the status history stays append-only for everyone), and &lt;schema&gt;_victim_assistance, the only role besides the owner that may read or write victims' personal data, needs and assistance. Officers' logins are then granted one of them (GRANT &lt;role&gt; TO &lt;login&gt;). The database itself refuses what a role does not allow.</source>
      <translation>PostgreSQL/PostGIS layihə bazasında: layihə sxemini yalnız oxuya bilən baxış rolu, onu dəyişə bilən redaktor rolu (status tarixçəsi hamı üçün yalnız əlavə olunur) və sahibindən başqa qurbanların şəxsi məlumatlarını, ehtiyaclarını və yardımı oxuya və yaza bilən yeganə rol olan &lt;schema&gt;_victim_assistance. Sonra zabitlərin loginlərinə bunlardan biri verilir (GRANT &lt;role&gt; TO &lt;login&gt;). Rolun icazə vermədiyini baza özü rədd edir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>One row per district and year of accident: accidents (with or without victims), victims, killed, injured, children, women (female adults), civilians, deminers, victims of accidents outside every minefield record (grown by the record buffer) and outside every hazard, and victims of accidents whose location is unknown (counted in neither 'outside' column); then a Total row. Dates are inclusive. No personal data is read.</source>
      <translation>Hər rayon və hadisə ili üçün bir sətir: hadisələr (qurbanlı və ya qurbansız), qurbanlar, həlak olanlar, yaralananlar, uşaqlar, qadınlar (yetkin qadınlar), mülki şəxslər, minatəmizləyənlər, hər mina sahəsi qeydindən (qeyd buferi ilə genişləndirilmiş) və hər təhlükədən kənarda baş vermiş hadisələrin qurbanları və yeri naməlum hadisələrin qurbanları (heç bir 'kənarda' sütununda sayılmır); sonra Cəmi sətri. Tarixlər daxil olmaqla. Şəxsi məlumat oxunmur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>One row per need of a victim (open ones, or all): the victim, the accident, its district and date, the domain, the need, its priority and status, and the assistance given so far. Names and phones only with INCLUDE_PERSONAL, and only where the database allows this login to read them (on PostGIS, the victim-assistance role).</source>
      <translation>Qurbanın hər ehtiyacı üçün bir sətir (açıq olanlar və ya hamısı): qurban, hadisə, onun rayonu və tarixi, sahə, ehtiyac, prioritet və status, indiyədək göstərilən yardım. Adlar və telefonlar yalnız INCLUDE_PERSONAL ilə və yalnız baza bu loginə onları oxumağa icazə verdikdə (PostGIS-də qurbanlara yardım rolu).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Ongoing</source>
      <translation>Davam edir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Only changes after (YYYY-MM-DD[THH:MM]; empty: since the last export; 1900-01-01: everything)</source>
      <translation>Yalnız bu vaxtdan sonrakı dəyişikliklər (İİİİ-AA-GG[TSS:DD]; boş: son ixracdan bəri; 1900-01-01: hamısı)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Only this organisation's tasks in the plan</source>
      <translation>Plandakı yalnız bu təşkilatın tapşırıqları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Open</source>
      <translation>Açıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open a project database and add its layers to the map</source>
      <translation>Layihə verilənlər bazasını açın və laylarını xəritəyə əlavə edin</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Open a project database and choose the casualty file.</source>
      <translation>Layihə bazasını açın və itkilər faylını seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Open a project database and choose the detections file.</source>
      <translation>Layihə bazasını açın və aşkarlamalar faylını seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>Open a project database first.</source>
      <translation>Əvvəlcə layihə verilənlər bazasını açın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Open a project database to see its hazards.</source>
      <translation>Təhlükəli əraziləri görmək üçün layihə verilənlər bazasını açın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open a shared project on a PostgreSQL/PostGIS server through a QGIS connection (its password stays in the QGIS authentication database)</source>
      <translation>PostgreSQL/PostGIS serverindəki ortaq layihəni QGIS bağlantısı ilə aç (parolu QGIS autentifikasiya bazasında qalır)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Open in &amp;designer</source>
      <translation>&amp;Dizaynerdə aç</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Open needs</source>
      <translation>Açıq ehtiyaclar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Open or create a project database first (Database section).</source>
      <translation>Əvvəlcə layihə verilənlər bazasını açın və ya yaradın (Verilənlər bazası bölməsi).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Open or create a project database first.</source>
      <translation>Əvvəlcə layihə verilənlər bazasını açın və ya yaradın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open project database</source>
      <translation>Layihə verilənlər bazasını aç</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/plugin.py" />
      <source>Open project database…</source>
      <translation>Layihə verilənlər bazasını aç…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open the attribute table of {layer}</source>
      <translation>{layer} layının atribut cədvəlini aç</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Opened {name}.</source>
      <translation>{name} açıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Operator capacity</source>
      <translation>Operatorların gücü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Or an expression choosing the detections</source>
      <translation>Və ya aşkarlamaları seçən ifadə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Order in record</source>
      <translation>Qeyddəki sıra</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Organisation</source>
      <translation>Təşkilat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Organisations</source>
      <translation>Təşkilatlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Orientation</source>
      <translation>İstiqamət</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Other</source>
      <translation>Digər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Other (check values)</source>
      <translation>Digər (dəyərləri yoxlayın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Outcome</source>
      <translation>Nəticə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Output CRS</source>
      <translation>Nəticənin koordinat sistemi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Output folder</source>
      <translation>Çıxış qovluğu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Overview</source>
      <translation>İcmal</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>PDF files written</source>
      <translation>Yazılmış PDF faylları</translation>
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
      <translation>PROFILE: {name} nə JSON faylıdır, nə də priority_profiles-də saxlanan profil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>PROPOSAL_IDS: name at least one proposal.</source>
      <translation>PROPOSAL_IDS: ən azı bir təklif göstərin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Pace length</source>
      <translation>Addım uzunluğu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Pace length (m)</source>
      <translation>Addım uzunluğu (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Paces</source>
      <translation>Addım</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Page size</source>
      <translation>Səhifə ölçüsü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Page {page} of {pages}</source>
      <translation>Səhifə {page} / {pages}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Partly</source>
      <translation>Qismən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Partly reliable</source>
      <translation>Qismən etibarlı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>Per district and in total: the minefield records, how many have been checked and verified (a verdict other than unverified), and how many of the verified are reliable, explained, partly reliable and unreliable, with their shares in percent. Each record counts with its latest check. CSV or Excel.</source>
      <translation>Rayonlar üzrə və cəmi: mina sahəsi qeydləri, onlardan neçəsinin yoxlanıldığı və təsdiqləndiyi (yoxlanılmamışdan fərqli qərar) və təsdiqlənənlərdən neçəsinin etibarlı, izah olunan, qismən etibarlı və etibarsız olduğu, faizlə payları. Hər qeyd son yoxlaması ilə sayılır. CSV və ya Excel.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Perimeter (m)</source>
      <translation>Perimetr (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Perimeter marking</source>
      <translation>Perimetr nişanlaması</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>Perimeter marking lines</source>
      <translation>Perimetr nişanlama xətləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Perimeter marking, fences, demarcation and warning signs.</source>
      <translation>Perimetr nişanlaması, hasarlar, demarkasiya və xəbərdarlıq nişanları.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Perimeter point</source>
      <translation>Perimetr nöqtəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Perimeters</source>
      <translation>Perimetrlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Permanent fence</source>
      <translation>Daimi hasar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Persons</source>
      <translation>Şəxslər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Phase</source>
      <translation>Mərhələ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Pipeline</source>
      <translation>Boru kəməri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Place si&amp;gns</source>
      <translation>&amp;Nişan qoy</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Places to &amp;survey</source>
      <translation>Tədqiq ediləcək &amp;yerlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Places to survey</source>
      <translation>Tədqiq ediləcək yerlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Places warning signs along marking lines: one at the start, one at every vertex turning by at least the corner angle (corner posts), and enough between them that no gap along the line exceeds the spacing, in metres on the ground. Each sign faces away from the hazard: outwards for a line round a hazard (inwards for a line round land enclosed by hazards), or away from the nearest polygon of the optional hazard layer.</source>
      <translation>Nişanlama xətləri boyunca xəbərdarlıq nişanları qoyur: başlanğıcda bir, ən azı künc bucağı qədər dönən hər təpədə bir (künc dirəkləri) və aralarında xətt boyunca heç bir aralığın yerdə metrlə verilmiş məsafəni aşmayacağı qədər. Hər nişan təhlükəli ərazidən əks tərəfə baxır: təhlükəli ərazi ətrafındakı xətt üçün çölə (təhlükəli ərazilərlə əhatə olunmuş torpaq ətrafındakı xətt üçün içəri) və ya istəyə görə verilmiş təhlükəli ərazilər layının ən yaxın poliqonundan əks tərəfə.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Planned</source>
      <translation>Planlaşdırılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Planning</source>
      <translation>Planlaşdırma</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Platform</source>
      <translation>Platforma</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Playing</source>
      <translation>Oyun</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Point</source>
      <translation>Nöqtə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Point id</source>
      <translation>Nöqtə kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Point type</source>
      <translation>Nöqtə növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Points</source>
      <translation>Nöqtələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Points from minefield record {record}</source>
      <translation>{record} mina sahəsi qeydiyyatının nöqtələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>PostGIS is not installed in {where} and could not be added: {reason}</source>
      <translation>{where} daxilində PostGIS quraşdırılmayıb və əlavə edilə bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>PostGIS project</source>
      <translation>PostGIS layihəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>PostgreSQL needs the Python module psycopg2 (Debian: python3-psycopg2; it comes with QGIS on Windows).</source>
      <translation>PostgreSQL üçün Python modulu psycopg2 lazımdır (Debian: python3-psycopg2; Windows-da QGIS ilə gəlir).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>PostgreSQL project (URI or key=value with schema=…)</source>
      <translation>PostgreSQL layihəsi (URI və ya schema=… ilə açar=dəyər)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/copy_database.py" />
      <source>PostgreSQL refused the copy, so nothing was copied: {reason}</source>
      <translation>PostgreSQL surəti qəbul etmədi, ona görə heç nə köçürülmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Power line</source>
      <translation>Elektrik xətti</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Previous status</source>
      <translation>Əvvəlki status</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Price per metre of wire or tape</source>
      <translation>Məftil və ya lentin metrinin qiyməti</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Price per post</source>
      <translation>Dirəyin qiyməti</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Price per sign</source>
      <translation>Nişanın qiyməti</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Printed {date}</source>
      <translation>Çap tarixi {date}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Prioritise hazards</source>
      <translation>Təhlükələri prioritetləşdir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Priority</source>
      <translation>Prioritet</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Priority (1 highest – 5 lowest; empty: the hazard's)</source>
      <translation>Prioritet (1 ən yüksək – 5 ən aşağı; boş: təhlükənin)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Priority profiles</source>
      <translation>Prioritet profilləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Problem report</source>
      <translation>Problem hesabatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Problems</source>
      <translation>Problemlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Productivity</source>
      <translation>Məhsuldarlıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Profile (*.json)</source>
      <translation>Profil (*.json)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Profile name</source>
      <translation>Profilin adı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Profile {name} saved.</source>
      <translation>{name} profili saxlanıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Profile: a name in priority_profiles or a JSON file of weights</source>
      <translation>Profil: priority_profiles-də ad və ya çəkilərin JSON faylı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Profile: {name}</source>
      <translation>Profil: {name}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Programme</source>
      <translation>Proqram</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Programme name (title block)</source>
      <translation>Proqramın adı (başlıq bloku)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Programme name, safety notes, emergency contacts and more, printed on every sheet</source>
      <translation>Proqramın adı, təhlükəsizlik qeydləri, təcili əlaqələr və s. — hər vərəqədə çap olunur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Project database</source>
      <translation>Layihə verilənlər bazası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>Project database (GeoPackage, or connection='…' schema=…)</source>
      <translation>Layihə verilənlər bazası (GeoPackage və ya connection='…' schema=…)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Project database to append to (GeoPackage, or connection='…' schema=…)</source>
      <translation>Əlavə ediləcək layihə verilənlər bazası (GeoPackage və ya connection='…' schema=…)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Proposal</source>
      <translation>Təklif</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Proposal id</source>
      <translation>Təklif identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Proposal ids</source>
      <translation>Təklif identifikatorları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Proposal ids, comma separated</source>
      <translation>Təklif identifikatorları, vergüllə ayrılmış</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>Proposal {id} is already {status}; nothing was changed.</source>
      <translation>{id} təklifi artıq {status} statusundadır; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Proposals</source>
      <translation>Təkliflər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Proposals made</source>
      <translation>Hazırlanmış təkliflər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Propose &amp;CHAs</source>
      <translation>&amp;CHA təklif et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Propose &amp;reduction</source>
      <translation>&amp;Azaltma təklif et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>Propose new CHAs from evidence</source>
      <translation>Sübutlardan yeni CHA təklif et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Propose reduction from aerial survey</source>
      <translation>Hava tədqiqatından azaltma təklif et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Proposed</source>
      <translation>Təklif edilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Protection</source>
      <translation>Müdafiə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Provider</source>
      <translation>Təminatçı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Psychosocial</source>
      <translation>Psixososial</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>QGIS connection</source>
      <translation>QGIS bağlantısı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>QGIS connections can only be used inside QGIS.</source>
      <translation>QGIS bağlantılarından yalnız QGIS daxilində istifadə etmək olar.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Quantity</source>
      <translation>Say</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>REASON: say why the proposal is rejected.</source>
      <translation>REASON: təklifin niyə rədd edildiyini yazın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>RGB camera</source>
      <translation>RGB kamera</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>RMS (m)</source>
      <translation>Orta kvadratik xəta (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>RS/RE</source>
      <translation>RS/RE</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Railway</source>
      <translation>Dəmir yolu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Rank</source>
      <translation>Yer</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Ranking</source>
      <translation>Sıralama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Ranking (the output of Prioritise hazards)</source>
      <translation>Sıralama (Təhlükələri prioritetləşdir nəticəsi)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Ranking the hazards</source>
      <translation>Təhlükələr sıralanır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Ranks the open hazards: every criterion measured on the ground (nearest settlement and its return stage, families within the settlement radius, roads, railways and power lines, funded reconstruction within 500 m, farmland overlapped, recent accidents and victims within the accident radius, remaining area, classification, evidence), normalised to 0–1 (more urgent higher: counts and areas ÷ the largest, distances 1 − d ÷ the distance scale), weighted by the profile, gates applied; ties go to the smaller area. OUTPUT has each hazard's score, rank, every criterion and its weighted part, and the explanation in words. WRITE_PRIORITY sets hazards.priority 1–5 by score quintile, with history.</source>
      <translation>Açıq təhlükələri sıralayır: hər meyar yerdə ölçülür (ən yaxın yaşayış məntəqəsi və onun qayıdış mərhələsi, radius daxilində ailələr, yollar, dəmir yolları və elektrik xətləri, 500 m daxilində maliyyələşdirilmiş bərpa, örtülən əkin sahəsi, hadisə radiusunda son hadisələr və qurbanlar, qalan sahə, təsnifat, sübut), 0–1-ə normallaşdırılır (daha təcili daha yüksək: saylar və sahələr ÷ ən böyük, məsafələr 1 − d ÷ məsafə miqyası), profilə görə çəkilir, şərtlər tətbiq olunur; bərabərlikdə kiçik sahə önə keçir. OUTPUT hər təhlükənin balını, yerini, hər meyarı və onun çəkili payını, sözlə izahı verir. WRITE_PRIORITY hazards.priority-ni bal kvintilinə görə 1–5 təyin edir, tarixçə ilə.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Re&amp;fresh</source>
      <translation>&amp;Yenilə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Re&amp;ject (X)</source>
      <translation>Rə&amp;dd et (X)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Re&amp;vert</source>
      <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reading</source>
      <translation>Oxunuş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Reading / cause</source>
      <translation>Oxunuş / səbəb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Reading finds and cleared land…</source>
      <translation>Tapıntılar və təmizlənmiş ərazi oxunur…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Reading record checks</source>
      <translation>Qeyd yoxlamaları oxunur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Reading the aerial survey</source>
      <translation>Hava tədqiqatı oxunur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Reading the priority profiles</source>
      <translation>Prioritet profilləri oxunur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Reading the victims</source>
      <translation>Qurbanlar oxunur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Reads an export (File Geodatabase, GeoPackage or XLSX) made with the profile and applies it to the project database in one transaction: features are matched by local id, updated where something differs (a status change goes to the status history) and inserted where new. Any rejected feature (unknown code, missing required value, broken geometry, duplicate id) leaves the database untouched; REPORT lists them.</source>
      <translation>Profil ilə hazırlanmış ixracı (File Geodatabase, GeoPackage və ya XLSX) oxuyur və bir tranzaksiyada layihə bazasına tətbiq edir: obyektlər yerli identifikatora görə uyğunlaşdırılır, fərq olduqda yenilənir (status dəyişikliyi status tarixçəsinə düşür), yeni olduqda əlavə edilir. Hər hansı rədd edilmiş obyekt (naməlum kod, çatışmayan məcburi dəyər, xarab həndəsə, təkrar id) bazanı toxunulmaz saxlayır; REPORT onları sadalayır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Reason (kept in the history)</source>
      <translation>Səbəb (tarixçədə saxlanılır)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reason for the last status change</source>
      <translation>Son status dəyişikliyinin səbəbi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Received by (team leader)</source>
      <translation>Qəbul edən (komanda rəhbəri)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reconstruction site</source>
      <translation>Bərpa sahəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Record</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Record already in the database</source>
      <translation>Verilənlər bazasında artıq olan qeyd</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Record buffer (m)</source>
      <translation>Qeyd buferi (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Record checks</source>
      <translation>Qeyd yoxlamaları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Record id</source>
      <translation>Qeyd kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Record ids (comma separated; empty: every record whose latest check is explained, or every corrected record to revert)</source>
      <translation>Qeyd identifikatorları (vergüllə; boş: son yoxlaması izah olunan bütün qeydlər və ya geri qaytarmaq üçün bütün düzəldilmiş qeydlər)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Record ids (comma separated; empty: every record without a hazard)</source>
      <translation>Qeyd kodları (vergüllə; boş: təhlükəli ərazisi olmayan bütün qeydlər)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Record ids (comma separated; empty: every record)</source>
      <translation>Qeyd identifikatorları (vergüllə; boş: bütün qeydlər)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Record land release for a hazard</source>
      <translation>Təhlükəli ərazi üçün azad etməni qeyd et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Record points</source>
      <translation>Qeyd nöqtələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Record table</source>
      <translation>Qeydlər cədvəli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Record table (CSV or XLSX):</source>
      <translation>Qeydlər cədvəli (CSV və ya XLSX):</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Record tables (*.csv *.xlsx *.xls *.ods);;All files (*)</source>
      <translation>Qeyd cədvəlləri (*.csv *.xlsx *.xls *.ods);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Record verification summary</source>
      <translation>Qeydlərin yoxlanılması xülasəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>Record verification summary by district</source>
      <translation>Qeydlərin yoxlanılmasının rayonlar üzrə xülasəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Record {record} is already in the database. Replace it?</source>
      <translation>{record} qeydi artıq verilənlər bazasındadır. Əvəz edilsin?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Record {record} saved.</source>
      <translation>{record} qeydi saxlanıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Record {record}: its perimeter is not one simple area; draw its hazard by hand or give a buffer.</source>
      <translation>{record} qeydi: perimetri bir sadə sahə deyil; təhlükəli ərazini əl ilə çəkin və ya bufer verin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>Record {record}: no area to mark.</source>
      <translation>{record} qeydi: işarələnəcək sahə yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Records</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Records a non-technical survey (cancels land), technical survey (reduces) or clearance (clears) against a hazard. The released polygon is the whole hazard, or the hazard minus the land already released by completed activities (the default). Its area is measured on the WGS84 ellipsoid.</source>
      <translation>Təhlükəli ərazi üzrə qeyri-texniki tədqiqatı (ləğv edir), texniki tədqiqatı (azaldır) və ya təmizləməni (təmizləyir) qeyd edir. Azad edilmiş poliqon bütün təhlükəli ərazi və ya başa çatmış fəaliyyətlərlə artıq azad edilmiş sahə çıxılmaqla təhlükəli ərazidir (susmaya görə). Sahəsi WGS84 ellipsoidində ölçülür.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Records changed</source>
      <translation>Dəyişdirilmiş qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Records checked</source>
      <translation>Yoxlanılmış qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Records imported</source>
      <translation>İdxal olunmuş qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Records rejected</source>
      <translation>Rədd edilmiş qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>Records verified</source>
      <translation>Təsdiqlənmiş qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Records verified and the shares reliable, explained, partly and unreliable, by district (CSV or Excel)</source>
      <translation>Təsdiqlənmiş qeydlər və etibarlı, izah olunan, qismən və etibarsız payları, rayonlar üzrə (CSV və ya Excel)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reduced</source>
      <translation>Azaldılmış</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Reduced (TS)</source>
      <translation>Azaldılmış (TS)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reduction candidate</source>
      <translation>Azaltma namizədi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Refre&amp;sh</source>
      <translation>&amp;Yenilə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Rehabilitation</source>
      <translation>Reabilitasiya</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Reject proposals</source>
      <translation>Təklifləri rədd et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Rejected</source>
      <translation>Rədd edildi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Reject…</source>
      <translation>Rədd et…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Release type</source>
      <translation>Azad etmə növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Released</source>
      <translation>Azad edilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Released area (m²)</source>
      <translation>Azad edilmiş sahə (m²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>Released land</source>
      <translation>Azad edilmiş torpaq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reliability</source>
      <translation>Etibarlılıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Reliable</source>
      <translation>Etibarlı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>Remove point (Del)</source>
      <translation>Nöqtəni sil (Del)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Removed</source>
      <translation>Götürülüb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>Reports</source>
      <translation>Hesabatlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Required</source>
      <translation>Məcburi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Residential land (ha)</source>
      <translation>Yaşayış sahəsi (ha)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Return stage</source>
      <translation>Qayıdış mərhələsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>Revert to the form as recorded</source>
      <translation>Qeyd edildiyi kimi formaya qaytar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>Review</source>
      <translation>Yoxlama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Review aerial detections</source>
      <translation>Hava aşkarlamalarını yoxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Review status</source>
      <translation>Yoxlama statusu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reviewed at</source>
      <translation>Yoxlanma vaxtı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reviewed by</source>
      <translation>Yoxlayan</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Road</source>
      <translation>Yol</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Role</source>
      <translation>Vəzifə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Roles are a PostgreSQL matter: DATABASE must be a PostgreSQL target, not {path}.</source>
      <translation>Rollar PostgreSQL məsələsidir: DATABASE {path} deyil, PostgreSQL hədəfi olmalıdır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Roles {viewer} (read only), {editor} (edit) and {assistance} (victims' personal data) on schema {schema}.</source>
      <translation>{schema} sxemində {viewer} (yalnız oxuma), {editor} (redaktə) və {assistance} (qurbanların şəxsi məlumatları) rolları.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Rotation (°, clockwise)</source>
      <translation>Dönmə (°, saat əqrəbi istiqamətində)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Row</source>
      <translation>Sətir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Row id</source>
      <translation>Cərgə kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Row in the source file</source>
      <translation>Mənbə fayldakı sətir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Row {row_id}: {count} × {model} ({category}) every {spacing} m, {length} m long</source>
      <translation>{row_id} cərgəsi: {count} × {model} ({category}) hər {spacing} m-dən bir, uzunluğu {length} m</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Rows copied</source>
      <translation>Köçürülmüş sətirlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Rows rejected</source>
      <translation>Rədd edilmiş sətirlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>SINCE: '{value}' is not a date or time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS).</source>
      <translation>SINCE: '{value}' tarix və ya vaxt deyil (İİİİ-AA-GG və ya İİİİ-AA-GGTSS:DD:SS istifadə edin).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Sa&amp;ve marking</source>
      <translation>Nişanlamanı &amp;saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Safety notes</source>
      <translation>Təhlükəsizlik qeydləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Save &amp;as…</source>
      <translation>&amp;Fərqli saxla…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Save IMSMA profile</source>
      <translation>IMSMA profilini saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Save a priority profile</source>
      <translation>Prioritet profilini saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save blank template in</source>
      <translation>Boş şablonu saxlamaq üçün qovluq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save blank template…</source>
      <translation>Boş şablonu saxla…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Save dashboard</source>
      <translation>İdarə panelini saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Save marking lines and signs</source>
      <translation>Nişanlama xətlərini və nişanları saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Save profile</source>
      <translation>Profili saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save rejected rows</source>
      <translation>Rədd edilmiş sətirləri saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Save rejected rows…</source>
      <translation>Rədd edilmiş sətirləri saxla…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Save the dashboard as a picture</source>
      <translation>İdarə panelini şəkil kimi saxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Save the profile as shown, to edit or share it</source>
      <translation>Profili göstərildiyi kimi saxla — redaktə və ya paylaşmaq üçün</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Scale</source>
      <translation>Miqyas</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Schedules every open hazard in rank order (PRIORITY: the output of Prioritise hazards; default hazards.priority, then the smaller area) to the organisation that would finish it first, at its daily capacity (Σ assets × m² per day of its latest operator_capacity row), one hazard after another, WORKING_DAYS_PER_YEAR working days a year. PLAN: each hazard's organisation, start and finish. SETTLEMENTS: when the last hazard within the settlement radius is finished (safe_by) against the target date. TARGETS: per return stage and for residential land, the area, what the plan clears by the target date, the shortfall and the daily capacity that would close it. EXTRA_CAPACITY asks 'what if': JSON {"ANAMA": {"machines": 18}} or 'ANAMA: machines=18; Safe Point: deminers=50'.</source>
      <translation>Hər açıq təhlükəni sıra ilə (PRIORITY: Təhlükələri prioritetləşdir nəticəsi; standart hazards.priority, sonra kiçik sahə) onu ən tez bitirəcək təşkilata, gündəlik gücü ilə (vasitələr × gündəlik m², son operator_capacity sətri), biri digərinin ardınca, ildə WORKING_DAYS_PER_YEAR iş günü ilə planlaşdırır. PLAN: hər təhlükənin təşkilatı, başlanğıcı və sonu. SETTLEMENTS: radius daxilində son təhlükənin bitdiyi vaxt (safe_by) hədəf tarixlə müqayisədə. TARGETS: hər qayıdış mərhələsi və yaşayış sahəsi üçün sahə, hədəf tarixə qədər təmizlənən, çatışmazlıq və onu bağlayacaq gündəlik güc. EXTRA_CAPACITY 'bəs əgər' sualıdır: JSON {"ANAMA": {"machines": 18}} və ya 'ANAMA: machines=18; Safe Point: deminers=50'.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Schema of the project</source>
      <translation>Layihənin sxemi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>Schema {schema} already exists in {where}; choose a new name.</source>
      <translation>{schema} sxemi {where} daxilində artıq mövcuddur; yeni ad seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Score</source>
      <translation>Bal</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Se&amp;ttings…</source>
      <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Search radius around the record (m)</source>
      <translation>Qeyd ətrafında axtarış radiusu (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>Seen empty by aerial survey: ground resolution ≤ {gsd} cm, vegetation ≤ {vegetation}, more than {distance} m from every detection, find and accident</source>
      <translation>Hava tədqiqatı ilə boş görünüb: yer ayırdetməsi ≤ {gsd} sm, bitki örtüyü ≤ {vegetation}, hər aşkarlamadan, tapıntıdan və hadisədən {distance} m-dən uzaq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Seen well (≤ 1 cm)</source>
      <translation>Yaxşı görünüb (≤ 1 sm)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Select a hazard in the table first.</source>
      <translation>Əvvəlcə cədvəldə təhlükəli ərazi seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Select a minefield record on the map to see its points and mine rows here.</source>
      <translation>Nöqtələrini və mina cərgələrini burada görmək üçün xəritədə mina sahəsi qeydini seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>Select one hazard on the map (or in the Hazards section) first.</source>
      <translation>Əvvəlcə xəritədə (və ya Təhlükəli ərazilər bölməsində) bir təhlükəli ərazi seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Select one hazard on the map or in the Hazards section first.</source>
      <translation>Əvvəlcə xəritədə və ya Təhlükələr bölməsində bir təhlükə seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Select one marking line on the map first.</source>
      <translation>Əvvəlcə xəritədə bir nişanlama xətti seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Select one minefield record on the map first.</source>
      <translation>Əvvəlcə xəritədə bir mina sahəsi qeydini seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Select one task first.</source>
      <translation>Əvvəlcə bir tapşırıq seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Select proposals still proposed first.</source>
      <translation>Əvvəlcə hələ təklif statusunda olan təklifləri seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Select the EO finds (or other evidence points) on the map first.</source>
      <translation>Əvvəlcə xəritədə PS tapıntılarını (və ya digər sübut nöqtələrini) seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Select the hazards to mark on the map first.</source>
      <translation>Əvvəlcə xəritədə nişanlanacaq təhlükəli əraziləri seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sensor</source>
      <translation>Sensor</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Set &amp;status</source>
      <translation>&amp;Statusu təyin et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Set task status</source>
      <translation>Tapşırığın statusunu təyin et</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Set the selected hazard's status to closed (recorded in the status history)</source>
      <translation>Seçilmiş təhlükəli ərazinin statusunu "bağlı" et (status tarixçəsində qeyd olunur)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>Sets the review status of aerial detections named by id (comma separated) or chosen by an expression (for example "confidence" &lt; 0.4 AND "flight_id" = 'FL-1'). Who reviewed and when are recorded (on a shared database by the server), and each change goes to the status history with its reason. Detections already at that status are left as they are.</source>
      <translation>İdentifikatorla (vergüllə) göstərilən və ya ifadə ilə seçilən (məsələn "confidence" &lt; 0.4 AND "flight_id" = 'FL-1') hava aşkarlamalarının yoxlama statusunu təyin edir. Kimin və nə vaxt yoxladığı qeyd olunur (ortaq bazada server tərəfindən), hər dəyişiklik səbəbi ilə status tarixçəsinə düşür. Artıq bu statusda olan aşkarlamalar olduğu kimi qalır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Settlement</source>
      <translation>Yaşayış məntəqəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Settlement id</source>
      <translation>Yaşayış məntəqəsi identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Settlement radius (m)</source>
      <translation>Yaşayış məntəqəsi radiusu (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Settlements</source>
      <translation>Yaşayış məntəqələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sex</source>
      <translation>Cins</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Sheets written</source>
      <translation>Yazılmış vərəqələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Shift (m)</source>
      <translation>Sürüşmə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Shift bearing (°)</source>
      <translation>Sürüşmənin azimutu (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Shift east (m)</source>
      <translation>Şərqə sürüşmə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Shift north (m)</source>
      <translation>Şimala sürüşmə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Show names (victim assistance)</source>
      <translation>Adları göstər (qurbanlara yardım)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign id</source>
      <translation>Nişan kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Sign spacing (m)</source>
      <translation>Nişanlar arası məsafə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Sign spacing the signs were placed with (m)</source>
      <translation>Nişanların qoyulduğu aralıq (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign type</source>
      <translation>Nişan növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Signature</source>
      <translation>İmza</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Signatures</source>
      <translation>İmzalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Signs</source>
      <translation>Nişanlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Signs (optional: else counted at the sign spacing)</source>
      <translation>Nişanlar (istəyə görə; yoxdursa aralığa görə sayılır)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Signs (preview)</source>
      <translation>Nişanlar (ilkin baxış)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Signs saved</source>
      <translation>Saxlanmış nişanlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Social inclusion</source>
      <translation>Sosial inteqrasiya</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Source</source>
      <translation>Mənbə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Source file</source>
      <translation>Mənbə fayl</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Source recorded with the records (default: the file's name)</source>
      <translation>Qeydlərlə yazılan mənbə (standart: faylın adı)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Soviet mils (6000)</source>
      <translation>Sovet mili (6000)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Spacing (m)</source>
      <translation>Aralıq (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Spacings must be greater than 0.</source>
      <translation>Aralıqlar 0-dan böyük olmalıdır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stabilisation</source>
      <translation>Sabitləşmə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stage 1</source>
      <translation>1-ci mərhələ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stage 2</source>
      <translation>2-ci mərhələ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Stage 3</source>
      <translation>3-cü mərhələ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start date</source>
      <translation>Başlama tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Start date (YYYY-MM-DD)</source>
      <translation>Başlama tarixi (İİİİ-AA-GG)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start point</source>
      <translation>Başlanğıc nöqtəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Status history</source>
      <translation>Status tarixçəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>Status of the line selected on the map:</source>
      <translation>Xəritədə seçilmiş xəttin statusu:</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Stay on cleared lanes and marked safe routes. Do not touch, move or collect any item. Mark and report every find to the team leader. No work without a medic and a casualty evacuation plan in place. Stop work in poor visibility.</source>
      <translation>Yalnız təmizlənmiş zolaqlarda və nişanlanmış təhlükəsiz yollarda qalın. Heç bir əşyaya toxunmayın, yerini dəyişməyin və toplamayın. Hər tapıntını nişanlayın və komanda rəhbərinə bildirin. Tibbi işçi və yaralının təxliyə planı olmadan işləməyin. Zəif görünmə şəraitində işi dayandırın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Stores a profile in priority_profiles, one row per criterion (a profile of that name is replaced). WEIGHTS is JSON: {criterion: weight} or {criterion: {'weight': w, 'gate': true}} with double quotes; criteria left out get weight 0.</source>
      <translation>Profili priority_profiles-də saxlayır, hər meyar üçün bir sətir (eyni adlı profil əvəz olunur). WEIGHTS JSON-dur: {criterion: weight} və ya cüt dırnaqlarla {criterion: {'weight': w, 'gate': true}}; göstərilməyən meyarların çəkisi 0 olur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Summary</source>
      <translation>Xülasə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Summary table</source>
      <translation>Xülasə cədvəli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Summary written to {path}</source>
      <translation>Xülasə yazıldı: {path}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Survey</source>
      <translation>Tədqiqat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey date</source>
      <translation>Tədqiqat tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey flights</source>
      <translation>Tədqiqat uçuşları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey team</source>
      <translation>Tədqiqat qrupu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Survey teams</source>
      <translation>Tədqiqat qrupları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Suspected (SHA)</source>
      <translation>Şübhəli (SHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Suspected and confirmed hazardous areas with their status.</source>
      <translation>Şübhəli və təsdiqlənmiş təhlükəli ərazilər və onların statusu.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Suspected hazardous area (SHA)</source>
      <translation>Şübhəli təhlükəli ərazi (SHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Suspended</source>
      <translation>Dayandırılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Table</source>
      <translation>Cədvəl</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>Table {table} of {path} has no {field} column: an export from another profile?</source>
      <translation>{path} faylının {table} cədvəlində {field} sütunu yoxdur: başqa profilin ixracıdır?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Target date</source>
      <translation>Hədəf tarix</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Targets</source>
      <translation>Hədəflər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Task</source>
      <translation>Tapşırıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Task area</source>
      <translation>Tapşırıq sahəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Task id</source>
      <translation>Tapşırıq kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Task id '{id}': {reason}.</source>
      <translation>Tapşırıq id '{id}': {reason}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Task sheet</source>
      <translation>Tapşırıq vərəqəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Task sheet settings</source>
      <translation>Tapşırıq vərəqəsi parametrləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Task sheet {id}</source>
      <translation>Tapşırıq vərəqəsi {id}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Task sheets</source>
      <translation>Tapşırıq vərəqələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Task type</source>
      <translation>Tapşırıq növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Task {id} created.</source>
      <translation>Tapşırıq {id} yaradıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Task {id} exists already.</source>
      <translation>Tapşırıq {id} artıq mövcuddur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Task {id} is {old}; it cannot become {new} (next: {allowed}).</source>
      <translation>Tapşırıq {id} hazırda {old}; {new} ola bilməz (növbəti: {allowed}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Task {id}: {old} → {new}.</source>
      <translation>Tapşırıq {id}: {old} → {new}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>Task {task} created over hazard {hazard}.</source>
      <translation>{hazard} təhlükəsi üzərində {task} tapşırığı yaradıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>Task {task}: it has no task area (no geometry); draw or copy the area before printing.</source>
      <translation>Tapşırıq {task}: tapşırıq sahəsi yoxdur (həndəsə yoxdur); çapdan əvvəl sahəni çəkin və ya köçürün.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/pdf_output.py" />
      <source>Task {task}: the file name would leave the output folder; no sheet was written.</source>
      <translation>Tapşırıq {task}: fayl adı çıxış qovluğundan kənara çıxardı; vərəqə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/pdf_output.py" />
      <source>Task {task}: {reason}; no sheet was written.</source>
      <translation>Tapşırıq {task}: {reason}; vərəqə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Tasks</source>
      <translation>Tapşırıqlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Tasks issued to survey and clearance teams.</source>
      <translation>Tədqiqat və təmizləmə qruplarına verilmiş tapşırıqlar.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Tasks not printed</source>
      <translation>Çap edilməyən tapşırıqlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Tasks to print (expression on tasks; empty: all)</source>
      <translation>Çap ediləcək tapşırıqlar (tapşırıqlar üzrə ifadə; boş: hamısı)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>Team</source>
      <translation>Qrup</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Technical survey</source>
      <translation>Texniki tədqiqat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Templates saved: {files}</source>
      <translation>Şablonlar saxlanıldı: {files}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Temporary marking</source>
      <translation>Müvəqqəti nişanlama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>The PDF {path} could not be written ({reason}).</source>
      <translation>PDF {path} yazıla bilmədi ({reason}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/pg_connections.py" />
      <source>The authentication configuration of connection '{name}' could not be read (is the master password set?).</source>
      <translation>'{name}' bağlantısının autentifikasiya konfiqurasiyası oxuna bilmədi (əsas parol təyin edilibmi?).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>The bill of quantities of marking and fencing: per line and in total, its length on the WGS84 ellipsoid, the signs on it (from a sign layer, or at the spacing), the fence posts at the post spacing, the wire or tape (length × strands) and, with unit prices, the cost. Written as CSV or XLSX.</source>
      <translation>Nişanlama və hasarlama üzrə materiallar siyahısı: hər xətt üzrə və cəmi, WGS84 ellipsoidində uzunluğu, üzərindəki nişanlar (nişan layından və ya aralığa görə), dirək aralığına görə hasar dirəkləri, məftil və ya lent (uzunluq × cərgə sayı) və vahid qiymətlər verildikdə dəyəri. CSV və ya XLSX kimi yazılır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>The check did not finish: {reason}</source>
      <translation>Yoxlama başa çatmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>The confidences of {name} are in percent (0–100): they were divided by 100.</source>
      <translation>{name} faylının etibarlılıqları faizlədir (0–100): 100-ə bölündü.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>The dashboard could not be refreshed: {reason}</source>
      <translation>İdarə paneli yenilənə bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>The database allows victims' needs and assistance to the victim-assistance role only; ask the database administrator for it if your work needs them.</source>
      <translation>Baza qurbanların ehtiyaclarına və yardıma yalnız qurbanlara yardım roluna icazə verir; işiniz üçün lazımdırsa, baza administratorundan istəyin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database could not be opened.</source>
      <translation>Verilənlər bazası açıla bilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>The database could not be read</source>
      <translation>Verilənlər bazası oxuna bilmədi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>The database has no minefield records to check.</source>
      <translation>Verilənlər bazasında yoxlanılacaq mina sahəsi qeydi yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The database has no tasks; no sheet was written.</source>
      <translation>Verilənlər bazasında tapşırıq yoxdur; vərəqə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>The database is already up to date.</source>
      <translation>Verilənlər bazası artıq yenidir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>The database must be upgraded before it is loaded.</source>
      <translation>Verilənlər bazası yüklənməzdən əvvəl yenilənməlidir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/records_parallel.py" />
      <source>The database must be upgraded before records are imported into it.</source>
      <translation>Qeydlər idxal olunmazdan əvvəl verilənlər bazası yenilənməlidir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/marking_store.py" />
      <source>The database must be upgraded first.</source>
      <translation>Əvvəlcə verilənlər bazası yenilənməlidir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>The database refused a change</source>
      <translation>Verilənlər bazası dəyişikliyi qəbul etmədi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>The database refused the change: your role may only read this project ({reason}).</source>
      <translation>Baza dəyişikliyi rədd etdi: rolunuz bu layihəni yalnız oxuya bilər ({reason}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>The database refused the change: {reason}</source>
      <translation>Baza dəyişikliyi rədd etdi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/records_store.py" />
      <source>The database refused the records</source>
      <translation>Verilənlər bazası qeydləri qəbul etmədi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>The database refuses your login the victims' personal data: copy with PERSONAL=omit, or ask for the victim-assistance role. Nothing was copied.</source>
      <translation>Baza loginunuza qurbanların şəxsi məlumatlarını vermir: PERSONAL=omit ilə köçürün və ya qurbanlara yardım rolunu istəyin. Heç nə köçürülmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database was left as it is.</source>
      <translation>Verilənlər bazası olduğu kimi saxlanıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>The declination is a number of degrees between -180 and 180.</source>
      <translation>Meyl -180 ilə 180 arasında dərəcə ədədidir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>The detections of {database} could not be read.</source>
      <translation>{database} bazasının aşkarlamaları oxuna bilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>The district layer has no field {field}.</source>
      <translation>Rayon layında {field} sahəsi yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>The domain {name} could not be written: {reason}</source>
      <translation>{name} domeni yazıla bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The drawn release lies on no hazard: link it to one (hazard_id) so the hazard's remaining area counts it.</source>
      <translation>Çəkilmiş azad etmə heç bir təhlükəli ərazinin üzərində deyil: təhlükəli ərazinin qalan sahəsində nəzərə alınması üçün onu birinə bağlayın (hazard_id).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>The due date is before the issue date.</source>
      <translation>Son tarix verilmə tarixindən əvvəldir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>The due date {due} is before the issue date {issued}.</source>
      <translation>Son tarix {due} verilmə tarixi {issued}-dən əvvəldir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>The end date {end} is before the start date {start}.</source>
      <translation>Bitmə tarixi {end} başlama tarixindən {start} əvvəldir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>The end of the date range ({to}) is before its start ({start}).</source>
      <translation>Tarix aralığının sonu ({to}) başlanğıcından ({start}) əvvəldir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>The file could not be checked: {reason}</source>
      <translation>Fayl yoxlanıla bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>The file has no column {column} (given for {field}); its columns are {columns}.</source>
      <translation>Faylda {column} sütunu yoxdur ({field} üçün verilib); sütunları: {columns}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The hazard's outline is not valid ({problem}): undo the change (Ctrl+Z) or correct it before saving.</source>
      <translation>Təhlükəli ərazinin konturu düzgün deyil ({problem}): dəyişikliyi geri qaytarın (Ctrl+Z) və ya saxlamazdan əvvəl düzəldin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The hazard's outline is not valid ({problem}); it was not kept. Draw it again without crossing lines.</source>
      <translation>Təhlükəli ərazinin konturu düzgün deyil ({problem}); saxlanılmadı. Xətləri kəsişdirmədən yenidən çəkin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>The hazards could not be measured: {reason}</source>
      <translation>Təhlükəli ərazilər ölçülə bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>The import was undone: {reason}</source>
      <translation>İdxal geri qaytarıldı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>The land left is in {count} pieces; the largest is recorded, draw the others by hand.</source>
      <translation>Qalan torpaq {count} hissədədir; ən böyüyü qeyd olunur, digərlərini əl ilə çəkin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The map on page(s) {pages} of the combined file could not be georeferenced (GDAL's PDF driver is missing or refused); the single sheets are.</source>
      <translation>Birləşmiş faylın {pages} səhifə(lər)indəki xəritəyə coğrafi istinad verilə bilmədi (GDAL-ın PDF sürücüsü yoxdur və ya imtina etdi); ayrı vərəqlərdə istinad var.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/marking_store.py" />
      <source>The marking was not saved: {reason}</source>
      <translation>Nişanlama saxlanılmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The outline crossed itself into {count} pieces; the largest was kept, draw the others as hazards of their own.</source>
      <translation>Kontur özünü kəsərək {count} hissəyə bölündü; ən böyüyü saxlanıldı, digərlərini ayrıca təhlükəli ərazilər kimi çəkin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/digitizing.py" />
      <source>The outline is not valid ({problem}). Repair it (the crossing parts become separate rings)?</source>
      <translation>Kontur düzgün deyil ({problem}). Düzəldilsin (kəsişən hissələr ayrı halqalara çevrilir)?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The output folder {folder} cannot be written: {reason}. No sheet was written.</source>
      <translation>Çıxış qovluğu {folder} yazıla bilmir: {reason}. Heç bir vərəqə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>The plan gives no hazard to {organisation}.</source>
      <translation>Plan {organisation} təşkilatına heç bir təhlükə vermir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/imsma_common.py" />
      <source>The profile {path} cannot be read: {reason}</source>
      <translation>{path} profili oxuna bilmir: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>The profile {path} cannot be used: {reason}</source>
      <translation>{path} profilindən istifadə etmək olmur: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>The quarterly "Clearance by districts" table: per district, the cleared area (km², on the WGS84 ellipsoid, of land release polygons with release type cleared) and the explosive ordnance found (sums of quantity for ERW, APM and ATM), with a Total row. Optional: a district polygon layer (adds each district's area and places features whose district is empty), and a date range (cleared areas by end date, else start date; finds by date found).</source>
      <translation>Rüblük "Rayonlar üzrə təmizləmə" cədvəli: hər rayon üzrə təmizlənmiş sahə (km², WGS84 ellipsoidində, azad etmə növü "təmizlənmiş" olan poliqonlar) və tapılmış partlayıcı sursatlar (ERW, APM və ATM üzrə say cəmi), Cəmi sətri ilə. İstəyə görə: rayon poliqonları layı (hər rayonun sahəsini əlavə edir və rayonu boş olan obyektləri yerləşdirir) və tarix aralığı (təmizlənmiş sahələr bitmə, yoxdursa başlama tarixinə görə; tapıntılar tapılma tarixinə görə).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/records_store.py" />
      <source>The records are written by this process alone ({reason}).</source>
      <translation>Qeydləri yalnız bu proses yazır ({reason}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>The roles were not created: {reason}</source>
      <translation>Rollar yaradılmadı: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>The statuses the selected task can move to</source>
      <translation>Seçilmiş tapşırığın keçə biləcəyi statuslar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>The task id made from hazard {hazard} would be '{id}', which cannot be used ({reason}); give TASK_ID.</source>
      <translation>{hazard} təhlükəsindən yaradılan tapşırıq identifikatoru '{id}' olardı və istifadə oluna bilməz ({reason}); TASK_ID verin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>The template {path} cannot be used: {reason}.</source>
      <translation>{path} şablonundan istifadə etmək olmur: {reason}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/task_sheet.py" />
      <source>The template {path} has no map item with the id "main_map".</source>
      <translation>{path} şablonunda "main_map" identifikatorlu xəritə elementi yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>The whole programme or one district</source>
      <translation>Bütün proqram və ya bir rayon</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/pg_connections.py" />
      <source>There is no QGIS PostgreSQL connection called '{name}' (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>'{name}' adlı QGIS PostgreSQL bağlantısı yoxdur (Brauzer ▸ PostgreSQL ▸ Yeni bağlantı).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>There is no hazard {id} in the database.</source>
      <translation>Verilənlər bazasında {id} təhlükəsi yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>There is no hazard {id} with a polygon.</source>
      <translation>Poliqonu olan {id} təhlükəli ərazisi yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>There is no proposal {id}; nothing was changed.</source>
      <translation>{id} təklifi yoxdur; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>There is no task {id} in the database.</source>
      <translation>Verilənlər bazasında {id} tapşırığı yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>There is no {id} in {layer}.</source>
      <translation>{layer} qatında {id} yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Thermal</source>
      <translation>İstilik</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>This database has schema version {old}; this plugin uses version {new}. Upgrade it now? A backup copy is made first.</source>
      <translation>Bu verilənlər bazasının sxem versiyası {old}, plagin isə {new} versiyasından istifadə edir. İndi yenilənsin? Əvvəlcə ehtiyat nüsxə çıxarılır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Thresholds used (JSON)</source>
      <translation>İstifadə olunan hədlər (JSON)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>To (YYYY-MM-DD, inclusive)</source>
      <translation>Son (YYYY-MM-DD, daxil olmaqla)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>To (new GeoPackage path or new PostgreSQL schema)</source>
      <translation>Haraya (yeni GeoPackage yolu və ya yeni PostgreSQL sxemi)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/clearance_summary.py" />
      <source>To date</source>
      <translation>Son tarix</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Too coarse (&gt; 2 cm) or unknown</source>
      <translation>Çox kobud (&gt; 2 sm) və ya naməlum</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/verification_figure.py" />
      <source>Total</source>
      <translation>Cəmi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Transcribe a paper record by hand, drawn on the map as you type</source>
      <translation>Kağız qeydi əl ilə köçürün; yazdıqca xəritədə çəkilir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Transition</source>
      <translation>Keçid</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Travelling</source>
      <translation>Yol gedərkən</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Traverse length from the landmark (m)</source>
      <translation>Oriyentirdən gediş uzunluğu (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>True north</source>
      <translation>Həqiqi şimal</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Turning point</source>
      <translation>Dönmə nöqtəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Turning points</source>
      <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>Turns a minefield record table (CSV with comma or semicolon, or XLSX; one row per point with bearings and distances from a landmark) into perimeters, points and mine rows on the WGS84 ellipsoid. A record with any bad row is rejected whole and all its rows are listed in Errors with the file row and the reason; the other records are imported. With a project database, all accepted records are appended in one transaction (all or nothing).</source>
      <translation>Mina sahəsi qeydləri cədvəlini (vergül və ya nöqtəli vergüllü CSV, yaxud XLSX; hər nöqtə üçün oriyentirdən azimut və məsafə ilə bir sətir) WGS84 ellipsoidində perimetrlərə, nöqtələrə və mina cərgələrinə çevirir. Səhv sətri olan qeyd bütövlükdə rədd edilir və onun bütün sətirləri fayldakı sətir nömrəsi və səbəbi ilə Səhvlər cədvəlində göstərilir; digər qeydlər idxal olunur. Layihə verilənlər bazası verildikdə bütün qəbul edilmiş qeydlər bir tranzaksiyada əlavə olunur (ya hamısı, ya heç biri).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>UTM zone</source>
      <translation>UTM zona</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unarmed</source>
      <translation>Döyüş vəziyyətində deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Unchanged</source>
      <translation>Dəyişmədi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unknown</source>
      <translation>Naməlum</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unmatched finds</source>
      <translation>Uyğun gəlməyən tapıntılar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Unreliable</source>
      <translation>Etibarsız</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unreviewed</source>
      <translation>Yoxlanılmayıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Unreviewed, confidence &lt; 0.8</source>
      <translation>Yoxlanılmayıb, etibarlılıq &lt; 0.8</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Unreviewed, confidence ≥ 0.8</source>
      <translation>Yoxlanılmayıb, etibarlılıq ≥ 0.8</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>Unverified</source>
      <translation>Yoxlanılmamış</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_imsma.py" />
      <source>Updated</source>
      <translation>Yeniləndi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Upgrade project database</source>
      <translation>Layihə verilənlər bazasını yenilə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgraded from schema {old} to {new}.</source>
      <translation>{old} sxemindən {new} sxeminə yeniləndi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgraded from schema {old} to {new}; backup: {backup}</source>
      <translation>Sxem {old} versiyasından {new} versiyasına yeniləndi; ehtiyat nüsxə: {backup}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgrades a project database made by an older version of the plugin. For a GeoPackage, a backup copy is written next to it first (name.backup-&lt;time&gt;.gpkg); on PostGIS the server's own backups stand for it. The upgrade itself is one transaction, so a failure leaves the database as it was.</source>
      <translation>Plaginin köhnə versiyası ilə yaradılmış layihə verilənlər bazasını yeniləyir. GeoPackage üçün əvvəlcə yanında ehtiyat nüsxə yazılır (name.backup-&lt;time&gt;.gpkg); PostGIS-də bunu serverin öz ehtiyat nüsxələri əvəz edir. Yeniləmə bir tranzaksiyadır, ona görə xəta bazanı olduğu kimi saxlayır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>Use a country profile (JSON)</source>
      <translation>Ölkə profilindən istifadə et (JSON)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Vegetation</source>
      <translation>Bitki örtüyü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Vegetation id</source>
      <translation>Bitki örtüyü identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Verification</source>
      <translation>Yoxlama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>Verify minefield records against finds</source>
      <translation>Mina sahəsi qeydlərini tapıntılarla yoxla</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>Version read (PostGIS: refuse the change if the task was saved since)</source>
      <translation>Oxunmuş versiya (PostGIS: tapşırıq o vaxtdan saxlanılıbsa, dəyişikliyi rədd et)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Victim</source>
      <translation>Qurban</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victim id</source>
      <translation>Qurban identifikatoru</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Victim-assistance role</source>
      <translation>Qurbanlara yardım rolu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victims</source>
      <translation>Qurbanlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>Victims counted</source>
      <translation>Sayılan qurbanlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>Victims imported</source>
      <translation>İdxal edilmiş qurbanlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>Victims per year</source>
      <translation>İllər üzrə qurbanlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victims' needs</source>
      <translation>Qurbanların ehtiyacları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>Victims' needs report</source>
      <translation>Qurbanların ehtiyacları hesabatı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Victims' personal data</source>
      <translation>Qurbanların şəxsi məlumatları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Victims' personal data, needs and assistance</source>
      <translation>Qurbanların şəxsi məlumatları, ehtiyacları və yardım</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>Victims' personal data, needs and assistance were left out.</source>
      <translation>Qurbanların şəxsi məlumatları, ehtiyacları və yardım daxil edilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_roles.py" />
      <source>Viewer role</source>
      <translation>Baxış rolu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Warning signs (marking_id, sign_type, facing_deg)</source>
      <translation>Xəbərdarlıq nişanları (marking_id, sign_type, facing_deg)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>Warning signs along marking lines</source>
      <translation>Nişanlama xətləri boyunca xəbərdarlıq nişanları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Water</source>
      <translation>Su</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Weight</source>
      <translation>Çəki</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_profile.py" />
      <source>Weights (JSON)</source>
      <translation>Çəkilər (JSON)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>What aerial survey cannot see: a single object the detector missed on open ground (its recall is never 1), anything buried, anything under vegetation. A reduction candidate is land to survey (NTS/TS), never land released.</source>
      <translation>Hava tədqiqatının görə bilmədikləri: detektorun açıq yerdə buraxdığı tək obyekt (onun həssaslığı heç vaxt 1 deyil), basdırılmış hər şey, bitki örtüyü altındakı hər şey. Azaltma namizədi tədqiq ediləcək torpaqdır (NTS/TS), heç vaxt azad edilmiş torpaq deyil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>What if: ANAMA: machines=18</source>
      <translation>Bəs əgər: ANAMA: machines=18</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>When each settlement is safe (plan from {start})</source>
      <translation>Hər yaşayış məntəqəsi nə vaxt təhlükəsiz olur ({start} tarixindən plan)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>Where</source>
      <translation>Harada</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Which hazard first, and when each returning village will be safe: the ranking explained, the work plan and its targets.</source>
      <translation>Hansı təhlükə birinci və hər qayıdılan kənd nə vaxt təhlükəsiz olacaq: izahlı sıralama, iş planı və onun hədəfləri.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>Why</source>
      <translation>Niyə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/proposal_list.py" />
      <source>Why are they rejected?</source>
      <translation>Niyə rədd edilir?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Why tasks were not printed</source>
      <translation>Tapşırıqların niyə çap edilmədiyi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>Wire strands (or tape lines)</source>
      <translation>Məftil cərgələri (və ya lent xətləri)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Work plan (PLAN of Forecast the work plan): sheets in plan order</source>
      <translation>İş planı (İş planını proqnozlaşdır-ın PLAN-ı): vərəqlər plan sırası ilə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Work plan from {start}: everything cleared by {finish}</source>
      <translation>{start} tarixindən iş planı: hər şey {finish} tarixinə təmizlənir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Worked on</source>
      <translation>Üzərində işlənir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>Working days per year</source>
      <translation>İldə iş günləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>Write hazards.priority (1–5 by score quintile)</source>
      <translation>hazards.priority-ni yaz (bal kvintilinə görə 1–5)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>Write no password into the database string: store it in the QGIS authentication database (a QGIS connection with an authentication configuration), in ~/.pgpass or in a service file.</source>
      <translation>Baza sətrinə parol yazmayın: onu QGIS autentifikasiya bazasında (autentifikasiya konfiqurasiyası olan QGIS bağlantısı), ~/.pgpass və ya xidmət faylında saxlayın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Write the sheets of the selected tasks (or of every issued task when none is selected) to a folder</source>
      <translation>Seçilmiş tapşırıqların (heç biri seçilməyibsə, bütün verilmiş tapşırıqların) vərəqələrini qovluğa yaz</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>Writes hazards, land release (hazard reduction), EO finds, marking, tasks, accidents and victims as IMSMA Core appends them (victims' names, birth dates, addresses and phones only with INCLUDE_PERSONAL): names, required fields and coded-value domains from the profile (default: IMSMA Core generic), WGS 84, ISO dates, domain codes. FORMAT filegdb or gpkg carry the domains; xlsx has one sheet per entity (latitude/longitude for points, WKT otherwise). By default only what changed since the last successful export is written. Every feature is checked first: with ON_INVALID = stop nothing is written when one fails, with skip the others are written; REPORT lists the problems.</source>
      <translation>Təhlükələri, torpaq azadetməsini (təhlükənin azaldılması), PP tapıntılarını, nişanlamanı, tapşırıqları, hadisələri və qurbanları IMSMA Core-un əlavə etdiyi kimi yazır (qurbanların adları, doğum tarixləri, ünvanları və telefonları yalnız INCLUDE_PERSONAL ilə): profildən adlar, tələb olunan sahələr və kodlaşdırılmış dəyər domenləri (standart: IMSMA Core generic), WGS 84, ISO tarixlər, domen kodları. FORMAT filegdb və ya gpkg domenləri daşıyır; xlsx hər obyekt üçün bir vərəqdir (nöqtələr üçün enlik/uzunluq, digərləri üçün WKT). Standart olaraq yalnız son uğurlu ixracdan sonra dəyişənlər yazılır. Əvvəlcə hər obyekt yoxlanılır: ON_INVALID = stop olduqda biri uğursuz olarsa heç nə yazılmır, skip olduqda digərləri yazılır; REPORT problemləri sadalayır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/save_marking.py" />
      <source>Writes marking lines (from Perimeter marking lines) and their warning signs (from Warning signs along marking lines) into the project database as planned marking, in one transaction. Each line is linked to the first hazard in its hazard_id field and named MK-&lt;hazard id&gt;-&lt;n&gt;; its signs are &lt;marking id&gt;-S&lt;n&gt;.</source>
      <translation>Nişanlama xətlərini (Perimetr nişanlama xətlərindən) və onların xəbərdarlıq nişanlarını (Nişanlama xətləri boyunca xəbərdarlıq nişanlarından) bir tranzaksiyada planlaşdırılmış nişanlama kimi layihə bazasına yazır. Hər xətt hazard_id sahəsindəki ilk təhlükəli əraziyə bağlanır və MK-&lt;təhlükə id&gt;-&lt;n&gt; adlanır; nişanları &lt;nişanlama id&gt;-S&lt;n&gt;-dir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>Writes one PDF task sheet per task, named &lt;task id&gt;.pdf, into the output folder: title block, map of the task area at a standard scale with UTM grid and graticule, overview, legend, turning points with coordinates, marking, finds nearby, safety notes, emergency contacts and signatures. FILTER is an expression on the tasks layer (for example "status" = 'issued'). A task that cannot be printed is reported by name and the others are still written. No network is needed.</source>
      <translation>Hər tapşırıq üçün &lt;tapşırıq id&gt;.pdf adlı bir PDF vərəqəsini çıxış qovluğuna yazır: başlıq bloku, standart miqyasda UTM şəbəkəsi və coğrafi şəbəkə ilə tapşırıq sahəsinin xəritəsi, icmal xəritə, şərti işarələr, koordinatlı dönmə nöqtələri, nişanlama, yaxınlıqdakı tapıntılar, təhlükəsizlik qeydləri, təcili əlaqələr və imzalar. FILTER tapşırıqlar qatı üzrə ifadədir (məsələn "status" = 'issued'). Çap edilə bilməyən tapşırıq adı ilə bildirilir, digərləri yenə yazılır. Şəbəkə tələb olunmur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>Writing task sheets…</source>
      <translation>Tapşırıq vərəqələri yazılır…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>Written: {path}</source>
      <translation>Yazıldı: {path}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>a fit {distance} m from this one matches {matched} mines (this one {best})</source>
      <translation>bundan {distance} m aralı uyğunlaşma {matched} minaya uyğun gəlir (bu: {best})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>a profile is a JSON object of criterion: weight</source>
      <translation>profil meyar: çəki JSON obyektidir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>absolute coordinate in crs (latitude for EPSG:4326)</source>
      <translation>crs sistemində mütləq koordinat (EPSG:4326 üçün enlik)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>absolute coordinate in crs (longitude for EPSG:4326)</source>
      <translation>crs sistemində mütləq koordinat (EPSG:4326 üçün uzunluq)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>accepted proposal {id}: {evidence}</source>
      <translation>qəbul edilmiş təklif {id}: {evidence}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>accident date {date} is in the future</source>
      <translation>hadisə tarixi {date} gələcəkdədir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>accident {id} is already in the database</source>
      <translation>{id} hadisəsi artıq bazadadır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>accident {id}: {field} differs from row {row}</source>
      <translation>{id} hadisəsi: {field} {row} sətrindəkindən fərqlidir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>age of {value} years (0–{most})</source>
      <translation>{value} yaş (0–{most})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>age {value} is not a number</source>
      <translation>yaş {value} ədəd deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>all records</source>
      <translation>bütün qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>area</source>
      <translation>sahə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>as the hazard</source>
      <translation>təhlükə kimi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>at least {value}</source>
      <translation>ən azı {value}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>at most {value}</source>
      <translation>ən çoxu {value}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>bearing is missing (a point without x, y is measured by bearing and distance)</source>
      <translation>azimut yoxdur (x, y olmayan nöqtə azimut və məsafə ilə ölçülür)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>bearing {value} is out of range for unit {unit} (0–{full})</source>
      <translation>azimut {value} {unit} vahidi üçün hədlərdən kənardır (0–{full})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>became hazard {hazard}</source>
      <translation>{hazard} təhlükəsi oldu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>between 0 and 1</source>
      <translation>0 ilə 1 arasında</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>blast</source>
      <translation>fuqas</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>bounding fragmentation</source>
      <translation>sıçrayan qəlpəli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>by reliability</source>
      <translation>etibarlılığa görə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>cancelled</source>
      <translation>ləğv edildi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>category {value} is not one of {codes}</source>
      <translation>{value} kateqoriyası {codes} siyahısında deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>closed from the dock</source>
      <translation>paneldən bağlanıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>column</source>
      <translation>sütun</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>confidence {value} outside 0–{top} (this file's confidences are {scale})</source>
      <translation>etibarlılıq {value} 0–{top} aralığından kənardır (bu faylın etibarlılıqları {scale})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>confirmed ({value})</source>
      <translation>təsdiqlənib ({value})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>coordinates need both x and y</source>
      <translation>koordinatlar üçün həm x, həm də y lazımdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>coordinates {lon}, {lat} are not on the Earth</source>
      <translation>{lon}, {lat} koordinatları Yer üzərində deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>coordinates {lon}, {lat} are not on the Earth (longitude −180…180, latitude −90…90)</source>
      <translation>{lon}, {lat} koordinatları Yer üzərində deyil (uzunluq −180…180, enlik −90…90)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>correction from check {check}: reading {reading}, landmark moved {shift} m towards {bearing}°</source>
      <translation>{check} yoxlamasından düzəliş: oxunuş {reading}, istinad nöqtəsi {bearing}° istiqamətində {shift} m köçürüldü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>created from hazard {id}</source>
      <translation>{id} təhlükəsindən yaradıldı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>created from proposal {id}</source>
      <translation>{id} təklifindən yaradılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>crs '{crs}' is not a coordinate reference system QGIS knows (write it as EPSG:code)</source>
      <translation>crs '{crs}' QGIS-in tanıdığı koordinat sistemi deyil (EPSG:kod kimi yazın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>date_laid '{value}' is not a date (write YYYY-MM-DD or DD.MM.YYYY)</source>
      <translation>date_laid '{value}' tarix deyil (İİİİ-AA-GG və ya GG.AA.İİİİ yazın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>datum</source>
      <translation>datum</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>declination</source>
      <translation>maqnit meyli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>declination_deg {value} is out of range (−90 to 90)</source>
      <translation>declination_deg {value} hədlərdən kənardır (−90 ilə 90 arası)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>deg (default), mil6400 (NATO mils), mil6000 (Soviet mils), grad</source>
      <translation>deg (susmaya görə), mil6400 (NATO mili), mil6000 (sovet mili), grad</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>directional fragmentation</source>
      <translation>istiqamətli qəlpəli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance in paces needs pace_m (the length of one pace in metres)</source>
      <translation>addımla məsafə üçün pace_m lazımdır (bir addımın metrlə uzunluğu)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance is missing</source>
      <translation>məsafə yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance {value} must be greater than 0</source>
      <translation>məsafə {value} 0-dan böyük olmalıdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>distance {value} {unit} is {metres} m, longer than a recorded leg can be ({limit} m)</source>
      <translation>məsafə {value} {unit} {metres} m edir, qeyd olunmuş bir hissədən uzundur ({limit} m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>duplicate id: {id} is already in the database</source>
      <translation>təkrar identifikator: {id} artıq verilənlər bazasındadır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>duplicate id: {id} is also on row {row}</source>
      <translation>təkrar identifikator: {id} həm də {row} sətrindədir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>duplicate victim_id {id} (also on row {row})</source>
      <translation>təkrar victim_id {id} ({row} sətrində də var)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_dialogs.py" />
      <source>e.g. 6.4 (east positive); empty: not known</source>
      <translation>məs. 6.4 (şərq müsbət); boş: məlum deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>e.g. PMN-2, TM-62M</source>
      <translation>məs. PMN-2, TM-62M</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>editor</source>
      <translation>redaktor</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>end date YYYY-MM-DD</source>
      <translation>bitmə tarixi İİİİ-AA-GG</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>error</source>
      <translation>səhv</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>evidence {value}</source>
      <translation>sübut {value}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>flight {id} has no footprint</source>
      <translation>{id} uçuşunun izi yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>flight {id} is already in the database: the one there is kept</source>
      <translation>{id} uçuşu artıq verilənlər bazasındadır: oradakı saxlanılır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>flight {id} is also on row {row}</source>
      <translation>{id} uçuşu həm də {row} sətrindədir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>from_point chain loops: {chain}</source>
      <translation>from_point zənciri qapalı dövrə yaradır: {chain}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>from_point {ref} is not a point of record {record}</source>
      <translation>from_point {ref} {record} qeydinin nöqtəsi deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>funded reconstruction ready nearby</source>
      <translation>yaxınlıqda maliyyələşdirilmiş bərpa hazırdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>grid</source>
      <translation>şəbəkə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>grid bearing needs grid_crs (the projected CRS of the grid, e.g. EPSG:32638)</source>
      <translation>şəbəkə azimutu üçün grid_crs lazımdır (şəbəkənin proyeksiyalı koordinat sistemi, məs. EPSG:32638)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>grid north</source>
      <translation>şəbəkə şimalı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>grid_crs '{crs}' is in degrees; a grid bearing needs a projected CRS, e.g. EPSG:32638</source>
      <translation>grid_crs '{crs}' dərəcələrlədir; şəbəkə azimutu proyeksiyalı CRS tələb edir, məsələn EPSG:32638</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>grid_crs '{crs}' is not a coordinate reference system QGIS knows</source>
      <translation>grid_crs '{crs}' QGIS-in tanıdığı koordinat sistemi deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>ground resolution {value} cm is not a positive number</source>
      <translation>yer ayırdetməsi {value} sm müsbət ədəd deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>ha, last 12 months with clearance</source>
      <translation>ha, təmizləmə aparılmış son 12 ay</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>hazards too</source>
      <translation>təhlükəli ərazilər də</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>hazards.priority changed on {count} hazards (history kept).</source>
      <translation>{count} təhlükədə hazards.priority dəyişdi (tarixçə saxlanılıb).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/identifiers.py" />
      <source>holds an invisible or control character (U+{code:04X}); retype it</source>
      <translation>görünməz və ya idarəedici simvol saxlayır (U+{code:04X}); yenidən yazın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>imported from IMSMA</source>
      <translation>IMSMA-dan idxal edildi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>in percent</source>
      <translation>faizlə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>inside</source>
      <translation>daxilində</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>inspected YYYY-MM-DD</source>
      <translation>yoxlanılıb İİİİ-AA-GG</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>installed YYYY-MM-DD</source>
      <translation>quraşdırılıb İİİİ-AA-GG</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/identifiers.py" />
      <source>is {length} characters long; an id has at most {limit}</source>
      <translation>{length} simvol uzunluğundadır; identifikator ən çoxu {limit} simvol olur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>kept as a candidate for non-technical or technical survey; nothing is released until that activity is recorded</source>
      <translation>qeyri-texniki və ya texniki tədqiqat üçün namizəd kimi saxlanılıb; bu fəaliyyət qeyd olunana qədər heç nə azad edilmir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>killed and injured, last 12 years with accidents</source>
      <translation>həlak olanlar və yaralananlar, hadisəli son 12 il</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>landmark</source>
      <translation>oriyentir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>landmark coordinates</source>
      <translation>istinad nöqtəsinin koordinatları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>landmark {point} has no coordinates (x, y): a record starts from a landmark of known position</source>
      <translation>{point} oriyentirinin koordinatları (x, y) yoxdur: qeyd mövqeyi məlum olan oriyentirdən başlayır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>latitude {lat} is out of range (−90 to 90); is x the longitude and y the latitude?</source>
      <translation>enlik {lat} hədlərdən kənardır (−90 ilə 90 arası); x uzunluq, y isə enlikdirmi?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>length of one pace in metres</source>
      <translation>bir addımın metrlə uzunluğu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>line {line}</source>
      <translation>sətir {line}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>longitude {lon} is out of range (−180 to 180)</source>
      <translation>uzunluq {lon} hədlərdən kənardır (−180 ilə 180 arası)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>m (default), pace, ft</source>
      <translation>m (susmaya görə), pace, ft</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>magnetic</source>
      <translation>maqnit</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>magnetic (default), true, grid</source>
      <translation>magnetic (susmaya görə), true, grid</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>magnetic bearing needs declination_deg (magnetic declination, east positive)</source>
      <translation>maqnit azimutu üçün declination_deg lazımdır (maqnit meyli, şərq müsbət)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>magnetic declination in degrees, east positive</source>
      <translation>dərəcə ilə maqnit meyli, şərq müsbət</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>meaning</source>
      <translation>mənası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>measured points</source>
      <translation>ölçülmüş nöqtələr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_readings.py" />
      <source>mil units</source>
      <translation>mil vahidləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine model '{model}' of row {row_id} is not in the catalogue: category left empty</source>
      <translation>{row_id} cərgəsinin '{model}' mina modeli kataloqda yoxdur: kateqoriya boş qaldı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>mine row identifier; one RS and one RE per row</source>
      <translation>mina cərgəsinin kodu; hər cərgədə bir RS və bir RE</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine row {row_id} has its {present} but no {missing}</source>
      <translation>{row_id} mina cərgəsinin {present} nöqtəsi var, amma {missing} yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine row {row_id} has more than one {type}</source>
      <translation>{row_id} mina cərgəsində birdən çox {type} var</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>mine row {row_id} has no {field}</source>
      <translation>{row_id} mina cərgəsində {field} yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>mine_count {value} is more than a row can hold (at most {limit})</source>
      <translation>mine_count {value} bir cərgəyə sığandan çoxdur (ən çoxu {limit})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>mine_count {value} must be a whole number ≥ 0</source>
      <translation>mine_count {value} tam ədəd olmalıdır (≥ 0)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>mineaction:importaccidents: a file with any bad row imports nothing, and its rows are listed</source>
      <translation>mineaction:importaccidents: hər hansı pis sətri olan fayl heç nə idxal etmir və sətirləri sadalanır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>mines laid in the row</source>
      <translation>cərgədə basdırılmış minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>missing</source>
      <translation>yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>missing accident id</source>
      <translation>hadisə identifikatoru yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>missing flight id</source>
      <translation>uçuş identifikatoru yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>missing id</source>
      <translation>identifikator yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>missing victim id</source>
      <translation>qurban identifikatoru yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>m² per day</source>
      <translation>gündə m²</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>nearest settlement {value:,.0f} m</source>
      <translation>ən yaxın yaşayış məntəqəsi {value:,.0f} m</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>never</source>
      <translation>heç vaxt</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>never inspected</source>
      <translation>heç yoxlanılmayıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>no</source>
      <translation>xeyr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>no coordinates (no geometry)</source>
      <translation>koordinat yoxdur (həndəsə yoxdur)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>no criterion of the profile applies</source>
      <translation>profilin heç bir meyarı tətbiq olunmur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>none</source>
      <translation>yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/set_task_status.py" />
      <source>none: it is final</source>
      <translation>yoxdur: bu sonuncudur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>not a File Geodatabase, GeoPackage or XLSX file</source>
      <translation>File Geodatabase, GeoPackage və ya XLSX faylı deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>not imported: record {record} has errors (row {row})</source>
      <translation>idxal olunmadı: {record} qeydində səhvlər var (sətir {row})</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>not recorded: check with a local source before using a compass</source>
      <translation>qeyd olunmayıb: kompasdan istifadədən əvvəl yerli mənbə ilə yoxlayın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>nothing left to release</source>
      <translation>azad ediləcək heç nə qalmayıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>number in bearing_unit</source>
      <translation>bearing_unit vahidində ədəd</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>number in distance_unit, greater than 0</source>
      <translation>distance_unit vahidində ədəd, 0-dan böyük</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>off-route</source>
      <translation>yol kənarı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>ok</source>
      <translation>qaydasındadır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>pace length</source>
      <translation>addım uzunluğu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>pace_m {value} is not a plausible pace length (0.3–1.5 m)</source>
      <translation>pace_m {value} inandırıcı addım uzunluğu deyil (0,3–1,5 m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>paces</source>
      <translation>addımlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>perimeter</source>
      <translation>perimetr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>point the bearing and distance are measured from; blank = the previous row of the same record</source>
      <translation>azimut və məsafənin ölçüldüyü nöqtə; boş = eyni qeydin əvvəlki sətri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>point_id is empty</source>
      <translation>point_id boşdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>point_id {point} appears twice in record {record} (rows {first} and {row})</source>
      <translation>point_id {point} {record} qeydində iki dəfə var ({first} və {row} sətirləri)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>point_type is empty (use LM, BM, SP, TP, IP, EP, RS or RE)</source>
      <translation>point_type boşdur (LM, BM, SP, TP, IP, EP, RS və ya RE yazın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>power line {value:,.0f} m away</source>
      <translation>elektrik xətti {value:,.0f} m uzaqda</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>projected CRS whose grid north the bearing refers to</source>
      <translation>azimutun şəbəkə şimalına istinad etdiyi proyeksiyalı koordinat sistemi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>railway {value:,.0f} m away</source>
      <translation>dəmir yolu {value:,.0f} m uzaqda</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>ranked with profile {profile}</source>
      <translation>{profile} profili ilə sıralanıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>reading {reading} fits as well with a {shift} m shift</source>
      <translation>{reading} oxunuşu da {shift} m sürüşmə ilə uyğun gəlir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>reading {reading}, shift {shift} m towards {bearing}°, rotation {rotation}°, scale {scale}; {matched} of {expected} mines matched (RMS {rms} m)</source>
      <translation>oxunuş {reading}, {bearing}° istiqamətində {shift} m sürüşmə, dönmə {rotation}°, miqyas {scale}; {expected} minadan {matched} uyğun gəldi (orta kvadratik xəta {rms} m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>reason</source>
      <translation>səbəb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verify_records.py" />
      <source>record check {check}: {status}</source>
      <translation>qeyd yoxlaması {check}: {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>record {record} has no point with coordinates: add the landmark's x and y</source>
      <translation>{record} qeydində koordinatlı nöqtə yoxdur: oriyentirin x və y koordinatlarını əlavə edin</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>record {record} has {count} perimeter points (SP, TP, IP, EP); at least 3 are needed for an area</source>
      <translation>{record} qeydində {count} perimetr nöqtəsi var (SP, TP, IP, EP); sahə üçün ən azı 3 lazımdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>record {record} is already in the database (choose replace to overwrite it)</source>
      <translation>{record} qeydi artıq verilənlər bazasındadır (üzərinə yazmaq üçün "replace" seçin)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>record_id is empty: the row belongs to no record</source>
      <translation>record_id boşdur: sətir heç bir qeydə aid deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>records on the map</source>
      <translation>xəritədəki qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>refers to {value} ({layer}), which is neither in the database nor in this file</source>
      <translation>{value} ({layer}) istinad edir, lakin o nə verilənlər bazasında, nə də bu faylda var</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>required</source>
      <translation>məcburi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>return stage {value:.0f}</source>
      <translation>qayıdış mərhələsi {value:.0f}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>reverted to the form as recorded</source>
      <translation>qeyd edildiyi kimi formaya qaytarıldı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>review status {value} is not one of {codes}</source>
      <translation>yoxlama statusu {value} {codes} siyahısında deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>reviewed in the dock</source>
      <translation>paneldə yoxlanılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>road {value:,.0f} m away</source>
      <translation>yol {value:,.0f} m uzaqda</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>row {row_id}: {count} mines at {spacing} m need {expected} m but the row is {length} m long</source>
      <translation>{row_id} cərgəsi: {spacing} m aralıqla {count} mina üçün {expected} m lazımdır, cərgə isə {length} m uzunluqdadır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>row {row}, accident {accident}, victim {victim}: {field}: {reason}</source>
      <translation>{row} sətri, hadisə {accident}, qurban {victim}: {field}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>row {row}, record {record}, point {point}: {problem}</source>
      <translation>sətir {row}, qeyd {record}, nöqtə {point}: {problem}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>row {row}: detection {id} lies outside the footprint of flight {flight} (imported)</source>
      <translation>{row} sətri: {id} aşkarlaması {flight} uçuşunun izindən kənardadır (idxal edildi)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>row_id {reason}</source>
      <translation>row_id {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>see the message bar</source>
      <translation>mesaj panelinə baxın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>selected records</source>
      <translation>seçilmiş qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>spacing between mines in the row, metres</source>
      <translation>cərgədə minalar arasındakı məsafə, metr</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>spacing_m {value} is not a plausible spacing of mines (at most {limit} m)</source>
      <translation>spacing_m {value} minalar arasında ağlabatan məsafə deyil (ən çoxu {limit} m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>spacing_m {value} must be greater than 0</source>
      <translation>spacing_m {value} 0-dan böyük olmalıdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/mine_catalogue.py" />
      <source>stake fragmentation</source>
      <translation>dirəkli qəlpəli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/layouts/plan_figures.py" />
      <source>target missed</source>
      <translation>hədəf buraxılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>the accident has no date</source>
      <translation>hadisənin tarixi yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>the beginning</source>
      <translation>başlanğıc</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>the first point of a record needs coordinates (x, y) or a from_point</source>
      <translation>qeydin birinci nöqtəsinə koordinatlar (x, y) və ya from_point lazımdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/verification.py" />
      <source>the form cannot be computed</source>
      <translation>forma hesablana bilmir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>the import failed or was cancelled (details in the log)</source>
      <translation>idxal uğursuz oldu və ya ləğv edildi (təfərrüatlar jurnaldadır)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>the minefield record (form) this point belongs to</source>
      <translation>bu nöqtənin aid olduğu mina sahəsi qeydi (forma)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>the outcome (killed or injured) is missing</source>
      <translation>nəticə (həlak olub və ya yaralanıb) yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>the perimeter of record {record} crosses itself: check the bearings and distances of its turning points</source>
      <translation>{record} qeydinin perimetri özünü kəsir: dönmə nöqtələrinin azimut və məsafələrini yoxlayın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>the profile is not JSON: {reason}</source>
      <translation>profil JSON deyil: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>the record was rejected (see the log)</source>
      <translation>qeyd rədd edildi (jurnala baxın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/record_evidence.py" />
      <source>the stored form cannot be computed; check the record</source>
      <translation>saxlanmış forma hesablana bilmir; qeydi yoxlayın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/records.py" />
      <source>the straight closing edge from {last} back to {first} crosses a measured leg: the area is not closed as drawn; check the record in the field</source>
      <translation>{last} nöqtəsindən {first} nöqtəsinə qayıdan düz qapanış tərəfi ölçülmüş tərəflərdən birini kəsir: sahə çəkildiyi kimi qapanmır; qeydi yerində yoxlayın</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id is empty</source>
      <translation>tapşırıq identifikatoru boşdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id is longer than 100 characters</source>
      <translation>tapşırıq identifikatoru 100 simvoldan uzundur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id may hold only letters A–Z, digits, '.', '-' and '_' (no slashes or spaces)</source>
      <translation>tapşırıq identifikatorunda yalnız A–Z hərfləri, rəqəmlər, '.', '-' və '_' ola bilər (əyri xətt və boşluq olmaz)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>the task id starts with a dot</source>
      <translation>tapşırıq identifikatoru nöqtə ilə başlayır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>the victim's accident has no date</source>
      <translation>qurbanın hadisəsinin tarixi yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>the weight of {criterion} is not a number</source>
      <translation>{criterion} çəkisi ədəd deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>the whole hazard</source>
      <translation>bütün təhlükəli ərazi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/records_parallel.py" />
      <source>the writing process stopped</source>
      <translation>yazan proses dayandı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>undone in the dock</source>
      <translation>paneldə geri alınıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>unique within its record, e.g. LM1, BM1, SP, TP3, R2S</source>
      <translation>qeyd daxilində unikal, məs. LM1, BM1, SP, TP3, R2S</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown bearing reference '{value}' (use {allowed})</source>
      <translation>naməlum azimut istinadı '{value}' ({allowed} yazın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown bearing unit '{value}' (use {allowed})</source>
      <translation>naməlum azimut vahidi '{value}' ({allowed} yazın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown distance unit '{value}' (use {allowed})</source>
      <translation>naməlum məsafə vahidi '{value}' ({allowed} yazın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>unknown flight {flight}: it is neither in FLIGHTS nor in survey_flights</source>
      <translation>naməlum uçuş {flight}: nə FLIGHTS-də, nə də survey_flights-da var</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>unknown point_type '{value}' (use {allowed})</source>
      <translation>naməlum point_type '{value}' ({allowed} yazın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>unknown {field} code {value} (one of {codes})</source>
      <translation>naməlum {field} kodu {value} ({codes} siyahısından biri olmalıdır)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>victim without an accident</source>
      <translation>hadisəsiz qurban</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>victim without an accident: no accident {id}</source>
      <translation>hadisəsiz qurban: {id} hadisəsi yoxdur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>victim {id} is already in the database</source>
      <translation>{id} qurbanı artıq bazadadır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>warning</source>
      <translation>xəbərdarlıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>what is left</source>
      <translation>qalan hissə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>x / longitude</source>
      <translation>x / uzunluq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>x as recorded</source>
      <translation>qeyd edilmiş x</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} are beyond any coordinate system</source>
      <translation>x {x}, y {y} heç bir koordinat sisteminə sığmır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} are metres, not degrees: give crs the grid they were measured in (e.g. EPSG:32638 for UTM 38N)</source>
      <translation>x {x}, y {y} dərəcə deyil, metrdir: crs sütununda ölçüldükləri şəbəkəni göstərin (məsələn UTM 38N üçün EPSG:32638)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} cannot be converted from {crs}</source>
      <translation>x {x}, y {y} {crs} sistemindən çevrilə bilmir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>x {x}, y {y} lie outside the area where {crs} is used ({west}°–{east}° E, {south}°–{north}° N)</source>
      <translation>x {x}, y {y} {crs} sisteminin istifadə sahəsindən kənardadır ({west}°–{east}° ş.u., {south}°–{north}° şm.e.)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/record_editor.py" />
      <source>y / latitude</source>
      <translation>y / enlik</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>y as recorded</source>
      <translation>qeyd edilmiş y</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>yes</source>
      <translation>bəli</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>{accidents} accident rows and {victims} victim rows read from {name}.</source>
      <translation>{name} faylından {accidents} hadisə sətri və {victims} qurban sətri oxundu.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_accidents.py" />
      <source>{accidents} accidents ({placed} inside a hazard or record) and {victims} victims imported.</source>
      <translation>{accidents} hadisə ({placed} təhlükə və ya qeyd daxilində) və {victims} qurban idxal edildi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>{accidents} accidents and {victims} victims imported.</source>
      <translation>{accidents} hadisə və {victims} qurban idxal edildi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/review_detections.py" />
      <source>{changed} detections set to {status}; {unchanged} were already so.</source>
      <translation>{changed} aşkarlama {status} statusuna keçirildi; {unchanged} artıq belə idi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>{count} accidents with a known place lie outside every hazard: places to survey (selected on the map).</source>
      <translation>Yeri məlum olan {count} hadisə hər təhlükədən kənardadır: tədqiq ediləcək yerlər (xəritədə seçilib).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>{count} evidence points ({detections} detections, {finds} EO finds, {accidents} accidents).</source>
      <translation>{count} sübut nöqtəsi ({detections} aşkarlama, {finds} PP tapıntısı, {accidents} hadisə).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_imsma.py" />
      <source>{count} features exported to {path} ({tables}); changes after {since}.</source>
      <translation>{count} obyekt {path} faylına ixrac edildi ({tables}); {since} vaxtından sonrakı dəyişikliklər.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>{count} features exported to {path}.</source>
      <translation>{count} obyekt {path} faylına ixrac edildi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/imsma_panel.py" />
      <source>{count} features to export, {problems} problems.</source>
      <translation>İxrac üçün {count} obyekt, {problems} problem.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>{count} hazards created from minefield records.</source>
      <translation>Mina sahəsi qeydlərindən {count} təhlükəli ərazi yaradıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazards_from_records.py" />
      <source>{count} hazards created.</source>
      <translation>{count} təhlükəli ərazi yaradıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/hazard_progress.py" />
      <source>{count} hazards have nothing left to release and can be closed.</source>
      <translation>{count} təhlükəli ərazidə azad ediləcək heç nə qalmayıb və onlar bağlana bilər.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/prioritise_hazards.py" />
      <source>{count} hazards ranked with profile {profile}; first: {first}.</source>
      <translation>{profile} profili ilə {count} təhlükə sıralandı; birinci: {first}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>{count} hazards, {area} ha, planned with {capacity} m² a day: everything cleared by {finish}.</source>
      <translation>{count} təhlükə, {area} ha, gündə {capacity} m² ilə planlaşdırıldı: hər şey {finish} tarixinə təmizlənir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/hazards_panel.py" />
      <source>{count} hazards, {area} ha, {remaining} ha still to release; {ready} ready to close.</source>
      <translation>{count} təhlükəli ərazi, {area} ha, hələ {remaining} ha azad edilməlidir; {ready} bağlanmağa hazırdır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/needs_report.py" />
      <source>{count} needs listed in {path}.</source>
      <translation>{path} faylında {count} ehtiyac sadalandı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_hazards.py" />
      <source>{count} new CHA proposals, {area} m² in all.</source>
      <translation>{count} yeni CHA təklifi, cəmi {area} m².</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>{count} problems found; nothing was exported (see the report, or export with ON_INVALID=skip).</source>
      <translation>{count} problem tapıldı; heç nə ixrac edilmədi (hesabata baxın və ya ON_INVALID=skip ilə ixrac edin).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>{count} problems in {path}; nothing was imported.</source>
      <translation>{path} faylında {count} problem; heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/accept_proposals.py" />
      <source>{count} proposals decided ({decision}); hazards created: {hazards}.</source>
      <translation>{count} təklif üzrə qərar verildi ({decision}); yaradılan təhlükələr: {hazards}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>{count} records appended to {database}.</source>
      <translation>{database} bazasına {count} qeyd əlavə olundu.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{count} records changed, {hazards} hazards moved.</source>
      <translation>{count} qeyd dəyişdirildi, {hazards} təhlükəli ərazi köçürüldü.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{count} records checked: {reliable} reliable, {explained} explained, {partly} partly, {unreliable} unreliable, {unverified} unverified.</source>
      <translation>{count} qeyd yoxlanıldı: {reliable} etibarlı, {explained} izah olunan, {partly} qismən, {unreliable} etibarsız, {unverified} yoxlanılmamış.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{count} reduction candidates, {area} m² in all: for survey, not released.</source>
      <translation>{count} azaltma namizədi, cəmi {area} m²: tədqiqat üçündür, azad edilməyib.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{count} rejected rows saved to {path}.</source>
      <translation>{count} rədd edilmiş sətir {path} faylında saxlanıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/casualties_panel.py" />
      <source>{count} rows are wrong: nothing was imported. Correct the file at its source and import it again (the rows are listed in Errors).</source>
      <translation>{count} sətir səhvdir: heç nə idxal edilmədi. Faylı mənbədə düzəldin və yenidən idxal edin (sətirlər Xətalar-da sadalanıb).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/copy_database.py" />
      <source>{count} rows copied: {layers}</source>
      <translation>{count} sətir köçürüldü: {layers}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_signs.py" />
      <source>{count} signs placed.</source>
      <translation>{count} nişan qoyuldu.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/task_sheets_panel.py" />
      <source>{count} task sheets written to {folder}.</source>
      <translation>{count} tapşırıq vərəqəsi {folder} qovluğuna yazıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{criterion} is not a criterion (one of {names})</source>
      <translation>{criterion} meyar deyil ({names} siyahısından biri olmalıdır)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{database} was made by an older version of the plugin (schema {found}, now {known}): upgrade it first (Upgrade project database, which keeps a backup).</source>
      <translation>{database} plaginin köhnə versiyası ilə yaradılıb (sxem {found}, indi {known}): əvvəlcə onu yeniləyin (ehtiyat nüsxə saxlayan "Layihə verilənlər bazasını yenilə").</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>{distance} m outside</source>
      <translation>{distance} m kənarda</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>{field} '{value}' is not a number</source>
      <translation>{field} '{value}' ədəd deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>{field} must be {limits}</source>
      <translation>{field} {limits} olmalıdır</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>{field} {reason}</source>
      <translation>{field} {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>{field} {value} is not one of {codes}</source>
      <translation>{field} {value} {codes} siyahısında deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>{field}: '{value}' is not a date (write YYYY-MM-DD).</source>
      <translation>{field}: '{value}' tarix deyil (İİİİ-AA-GG yazın).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>{file} row {row}, {id}: {field}: {reason}</source>
      <translation>{file} {row} sətri, {id}: {field}: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>{flights} flights · {imaged} imaged · {reviewed} of {detections} detections reviewed · {accepted} proposals accepted · {reduce} proposed for reduction</source>
      <translation>{flights} uçuş · {imaged} çəkilib · {detections} aşkarlamadan {reviewed} yoxlanılıb · {accepted} təklif qəbul edilib · {reduce} azaltma üçün təklif edilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>{good} detections and {flights} flights imported, {bad} rows rejected (listed in Errors).</source>
      <translation>{good} aşkarlama və {flights} uçuş idxal edildi, {bad} sətir rədd edildi (Xətalar-da sadalanıb).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{good} records imported into the database; {bad} rejected.</source>
      <translation>Verilənlər bazasına {good} qeyd idxal olundu; {bad} rədd edildi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>{good} records imported, {bad} rejected ({rows} rows listed in Errors).</source>
      <translation>{good} qeyd idxal olundu, {bad} rədd edildi (Səhvlər cədvəlində {rows} sətir).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{good} records ready ({warned} with warnings), {bad} rejected with {rows} rows: see the reasons below.</source>
      <translation>{good} qeyd hazırdır ({warned} xəbərdarlıqla), {bad} qeyd {rows} sətirlə rədd edildi: səbəblər aşağıdadır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{hazard}: no land seen well and empty.</source>
      <translation>{hazard}: yaxşı görünən və boş torpaq yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{hazard}: {area} m² seen well and empty ({share} % of the hazard).</source>
      <translation>{hazard}: {area} m² yaxşı görünüb və boşdur (təhlükənin {share} %-i).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id} is not corrected; nothing to revert.</source>
      <translation>{id} düzəldilməyib; geri qaytarılacaq heç nə yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>{id} was changed by someone else since you read it: {detail}. Nothing was saved; reload and decide again.</source>
      <translation>{id} siz oxuyandan sonra başqası tərəfindən dəyişdirilib: {detail}. Heç nə saxlanılmadı; yenidən yükləyin və qərarı yenidən verin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>{id} · {cls} · confidence {confidence} · flight {flight} · {status}</source>
      <translation>{id} · {cls} · etibarlılıq {confidence} · uçuş {flight} · {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id}: already corrected by {check}.</source>
      <translation>{id}: artıq {check} ilə düzəldilib.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id}: its latest check is {status}, not explained; left as it is.</source>
      <translation>{id}: son yoxlaması {status}, izah olunan deyil; olduğu kimi saxlanıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/correct_records.py" />
      <source>{id}: the corrected record cannot be computed; nothing was written.</source>
      <translation>{id}: düzəldilmiş qeyd hesablana bilmir; heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/clearance_panel.py" />
      <source>{id}: {area} m² released.</source>
      <translation>{id}: {area} m² azad edildi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/record_release.py" />
      <source>{id}: {area} m² {type}.</source>
      <translation>{id}: {area} m² ({type}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: the folder {folder} is read-only; nothing was written.</source>
      <translation>{label}: {folder} qovluğu yalnız oxunandır; heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{label}: {filter} is not a valid expression: {reason}</source>
      <translation>{label}: {filter} düzgün ifadə deyil: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{label}: {functions} may change data and is not allowed in an expression that selects what to read.</source>
      <translation>{label}: {functions} məlumatı dəyişə bilər və oxunacaq olanı seçən ifadədə icazə verilmir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} exists and is not a {kinds} file this output writes; it is left alone. Choose another name.</source>
      <translation>{label}: {name} artıq mövcuddur və bu nəticənin yazdığı {kinds} faylı deyil; ona toxunulmadı. Başqa ad seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is a folder but not a File Geodatabase; it is left alone. Choose another name.</source>
      <translation>{label}: {name} qovluqdur, lakin File Geodatabase deyil; ona toxunulmadı. Başqa ad seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is a folder, not a file. Choose a file name.</source>
      <translation>{label}: {name} fayl deyil, qovluqdur. Fayl adı seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is a mine action project database; an output never replaces one. Choose another name.</source>
      <translation>{label}: {name} mina fəaliyyəti layihə verilənlər bazasıdır; nəticə onu heç vaxt əvəz etmir. Başqa ad seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is read-only; nothing was written.</source>
      <translation>{label}: {name} yalnız oxunandır; heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/outputs.py" />
      <source>{label}: {name} is the project database; an output never replaces it. Choose another name.</source>
      <translation>{label}: {name} layihə verilənlər bazasıdır; nəticə onu heç vaxt əvəz etmir. Başqa ad seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>{layers}: unsaved edits. Save or discard them before opening a database.</source>
      <translation>{layers}: saxlanmamış dəyişikliklər var. Verilənlər bazasını açmazdan əvvəl onları saxlayın və ya ləğv edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/marking_quantities.py" />
      <source>{lines} lines, {km} km, {signs} signs, {posts} posts.</source>
      <translation>{lines} xətt, {km} km, {signs} nişan, {posts} dirək.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>{lines} lines, {km} km, {signs} signs: look at them, then save.</source>
      <translation>{lines} xətt, {km} km, {signs} nişan: onlara baxın, sonra saxlayın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/perimeter_marking.py" />
      <source>{lines} marking lines around {hazards} hazards.</source>
      <translation>{hazards} təhlükəli ərazi ətrafında {lines} nişanlama xətti.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/marking_panel.py" />
      <source>{lines} marking lines with {signs} signs saved (planned).</source>
      <translation>{signs} nişanlı {lines} nişanlama xətti saxlanıldı (planlaşdırılıb).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>{lon}, {lat} is not a place (longitude and latitude in degrees)</source>
      <translation>{lon}, {lat} yer deyil (dərəcə ilə uzunluq və enlik)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/background.py" />
      <source>{name} did not finish (details in the Processing log).</source>
      <translation>{name} başa çatmadı (təfərrüatlar Processing jurnalındadır).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/records_panel.py" />
      <source>{name} has changed (or gone) since it was checked; nothing was imported. Check it again.</source>
      <translation>{name} yoxlanandan sonra dəyişib (və ya yoxdur); heç nə idxal edilmədi. Yenidən yoxlayın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} holds another schema ({schema}). Nothing was changed.</source>
      <translation>{name} başqa sxemə malikdir ({schema}). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} is a GeoPackage of another kind (it has no mine action schema). Nothing was changed.</source>
      <translation>{name} başqa növ GeoPackage faylıdır (mina əməliyyatları sxemi yoxdur). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} is locked by another program (QGIS with unsaved edits in one of its layers, a database browser, or another computer on a shared folder); waited {seconds} s. Nothing was written: save or close the edits there and try again.</source>
      <translation>{name} başqa proqram tərəfindən kilidlənib (laylarından birində saxlanmamış düzəlişlər olan QGIS, verilənlər bazası brauzeri və ya ortaq qovluqda başqa kompüter); {seconds} s gözlənildi. Heç nə yazılmadı: oradakı düzəlişləri saxlayın və ya bağlayın və yenidən cəhd edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} is not a GeoPackage, so it cannot be a mine action database. Nothing was changed.</source>
      <translation>{name} GeoPackage deyil, buna görə mina əməliyyatları verilənlər bazası ola bilməz. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} is not complete ({reason}); nothing was written. Upgrade it or restore it from a backup.</source>
      <translation>{name} tam deyil ({reason}); heç nə yazılmadı. Yeniləyin və ya ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} is read-only (the file or its folder may not be written); nothing was written.</source>
      <translation>{name} yalnız oxunandır (fayla və ya qovluğuna yazmaq olmur); heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} lacks the table(s) {tables} of a mine action database (removed by another program?). Nothing was changed; restore it from a backup.</source>
      <translation>{name} mina fəaliyyəti verilənlər bazasının {tables} cədvəl(lər)indən məhrumdur (başqa proqram silib?). Heç nə dəyişdirilmədi; ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} records no valid schema version ({value}); it was changed by another program. Nothing was changed; restore it from a backup.</source>
      <translation>{name} düzgün sxem versiyası saxlamır ({value}); başqa proqram tərəfindən dəyişdirilib. Heç nə dəyişdirilmədi; ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/gpkg_sql.py" />
      <source>{name} refused the change: {reason}. Nothing was written.</source>
      <translation>{name} dəyişikliyi qəbul etmədi: {reason}. Heç nə yazılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} was made by a newer version of the plugin (schema {found}, this plugin knows {known}). Update the plugin.</source>
      <translation>{name} plaginin daha yeni versiyası ilə yaradılıb (sxem {found}, bu plagin {known} versiyasını tanıyır). Plagini yeniləyin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: detections must be points; this layer holds other shapes.</source>
      <translation>{name}: aşkarlamalar nöqtə olmalıdır; bu laydə başqa formalar var.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: flight footprints must be polygons.</source>
      <translation>{name}: uçuş izləri poliqon olmalıdır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: no columns for the place: give lon and lat (WGS 84), or x and y with their CRS.</source>
      <translation>{name}: yer üçün sütun yoxdur: lon və lat (WGS 84) və ya x və y ilə onların CRS-ini verin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{name}: not a file QGIS can read as a layer (GeoJSON, GeoPackage, Shapefile or CSV).</source>
      <translation>{name}: QGIS-in lay kimi oxuya biləcəyi fayl deyil (GeoJSON, GeoPackage, Shapefile və ya CSV).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>{name}: {value} is not a date (YYYY-MM-DD).</source>
      <translation>{name}: {value} tarix deyil (YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/base.py" />
      <source>{name}: {value} is not a number that can be used.</source>
      <translation>{name}: {value} istifadə oluna bilən ədəd deyil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/aerial.py" />
      <source>{n} EO finds</source>
      <translation>{n} PP tapıntısı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/aerial.py" />
      <source>{n} accidents</source>
      <translation>{n} hadisə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/aerial.py" />
      <source>{n} detections ({confirmed} confirmed)</source>
      <translation>{n} aşkarlama ({confirmed} təsdiqlənib)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} already exists; choose a new file name.</source>
      <translation>{path} artıq mövcuddur; yeni fayl adı seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} cannot be opened for writing.</source>
      <translation>{path} yazmaq üçün açıla bilmir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} cannot be opened.</source>
      <translation>{path} açıla bilmir.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>{path} cannot be read: {reason}</source>
      <translation>{path} oxuna bilmir: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>{path} could not be created: {reason}</source>
      <translation>{path} yaradıla bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} does not exist.</source>
      <translation>{path} mövcud deyil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/copy_database.py" />
      <source>{path} exists already; choose a new name.</source>
      <translation>{path} artıq mövcuddur; yeni ad seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_import.py" />
      <source>{path} holds none of the tables of profile "{profile}" ({tables}): an export from another profile?</source>
      <translation>{path} "{profile}" profilinin cədvəllərindən heç birini saxlamır ({tables}): başqa profilin ixracıdır?</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/adapters/detection_files.py" />
      <source>{path}: the file does not exist.</source>
      <translation>{path}: fayl mövcud deyil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{record}: {status}</source>
      <translation>{record}: {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>{released} released of {marked} marked hazardous</source>
      <translation>{marked} təhlükəli kimi işarələnmişdən {released} azad edilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>{reviewed} of {total} reviewed</source>
      <translation>{total} aşkarlamadan {reviewed} yoxlanılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_detections.py" />
      <source>{rows} detections read from {name}.</source>
      <translation>{name} faylından {rows} aşkarlama oxundu.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>{rows} rows read from {name}.</source>
      <translation>{name} faylından {rows} sətir oxundu.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{share}% {status}</source>
      <translation>{share}% {status}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/propose_reduction.py" />
      <source>{shas} hazards, {flights} flights, {vegetation} vegetation areas, {points} places to keep clear of.</source>
      <translation>{shas} təhlükə, {flights} uçuş, {vegetation} bitki örtüyü sahəsi, uzaq durulmalı {points} yer.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source} is a folder; choose the record file inside it.</source>
      <translation>{source} qovluqdur; içindəki qeyd faylını seçin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: a sheet reaches row {rows}; a record file has at most {limit} rows (delete the empty rows below the table).</source>
      <translation>{source}: vərəq {rows}-ci sətirə qədər uzanır; qeyd faylında ən çoxu {limit} sətir olur (cədvəlin altındakı boş sətirləri silin).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: columns appear twice: {columns}.</source>
      <translation>{source}: sütunlar iki dəfə təkrarlanır: {columns}.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: required columns are missing: {columns}. The first row must name the columns ({expected}, …).</source>
      <translation>{source}: tələb olunan sütunlar yoxdur: {columns}. Birinci sətir sütunları adlandırmalıdır ({expected}, …).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: row {row}: a quote (") opens a cell and is never closed, so {lines} lines would become one cell. Close the quote or remove it.</source>
      <translation>{source}: sətir {row}: dırnaq (") xananı açır və heç vaxt bağlanmır, ona görə {lines} sətir bir xanaya çevrilərdi. Dırnağı bağlayın və ya silin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the CSV cannot be read: {reason}</source>
      <translation>{source}: CSV oxuna bilmir: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the file does not exist.</source>
      <translation>{source}: fayl mövcud deyil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the file has a header but no rows.</source>
      <translation>{source}: faylda başlıq var, amma sətir yoxdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the file is empty.</source>
      <translation>{source}: fayl boşdur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the sheet has {rows} rows; a record file has at most {limit}.</source>
      <translation>{source}: vərəqdə {rows} sətir var; qeyd faylında ən çoxu {limit} sətir olur.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the spreadsheet cannot be read (is it damaged, or another kind of file?).</source>
      <translation>{source}: elektron cədvəl oxuna bilmir (zədələnib, yoxsa başqa növ fayldır?).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: the spreadsheet would unpack to {size} MB, far more than a record file holds; it is not read.</source>
      <translation>{source}: cədvəl açılanda {size} MB olardı, qeyd faylının tutduğundan çox artıq; oxunmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: the text is not UTF-8 (first bad byte on line {line}){guess}. Save the file as "CSV UTF-8" and import it again.</source>
      <translation>{source}: mətn UTF-8 deyil (ilk səhv bayt {line}-ci sətirdə){guess}. Faylı "CSV UTF-8" kimi saxlayın və yenidən idxal edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: this does not look like a table (no comma or semicolon separates the columns of the first row).</source>
      <translation>{source}: bu cədvələ oxşamır (birinci sətrin sütunlarını vergül və ya nöqtəli vergül ayırmır).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/record_files.py" />
      <source>{source}: this is a spreadsheet or archive, not a CSV file; give it the .xlsx extension.</source>
      <translation>{source}: bu CSV deyil, elektron cədvəl və ya arxivdir; ona .xlsx uzantısı verin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_table.py" />
      <source>{source}: this is not a text table (it looks like a binary file). Use CSV or XLSX.</source>
      <translation>{source}: bu mətn cədvəli deyil (ikili fayla oxşayır). CSV və ya XLSX istifadə edin.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/imsma_export.py" />
      <source>{table} could not be written: {reason}</source>
      <translation>{table} yazıla bilmədi: {reason}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>{target} by {date}: met</source>
      <translation>{target} {date} tarixinə: yerinə yetirilir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/planning_panel.py" />
      <source>{target} by {date}: short by {short} ha (needs {needed} m² a day)</source>
      <translation>{target} {date} tarixinə: {short} ha çatışmır (gündə {needed} m² lazımdır)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/forecast_workplan.py" />
      <source>{target}: {short} ha of {area} ha not cleared by {date}; closing it takes {needed} m² a day.</source>
      <translation>{target}: {area} ha-dan {short} ha {date} tarixinə təmizlənmir; bunu bağlamaq üçün gündə {needed} m² lazımdır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/export_task_sheets.py" />
      <source>{task}: {file} (1:{scale}, {points} points)</source>
      <translation>{task}: {file} (1:{scale}, {points} nöqtə)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/record_rows.py" />
      <source>{type} point needs row_id (the mine row it starts or ends)</source>
      <translation>{type} nöqtəsinə row_id lazımdır (başladığı və ya bitirdiyi mina cərgəsi)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} families within reach</source>
      <translation>yaxınlıqda {value:,.0f} ailə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} m² of farmland</source>
      <translation>{value:,.0f} m² əkin sahəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} m² to clear</source>
      <translation>təmizlənəcək {value:,.0f} m²</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} recent accidents nearby</source>
      <translation>yaxınlıqda {value:,.0f} son hadisə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/priorities.py" />
      <source>{value:,.0f} recent victims nearby</source>
      <translation>yaxınlıqda {value:,.0f} son qurban</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/casualties.py" />
      <source>{value} is not a date (YYYY-MM-DD)</source>
      <translation>{value} tarix deyil (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/verification_panel.py" />
      <source>{verified} of {checked} checked records verified. {shares}</source>
      <translation>Yoxlanılmış {checked} qeyddən {verified} təsdiqləndi. {shares}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/verification_summary.py" />
      <source>{verified} of {records} records verified: {reliable} reliable, {explained} explained, {partly} partly, {unreliable} unreliable.</source>
      <translation>{records} qeyddən {verified} təsdiqləndi: {reliable} etibarlı, {explained} izah olunan, {partly} qismən, {unreliable} etibarsız.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dashboard_panel.py" />
      <source>{victims} victims ({killed} killed, {injured} injured) · {children} children · {civilians} civilians, {deminers} deminers · {outside} % outside every minefield record</source>
      <translation>{victims} qurban ({killed} həlak olub, {injured} yaralanıb) · {children} uşaq · {civilians} mülki, {deminers} minatəmizləyən · {outside} % hər mina sahəsi qeydindən kənarda</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/casualty_summary.py" />
      <source>{victims} victims in {accidents} accidents: {killed} killed, {injured} injured; {outside} outside every minefield record.</source>
      <translation>{accidents} hadisədə {victims} qurban: {killed} həlak olub, {injured} yaralanıb; {outside} hər mina sahəsi qeydindən kənarda.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_task.py" />
      <source>{what}: '{value}' is not a date (use YYYY-MM-DD).</source>
      <translation>{what}: '{value}' tarix deyil (İİİİ-AA-GG istifadə edin).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/postgis.py" />
      <source>{where} is not a mine action project database.</source>
      <translation>{where} mina fəaliyyəti layihə bazası deyil.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/task_sheet.py" />
      <source>… and {count} more</source>
      <translation>… və daha {count}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/imsma_common.py" />
      <source>… and {count} more (see the report)</source>
      <translation>… və daha {count} (hesabata baxın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/import_records.py" />
      <source>… and {count} more problems: see the Errors output.</source>
      <translation>… və daha {count} problem: Səhvlər cədvəlinə baxın.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/detections.py" />
      <source>… {count} detections in all lie outside their flight's footprint.</source>
      <translation>… cəmi {count} aşkarlama öz uçuşunun izindən kənardadır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/survey_panel.py" />
      <source>← &amp;Back</source>
      <translation>← &amp;Geri</translation>
    </message>
  </context>
</TS>
