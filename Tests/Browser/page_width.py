#!/usr/bin/env python3
"""How wide a page lays out on a phone: Debian's headless Chromium, driven over the DevTools
protocol on a pipe (cdp.py), emulates a mobile screen of WIDTH CSS pixels
(`Emulation.setDeviceMetricsOverride`: a headless window will not shrink that far), loads URL
and prints a JSON object: the document's scrollWidth (wider than WIDTH means something is cut
off or needs sideways scrolling), the viewport's width, the elements whose content is wider
than their box (`clipped`: scrolled or cut off inside them), the `lang` of the page and its text.

  page_width.py URL WIDTH
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402


def main():
    url, width = sys.argv[1], int(sys.argv[2])
    browser = Browser(timeout=60)
    try:
        browser.open(url, width, height=640, scale=2)
        # Also the boxes whose content is wider than they are (scrolled or clipped inside them,
        # which the document's width does not show).
        script = ("JSON.stringify({scrollWidth: document.scrollingElement.scrollWidth,"
                  " viewportWidth: document.documentElement.clientWidth,"
                  " clipped: Array.from(document.body.querySelectorAll('*'))"
                  ".filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1).map(e => e.tagName.toLowerCase()),"
                  " lang: document.documentElement.lang, text: document.body.innerText})")
        print(browser.evaluate(script))
    finally:
        browser.close()


main()
