#!/usr/bin/env bash
# Newcomer's first command: install what is missing, build Kizuna, build content/ into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product kizuna
.build/release/kizuna build --content content --theme themes/default --output site "$@"
