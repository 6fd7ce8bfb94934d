<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
  <context>
    <name>MineAction</name>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;New…</source>
      <translation>&amp;Yeni…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Aç…</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>&amp;Refresh</source>
      <translation>&amp;Yenilə</translation>
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
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>A project database is a GeoPackage: the file name must end with .gpkg ({path}).</source>
      <translation>Layihə verilənlər bazası GeoPackage faylıdır: faylın adı .gpkg ilə bitməlidir ({path}).</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity</source>
      <translation>Fəaliyyət</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity id</source>
      <translation>Fəaliyyət kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Activity type</source>
      <translation>Fəaliyyət növü</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Area (m²)</source>
      <translation>Sahə (m²)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Armed</source>
      <translation>Döyüş vəziyyətində</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Backup copy</source>
      <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing</source>
      <translation>Azimut</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing reference</source>
      <translation>Azimutun istinadı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Bearing unit</source>
      <translation>Azimut vahidi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Benchmark</source>
      <translation>Nəzarət nöqtəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cancelled</source>
      <translation>Ləğv edilmiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Category</source>
      <translation>Kateqoriya</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Classification</source>
      <translation>Təsnifat</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Cleared</source>
      <translation>Təmizlənmiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Closed</source>
      <translation>Bağlı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Completed</source>
      <translation>Başa çatıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Condition</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Confirmed hazardous area (CHA)</source>
      <translation>Təsdiqlənmiş təhlükəli ərazi (CHA)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Contamination</source>
      <translation>Çirklənmə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Corner post</source>
      <translation>Künc dirəyi</translation>
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
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Create project database</source>
      <translation>Layihə verilənlər bazası yarat</translation>
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
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Creates an empty mine action project database (GeoPackage, EPSG:4326) with every layer of the data model: minefield records, hazards, land release, EO finds, marking, tasks and the status history. Code lists, unique ids and the history of status changes are enforced by the database itself. An existing file is never overwritten.</source>
      <translation>Məlumat modelinin bütün layları ilə boş mina əməliyyatları layihə verilənlər bazası (GeoPackage, EPSG:4326) yaradır: mina sahəsi qeydləri, təhlükəli ərazilər, ərazilərin azad edilməsi, PS tapıntıları, nişanlama, tapşırıqlar və status tarixçəsi. Kod siyahılarına, unikal kodlara və status dəyişikliklərinin tarixçəsinə verilənlər bazasının özü nəzarət edir. Mövcud fayl heç vaxt üzərinə yazılmır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Damaged</source>
      <translation>Zədələnmiş</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Database</source>
      <translation>Verilənlər bazası</translation>
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
      <source>Depth (cm)</source>
      <translation>Dərinlik (sm)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Direct</source>
      <translation>Birbaşa</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Distance</source>
      <translation>Məsafə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Distance unit</source>
      <translation>Məsafə vahidi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>District</source>
      <translation>Rayon</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Draft</source>
      <translation>Qaralama</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Due on</source>
      <translation>Son tarix</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>EO finds</source>
      <translation>PS tapıntıları</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End date</source>
      <translation>Bitmə tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>End point</source>
      <translation>Son nöqtə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Evidence</source>
      <translation>Sübut</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Facing (°)</source>
      <translation>İstiqamət (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Features</source>
      <translation>Obyektlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Feet</source>
      <translation>Fut</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Fence post</source>
      <translation>Hasar dirəyi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Field</source>
      <translation>Sahə adı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Find id</source>
      <translation>Tapıntı kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>From point</source>
      <translation>Başlanğıc nöqtə</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grads</source>
      <translation>Qrad</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Grid north</source>
      <translation>Şəbəkə şimalı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazard</source>
      <translation>Təhlükəli ərazi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Hazard id</source>
      <translation>Təhlükəli ərazinin kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Hazards</source>
      <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Id</source>
      <translation>Kod</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>In progress</source>
      <translation>İcra olunur</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Indirect</source>
      <translation>Dolayı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed</source>
      <translation>Quraşdırılıb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Installed on</source>
      <translation>Quraşdırılma tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Intermediate point</source>
      <translation>Aralıq nöqtə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Issued</source>
      <translation>Verilib</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Issued on</source>
      <translation>Verilmə tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Laid by</source>
      <translation>Basdıran</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Land release</source>
      <translation>Ərazilərin azad edilməsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Land released by survey and clearance, and the explosive ordnance found.</source>
      <translation>Tədqiqat və təmizləmə ilə azad edilmiş ərazilər və tapılmış partlayıcı sursatlar.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Landmark</source>
      <translation>Oriyentir</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Last inspected on</source>
      <translation>Son yoxlama tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Layer</source>
      <translation>Lay</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/layers.py" />
      <source>Layer {layer} of {path} could not be loaded.</source>
      <translation>{path} faylının {layer} layı yüklənə bilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Length (m)</source>
      <translation>Uzunluq (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetic declination (°)</source>
      <translation>Maqnit meyli (°)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Magnetic north</source>
      <translation>Maqnit şimalı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Marking</source>
      <translation>Nişanlama</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Marking lines</source>
      <translation>Nişanlama xətləri</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Metres</source>
      <translation>Metr</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Minefield records</source>
      <translation>Mina sahəsi qeydləri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Minefield records transcribed from paper forms: perimeters, points and mine rows.</source>
      <translation>Kağız formalardan köçürülmüş mina sahəsi qeydləri: perimetrlər, nöqtələr və mina cərgələri.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines in row</source>
      <translation>Cərgədəki minalar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Mines recorded</source>
      <translation>Qeydə alınmış minalar</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>New value</source>
      <translation>Yeni dəyər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>No project database is open. Create a new one or open an existing one.</source>
      <translation>Heç bir layihə verilənlər bazası açıq deyil. Yenisini yaradın və ya mövcud olanı açın.</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Old value</source>
      <translation>Köhnə dəyər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Ongoing</source>
      <translation>Davam edir</translation>
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
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Open a project database first.</source>
      <translation>Əvvəlcə layihə verilənlər bazasını açın.</translation>
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
      <source>Order in record</source>
      <translation>Qeyddəki sıra</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Organisation</source>
      <translation>Təşkilat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Organisations</source>
      <translation>Təşkilatlar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/styles/symbology.py" />
      <source>Other (check values)</source>
      <translation>Digər (dəyərləri yoxlayın)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Paces</source>
      <translation>Addım</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Partly reliable</source>
      <translation>Qismən etibarlı</translation>
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
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Perimeter marking, fences, demarcation and warning signs.</source>
      <translation>Perimetr nişanlaması, hasarlar, demarkasiya və xəbərdarlıq nişanları.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Permanent fence</source>
      <translation>Daimi hasar</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Planned</source>
      <translation>Planlaşdırılıb</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Priority</source>
      <translation>Prioritet</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/create_database.py" />
      <source>Project database</source>
      <translation>Layihə verilənlər bazası</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Quantity</source>
      <translation>Say</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reason for the last status change</source>
      <translation>Son status dəyişikliyinin səbəbi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Record id</source>
      <translation>Qeyd kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Record points</source>
      <translation>Qeyd nöqtələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Records</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reduced</source>
      <translation>Azaldılmış</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Release type</source>
      <translation>Azad etmə növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reliability</source>
      <translation>Etibarlılıq</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Reliable</source>
      <translation>Etibarlı</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Removed</source>
      <translation>Götürülüb</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Row id</source>
      <translation>Cərgə kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Settlement</source>
      <translation>Yaşayış məntəqəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign id</source>
      <translation>Nişan kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign spacing (m)</source>
      <translation>Nişanlar arası məsafə (m)</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Sign type</source>
      <translation>Nişan növü</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Source file</source>
      <translation>Mənbə fayl</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start date</source>
      <translation>Başlama tarixi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Start point</source>
      <translation>Başlanğıc nöqtəsi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Status history</source>
      <translation>Status tarixçəsi</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Task id</source>
      <translation>Tapşırıq kodu</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Task sheets</source>
      <translation>Tapşırıq vərəqələri</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Task type</source>
      <translation>Tapşırıq növü</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Team</source>
      <translation>Qrup</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Technical survey</source>
      <translation>Texniki tədqiqat</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Temporary marking</source>
      <translation>Müvəqqəti nişanlama</translation>
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
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>The database refused a change</source>
      <translation>Verilənlər bazası dəyişikliyi qəbul etmədi</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database was left as it is.</source>
      <translation>Verilənlər bazası olduğu kimi saxlanıldı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>The database was not created.</source>
      <translation>Verilənlər bazası yaradılmadı.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>This database has schema version {old}; this plugin uses version {new}. Upgrade it now? A backup copy is made first.</source>
      <translation>Bu verilənlər bazasının sxem versiyası {old}, plagin isə {new} versiyasından istifadə edir. İndi yenilənsin? Əvvəlcə ehtiyat nüsxə çıxarılır.</translation>
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
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unarmed</source>
      <translation>Döyüş vəziyyətində deyil</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unknown</source>
      <translation>Naməlum</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Unreliable</source>
      <translation>Etibarsız</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/gui/dock.py" />
      <source>Upgrade project database</source>
      <translation>Layihə verilənlər bazasını yenilə</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgraded from schema {old} to {new}; backup: {backup}</source>
      <translation>Sxem {old} versiyasından {new} versiyasına yeniləndi; ehtiyat nüsxə: {backup}</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/processing/upgrade_database.py" />
      <source>Upgrades a project database made by an older version of the plugin. A backup copy is written next to it first (name.backup-&lt;time&gt;.gpkg); the upgrade itself is one transaction, so a failure leaves the database as it was.</source>
      <translation>Plaginin köhnə versiyası ilə yaradılmış layihə verilənlər bazasını yeniləyir. Əvvəlcə onun yanında ehtiyat nüsxə yazılır (ad.backup-&lt;vaxt&gt;.gpkg); yeniləmə tək tranzaksiyadır, buna görə uğursuzluq zamanı verilənlər bazası əvvəlki kimi qalır.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/core/schema.py" />
      <source>Worked on</source>
      <translation>Üzərində işlənir</translation>
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
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} is not a GeoPackage, so it cannot be a mine action database. Nothing was changed.</source>
      <translation>{name} GeoPackage deyil, buna görə mina əməliyyatları verilənlər bazası ola bilməz. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{name} was made by a newer version of the plugin (schema {found}, this plugin knows {known}). Update the plugin.</source>
      <translation>{name} plaginin daha yeni versiyası ilə yaradılıb (sxem {found}, bu plagin {known} versiyasını tanıyır). Plagini yeniləyin.</translation>
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
      <location filename="mineaction_plugin/data/geopackage.py" />
      <source>{path} does not exist.</source>
      <translation>{path} mövcud deyil.</translation>
    </message>
  </context>
</TS>
