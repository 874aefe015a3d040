require 'json'
require 'minitest/autorun'
require 'rack/test'
require_relative '../app/notes_app'

# Each test gets the app on a fresh in-memory database.
class AppTest < Minitest::Test
  include Rack::Test::Methods

  def app
    NotesApp
  end

  def setup
    NotesApp.set :database, Database.open(':memory:')
  end

  def json_response
    JSON.parse(last_response.body)
  end
end
