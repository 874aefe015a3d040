require 'json'
require_relative 'schemas'

# GET and PATCH /me: the caller's own profile.
module MeRoutes
  # What users may change about themselves; anything else in the body is ignored.
  PROFILE_PATCH = Schemas::USER_PATCH.slice('display_name', 'email').freeze

  def self.registered(app)
    app.get '/me' do
      JSON.generate(current_user)
    end

    app.patch '/me' do
      user = current_user
      changes = valid_body(PROFILE_PATCH, partial: true)
      updated = user.merge(changes)
      db.write('UPDATE users SET display_name = ?, email = ? WHERE id = ?',
               updated['display_name'], updated['email'], user['id'])
      JSON.generate(updated)
    end
  end
end
