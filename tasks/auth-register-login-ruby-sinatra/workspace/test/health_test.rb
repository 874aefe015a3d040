require_relative 'test_helper'
require_relative '../app/manage'

class HealthTest < AppTest
  def test_health_answers_ok
    get '/health'
    assert_equal({ 'status' => 'ok' }, json_response)
  end

  def test_promote_makes_an_existing_account_admin
    @db.write("INSERT INTO users (username, email, password_hash) VALUES ('ann', 'ann@example.com', 'x')")
    assert Manage.promote(@db, 'Ann')
    assert_equal 'admin', @db.row("SELECT role FROM users WHERE username = 'ann'")['role']
    refute Manage.promote(@db, 'nobody')
  end
end
