#!/usr/bin/env python3
"""Syncs the members' allowlist to Cloudflare Access (docs/hosting.md, "Cloudflare Access").

`kizuna build --audience members` writes the allowlist (auth/allowlist.txt: one lower-cased
address a line). This script makes Cloudflare Access let in exactly those addresses:

  * Access groups named "<prefix> 1", "<prefix> 2", … each hold up to 1,000 addresses (an Access
    group takes at most 1,000 rules): one group per 1,000 addresses, created, updated or deleted
    as the list grows or shrinks;
  * the reusable Access policy CLOUDFLARE_ACCESS_POLICY_ID (decision "allow", attached to the
    members application) includes exactly those groups; its other settings are kept;
  * an address that left the list has its Access sessions revoked, so a removed member is signed
    out at once rather than when the session expires (--no-revoke leaves them to expire).

Idempotent: a group or policy already as wanted is not written. The log names counts, never an
address (a CI log may be read by many). Python standard library only.

Environment:
  CLOUDFLARE_API_TOKEN         secret: an API token with "Access: Apps and Policies: Edit" and
                               "Access: Organizations, Identity Providers, and Groups: Edit" on the
                               account. Read from the environment only; never written anywhere.
  CLOUDFLARE_ACCOUNT_ID        the account's ID.
  CLOUDFLARE_ACCESS_POLICY_ID  the reusable policy to keep in step.

Usage: scripts/sync-cloudflare-access.py [--dry-run] [--no-revoke] [--allowlist auth/allowlist.txt]
       [--group-prefix "Kizuna members"] [--api https://api.cloudflare.com/client/v4]
A call answered 429 (rate limited) is tried again after the Retry-After the API gives (at most
60 seconds, 5 times); every other error stops the sync.
Exit status: 0 synced (or nothing to do), 1 an error (the API's own message is printed), 2 usage.
"""
import argparse
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request

CHUNK = 1000
ADDRESS = re.compile(r"^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[^\s@]+\.[^\s@]+$")
POLICY_FIELDS = ("name", "decision", "include", "exclude", "require", "session_duration", "approval_required",
                 "approval_groups", "isolation_required", "purpose_justification_required",
                 "purpose_justification_prompt")


class Failure(Exception):
    pass


def read_allowlist(path):
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as error:
        raise Failure(f"cannot read the allowlist {path}: {error.strerror}")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if not ADDRESS.match(line) or line != line.lower():
            raise Failure(f"{path}:{number}: not an address as `kizuna build --audience members` writes it "
                          "(one lower-cased address a line); rebuild the members portal to write it again")
    if len(set(lines)) != len(lines):
        raise Failure(f"{path}: an address is listed twice; rebuild the members portal to write it again")
    if not lines:
        raise Failure(f"{path} lists no address: refusing to shut every member out; "
                      "check the profiles' `email:` fields")
    return sorted(lines)


def chunks(addresses):
    return [addresses[i:i + CHUNK] for i in range(0, len(addresses), CHUNK)]


class API:
    def __init__(self, base, account, token):
        self.base = base.rstrip("/") + f"/accounts/{account}/access"
        self.token = token
        self.writes = 0

    def call(self, method, path, body=None, attempt=1):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Authorization", "Bearer " + self.token)
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                answer = json.load(response)
        except urllib.error.HTTPError as error:
            try:
                answer = json.load(error)
            except ValueError:
                answer = {}
            if error.code == 429 and attempt < 5:
                try:
                    wait = min(max(float(error.headers.get("Retry-After") or 5), 0), 60)
                except ValueError:
                    wait = 5
                time.sleep(wait)
                return self.call(method, path, body, attempt + 1)
            raise Failure(f"Cloudflare API: {method} {path}: HTTP {error.code}: {messages(answer) or error.reason}")
        except urllib.error.URLError as error:
            raise Failure(f"Cloudflare API: {method} {path}: {error.reason}")
        if not answer.get("success", False):
            raise Failure(f"Cloudflare API: {method} {path}: {messages(answer) or 'the call did not succeed'}")
        if method != "GET":
            self.writes += 1
        return answer

    def groups(self):
        found, page = [], 1
        while True:
            answer = self.call("GET", f"/groups?page={page}&per_page=100")
            found += answer.get("result") or []
            info = answer.get("result_info") or {}
            if page >= int(info.get("total_pages") or 1):
                return found
            page += 1


def messages(answer):
    return "; ".join(f"{e.get('message', '')} (code {e.get('code', '?')})" for e in answer.get("errors") or [])


def emails_of(group):
    return sorted(rule["email"]["email"].lower() for rule in group.get("include") or [] if "email" in rule)


