require_relative 'test_helper'

# The search takes every parameter as data: quotes and SQL in them change nothing.
class InjectionTest < AppTest
  def test_category_with_sql_matches_nothing
    get "/products/search?category=books' OR '1'='1"
    assert_equal 200, last_response.status
    assert_equal 0, json_response['total']
  end

  def test_quotes_in_q_are_text
    get "/products/search?q=chef's"
    assert_equal ["Chef's Knife 8in"], names
  end

  def test_max_price_must_be_digits
    ['abc', '-1', '12.5', '0 OR 1=1'].each do |value|
      get '/products/search', max_price: value
      assert_equal 400, last_response.status, value
      assert json_response.key?('error')
    end
  end

  def test_sort_and_order_are_checked_against_fixed_lists
    ['name; DROP TABLE users', 'nameX', '(SELECT 1)'].each do |value|
      get '/products/search', sort: value
      assert_equal 400, last_response.status, value
    end
    get '/products/search', sort: 'price_cents', order: 'DESC'
    assert_equal 200, last_response.status
    assert_equal 'Cordless Drill', names.first
  end

  def test_max_price_is_inclusive
    get '/products/search?max_price=899'
    assert_equal ['Seed Starter Tray', 'Tape Measure 5m'], names.sort
  end
end
