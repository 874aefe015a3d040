require 'json'
require 'minitest/autorun'
require 'rack/test'
require_relative '../app/documents_app'

# The seeded app on one in-memory database (seeding hashes four passwords, so it runs once);
# tests make their own rows with unique names.
DATABASE = Database.new(SQLite3::Database.new(':memory:'))
Seed.run(DATABASE)
DocumentsApp.set :database, DATABASE

class AppTest < Minitest::Test
  include Rack::Test::Methods

  def app
    DocumentsApp
  end

  def json_response
    JSON.parse(last_response.body)
  end

  def send_json(method, path, body, env = {})
    send(method, path, JSON.generate(body), env.merge('CONTENT_TYPE' => 'application/json'))
  end
end
