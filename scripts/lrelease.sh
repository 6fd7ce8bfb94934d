#!/bin/bash
# Compile .ts to .qm with whichever lrelease this Debian has (names differ between releases).
set -euo pipefail
for candidate in lrelease-qt5 /usr/lib/qt5/bin/lrelease /usr/lib/x86_64-linux-gnu/qt5/bin/lrelease lrelease; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -version >/dev/null 2>&1; then
    exec "$candidate" "$@"
  fi
done
echo "lrelease not found (install qttools5-dev-tools)" >&2
exit 1
