CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE,
    email         TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
    created_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The password material lives here; users.password_hash only says where to find it.
CREATE TABLE IF NOT EXISTS credentials (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    algorithm  TEXT NOT NULL,
    iterations INTEGER NOT NULL,
    salt       BLOB NOT NULL,
    derived    BLOB NOT NULL
);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE IF NOT EXISTS sessions (
    token_sha256 BLOB PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
