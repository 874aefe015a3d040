require 'monitor'
require 'sqlite3'

# The SQLite database, created with its schema (app/schema.sql) when missing. Puma serves
# requests on several threads and they share one connection, so every call holds the lock.
class Database
  DEFAULT_FILE = File.expand_path('../accounts.db', __dir__)
  SCHEMA = File.expand_path('schema.sql', __dir__)

  # ACCOUNTS_DB, or accounts.db at the project root.
  def self.open(file = ENV.fetch('ACCOUNTS_DB', DEFAULT_FILE))
    new(SQLite3::Database.new(file))
  end

  def initialize(connection)
    @connection = connection
    @connection.results_as_hash = true
    @connection.execute_batch(File.read(SCHEMA))
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
end
