CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    email         TEXT NOT NULL,
    credits       INTEGER NOT NULL CHECK (credits >= 0)
);

CREATE TABLE IF NOT EXISTS transfers (
    id         INTEGER PRIMARY KEY,
    from_id    INTEGER NOT NULL REFERENCES users (id),
    to_id      INTEGER NOT NULL REFERENCES users (id),
    amount     INTEGER NOT NULL CHECK (amount > 0),
    created_at TEXT NOT NULL
);
