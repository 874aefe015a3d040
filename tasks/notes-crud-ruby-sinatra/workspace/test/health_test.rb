require_relative 'test_helper'

class HealthTest < AppTest
  def test_health_answers_ok
    get '/health'
    assert_equal 200, last_response.status
    assert_equal({ 'status' => 'ok' }, json_response)
  end
end
