require 'json'
require_relative 'schemas'

# The /documents endpoints. The role check comes before any lookup; a document of someone else
# answers exactly like a missing one, except to admins.
module DocumentsRoutes
  COLUMNS = 'id, title, body, owner_id'.freeze
  WRITERS = %w[admin editor].freeze
  # The owner is always the caller: an owner_id in the body is ignored.
  DOCUMENT_IN = Schemas::DOCUMENT_IN.except('owner_id').freeze

  def self.registered(app)
    app.helpers do
      # The document when the caller may see it (an admin, or its owner); 404 otherwise.
      def visible_document(id)
        row = db.row("SELECT #{COLUMNS} FROM documents WHERE id = ?", id)
        halt_json 404, 'Document not found' unless row && (admin? || row['owner_id'] == current_user['id'])
        row.slice('id', 'title', 'body', 'owner_id')
      end
    end

    app.get '/documents' do
      rows = if admin?
               db.rows("SELECT #{COLUMNS} FROM documents ORDER BY id")
             else
               db.rows("SELECT #{COLUMNS} FROM documents WHERE owner_id = ? ORDER BY id", current_user['id'])
             end
      JSON.generate(rows.map { |row| row.slice('id', 'title', 'body', 'owner_id') })
    end

    app.post '/documents' do
      owner = require_role(*WRITERS)
      data = valid_body(DOCUMENT_IN)
      id, = db.write('INSERT INTO documents (title, body, owner_id) VALUES (?, ?, ?)', data['title'], data['body'], owner['id'])
      status 201
      JSON.generate(visible_document(id))
    end

    app.get '/documents/:id' do
      JSON.generate(visible_document(path_id))
    end

    app.patch '/documents/:id' do
      require_role(*WRITERS)
      id = path_id
      changes = valid_body(Schemas::DOCUMENT_PATCH, partial: true)
      updated = visible_document(id).merge(changes)
      db.write('UPDATE documents SET title = ?, body = ? WHERE id = ?', updated['title'], updated['body'], id)
      JSON.generate(updated)
    end

    app.delete '/documents/:id' do
      require_role 'admin'
      id = path_id
      visible_document(id)
      db.write('DELETE FROM documents WHERE id = ?', id)
      status 204
      ''
    end
  end
end
