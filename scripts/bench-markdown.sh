#!/usr/bin/env bash
# One ~1 MB news post of each Markdown shape, built by Kizuna (release) under hyperfine: the
# median wall time of a clean build of each, next to an ordinary post of the same size.
#
#   scripts/bench-markdown.sh [runs=5]        BENCH_OUT=/dev/shm to leave the disk out
#
# Shapes: ordinary Japanese prose with links and bold (the baseline), the same with its 10,000
# links to the site's own pages (each resolved through the route table); ordinary Markdown that
# writes much more HTML per byte (a long list, a table); issue 16's footnote attack scaled to
# about 1 MB (refused at load: more than 1,000 references), the same with one definition
# referenced by every reference (refused), and the costliest footnotes within the limits
# (1,000 references to one definition with a 990-character label; 999 references and their
# definitions, then prose to 1 MB). The shapes come from scripts/pathological-markdown.py.
# A build that is refused prints "refused": its time is the time to say so.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
command -v hyperfine >/dev/null || { sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo; $sudo apt-get install -y -qq hyperfine >/dev/null; }
swift build -c release --product kizuna >/dev/null
kizuna=$PWD/.build/release/kizuna
work=$(mktemp -d "${BENCH_OUT:-${TMPDIR:-/tmp}}/kizuna-bench-md.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import importlib.util, os, sys
work = sys.argv[1]
spec = importlib.util.spec_from_file_location("patho", "scripts/pathological-markdown.py")
p = importlib.util.module_from_spec(spec); spec.loader.exec_module(p)
MB = p.MB
def prose_to(text, size):
    """text, then ordinary paragraphs until about `size` bytes."""
    filler = []
    while len(text.encode()) + sum(len(f.encode()) + 2 for f in filler) < size:
        filler.append(p.BASELINE_PARAGRAPH)
    return text + "\n\n" + "\n\n".join(filler) + "\n"
def to_megabyte(builder):
    k = 1000
    while len(builder(k).encode()) < MB:
        k = int(k * 1.25)
    return builder(k)
refs = p.references
shapes = [
    ("ordinary prose", p.BASELINE),
    ("prose, links to the site", p.repeated(p.BASELINE_PARAGRAPH.replace("https://example.com/", "/news/"))),
    ("ordinary list", "- 項目\n" * (MB // 9)),
    ("ordinary table", "|" + "a|" * 20 + "\n|" + "-|" * 20 + "\n" + ("|" + "セル|" * 20 + "\n") * (MB // 141)),
    ("footnotes of issue 16", to_megabyte(p.footnotes_of_issue_16)),
    ("one footnote referenced", to_megabyte(lambda k: "\n\n".join([refs(["1"] * 999)] * (k // 999)) + "\n\n[^1]: x\n")),
    ("footnotes at the limit", p.FOOTNOTES_AT_LIMIT),
    ("999 footnotes + prose", prose_to(refs(range(1, 1000)) + "\n\n" + "\n".join(f"[^{i}]: 注記 {i}" for i in range(1, 1000)), MB)),
]
for i, (name, body) in enumerate(shapes):
    content = os.path.join(work, f"{i}", "content")
    os.makedirs(os.path.join(content, "news"))
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("title: t\nbase_url: https://alumni.example.com/\nmax_file_size_kb: 2048\n")
    with open(os.path.join(content, "news", "p.md"), "w") as f:
        f.write("---\ntitle: x\ndate: 2024-01-01\n---\n" + body)
    with open(os.path.join(work, f"{i}", "name"), "w") as f:
        f.write(f"{name}\t{len(body.encode()) // 1000}")
PY

echo "== $(nproc) cores; median of $runs clean builds (--no-cache) of one post"
printf '%-26s %8s %9s %10s %9s\n' shape "KB" outcome "wall (s)" "x prose"
base=""
for dir in "$work"/*/; do
  IFS=$'\t' read -r name kb < "$dir/name" || true  # one line, no newline
  cmd="$kizuna build --content $dir/content --theme themes/default --output $dir/site --now 2024-06-01 --no-cache -q"
  if $cmd >/dev/null 2>&1; then outcome=built; else outcome=refused; fi
  hyperfine --warmup 1 --runs "$runs" -i --export-json "$dir/times.json" "$cmd" >/dev/null 2>&1
  median=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$dir/times.json")
  [[ -n "$base" ]] || base=$median
  printf '%-26s %8s %9s %10.3f %9.2f\n' "$name" "$kb" "$outcome" "$median" "$(python3 -c "print($median / $base)")"
done
