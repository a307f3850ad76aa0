#!/usr/bin/env bash
# Starts `kizuna serve` on port 8000 when VS Code attaches to the dev container (devcontainer.json,
# postAttachCommand). A second window attaching finds it already running and leaves it.
set -uo pipefail

kizuna="${HOME}/.local/bin/kizuna"
if [[ ! -x "$kizuna" ]]; then
  echo "kizuna is not installed in this container (no release of it yet?)."
  echo "Install it with: scripts/install-kizuna.sh   (docs/editors.en.md, \"Getting kizuna\")"
  echo "Without it, open a pull request: its checks give a preview link."
  exit 0
fi
if (: < /dev/tcp/127.0.0.1/8000) 2>/dev/null; then
  echo "Something already answers on port 8000 (kizuna serve from another window?): open the Ports tab."
  exit 0
fi
echo "Starting the preview: kizuna serve (Ctrl+C stops it; run .devcontainer/preview.sh to start it again)."
exec "$kizuna" serve --port 8000
