#!/usr/bin/env python3
"""Screenshots of a built portal for the README (scripts/screenshots.sh runs this).

Serves SITE on 127.0.0.1 (a port of its own), opens each page in Debian's headless Chromium,
driven over the DevTools protocol on a pipe (as Tests/Browser/page_width.py does), and saves the
first screenful as a PNG in OUT: `<page>-<width>-<scheme>.png` for each page below, at 1280x900
(desktop) and 390x844 (a phone, emulated as a mobile screen), with `prefers-color-scheme` light
and dark (`Emulation.setEmulatedMedia`). One device pixel per CSS pixel, scrollbars hidden,
shots taken after the web fonts are ready.

  screenshots.py SITE OUT
"""
import base64
import functools
import http.server
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time

BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

# name, path: the pages the README shows (the example portal's members build).
PAGES = [
    ("home", "/"),
    ("event", "/events/alumni-meetup-2027-spring/"),
    ("board", "/opportunities/"),
    ("directory", "/directory/"),
    ("network", "/network/"),
    ("survey", "/surveys/annual-2026/"),
]
# name, width, height, mobile
SCREENS = [("1280", 1280, 900, False), ("390", 390, 844, True)]
SCHEMES = ["light", "dark"]


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site):
    handler = functools.partial(Quiet, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    site, out = sys.argv[1], sys.argv[2]
    for _, path in PAGES:
        if not os.path.exists(os.path.join(site, path.lstrip("/"), "index.html")):
            sys.exit(f"error: {path} is not in {site} (the screenshots need the members build)")
    browser = next((p for p in BROWSERS if os.access(p, os.X_OK)), None)
    if browser is None:
        sys.exit("error: Chromium is needed (apt-get install chromium)")
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"

    commands_read, commands_write = os.pipe()
    answers_read, answers_write = os.pipe()

    def descriptors():
        read, write = os.dup(commands_read), os.dup(answers_write)
        os.dup2(read, 3)
        os.dup2(write, 4)

    profile = tempfile.mkdtemp(prefix="kizuna-screenshots-")
    process = subprocess.Popen(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--font-render-hinting=none", "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
        close_fds=False, preexec_fn=descriptors, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(commands_read)
    os.close(answers_write)
    pending = b""
    counter = [0]

    def send(method, params=None, session=None):
        counter[0] += 1
        message = {"id": counter[0], "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(commands_write, json.dumps(message).encode() + b"\0")
        return counter[0]

    def receive(wanted, seconds=60):
        nonlocal pending
        deadline = time.time() + seconds
        while True:
            while b"\0" in pending:
                raw, pending = pending.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
            ready, _, _ = select.select([answers_read], [], [], max(0, deadline - time.time()))
            if not ready:
                sys.exit("error: Chromium did not answer within 60 seconds")
            chunk = os.read(answers_read, 1 << 20)
            if not chunk:
                sys.exit("error: Chromium closed the pipe")
            pending += chunk

    def call(method, params=None, session=None):
        number = send(method, params, session)
        answer = receive(lambda m: m.get("id") == number)
        if "error" in answer:
            sys.exit(f"error: {method}: " + json.dumps(answer["error"]))
        return answer["result"]

    try:
        for screen, width, height, mobile in SCREENS:
            for scheme in SCHEMES:
                # A fresh tab per screen and scheme: nothing carried over from another size.
                target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
                session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
                call("Page.enable", session=session)
                call("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}, session)
                call("Emulation.setEmulatedMedia",
                     {"media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme},
                                                      {"name": "prefers-reduced-motion", "value": "reduce"}]}, session)
                for name, path in PAGES:
                    send("Page.navigate", {"url": base + path}, session)
                    receive(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session)
                    # Fonts loaded and laid out, focus nowhere, at the top.
                    call("Runtime.evaluate", {"expression": "document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))",
                                              "awaitPromise": True}, session)
                    call("Runtime.evaluate", {"expression": "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)"}, session)
                    shot = call("Page.captureScreenshot",
                                {"format": "png", "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}}, session)
                    file = os.path.join(out, f"{name}-{screen}-{scheme}.png")
                    with open(file, "wb") as f:
                        f.write(base64.b64decode(shot["data"]))
                    print(file)
                call("Target.closeTarget", {"targetId": target})
    finally:
        process.kill()
        process.wait()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)


main()
