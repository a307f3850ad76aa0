#!/usr/bin/env python3
"""Times Kizuna on Markdown that Debian's cmark-gfm 0.29.0.gfm.6 parses in super-linear time.

For each known pattern (cmark's and cmark-gfm's pathological tests plus our own finds) it builds
a one-post portal three ways and prints the wall time of `kizuna build`:
  hostile   the pattern at about 1 MB: Kizuna must refuse it at once with a located error;
  limit     the worst text that passes MarkdownLimits, repeated to about 1 MB (or, for limits on
            the whole text, made to measure): must build, in about the time of ordinary Markdown;
  raw       (with --raw) cmark-gfm itself on the hostile text, through a tiny C harness, to show
            what the limits prevent (capped by --timeout).
An ordinary 1 MB Japanese post is the baseline.

    scripts/pathological-markdown.py [--binary .build/release/kizuna] [--raw] [--timeout 60]
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MB = 1_000_000

def sized(unit_builder):
    k = 1000
    while len(unit_builder(k).encode()) < MB // 2:
        k *= 2
    return unit_builder(k)

def repeated(paragraph):
    return "\n\n".join([paragraph] * (MB // (len(paragraph.encode()) + 2)))

def references(labels):
    return " ".join(f"[^{label}]" for label in labels)

def footnotes_of_issue_16(k):
    """Issue 16's attack, scaled: paragraphs of 999 references, then k one-line definitions."""
    paragraphs = [references(range(i * 999 + 1, i * 999 + 1000)) for i in range(max(1, k // 999))]
    return "\n\n".join(paragraphs) + "\n\n" + "\n".join(f"[^{i}]: x" for i in range(1, k + 1)) + "\n"

# The worst footnotes within the limit: 1,000 references to one definition with a 990-character
# label (each reference writes its label three times), about 1 MB.
LONG_LABEL = "a" * 990
FOOTNOTES_AT_LIMIT = references([LONG_LABEL] * 500) + "\n\n" + references([LONG_LABEL] * 500) + f"\n\n[^{LONG_LABEL}]: x\n"

CASES = [
    ("emphasis (cmark #389)", lambda k: "*a " * k + "_a*_ " * k, "*a " * 500 + "_a*_ " * 490),
    ("![[]() repeated", lambda k: "![[]()" * k, "![[]()" * 600),
    ("<? (CVE-2023-22484)", lambda k: "a" + "<?" * k, "a" + "<?" * 1990),
    ("<!A declarations", lambda k: "a" + "<!A " * k, "a" + "<!A " * 1990),
    ("<![CDATA[", lambda k: "a" + "<![CDATA[" * k, "a" + "<![CDATA[" * 990),
    ("deep lists + blank lines", lambda k: "- " * k + "x" + "\n" * k, "- " * 32 + "x\n" + "\n" * 2000),
    ("emphasis in deep quotes", lambda k: ">" * k + "a*" * k, ">" * 32 + "a*" * 1000),
    ("indented lists + blank lines", lambda k: "".join("  " * x + "* a\n" for x in range(500)) + "\n" * (k * 100),
     "".join("  " * x + "* a\n" for x in range(31)) + "\n" * 2000),
    ("wide table header", lambda k: "|" + "a|" * 1000 + "\n|" + "-|" * 1000 + "\n" + "x\n" * k,
     "|" + "a|" * 100 + "\n|" + "-|" * 100 + "\n" + ("|" + "x|" * 100 + "\n") * 20),
    # Issue 16: 244 s for 102 KB, spent rewriting the links of each feed entry (one search per link
    # to the end of the body); now linear, and references are bounded for their output.
    ("footnotes (issue 16)", footnotes_of_issue_16, lambda: FOOTNOTES_AT_LIMIT),
    ("one footnote referenced", lambda k: "\n\n".join([references(["1"] * 999)] * max(1, k // 999)) + "\n\n[^1]: x\n",
     lambda: FOOTNOTES_AT_LIMIT),
    ("footnote definitions nested", lambda k: "[^0]\n\n" + "".join(f"[^{i}]: " for i in range(k)) + "x\n" + "\n" * k,
     "[^0]\n\n" + "".join(f"[^{i}]: " for i in range(32)) + "x\n" + "\n" * 2000),
]
BASELINE_PARAGRAPH = "これは普通の段落です。**太字**と[リンク](https://example.com/)があります。" * 20
BASELINE = repeated(BASELINE_PARAGRAPH)

HARNESS = r'''
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  cmark_gfm_core_extensions_ensure_registered();
  size_t cap = 1 << 26; char *buf = malloc(cap); size_t n = fread(buf, 1, cap, stdin);
  int o = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8;
  cmark_parser *p = cmark_parser_new(o);
  const char *e[] = {"table", "strikethrough", "tagfilter", "tasklist"};
  for (int i = 0; i < 4; i++) cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension(e[i]));
  cmark_parser_feed(p, buf, n);
  cmark_node *d = cmark_parser_finish(p);
  free(cmark_render_html(d, o, cmark_parser_get_syntax_extensions(p)));
  return 0;
}
'''

def build(binary, work, body):
    content = os.path.join(work, "content")
    shutil.rmtree(content, ignore_errors=True)
    os.makedirs(os.path.join(content, "news"))
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("title: t\nbase_url: https://alumni.example.com/\nmax_file_size_kb: 2048\n")
    with open(os.path.join(content, "news", "p.md"), "w") as f:
        f.write("---\ntitle: x\ndate: 2024-01-01\n---\n" + body)
    started = time.monotonic()
    r = subprocess.run([binary, "build", "--content", content, "--theme", os.path.join(ROOT, "themes/default"),
                        "--output", os.path.join(work, "site"), "--now", "2024-06-01", "--no-cache"], capture_output=True, text=True)
    outcome = "built" if r.returncode == 0 else ("refused" if r.returncode == 1 else f"exit {r.returncode}")
    return time.monotonic() - started, outcome

def raw(harness, body, timeout):
    started = time.monotonic()
    try:
        subprocess.run([harness], input=body.encode(), capture_output=True, timeout=timeout)
        return f"{time.monotonic() - started:7.2f} s"
    except subprocess.TimeoutExpired:
        return f"> {timeout} s"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/release/kizuna"))
    ap.add_argument("--raw", action="store_true", help="also time cmark-gfm alone on the hostile text")
    ap.add_argument("--timeout", type=int, default=60)
    args = ap.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"no {args.binary}: run swift build -c release first")
    work = tempfile.mkdtemp(prefix="kizuna-patho-")
    harness = None
    if args.raw:
        src = os.path.join(work, "h.c"); harness = os.path.join(work, "h")
        open(src, "w").write(HARNESS)
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libcmark-gfm"], capture_output=True, text=True).stdout.split()
        subprocess.run(["gcc", "-O2", src, "-o", harness] + flags + ["-lcmark-gfm-extensions"], check=True)
    try:
        seconds, outcome = build(args.binary, work, BASELINE)
        print(f"{'ordinary 1 MB post':30s} {seconds:6.2f} s  {outcome}")
        print(f"{'pattern':30s} {'hostile ~1 MB':>18s} {'at the limits ~1 MB':>22s}" + ("   cmark-gfm alone" if args.raw else ""))
        for name, hostile_builder, at_limit in CASES:
            hostile = sized(hostile_builder)
            h_seconds, h_outcome = build(args.binary, work, hostile)
            l_seconds, l_outcome = build(args.binary, work, at_limit() if callable(at_limit) else repeated(at_limit))
            line = f"{name:30s} {h_seconds:6.2f} s {h_outcome:9s} {l_seconds:8.2f} s {l_outcome:9s}"
            if harness:
                line += "   " + raw(harness, hostile, args.timeout)
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()
