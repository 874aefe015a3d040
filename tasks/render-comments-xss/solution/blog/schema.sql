CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts (id),
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    website    TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS comments_by_post ON comments (post_id, id);
