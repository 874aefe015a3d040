require 'json'
require 'minitest/autorun'
require 'rack/test'
require 'tmpdir'
require_relative '../app/catalog_app'

# Each test gets the app on a fresh, seeded database file of its own.
class AppTest < Minitest::Test
  include Rack::Test::Methods

  def app
    CatalogApp
  end

  def setup
    @dir = Dir.mktmpdir
    @db_file = File.join(@dir, 'catalog.db')
    CatalogApp.set :database, Database.open(@db_file)
  end

  def teardown
    FileUtils.remove_entry(@dir)
  end

  def json_response
    JSON.parse(last_response.body)
  end

  def names
    json_response['items'].map { |item| item['name'] }
  end
end
