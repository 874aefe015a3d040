require_relative 'test_helper'

class NotesTest < AppTest
  NOTE = { 'title' => 'Buy milk', 'body' => 'two litres', 'tags' => ['home'], 'done' => false }.freeze

  def post_json(path, body)
    post path, JSON.generate(body), 'CONTENT_TYPE' => 'application/json'
  end

  def create_note(fields = {})
    post_json '/notes', NOTE.merge(fields)
    json_response
  end

  def test_create_assigns_an_id_and_ignores_a_client_id
    post_json '/notes', NOTE.merge('id' => 99)
    assert_equal 201, last_response.status
    assert_equal NOTE.merge('id' => 1), json_response
  end

  def test_create_rejects_a_blank_title_and_a_string_done
    [{ 'title' => '  ' }, { 'title' => 'ok', 'done' => 'true' }, ['title']].each do |body|
      post_json '/notes', body
      assert_equal 422, last_response.status, body.inspect
    end
    get '/notes'
    assert_equal [], json_response
  end

  def test_list_filters_on_done
    open_note = create_note
    create_note('done' => true)
    get '/notes?done=false'
    assert_equal [open_note], json_response
  end

  def test_put_resets_omitted_fields_and_patch_keeps_them
    id = create_note['id']
    put "/notes/#{id}", JSON.generate('title' => 'Replaced')
    assert_equal({ 'id' => id, 'title' => 'Replaced', 'body' => '', 'tags' => [], 'done' => false }, json_response)
    patch "/notes/#{id}", JSON.generate('done' => true)
    assert_equal 'Replaced', json_response['title']
    assert_equal true, json_response['done']
  end

  def test_unknown_and_malformed_ids
    get '/notes/42'
    assert_equal 404, last_response.status
    assert_equal({ 'detail' => 'Note not found' }, json_response)
    get '/notes/abc'
    assert_equal 422, last_response.status
  end

  def test_delete_removes_the_note
    id = create_note['id']
    delete "/notes/#{id}"
    assert_equal 204, last_response.status
    get "/notes/#{id}"
    assert_equal 404, last_response.status
  end
end
