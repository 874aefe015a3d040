require 'json'
require 'minitest/autorun'
require 'rack/test'
require_relative '../app/accounts_app'

# Each test gets the app on a fresh in-memory database.
class AppTest < Minitest::Test
  include Rack::Test::Methods

  def app
    AccountsApp
  end

  def setup
    @db = Database.new(SQLite3::Database.new(':memory:'))
    AccountsApp.set :database, @db
  end

  def json_response
    JSON.parse(last_response.body)
  end

  def post_json(path, body)
    post path, JSON.generate(body), 'CONTENT_TYPE' => 'application/json'
  end
end
