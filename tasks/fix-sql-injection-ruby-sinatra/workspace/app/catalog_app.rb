require 'json'
require 'sinatra/base'
require_relative 'database'
require_relative 'search'

# HTTP endpoints of the product catalog. Set :database before serving requests.
class CatalogApp < Sinatra::Base
  set :database, nil
  set :show_exceptions, false

  before { content_type :json }

  helpers do
    def db
      settings.database
    end
  end

  get '/health' do
    JSON.generate(status: 'ok')
  end

  get '/categories' do
    JSON.generate(db.execute('SELECT slug, label FROM categories ORDER BY slug').map { |row| row.slice('slug', 'label') })
  end

  get '/products/:id' do
    pass unless params['id'].match?(/\A\d+\z/)
    id = params['id'].to_i
    row = id < 2**63 && db.execute("SELECT #{Search::PRODUCT_COLUMNS} FROM products p " \
                                   'JOIN categories c ON c.id = p.category_id WHERE p.id = ?', [id]).first
    halt 404, JSON.generate(error: 'product not found') unless row
    JSON.generate(product(row))
  end

  get '/products/search' do
    search = Search::Params.from(params)
    rows, total = Search.products(db, search)
    JSON.generate(items: rows.map { |row| product(row) }, total: total, page: search.page, per_page: search.per_page)
  rescue Search::Error => e
    halt 400, JSON.generate(error: e.message)
  end

  helpers do
    def product(row)
      row.slice('id', 'name', 'category', 'price_cents', 'stock', 'created_at')
    end
  end

  not_found do
    JSON.generate(error: 'not found') if env['sinatra.error']
  end

  error do
    JSON.generate(error: 'internal server error')
  end
end
