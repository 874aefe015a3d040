require 'json'
require_relative 'schemas'

# The /documents endpoints.
module DocumentsRoutes
  COLUMNS = 'id, title, body, owner_id'.freeze

  def self.registered(app)
    app.helpers do
      def document_or_404(id)
        row = db.row("SELECT #{COLUMNS} FROM documents WHERE id = ?", id)
        row ? row.slice('id', 'title', 'body', 'owner_id') : halt_json(404, 'Document not found')
      end
    end

    app.get '/documents' do
      JSON.generate(db.rows("SELECT #{COLUMNS} FROM documents ORDER BY id").map { |row| row.slice('id', 'title', 'body', 'owner_id') })
    end

    app.post '/documents' do
      data = valid_body(Schemas::DOCUMENT_IN)
      halt_json 422, 'Unknown owner' unless db.row('SELECT id FROM users WHERE id = ?', data['owner_id'])
      id, = db.write('INSERT INTO documents (title, body, owner_id) VALUES (?, ?, ?)',
                     data['title'], data['body'], data['owner_id'])
      status 201
      JSON.generate(document_or_404(id))
    end

    app.get '/documents/:id' do
      JSON.generate(document_or_404(path_id))
    end

    app.patch '/documents/:id' do
      id = path_id
      changes = valid_body(Schemas::DOCUMENT_PATCH, partial: true)
      document = document_or_404(id)
      updated = document.merge(changes)
      db.write('UPDATE documents SET title = ?, body = ? WHERE id = ?', updated['title'], updated['body'], id)
      JSON.generate(updated)
    end

    app.delete '/documents/:id' do
      id = path_id
      document_or_404(id)
      db.write('DELETE FROM documents WHERE id = ?', id)
      status 204
      ''
    end
  end
end
