require 'json'
require 'minitest/autorun'
require 'rack/test'
require 'tmpdir'

# Each test gets a storage folder of its own, with the sample documents.
ENV['FILEBOX_STORAGE'] = Dir.mktmpdir
require_relative '../filebox/app'

class AppTest < Minitest::Test
  include Rack::Test::Methods

  ALICE = { 'HTTP_AUTHORIZATION' => 'Bearer fbx-alice-5b1f8e2c9d04' }.freeze

  def app
    FileboxApp
  end

  def setup
    @storage = Dir.mktmpdir
    ENV['FILEBOX_STORAGE'] = @storage
    Samples.write
  end

  def teardown
    FileUtils.remove_entry(@storage)
  end

  def upload(path, content, env = ALICE)
    file = Rack::Test::UploadedFile.new(StringIO.new(content), 'application/octet-stream', original_filename: 'x.txt')
    post '/files', { 'file' => file, 'path' => path }, env
  end
end
