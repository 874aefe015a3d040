require_relative 'test_helper'

class DocumentsTest < AppTest
  PASSWORDS = Seed::USERS.to_h { |username, _, _, password| [username, password] }.freeze

  def login(username)
    send_json :post, '/auth/token', { 'username' => username, 'password' => PASSWORDS.fetch(username) }
    { 'HTTP_AUTHORIZATION' => "Bearer #{json_response.fetch('access_token')}" }
  end

  def test_requests_without_a_token_are_401
    get '/documents'
    assert_equal 401, last_response.status
    assert_equal 'Bearer', last_response.headers['WWW-Authenticate']
  end

  def test_admin_lists_every_document_and_others_their_own
    get '/documents', {}, login('alice')
    assert_equal ['Team handbook', 'Release plan', 'Design notes', 'Reading list'], json_response.first(4).map { |d| d['title'] }
    get '/documents', {}, login('dave')
    assert_equal ['Reading list'], json_response.map { |d| d['title'] }
  end

  def test_editor_creates_a_document_owned_by_the_caller
    bob = login('bob')
    get '/me', {}, bob
    bob_id = json_response['id']
    send_json :post, '/documents', { 'title' => 'Draft', 'owner_id' => 1 }, bob
    assert_equal 201, last_response.status
    assert_equal bob_id, json_response['owner_id']
  end

  def test_someone_elses_document_is_404_and_viewers_cannot_write
    get '/documents/1', {}, login('bob')
    assert_equal 404, last_response.status
    send_json :patch, '/documents/424242', { 'title' => 'x' }, login('dave')
    assert_equal 403, last_response.status
  end

  def test_users_are_for_admins_only
    get '/users', {}, login('bob')
    assert_equal 403, last_response.status
    get '/users', {}, login('alice')
    assert_equal 200, last_response.status
    refute(json_response.any? { |user| user.key?('password_hash') })
  end

  def test_alg_none_is_refused
    token = JWT.encode({ 'sub' => 'alice', 'exp' => Time.now.to_i + 60 }, nil, 'none')
    get '/me', {}, 'HTTP_AUTHORIZATION' => "Bearer #{token}"
    assert_equal 401, last_response.status
  end
end
