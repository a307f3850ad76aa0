#!/usr/bin/env python3
"""Screenshots of a built portal for the README (scripts/screenshots.sh runs this).

Serves SITE on 127.0.0.1 (a port of its own), opens each page in Debian's headless Chromium,
driven over the DevTools protocol on a pipe (Tests/Browser/cdp.py, the tests' client), and saves the
first screenful as a PNG in OUT: `<page>-<width>-<scheme>.png` for each page below, at 1280x900
(desktop) and 390x844 (a phone, emulated as a mobile screen), with `prefers-color-scheme` light
and dark (`Emulation.setEmulatedMedia`). One device pixel per CSS pixel, scrollbars hidden,
shots taken after the web fonts are ready.

  screenshots.py SITE OUT
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Browser"))
from cdp import Browser, BrowserError, serve  # noqa: E402  (the tests' DevTools client)

# name, path: the pages the README shows (the example portal's members build).
PAGES = [
    ("home", "/"),
    ("event", "/events/alumni-meetup-2027-spring/"),
    ("board", "/opportunities/"),
    ("directory", "/directory/"),
    ("network", "/network/"),
    ("survey", "/surveys/annual-2026/"),
]
# name, width, height (below 640 px wide the screen is a phone's: mobile, touch)
SCREENS = [("1280", 1280, 900), ("390", 390, 844)]
SCHEMES = ["light", "dark"]


def main():
    site, out = sys.argv[1], sys.argv[2]
    for _, path in PAGES:
        if not os.path.exists(os.path.join(site, path.lstrip("/"), "index.html")):
            sys.exit(f"error: {path} is not in {site} (the screenshots need the members build)")
    base, server = serve(site)
    try:
        browser = Browser(timeout=60, arguments=["--hide-scrollbars", "--font-render-hinting=none"],
                          profile_prefix="kizuna-screenshots-")
    except BrowserError as error:
        sys.exit(f"error: {error}")
    try:
        for screen, width, height in SCREENS:
            for scheme in SCHEMES:
                # A fresh tab per screen and scheme: nothing carried over from another size.
                target, session, _ = browser.new_tab()
                for name, path in PAGES:
                    browser.open(base + path, width, scheme, height=height, session=session)
                    # Fonts loaded and laid out, focus nowhere, at the top.
                    browser.evaluate("document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))",
                                     wait=True, session=session)
                    browser.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)", session=session)
                    file = os.path.join(out, f"{name}-{screen}-{scheme}.png")
                    with open(file, "wb") as f:
                        f.write(browser.screenshot(width, height, session))
                    print(file)
                browser.close_tab(target)
    except BrowserError as error:
        sys.exit(f"error: {error}")
    finally:
        browser.close()
        server.shutdown()


main()
