require 'sqlite3'

# Opening the SQLite database, with the notes table.
module Database
  DEFAULT_FILE = File.expand_path('../notes.db', __dir__)

  SCHEMA = <<~SQL.freeze
    CREATE TABLE IF NOT EXISTS notes (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '[]',
      done INTEGER NOT NULL DEFAULT 0
    )
  SQL

  # Opens (and creates, if missing) the database: NOTES_DATABASE, or notes.db at the project root.
  def self.open(file = ENV.fetch('NOTES_DATABASE', DEFAULT_FILE))
    db = SQLite3::Database.new(file)
    db.results_as_hash = true
    db.execute(SCHEMA)
    db
  end
end