def group_ids_of(policy):
    return [rule["group"]["id"] for rule in policy.get("include") or [] if "group" in rule]


def sync(args, out):
    addresses = read_allowlist(args.allowlist)
    wanted = chunks(addresses)
    out(f"Allowlist {args.allowlist}: {len(addresses)} addresses, {len(wanted)} group(s) of up to {CHUNK}")
    token = os.environ.get("CLOUDFLARE_API_TOKEN", "")
    account = os.environ.get("CLOUDFLARE_ACCOUNT_ID", "")
    policy_id = os.environ.get("CLOUDFLARE_ACCESS_POLICY_ID", "")
    missing = [name for name, value in (("CLOUDFLARE_API_TOKEN", token), ("CLOUDFLARE_ACCOUNT_ID", account),
                                        ("CLOUDFLARE_ACCESS_POLICY_ID", policy_id)) if not value]
    if missing:
        if args.dry_run:
            out(f"Dry run without {', '.join(missing)}: Cloudflare not read; nothing was changed")
            return
        raise Failure(f"set {', '.join(missing)} in the environment (the token as a secret, never in a file)")
    api = API(args.api, account, token)
    existing = {g.get("name"): g for g in api.groups()}
    managed = re.compile(re.escape(args.group_prefix) + r" [1-9][0-9]*$")
    before = {e for name, g in existing.items() if managed.match(name or "") for e in emails_of(g)}
    removed = sorted(before - set(addresses))
    verb = "would " if args.dry_run else ""
    ids, surplus = [], []
    for number, chunk in enumerate(wanted, 1):
        name = f"{args.group_prefix} {number}"
        body = {"name": name, "include": [{"email": {"email": e}} for e in chunk], "exclude": [], "require": []}
        group = existing.get(name)
        if group is None:
            out(f"{name}: {verb}create with {len(chunk)} addresses")
            if args.dry_run:
                ids.append(f"(new {name})")
                continue
            group = api.call("POST", "/groups", body)["result"]
        elif emails_of(group) != chunk:
            before = set(emails_of(group))
            out(f"{name}: {verb}update to {len(chunk)} addresses "
                f"({len(set(chunk) - before)} added, {len(before - set(chunk))} removed)")
            if not args.dry_run:
                api.call("PUT", f"/groups/{group['id']}", body)
        else:
            out(f"{name}: unchanged ({len(chunk)} addresses)")
        ids.append(group["id"])
    number = len(wanted) + 1
    while f"{args.group_prefix} {number}" in existing:
        surplus.append(existing[f"{args.group_prefix} {number}"])
        number += 1

    policy = api.call("GET", f"/policies/{policy_id}")["result"]
    if group_ids_of(policy) != ids or any("group" not in rule for rule in policy.get("include") or []):
        out(f"Policy {policy.get('name', policy_id)}: {verb}include the {len(ids)} group(s)")
        if not args.dry_run:
            body = {key: policy[key] for key in POLICY_FIELDS if key in policy}
            body["include"] = [{"group": {"id": i}} for i in ids]
            api.call("PUT", f"/policies/{policy_id}", body)
    else:
        out(f"Policy {policy.get('name', policy_id)}: unchanged")
    # Only once the policy no longer names them.
    for group in surplus:
        out(f"{group['name']}: {verb}delete (no longer needed)")
        if not args.dry_run:
            api.call("DELETE", f"/groups/{group['id']}")
    # Signed out at once, not when their session expires: the policy no longer lets them back in.
    if removed and not args.no_revoke:
        out(f"Sessions: {verb}revoke those of {len(removed)} address(es) no longer on the list")
        if not args.dry_run:
            for email in removed:
                api.call("POST", "/organizations/revoke_user", {"email": email})
    if args.dry_run:
        out("Dry run: nothing was changed")
    else:
        out(f"Synced: {api.writes} change(s)" if api.writes else "In step already: nothing to change")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Sync the members' allowlist to Cloudflare Access groups and a policy.")
    parser.add_argument("--allowlist", default="auth/allowlist.txt", help="the allowlist a members build wrote")
    parser.add_argument("--group-prefix", default="Kizuna members", help="names of the Access groups: '<prefix> 1', …")
    parser.add_argument("--api", default="https://api.cloudflare.com/client/v4", help="the API's base URL (tests)")
    parser.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    parser.add_argument("--no-revoke", action="store_true", help="leave the sessions of removed addresses to expire")
    args = parser.parse_args(argv)
    try:
        sync(args, lambda line: print(line, flush=True))
    except Failure as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
