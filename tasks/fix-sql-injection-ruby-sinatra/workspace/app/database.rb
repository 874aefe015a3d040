require 'sqlite3'
require_relative 'seed'

# The SQLite database: opened, given its tables and seeded (idempotently) at start-up.
module Database
  DEFAULT_FILE = File.expand_path('../catalog.db', __dir__)
  SCHEMA = File.expand_path('schema.sql', __dir__)

  def self.open(file = ENV.fetch('CATALOG_DB', DEFAULT_FILE))
    db = SQLite3::Database.new(file)
    db.results_as_hash = true
    db.execute_batch(File.read(SCHEMA))
    Seed.run(db)
    db
  end
end
