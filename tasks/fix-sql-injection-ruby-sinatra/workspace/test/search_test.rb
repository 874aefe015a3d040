require_relative 'test_helper'

class SearchTest < AppTest
  def test_default_search_lists_active_products_by_name
    get '/products/search'
    body = json_response
    assert_equal 12, body['total']
    assert_equal [1, 10], [body['page'], body['per_page']]
    assert_equal 'Cast Iron Skillet', body['items'][0]['name']
  end

  def test_apostrophes_in_query
    get "/products/search?q=o'reilly"
    assert_equal ["O'Reilly's SQL Pocket Guide"], names
  end

  def test_category_and_price_filters
    get '/products/search?category=books&sort=price_cents&order=desc'
    assert_equal ['Designing Data Systems', 'The Pragmatic Shopkeeper', "O'Reilly's SQL Pocket Guide"], names
  end

  def test_bad_page_size_is_rejected
    get '/products/search?per_page=500'
    assert_equal 400, last_response.status
  end

  def test_reseeding_does_not_duplicate
    Database.open(@db_file)
    get '/products/search'
    assert_equal 12, json_response['total']
  end
end
