#!/bin/bash
# Install what a clean Debian 12/13 machine lacks, then make .venv (with the system's QGIS Python).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(qgis python3-qgis qgis-providers xvfb xauth python3-venv python3-pip
          pyqt5-dev-tools qttools5-dev-tools python3-shapely python3-pandas python3-gdal python3-pyproj
          python3-openpyxl zip unzip poppler-utils fonts-dejavu-core
          postgresql postgresql-postgis python3-psycopg2)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing OS packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ! -x .venv/bin/python ]; then
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
touch .venv/.setup-done
