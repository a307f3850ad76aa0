"""A small client for Debian's headless Chromium over the DevTools protocol on a pipe (no
Selenium, no WebSocket, Python's standard library only), and a local server for a built site.
The tests' browser scripts use it, and so do scripts/screenshots.py and the search benchmark
(bench/search/run_queries.py): one copy of the protocol code.

Chromium reads commands on descriptor 3 and answers on descriptor 4, NUL-separated JSON. A
headless window will not shrink to a phone's width, so pages are laid out at a width set with
`Emulation.setDeviceMetricsOverride`; the colour scheme is set with `Emulation.setEmulatedMedia`.
"""
import base64
import functools
import http.server
import json
import os
import select
import shutil
import subprocess
import tempfile
import threading
import time

BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]


class BrowserError(Exception):
    pass


class Browser:
    """One Chromium and one tab; `open` lays a page out at a width and colour scheme."""

    def __init__(self, timeout=120, arguments=(), profile_prefix="kizuna-chromium-"):
        """`arguments`: more Chromium switches (`--hide-scrollbars`). Every wait for an answer is
        bounded by `timeout` seconds."""
        browser = next((p for p in BROWSERS if os.access(p, os.X_OK)), None)
        if browser is None:
            raise BrowserError("Chromium is needed (scripts/setup.sh --test installs it)")
        commands_read, commands_write = os.pipe()
        answers_read, answers_write = os.pipe()

        def descriptors():
            # Through fresh descriptors first: a pipe may already be 3 or 4, and dup2 onto
            # itself would leave it closed at exec.
            read, write = os.dup(commands_read), os.dup(answers_write)
            os.dup2(read, 3)
            os.dup2(write, 4)

        self.profile = tempfile.mkdtemp(prefix=profile_prefix)
        self.process = subprocess.Popen(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", *arguments,
             "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            close_fds=False, preexec_fn=descriptors, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands_read)
        os.close(answers_write)
        self.commands, self.answers = commands_write, answers_read
        self.pending = b""
        self.counter = 0
        self.timeout = timeout
        self.target, self.session, _ = self.new_tab()

    def new_tab(self, fresh=False):
        """A new tab, attached: (target, session, context). `fresh`: in a browser context of its
        own, with an empty cache and no cookies, as a reader's first visit."""
        context = self.call("Target.createBrowserContext")["browserContextId"] if fresh else None
        params = {"url": "about:blank"}
        if context:
            params["browserContextId"] = context
        target = self.call("Target.createTarget", params)["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable", session=session)
        return target, session, context

    def close_tab(self, target, context=None):
        self.call("Target.closeTarget", {"targetId": target})
        if context:
            self.call("Target.disposeBrowserContext", {"browserContextId": context})

    def send(self, method, params=None, session=None):
        self.counter += 1
        message = {"id": self.counter, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        return self.counter

    def receive(self, wanted):
        deadline = time.time() + self.timeout
        while True:
            while b"\0" in self.pending:
                raw, self.pending = self.pending.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
            ready, _, _ = select.select([self.answers], [], [], max(0, deadline - time.time()))
            if not ready:
                raise BrowserError(f"Chromium did not answer within {self.timeout} seconds")
            chunk = os.read(self.answers, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the pipe")
            self.pending += chunk

    def call(self, method, params=None, session=None):
        number = self.send(method, params, session)
        answer = self.receive(lambda m: m.get("id") == number)
        if "error" in answer:
            raise BrowserError(method + ": " + json.dumps(answer["error"]))
        return answer["result"]

    def open(self, url, width, scheme="light", height=800, session=None, scale=1):
        """Loads url laid out `width` CSS pixels wide (a phone below 640: mobile, touch) in the
        light or dark colour scheme, and waits for its load event."""
        s = session or self.session
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": width < 640}, s)
        self.call("Emulation.setEmulatedMedia",
                  {"media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme},
                                                   {"name": "prefers-reduced-motion", "value": "reduce"}]}, s)
        self.navigate(url, s)

    def navigate(self, url, session=None):
        """Loads url as it is laid out now, and waits for its load event."""
        s = session or self.session
        self.send("Page.navigate", {"url": url}, s)
        self.receive(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == s)

    def evaluate(self, expression, wait=False, session=None):
        """The value of a script in the page (awaited when it is a promise)."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": wait},
                           session or self.session)
        if "exceptionDetails" in result:
            raise BrowserError(json.dumps(result["exceptionDetails"])[:2000])
        return result["result"].get("value")

    def screenshot(self, width, height, session=None):
        """The top `width` x `height` CSS pixels of the page as PNG bytes."""
        shot = self.call("Page.captureScreenshot",
                         {"format": "png", "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}},
                         session or self.session)
        return base64.b64decode(shot["data"])

    def close(self):
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root):
    """A built site on 127.0.0.1 (a free port), served from a thread; returns (base URL, server)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server
