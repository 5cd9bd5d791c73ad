#!/usr/bin/env python3
"""Signs in to the running application as one demo account and writes its session cookie as a wapiti cookie file.

Usage: scan_session.py BASE_URL EMAIL PASSWORD COOKIE_JSON
The administrator must use an authenticator app: on its first sign-in this sets one up (reading the key from the
set-up page) and computes the codes itself, as an authenticator would.
"""
import base64
import hashlib
import hmac
import http.cookiejar
import json
import re
import struct
import sys
import time
import urllib.parse
import urllib.request

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')
KEY = re.compile(r'<span class="key"><code>([a-z0-9 ]+)</code></span>')


def totp(key: str) -> str:
    secret = base64.b32decode(key.replace(" ", "").upper() + "=" * (-len(key.replace(" ", "")) % 8))
    digest = hmac.new(secret, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def main(base: str, email: str, password: str, out: str) -> None:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def get(path: str):
        with opener.open(base + path) as response:
            return response.geturl(), response.read().decode()

    def post(path: str, fields: dict):
        _, page = get(path)
        fields["__RequestVerificationToken"] = TOKEN.search(page).group(1)
        with opener.open(base + path, urllib.parse.urlencode(fields).encode()) as response:
            return response.geturl(), response.read().decode()

    url, _ = post("/account/sign-in", {"Input.Email": email, "Input.Password": password})
    path = urllib.parse.urlparse(url).path
    if path == "/account/sign-in-code":
        sys.exit(f"{email} already has an authenticator from an earlier run; use a fresh data folder.")
    if path == "/account/two-factor":
        _, page = get("/account/two-factor")
        key = KEY.search(page).group(1)
        post("/account/two-factor", {"Input.Code": totp(key)})
    if path == "/account/sign-in":
        sys.exit(f"Signing in as {email} failed.")

    _, account = get("/account")
    if email not in account:
        sys.exit(f"Signed in as {email}, but the account page does not show it.")

    host = urllib.parse.urlparse(base).hostname
    cookies = {host: {"/": {c.name: {"value": c.value, "version": 0, "expires": None, "secure": False, "port": None}
                            for c in jar}}}
    with open(out, "w", encoding="utf-8") as file:
        json.dump(cookies, file, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:5])
