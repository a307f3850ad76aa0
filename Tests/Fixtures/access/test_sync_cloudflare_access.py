"""scripts/sync-cloudflare-access.py against a local stand-in for Cloudflare's API (run by
CloudflareAccessSyncTests, or: python3 -m unittest Tests/Fixtures/access/test_sync_cloudflare_access.py).

The stub keeps Access groups and one reusable policy in memory, pages the group list two at a
time, refuses a group of more than 1,000 rules as Cloudflare does, checks the bearer token, and
records every call, so the tests can see chunking, idempotence (no write when in step), the order
of writes, and that the API's errors reach the operator.
"""
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest
import uuid
from urllib.parse import urlsplit, parse_qs

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SCRIPT = os.path.join(ROOT, "scripts", "sync-cloudflare-access.py")
ACCOUNT, POLICY, TOKEN = "acc123", "pol456", "test-token-not-a-secret"


class Stub:
    def __init__(self):
        self.groups = {}
        self.policy = {"id": POLICY, "name": "Alumni members", "decision": "allow", "include": [{"everyone": {}}],
                       "exclude": [], "require": [], "session_duration": "24h", "app_count": 1, "reusable": True}
        self.calls = []
        self.revoked = []
        self.fail_next = None
        self.fail_times = 1

    def handle(self, method, path, query, body, auth):
        self.calls.append((method, path))
        if auth != "Bearer " + TOKEN:
            return 403, {"success": False, "errors": [{"code": 10000, "message": "Authentication error"}]}
        if self.fail_next:
            status, message = self.fail_next
            self.fail_times -= 1
            if self.fail_times <= 0:
                self.fail_next = None
            return status, {"success": False, "errors": [{"code": 12345, "message": message}]}
        prefix = f"/client/v4/accounts/{ACCOUNT}/access"
        if not path.startswith(prefix):
            return 404, {"success": False, "errors": [{"code": 7003, "message": "Could not route"}]}
        path = path[len(prefix):]
        if path == "/groups" and method == "GET":
            page, per_page = int(query.get("page", ["1"])[0]), min(int(query.get("per_page", ["20"])[0]), 2)
            items = sorted(self.groups.values(), key=lambda g: g["created"])
            pages = max(1, (len(items) + per_page - 1) // per_page)
            return 200, {"success": True, "result": items[(page - 1) * per_page:page * per_page],
                         "result_info": {"page": page, "per_page": per_page, "total_pages": pages, "total_count": len(items)}}
        if path == "/groups" and method == "POST":
            if len(body["include"]) > 1000:
                return 400, {"success": False, "errors": [{"code": 12130, "message": "too many rules in include"}]}
            group = dict(body, id=str(uuid.uuid4()), created=len(self.calls))
            self.groups[group["id"]] = group
            return 201, {"success": True, "result": group}
        if path.startswith("/groups/"):
            gid = path[len("/groups/"):]
            if gid not in self.groups:
                return 404, {"success": False, "errors": [{"code": 12130, "message": "access.api.error.not_found"}]}
            if method == "PUT":
                if len(body["include"]) > 1000:
                    return 400, {"success": False, "errors": [{"code": 12130, "message": "too many rules in include"}]}
                self.groups[gid] = dict(body, id=gid, created=self.groups[gid]["created"])
                return 200, {"success": True, "result": self.groups[gid]}
            if method == "DELETE":
                if any(rule.get("group", {}).get("id") == gid for rule in self.policy["include"]):
                    return 400, {"success": False, "errors": [{"code": 12130, "message": "group is used by a policy"}]}
                del self.groups[gid]
                return 200, {"success": True, "result": {"id": gid}}
        if path == f"/policies/{POLICY}":
            if method == "GET":
                return 200, {"success": True, "result": self.policy}
            if method == "PUT":
                for key in ("id", "app_count", "reusable", "created_at", "updated_at"):
                    if key in body:
                        return 400, {"success": False, "errors": [{"code": 12130, "message": f"read-only field {key}"}]}
                self.policy = dict(self.policy, **body)
                return 200, {"success": True, "result": self.policy}
        if path == "/organizations/revoke_user" and method == "POST":
            self.revoked.append(body["email"])
            return 200, {"success": True, "result": True}
        if path.startswith("/policies/"):
            return 404, {"success": False, "errors": [{"code": 12130, "message": "access.api.error.not_found"}]}
        return 405, {"success": False, "errors": [{"code": 10405, "message": "Method not allowed"}]}

    def writes(self):
        return [c for c in self.calls if c[0] != "GET"]


class StubCase(unittest.TestCase):
    def setUp(self):
        self.stub = stub = Stub()

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                status, reply = stub.handle(self.command, url.path, parse_qs(url.query), body, self.headers.get("Authorization"))
                data = json.dumps(reply).encode()
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.api = f"http://127.0.0.1:{self.server.server_address[1]}/client/v4"
        self.folder = tempfile.TemporaryDirectory()
        self.allowlist = os.path.join(self.folder.name, "allowlist.txt")

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        self.folder.cleanup()

    def write(self, count, start=0, text=None):
        with open(self.allowlist, "w", encoding="utf-8") as f:
            f.write(text if text is not None else "".join(f"member{n:05d}@example.org\n" for n in range(start, start + count)))

    def run_sync(self, *args, token=TOKEN, env=None):
        environment = {"PATH": os.environ.get("PATH", ""), "CLOUDFLARE_API_TOKEN": token,
                       "CLOUDFLARE_ACCOUNT_ID": ACCOUNT, "CLOUDFLARE_ACCESS_POLICY_ID": POLICY}
        environment.update(env or {})
        environment = {k: v for k, v in environment.items() if v is not None}
        return subprocess.run([sys.executable, SCRIPT, "--allowlist", self.allowlist, "--api", self.api, *args],
                              capture_output=True, text=True, env=environment, timeout=120)

    def members(self):
        """Every address the policy lets in, through its groups."""
        found = []
        for rule in self.stub.policy["include"]:
            self.assertIn("group", rule, "the policy includes something other than the synced groups")
            found += [r["email"]["email"] for r in self.stub.groups[rule["group"]["id"]]["include"]]
        return found


class SyncTests(StubCase):
    def test_chunks_of_1000_into_groups_named_by_the_prefix(self):
        self.write(2345)
        run = self.run_sync()
        self.assertEqual(run.returncode, 0, run.stderr)
        sizes = sorted((g["name"], len(g["include"])) for g in self.stub.groups.values())
        self.assertEqual(sizes, [("Kizuna members 1", 1000), ("Kizuna members 2", 1000), ("Kizuna members 3", 345)])
        self.assertEqual(self.members(), [f"member{n:05d}@example.org" for n in range(2345)])
        self.assertEqual(self.stub.policy["session_duration"], "24h", "the policy's other settings are kept")
        self.assertEqual(self.stub.policy["decision"], "allow")

    def test_a_second_run_writes_nothing(self):
        self.write(1500)
        self.assertEqual(self.run_sync().returncode, 0)
        before = len(self.stub.writes())
        run = self.run_sync()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(len(self.stub.writes()), before, self.stub.writes()[before:])
        self.assertIn("In step already", run.stdout)

    def test_growing_and_shrinking(self):
        self.write(2100)
        self.assertEqual(self.run_sync().returncode, 0)
        self.assertEqual(self.stub.revoked, [], "nobody left the list")
        # Some leave, some join: 1,990 addresses, two groups; the policy first, then the deletion,
        # then the sessions of those who left.
        self.write(1990, start=110)
        self.stub.calls.clear()
        run = self.run_sync()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(sorted(g["name"] for g in self.stub.groups.values()), ["Kizuna members 1", "Kizuna members 2"])
        self.assertEqual(self.members(), [f"member{n:05d}@example.org" for n in range(110, 2100)])
        writes = self.stub.writes()
        self.assertEqual(writes[0][0], "PUT")
        policy_at = writes.index(("PUT", f"/client/v4/accounts/{ACCOUNT}/access/policies/{POLICY}"))
        delete_at = next(i for i, (method, _) in enumerate(writes) if method == "DELETE")
        self.assertLess(policy_at, delete_at, writes)
        self.assertEqual(sum(1 for method, _ in writes if method == "DELETE"), 1)
        self.assertEqual(self.stub.revoked, [f"member{n:05d}@example.org" for n in range(110)])
        self.assertIn("revoke those of 110 address(es)", run.stdout)
        # Grown again: nobody is revoked; with --no-revoke, removals leave sessions alone.
        self.stub.revoked.clear()
        self.write(2500)
        self.assertEqual(self.run_sync().returncode, 0)
        self.assertEqual(self.stub.revoked, [])
        self.write(10)
        self.assertEqual(self.run_sync("--no-revoke").returncode, 0)
        self.assertEqual(self.stub.revoked, [])
        self.assertEqual(len(self.members()), 10)

    def test_dry_run_changes_nothing(self):
        self.write(1200)
        run = self.run_sync("--dry-run")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(self.stub.writes(), [])
        self.assertIn("would create", run.stdout)
        self.assertIn("Dry run: nothing was changed", run.stdout)
        # Without credentials a dry run still checks the file and counts, reading nothing.
        self.stub.calls.clear()
        run = self.run_sync("--dry-run", token=None)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(self.stub.calls, [])
        self.assertIn("1200 addresses, 2 group(s)", run.stdout)
        # Removals in a dry run: counted, nobody revoked.
        self.assertEqual(self.run_sync().returncode, 0)
        self.write(1000)
        run = self.run_sync("--dry-run")
        self.assertIn("would revoke those of 200 address(es)", run.stdout)
        self.assertEqual(self.stub.revoked, [])

    def test_api_errors_reach_the_operator(self):
        self.write(10)
        run = self.run_sync(token="wrong")
        self.assertEqual(run.returncode, 1)
        self.assertIn("HTTP 403", run.stderr)
        self.assertIn("Authentication error", run.stderr)
        run = self.run_sync(env={"CLOUDFLARE_ACCESS_POLICY_ID": "nope"})
        self.assertEqual(run.returncode, 1)
        self.assertIn("access.api.error.not_found", run.stderr)
        # Rate limited once: tried again after Retry-After. Every time: the error, after 5 tries.
        self.stub.fail_next, self.stub.fail_times = (429, "Rate limited, please wait"), 1
        run = self.run_sync()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.stub.fail_next, self.stub.fail_times = (429, "Rate limited, please wait"), 99
        run = self.run_sync()
        self.assertEqual(run.returncode, 1)
        self.assertIn("HTTP 429: Rate limited, please wait (code 12345)", run.stderr)
        self.stub.fail_next = None
        self.stub.fail_next, self.stub.fail_times = (500, "Internal error"), 1
        run = self.run_sync()
        self.assertEqual(run.returncode, 1)
        self.assertIn("HTTP 500: Internal error (code 12345)", run.stderr)
        run = self.run_sync(env={"CLOUDFLARE_ACCOUNT_ID": None})
        self.assertEqual(run.returncode, 1)
        self.assertIn("CLOUDFLARE_ACCOUNT_ID", run.stderr)

    def test_a_bad_allowlist_is_refused_before_any_call(self):
        for text, expected in [("a@example.org\nNot An Address\n", ":2:"), ("B@example.org\n", ":1:"),
                               ("a@example.org\na@example.org\n", "twice"), ("", "no address")]:
            self.write(0, text=text)
            self.stub.calls.clear()
            run = self.run_sync()
            self.assertEqual(run.returncode, 1, text)
            self.assertIn(expected, run.stderr)
            self.assertEqual(self.stub.calls, [])

    def test_the_log_names_no_address_and_no_token(self):
        self.write(1001)
        run = self.run_sync()
        self.assertEqual(run.returncode, 0, run.stderr)
        self.write(3)
        run2 = self.run_sync("--dry-run")
        for text in (run.stdout, run.stderr, run2.stdout, run2.stderr):
            self.assertNotIn("@", text)
            self.assertNotIn(TOKEN, text)


if __name__ == "__main__":
    unittest.main()
