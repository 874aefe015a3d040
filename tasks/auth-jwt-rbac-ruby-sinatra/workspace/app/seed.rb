require_relative 'passwords'

# Demo accounts and documents, created on the first start (when there are no users yet).
module Seed
  # username, display name, role, password. Development accounts only.
  USERS = [
    ['alice', 'Alice Admin', 'admin', 'alice-admin-pw'],
    ['bob', 'Bob Editor', 'editor', 'bob-editor-pw'],
    ['carol', 'Carol Editor', 'editor', 'carol-editor-pw'],
    ['dave', 'Dave Viewer', 'viewer', 'dave-viewer-pw']
  ].freeze
  # title, body, owner. Dave wrote his reading list back when he was an editor.
  DOCUMENTS = [
    ['Team handbook', 'How we work, who to ask, where things live.', 'alice'],
    ['Release plan', 'Freeze on Monday, ship on Thursday.', 'bob'],
    ['Design notes', 'Storage layout and the caching strategy.', 'carol'],
    ['Reading list', 'Books and papers worth the time.', 'dave']
  ].freeze

  def self.run(db)
    return if db.row('SELECT COUNT(*) AS n FROM users')['n'].positive?

    db.transaction do
      ids = USERS.to_h do |username, display_name, role, password|
        id, = db.write('INSERT INTO users (username, display_name, email, role, password_hash) VALUES (?, ?, ?, ?, ?)',
                       username, display_name, "#{username}@example.com", role, Passwords.create(password))
        [username, id]
      end
      DOCUMENTS.each do |title, body, owner|
        db.write('INSERT INTO documents (title, body, owner_id) VALUES (?, ?, ?)', title, body, ids.fetch(owner))
      end
    end
  end
end
