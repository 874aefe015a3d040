require_relative 'test_helper'

class UploadsTest < AppTest
  def test_health
    get '/health'
    assert_equal({ 'status' => 'ok' }, JSON.parse(last_response.body))
  end

  def test_upload_stores_the_file_in_the_member_folder
    upload('projects/plan.txt', 'step one')
    assert_equal 201, last_response.status
    assert_equal({ 'path' => 'projects/plan.txt', 'size' => 8 }, JSON.parse(last_response.body))
    assert_equal 'step one', File.read(File.join(@storage, 'alice/projects/plan.txt'))
  end

  def test_upload_refuses_paths_outside_the_folder
    ['../bob/x.txt', '/etc/x', 'a//b', '.hidden'].each do |path|
      upload(path, 'x')
      assert_equal 400, last_response.status, path
    end
  end

  def test_upload_needs_a_token
    upload('x.txt', 'x', {})
    assert_equal 401, last_response.status
  end
end
