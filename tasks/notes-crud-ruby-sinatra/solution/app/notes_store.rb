require 'json'

# Notes in SQLite: tags as JSON text, done as 0/1. Puma serves requests on several threads and
# they share one connection, so every statement runs under the lock.
class NotesStore
  COLUMNS = 'id, title, body, tags, done'.freeze

  def initialize(db)
    @db = db
    @lock = Mutex.new
  end

  def list(done = nil)
    rows = if done.nil?
             query("SELECT #{COLUMNS} FROM notes ORDER BY id")
           else
             query("SELECT #{COLUMNS} FROM notes WHERE done = ? ORDER BY id", done ? 1 : 0)
           end
    rows.map { |row| to_note(row) }
  end

  def find(id)
    row = query("SELECT #{COLUMNS} FROM notes WHERE id = ?", id).first
    row && to_note(row)
  end

  def create(note)
    id = @lock.synchronize do
      @db.execute('INSERT INTO notes (title, body, tags, done) VALUES (?, ?, ?, ?)', columns(note))
      @db.last_insert_row_id
    end
    find(id)
  end

  # Writes every field of `note` over the stored one; nil when there is no such note.
  def update(id, note)
    changed = @lock.synchronize do
      @db.execute('UPDATE notes SET title = ?, body = ?, tags = ?, done = ? WHERE id = ?', columns(note) + [id])
      @db.changes
    end
    changed.positive? ? find(id) : nil
  end

  def delete(id)
    @lock.synchronize do
      @db.execute('DELETE FROM notes WHERE id = ?', [id])
      @db.changes.positive?
    end
  end

  private

  def query(sql, *binds)
    @lock.synchronize { @db.execute(sql, binds) }
  end

  def columns(note)
    [note['title'], note['body'], JSON.generate(note['tags']), note['done'] ? 1 : 0]
  end

  def to_note(row)
    { 'id' => row['id'], 'title' => row['title'], 'body' => row['body'],
      'tags' => JSON.parse(row['tags']), 'done' => row['done'] == 1 }
  end
end
