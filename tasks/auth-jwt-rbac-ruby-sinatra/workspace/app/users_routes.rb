require 'json'
require_relative 'passwords'
require_relative 'schemas'

# The /users endpoints: account management. User objects never include password data.
module UsersRoutes
  FIELDS = %w[id username display_name email role].freeze
  COLUMNS = FIELDS.join(', ').freeze

  def self.registered(app)
    app.helpers do
      def user_or_404(id)
        db.row("SELECT #{COLUMNS} FROM users WHERE id = ?", id) || halt_json(404, 'User not found')
      end

      def public_user(row)
        row.slice(*FIELDS)
      end
    end

    app.get '/users' do
      JSON.generate(db.rows("SELECT #{COLUMNS} FROM users ORDER BY id").map { |row| public_user(row) })
    end

    app.post '/users' do
      data = valid_body(Schemas::USER_IN)
      halt_json 409, 'Username already taken' if db.row('SELECT id FROM users WHERE username = ?', data['username'])
      id, = db.write('INSERT INTO users (username, display_name, email, role, password_hash) VALUES (?, ?, ?, ?, ?)',
                     data['username'], data['display_name'], data['email'], data['role'],
                     Passwords.create(data['password']))
      status 201
      JSON.generate(public_user(user_or_404(id)))
    end

    app.get '/users/:id' do
      JSON.generate(public_user(user_or_404(path_id)))
    end

    app.patch '/users/:id' do
      id = path_id
      changes = valid_body(Schemas::USER_PATCH, partial: true)
      user_or_404(id)
      changes['password_hash'] = Passwords.create(changes.delete('password')) if changes.key?('password')
      # Column names come from the schema's fixed field list, never from the client.
      changes.each { |column, value| db.write("UPDATE users SET #{column} = ? WHERE id = ?", value, id) }
      JSON.generate(public_user(user_or_404(id)))
    end

    app.delete '/users/:id' do
      id = path_id
      user_or_404(id)
      db.transaction do
        db.write('DELETE FROM documents WHERE owner_id = ?', id)
        db.write('DELETE FROM users WHERE id = ?', id)
      end
      status 204
      ''
    end
  end
end
