require_relative 'test_helper'

class DocumentsTest < AppTest
  def test_lists_the_seeded_documents
    get '/documents'
    assert_equal ['Team handbook', 'Release plan', 'Design notes', 'Reading list'], json_response.first(4).map { |d| d['title'] }
  end

  def test_creates_and_patches_a_document
    send_json :post, '/documents', { 'title' => 'Draft', 'owner_id' => 2 }
    assert_equal 201, last_response.status
    id = json_response['id']
    send_json :patch, "/documents/#{id}", { 'body' => 'more text' }
    assert_equal({ 'id' => id, 'title' => 'Draft', 'body' => 'more text', 'owner_id' => 2 }, json_response)
  end

  def test_unknown_owner_and_bad_title_are_422
    send_json :post, '/documents', { 'title' => 'Draft', 'owner_id' => 999 }
    assert_equal 422, last_response.status
    send_json :post, '/documents', { 'title' => '', 'owner_id' => 1 }
    assert_equal 422, last_response.status
  end

  def test_missing_document_is_404
    get '/documents/424242'
    assert_equal 404, last_response.status
    assert_equal({ 'detail' => 'Document not found' }, json_response)
  end
end
