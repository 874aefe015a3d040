require 'sqlite3'

# Opening the SQLite database. TODO: create the notes table.
module Database
  DEFAULT_FILE = File.expand_path('../notes.db', __dir__)

  # Opens (and creates, if missing) the database: NOTES_DATABASE, or notes.db at the project root.
  def self.open(file = ENV.fetch('NOTES_DATABASE', DEFAULT_FILE))
    SQLite3::Database.new(file)
  end
end
