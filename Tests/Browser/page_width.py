#!/usr/bin/env python3
"""How wide a page lays out on a phone: Debian's headless Chromium, driven over the DevTools
protocol on a pipe (no Selenium, no WebSocket), emulates a mobile screen of WIDTH CSS pixels
(`Emulation.setDeviceMetricsOverride`: a headless window will not shrink that far), loads URL
and prints a JSON object: the document's scrollWidth (wider than WIDTH means something is cut
off or needs sideways scrolling), the viewport's width, the elements whose content is wider
than their box (`clipped`: scrolled or cut off inside them), the `lang` of the page and its text.

  page_width.py URL WIDTH
"""
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]


def main():
    url, width = sys.argv[1], int(sys.argv[2])
    browser = next((p for p in BROWSERS if os.access(p, os.X_OK)), None)
    if browser is None:
        sys.exit("Chromium is needed (scripts/setup.sh --test installs it)")
    # Chromium reads commands from descriptor 3 and answers on descriptor 4, NUL-separated.
    commands_read, commands_write = os.pipe()
    answers_read, answers_write = os.pipe()

    def descriptors():
        # Through fresh descriptors first: a pipe may already be 3 or 4, and dup2 onto itself
        # would leave it closed at exec.
        read, write = os.dup(commands_read), os.dup(answers_write)
        os.dup2(read, 3)
        os.dup2(write, 4)

    profile = tempfile.mkdtemp(prefix="kizuna-chromium-")
    process = subprocess.Popen(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe",
         "--user-data-dir=" + profile, "about:blank"],
        close_fds=False, preexec_fn=descriptors, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(commands_read)
    os.close(answers_write)
    pending = b""
    counter = [0]
    deadline = time.time() + 60

    def send(method, params=None, session=None):
        counter[0] += 1
        message = {"id": counter[0], "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(commands_write, json.dumps(message).encode() + b"\0")
        return counter[0]

    def receive(wanted):
        nonlocal pending
        while True:
            while b"\0" in pending:
                raw, pending = pending.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
            ready, _, _ = select.select([answers_read], [], [], max(0, deadline - time.time()))
            if not ready:
                sys.exit("Chromium did not answer within 60 seconds")
            chunk = os.read(answers_read, 1 << 16)
            if not chunk:
                sys.exit("Chromium closed the pipe")
            pending += chunk

    def call(method, params=None, session=None):
        number = send(method, params, session)
        answer = receive(lambda m: m.get("id") == number)
        if "error" in answer:
            sys.exit(method + ": " + json.dumps(answer["error"]))
        return answer["result"]

    try:
        target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        call("Page.enable", session=session)
        call("Emulation.setDeviceMetricsOverride",
             {"width": width, "height": 640, "deviceScaleFactor": 2, "mobile": True}, session)
        send("Page.navigate", {"url": url}, session)
        receive(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session)
        # Also the boxes whose content is wider than they are (scrolled or clipped inside them,
        # which the document's width does not show).
        script = ("JSON.stringify({scrollWidth: document.scrollingElement.scrollWidth,"
                  " viewportWidth: document.documentElement.clientWidth,"
                  " clipped: Array.from(document.body.querySelectorAll('*'))"
                  ".filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1).map(e => e.tagName.toLowerCase()),"
                  " lang: document.documentElement.lang, text: document.body.innerText})")
        value = call("Runtime.evaluate", {"expression": script, "returnByValue": True}, session)["result"]["value"]
        print(value)
    finally:
        process.kill()
        process.wait()
        shutil.rmtree(profile, ignore_errors=True)


main()
