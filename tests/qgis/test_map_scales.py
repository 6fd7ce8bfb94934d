"""A map that reads at every scale: at a national scale signs and record points are hidden,
labels wait until they can be read and finds are clustered; the printed task sheet keeps
everything (issue 13). Checked on rendered pixels."""
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointClusterRenderer,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from mineaction_plugin.styles.symbology import apply_style

SIGN_RED = QColor("#E31A1C")


def signs_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=facing_deg:double", "signs", "memory")
    features = []
    for i in range(50):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(47.0 + i * 0.0004, 40.0)))
        feature["facing_deg"] = 0.0
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def red_pixels(layer, scale_denominator):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setOutputSize(QSize(400, 200))
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(QgsRectangle(46.99, 39.99, 47.03, 40.01))
    # widen the extent until the map's scale is the one asked for
    factor = scale_denominator / settings.scale()
    centre = settings.extent().center()
    settings.setExtent(QgsRectangle.fromCenterAndSize(
        centre, settings.extent().width() * factor, settings.extent().height() * factor))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).green() < 60)


def test_signs_show_only_when_zoomed_in_on_screen_but_always_on_a_sheet():
    screen, sheet = signs_layer(), signs_layer()
    apply_style(screen, "marking_signs")
    apply_style(sheet, "marking_signs", for_print=True)
    assert red_pixels(screen, 400_000) == 0
    assert red_pixels(screen, 10_000) > 0
    assert red_pixels(sheet, 400_000) > 0


def test_labels_and_finds_follow_the_scale_on_screen_only():
    finds = QgsVectorLayer("Point?crs=EPSG:4326&field=category:string", "finds", "memory")
    apply_style(finds, "eo_finds")
    assert isinstance(finds.renderer(), QgsPointClusterRenderer)
    apply_style(finds, "eo_finds", for_print=True)
    assert not isinstance(finds.renderer(), QgsPointClusterRenderer)
    hazards = QgsVectorLayer("Polygon?crs=EPSG:4326&field=hazard_id:string&field=classification:"
                             "string&field=status:string", "hazards", "memory")
    apply_style(hazards, "hazards")
    label = hazards.labeling().settings()
    assert label.scaleVisibility and label.minimumScale == 100_000
    apply_style(hazards, "hazards", for_print=True)
    assert not hazards.labeling().settings().scaleVisibility
