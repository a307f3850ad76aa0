#!/usr/bin/env python3
"""A stand-in for oauth2-proxy in MembersAccessRecipeTests: what nginx's auth_request asks of it.

GET /oauth2/auth     202 when the request's session cookie names an address on the allowlist
                     (the file is read again on every request, as oauth2-proxy rereads it when
                     it changes and checks each session against it), 401 otherwise.
GET /oauth2/sign_in  the sign-in page (what a visitor without a session is shown).
GET /oauth2/sign_out clears the session and says so.

The session cookie is `_kizuna_members=<address>`: a real login service signs it; the test only
needs an identity. Usage: stub-login.py <allowlist>; prints the port it listens on, then serves
until killed.
"""
import http.server
import sys

ALLOWLIST = sys.argv[1]
COOKIE = "_kizuna_members"


def allowlisted():
    try:
        with open(ALLOWLIST, encoding="utf-8") as f:
            return {line.strip().lower() for line in f if line.strip()}
    except FileNotFoundError:
        return set()


def session_email(headers):
    for part in (headers.get("Cookie") or "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE and value:
            return value.lower()
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/oauth2/auth":
            email = session_email(self.headers)
            if email and email in allowlisted():
                self.answer(202, headers=[("X-Auth-Request-Email", email)])
            else:
                self.answer(401)
        elif path in ("/oauth2/sign_in", "/oauth2/start"):
            self.answer(200, b"<!doctype html><title>Sign in</title><p>stub-login: sign in with your e-mail address</p>",
                        [("Content-Type", "text/html; charset=utf-8")])
        elif path == "/oauth2/sign_out":
            self.answer(200, b"signed out", [("Set-Cookie", COOKIE + "=; Max-Age=0; Path=/")])
        else:
            self.answer(404)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
