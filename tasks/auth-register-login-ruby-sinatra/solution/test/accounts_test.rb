require_relative 'test_helper'
require_relative '../app/manage'

class AccountsTest < AppTest
  ANN = { 'username' => 'Ann_1', 'email' => 'Ann@Example.com', 'password' => 'secret-pass-1' }.freeze

  def test_register_lower_cases_and_ignores_a_role
    post_json '/register', ANN.merge('role' => 'admin')
    assert_equal 201, last_response.status
    assert_equal({ 'id' => 1, 'username' => 'ann_1', 'email' => 'ann@example.com', 'role' => 'user' }, json_response)
    assert @db.row('SELECT password_hash FROM users')['password_hash'].start_with?('scrypt$16384$8$1$')
  end

  def test_register_rejects_bad_values_and_duplicates
    [ANN.merge('password' => 'lettersonly'), ANN.merge('email' => 'no-at-sign'), ANN.merge('username' => 'a')].each do |body|
      post_json '/register', body
      assert_equal 422, last_response.status, body.inspect
    end
    post_json '/register', ANN
    post_json '/register', ANN.merge('username' => 'ANN_1', 'email' => 'other@example.com')
    assert_equal 409, last_response.status
  end

  def test_login_sets_an_http_only_session_and_logout_ends_it
    post_json '/register', ANN
    post_json '/login', { 'username' => 'ANN_1', 'password' => ANN['password'] }
    assert_equal 200, last_response.status
    assert_match(/httponly/i, last_response.headers['Set-Cookie'])
    assert_match(/samesite=lax/i, last_response.headers['Set-Cookie'])
    get '/me'
    assert_equal 'ann_1', json_response['username']
    post '/logout'
    assert_equal 204, last_response.status
    get '/me'
    assert_equal 401, last_response.status
  end

  def test_wrong_password_is_401
    post_json '/register', ANN
    post_json '/login', { 'username' => 'ann_1', 'password' => 'secret-pass-2' }
    assert_equal 401, last_response.status
  end

  def test_admin_users_needs_an_admin
    post_json '/register', ANN
    post_json '/login', { 'username' => 'ann_1', 'password' => ANN['password'] }
    get '/admin/users'
    assert_equal 403, last_response.status
    Manage.promote(@db, 'ann_1')
    get '/admin/users'
    assert_equal ['ann_1'], json_response.map { |account| account['username'] }
  end

  def test_a_body_over_16_kib_is_413
    post_json '/register', ANN.merge('password' => 'a1' * 9000)
    assert_equal 413, last_response.status
  end
end
