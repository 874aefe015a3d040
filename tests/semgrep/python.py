# Targets for bdbench's semgrep rules (src/bdbench/graders/rules/python.yaml). A line under
# "# ruleid: <rule>" must be reported by that rule; a line under "# ok: <rule>" must not be.
# tests/test_static_rules.py runs semgrep over this file in the grader image.
import asyncio
import os
import sqlite3
import subprocess

import sqlalchemy
from flask import request

db = sqlite3.connect(":memory:")
SORTS = {"title": "title", "newest": "created_at DESC"}
ALLOWED = ("title", "created_at")
COLUMNS = ", ".join(["id", "title", "body"])
SELECT_NOTES = "SELECT " + COLUMNS + " FROM notes"


def search_fstring(q: str):
    # ruleid: sql-from-request
    return db.execute(f"SELECT * FROM notes WHERE title LIKE '%{q}%'").fetchall()


def search_double_quoted_like(term):
    sql = 'SELECT * FROM notes WHERE body LIKE "%' + term + '%"'
    try:
        # ruleid: sql-from-request
        return db.execute(sql).fetchall()
    except sqlite3.Error:
        return []


def search_joined(term):
    sql = " ".join(["SELECT * FROM notes WHERE title =", "'" + term + "'"])
    # ruleid: sql-from-request
    return db.execute(sql).fetchall()


def search_format(owner_id, status):
    query = "SELECT * FROM orders WHERE owner = {} AND status = '{}'".format(owner_id, status)
    # ruleid: sql-from-request
    return db.execute(query).fetchall()


def search_percent(name):
    # ruleid: sql-from-request
    return db.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()


def flask_search():
    term = request.args.get("q", "")
    # ruleid: sql-from-request
    return db.execute("SELECT * FROM notes WHERE title = '" + term + "'").fetchall()


async def search_text(session, q):
    # ruleid: sql-from-request
    return await session.execute(sqlalchemy.text(f"SELECT * FROM notes WHERE title = '{q}'"))


def search_bound(q: str):
    # ok: sql-from-request
    return db.execute("SELECT * FROM notes WHERE title LIKE ?", (f"%{q}%",)).fetchall()


def list_sorted(sort: str, limit: int):
    order = SORTS.get(sort, "id")
    # ok: sql-from-request
    return db.execute(f"SELECT * FROM notes ORDER BY {order} LIMIT ?", (limit,)).fetchall()


def list_sorted_by_index(sort: str):
    # ok: sql-from-request
    return db.execute(f"SELECT * FROM notes ORDER BY {SORTS[sort]}").fetchall()


def list_checked(sort: str):
    if sort not in ALLOWED:
        raise ValueError(sort)
    # ok: sql-from-request
    return db.execute(f"SELECT * FROM notes ORDER BY {sort}").fetchall()


def list_constant():
    # ok: sql-from-request
    return db.execute(SELECT_NOTES + " ORDER BY id").fetchall()


def by_ids(ids: list[int]):
    marks = ",".join("?" for _ in ids)
    # ok: sql-from-request
    return db.execute(f"SELECT * FROM notes WHERE id IN ({marks})", ids).fetchall()


def by_ids_repeat(ids: list[int]):
    # ok: sql-from-request
    return db.execute("SELECT * FROM notes WHERE id IN (" + ",".join(["?"] * len(ids)) + ")", ids).fetchall()


def by_number(page):
    # ok: sql-from-request
    return db.execute(f"SELECT * FROM notes LIMIT 10 OFFSET {int(page) * 10}").fetchall()


def run_sql(conn, sql, params=()):
    # ok: sql-from-request
    return conn.execute(sql, params)


def ping(host):
    # ruleid: shell-command-from-request
    return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True)


def ping_sh(host):
    # ruleid: shell-command-from-request
    return subprocess.run(["sh", "-c", "ping -c 1 " + host], capture_output=True)


def ping_system(host):
    # ruleid: shell-command-from-request
    return os.system("ping -c 1 " + host)


async def ping_async(host):
    # ruleid: shell-command-from-request
    return await asyncio.create_subprocess_shell(f"ping -c 1 {host}")


def ping_list(host):
    # ok: shell-command-from-request
    return subprocess.run(["ping", "-c", "1", host], capture_output=True)


def ping_quoted(host):
    import shlex
    # ok: shell-command-from-request
    return subprocess.run(f"ping -c 1 {shlex.quote(host)}", shell=True, capture_output=True)


class Note:  # stands in for a mapped class
    id = title = None


def orm_filters(session, ids, name):
    # ok: sql-from-request
    return session.execute(sqlalchemy.select(Note).where(Note.id.in_(ids)).where(Note.title == name).order_by(Note.id))


def orm_statement(session, name):
    stmt = sqlalchemy.select(Note.id, Note.title).where(Note.title == name).limit(10)
    # ok: sql-from-request
    return session.execute(stmt)


def orm_update(session, note_id, title):
    # ok: sql-from-request
    session.execute(sqlalchemy.update(Note).where(Note.id == note_id).values(title=title))


def orm_text_bound(session, name):
    # ok: sql-from-request
    return session.execute(sqlalchemy.text("SELECT * FROM notes WHERE title = :t"), {"t": name})


def orm_text_injected(session, name):
    # ruleid: sql-from-request
    return session.execute(sqlalchemy.select(Note).where(sqlalchemy.text(f"title = '{name}'")))


def orm_statement_built_in_steps(session, done, title):
    query = sqlalchemy.select(Note.id).order_by(Note.id)
    if done is not None:
        query = query.where(Note.id == done)
    query = query.filter(Note.title.like(f"%{title}%")).limit(10)
    # ok: sql-from-request
    return session.execute(query).scalars().all()


def conditions_collected_in_a_list(db, params):
    conditions, values = ["1 = 1"], []
    if params.q:
        conditions.append('name LIKE "%' + params.q + '%"')
    if params.category:
        conditions.append("category = ?")
        values.append(params.category)
    sql = "SELECT * FROM products WHERE " + " AND ".join(conditions)
    # ruleid: sql-from-request
    return db.execute(sql, values).fetchall()


def conditions_all_bound(db, params):
    conditions, values = ["1 = 1"], []
    if params.q:
        conditions.append("name LIKE ?")
        values.append(f"%{params.q}%")
    sql = "SELECT * FROM products WHERE " + " AND ".join(conditions)
    # ok: sql-from-request
    return db.execute(sql, values).fetchall()


def backfill_from_stored_rows(conn):
    for customer_id, email in conn.execute(sqlalchemy.text("SELECT id, email FROM customers")).all():
        domain = email.rsplit("@", 1)[-1].lower()
        # ruleid: sql-from-stored-data
        conn.execute(sqlalchemy.text(f"UPDATE customers SET email_domain = '{domain}' WHERE id = {customer_id}"))


def backfill_bound(conn):
    rows = conn.execute(sqlalchemy.text("SELECT id, email FROM customers")).fetchall()
    for customer_id, email in rows:
        # ok: sql-from-stored-data
        conn.execute(sqlalchemy.text("UPDATE customers SET email_domain = :d WHERE id = :i"),
                     {"d": email.rsplit("@", 1)[-1], "i": customer_id})


def count_rows_per_table(db):
    names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    # ok: sql-from-stored-data
    return {name: db.execute('SELECT COUNT(*) FROM "' + name.replace('"', '""') + '"').fetchone()[0] for name in names}
