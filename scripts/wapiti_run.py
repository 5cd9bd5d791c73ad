#!/usr/bin/env python3
"""Runs wapiti with its exclusion patterns (-x) working on Python 3.11 and later.

Debian's wapiti 3.0.4 builds the pattern with a trailing "(?ms)", which Python 3.11 refuses ("global flags not at
the start of the expression"); without -x the scanner would post the sign-out form and scan the rest anonymously.
"""
import re
import sys

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402  (after the patch, on purpose)

if __name__ == "__main__":
    sys.argv[0] = "wapiti"
    sys.exit(wapiti_main())
