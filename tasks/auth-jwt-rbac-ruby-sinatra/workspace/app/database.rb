require 'monitor'
require 'sqlite3'

# The SQLite database. Puma serves requests on several threads and they share one
# connection, so every call holds the (re-entrant) lock.
class Database
  DEFAULT_FILE = File.expand_path('../docs.db', __dir__)
  SCHEMA = <<~SQL.freeze
    CREATE TABLE IF NOT EXISTS users (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL,
      password_hash TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS documents (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      owner_id INTEGER NOT NULL REFERENCES users (id)
    );
  SQL

  # DOCS_DATABASE, or docs.db at the project root; created with its tables when missing.
  def self.open(file = ENV.fetch('DOCS_DATABASE', DEFAULT_FILE))
    new(SQLite3::Database.new(file))
  end

  def initialize(connection)
    @connection = connection
    @connection.results_as_hash = true
    @connection.execute_batch(SCHEMA)
    @lock = Monitor.new
  end

  def rows(sql, *binds)
    @lock.synchronize { @connection.execute(sql, binds) }
  end

  def row(sql, *binds)
    rows(sql, *binds).first
  end

  # Runs a statement that writes; returns [the last inserted id, the number of rows changed].
  def write(sql, *binds)
    @lock.synchronize do
      @connection.execute(sql, binds)
      [@connection.last_insert_row_id, @connection.changes]
    end
  end

  def transaction(&block)
    @lock.synchronize { @connection.transaction { block.call } }
  end
end
