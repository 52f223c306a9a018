#!/usr/bin/env python3
"""Builds the benchmark inputs from example-repo, deterministically (pinned dates, no
randomness), so that two builds of hoshi can be compared on the same bytes.

    gen.py portfolio DIR CLIENTS   one git repository, DIR/clients/cNNNNN, review tags
    gen.py history DIR COMMITS     DIR/repo: COMMITS commits, each changing client/diagnosis.yaml
    gen.py site DIR ITEMS          DIR/client: example-repo with ITEMS more evidence files

Each also writes DIR/files.txt: the files hoshi reads for that work, one a line, relative
to DIR, for the `cat` floor.
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "example-repo")
FIVE = ["hoshi.yaml", "principles.yaml", "diagnosis.yaml", "policy.yaml", "evidence.yaml"]
# What hoshi reads of a client: the five files and scs.yaml, when there is one.
CLIENT_FILES = FIVE + ["scs.yaml"]
GIT_ENV = dict(
    os.environ,
    GIT_CONFIG_NOSYSTEM="1",
    GIT_CONFIG_GLOBAL="/dev/null",
    GIT_AUTHOR_NAME="Bench",
    GIT_AUTHOR_EMAIL="bench@example.jp",
    GIT_COMMITTER_NAME="Bench",
    GIT_COMMITTER_EMAIL="bench@example.jp",
    GIT_AUTHOR_DATE="2026-04-25T10:00:00+09:00",
    GIT_COMMITTER_DATE="2026-04-25T10:00:00+09:00",
)


def git(cwd, *args, stdin=None):
    subprocess.run(["git", "-C", cwd, *args], env=GIT_ENV, check=True, input=stdin,
                   stdout=subprocess.DEVNULL)


def example_files():
    out = []
    for top, dirs, files in os.walk(EXAMPLE):
        dirs[:] = sorted(d for d in dirs if d != ".git")
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(top, f), EXAMPLE)
            if rel != "README.md":
                out.append(rel)
    return out


def read(rel):
    with open(os.path.join(EXAMPLE, rel), "rb") as f:
        return f.read()


def evidence_files(register):
    return re.findall(rb"^    file: (\S+)", register, re.M)


def portfolio(dest, n):
    """The variations of bench/portfolio.sh: every 7th client declares ★★ with Q21
    unanswered, every 11th has evidence expiring soon, every 13th a YAML syntax error,
    every 17th a policy.yaml that is not UTF-8; every other client has a review tag."""
    repo = dest
    os.makedirs(os.path.join(repo, "clients"))
    git(repo, "init", "-q", "-b", "main")
    files = example_files()
    base = {rel: read(rel) for rel in files}
    listing = []
    width = max(5, len(str(n)))
    for i in range(1, n + 1):
        name = f"c{i:0{width}d}"
        root = os.path.join(repo, "clients", name)
        for rel in files:
            data = base[rel]
            if rel == "hoshi.yaml":
                data = data.replace("株式会社みなと精工".encode(), f"株式会社サンプル{i}".encode())
                data = data.replace(b"tag_prefix: review/", f"tag_prefix: {name}/review/".encode())
            if rel == "diagnosis.yaml" and i % 7 == 0:
                data = re.sub(rb"(?ms)^  Q21:$.*?(?=^  Q22:)", b"", data)
            if rel == "evidence.yaml" and i % 11 == 0:
                data = data.replace(b"valid_until: 2027-01-31", b"valid_until: 2026-12-10")
            if rel == "principles.yaml" and i % 13 == 0:
                data += b"schema_version: [\n"
            if rel == "policy.yaml" and i % 17 == 0:
                data += b"# \x82\xa0 Shift_JIS\n"
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        listing += [f"clients/{name}/{f}" for f in CLIENT_FILES if f in base]
        listing += [f"clients/{name}/{f.decode()}" for f in evidence_files(base["evidence.yaml"])]
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "clients")
    refs = []
    head = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()
    for i in range(1, n + 1, 2):
        day = 25 if i % 2 else 24
        year = 2025 if i % 4 == 1 else 2026
        refs.append(f"{head} refs/tags/c{i:0{width}d}/review/{year}-04-{day}\n")
    with open(os.path.join(repo, ".git", "packed-refs"), "w") as f:
        f.write("# pack-refs with: peeled fully-peeled sorted \n")
        f.writelines(sorted(refs, key=lambda r: r.split(" ")[1]))
    listing.append(".git/packed-refs")
    return listing


def history(dest, n):
    """n commits; the first adds example-repo under client/, each later one changes
    client/diagnosis.yaml (a note, and Q7 cycling through implemented / partial /
    not_implemented, so level and score move). An annotated review tag on the first
    commit, so finding the newest review walks the whole history."""
    repo = os.path.join(dest, "repo")
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    diag = read("diagnosis.yaml")
    answers = [b"implemented", b"partial", b"not_implemented"]
    t = 1776643200  # 2026-04-20 00:00 UTC
    out = []

    def data(b):
        out.append(b"data %d\n" % len(b))
        out.append(b)
        out.append(b"\n")

    for i in range(1, n + 1):
        out.append(b"commit refs/heads/main\nmark :%d\n" % i)
        out.append(b"author Bench <bench@example.jp> %d +0900\n" % (t + i * 600))
        out.append(b"committer Bench <bench@example.jp> %d +0900\n" % (t + i * 600))
        data(b"commit %d" % i)
        if i > 1:
            out.append(b"from :%d\n" % (i - 1))
        if i == 1:
            for rel in example_files():
                out.append(b"M 100644 inline client/%s\n" % rel.encode())
                data(read(rel))
        else:
            d = diag.replace("note: 全PCで自動更新、月末に適用状況を確認".encode(),
                             "note: 改訂 ".encode() + str(i).encode(), 1)
            d = d.replace(b"\n    answer: partial\n", b"\n    answer: " + answers[i % 3] + b"\n", 1)
            out.append(b"M 100644 inline client/diagnosis.yaml\n")
            data(d)
        out.append(b"\n")
    git(repo, "fast-import", "--quiet", stdin=b"".join(out))
    git(repo, "reset", "-q", "--hard", "main")
    first = subprocess.run(["git", "-C", repo, "rev-list", "--max-parents=0", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.strip()
    git(repo, "tag", "-a", "review/2026-04-20", "-m", "first review", first)
    return []


def site(dest, items):
    """example-repo with `items` more evidence files (a few hundred bytes each, every
    third one public, partners or internal) in one git repository."""
    root = os.path.join(dest, "client")
    for rel in example_files():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copyfile(os.path.join(EXAMPLE, rel), path)
    register = read("evidence.yaml")
    vis = ["public", "partners", "internal"]
    extra = []
    for i in range(1, items + 1):
        rel = f"evidence/bulk/item-{i:05d}.txt"
        os.makedirs(os.path.join(root, "evidence", "bulk"), exist_ok=True)
        body = (f"証跡 {i}\n" + "点検記録の写し。" * 20 + "\n").encode()
        with open(os.path.join(root, rel), "wb") as f:
            f.write(body)
        extra.append(
            f"\n  - id: BULK-{i:05d}\n"
            f"    title: 点検記録 {i}\n"
            f"    file: {rel}\n"
            f"    sha256: {hashlib.sha256(body).hexdigest()}\n"
            f"    collected_on: 2026-04-15\n"
            f"    valid_for_months: 12\n"
            f"    visibility: {vis[i % 3]}\n"
        )
    with open(os.path.join(root, "evidence.yaml"), "wb") as f:
        f.write(register.rstrip(b"\n") + b"\n" + "".join(extra).encode())
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "client")
    git(root, "tag", "-a", "review/2026-04-20", "-m", "review")
    return []


def main():
    kind, dest, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(dest, exist_ok=True)
    listing = {"portfolio": portfolio, "history": history, "site": site}[kind](dest, n)
    with open(os.path.join(dest, "files.txt"), "w") as f:
        f.writelines(line + "\n" for line in listing)


if __name__ == "__main__":
    main()
