# Product search: filtering, sorting and paging over active products.
module Search
  PRODUCT_COLUMNS = 'p.id AS id, p.name AS name, c.slug AS category, ' \
                    'p.price_cents AS price_cents, p.stock AS stock, p.created_at AS created_at'.freeze
  MAX_PER_PAGE = 50

  # A search parameter the client got wrong; reported as 400.
  class Error < StandardError; end

  Params = Struct.new(:q, :category, :max_price, :sort, :order, :page, :per_page, keyword_init: true) do
    def self.from(query)
      new(
        q: query['q'].to_s,
        category: query['category'].to_s,
        max_price: query['max_price'].to_s,
        sort: query['sort'].to_s.empty? ? 'name' : query['sort'],
        order: query['order'].to_s.empty? ? 'asc' : query['order'],
        page: Search.bounded_int(query['page'], 'page', default: 1, low: 1),
        per_page: Search.bounded_int(query['per_page'], 'per_page', default: 10, low: 1, high: MAX_PER_PAGE)
      )
    end
  end

  module_function

  def bounded_int(raw, name, default:, low:, high: nil)
    return default if raw.nil? || raw.empty?

    value = Integer(raw, 10)
    if value < low || (high && value > high)
      raise Error, "#{name} must be #{high ? "between #{low} and #{high}" : "at least #{low}"}"
    end

    value
  rescue ArgumentError
    raise Error, "#{name} must be a whole number"
  end

  # Names like "O'Reilly" broke the search (issue #112): double the quotes.
  def quote(text)
    text.gsub("'", "''")
  end

  # One page of matching products and the number of matches over all pages.
  def products(db, params)
    conditions = ['p.active = 1']
    conditions << "p.name LIKE '%#{quote(params.q)}%'" unless params.q.empty?
    conditions << "c.slug = '#{params.category}'" unless params.category.empty?
    conditions << "p.price_cents <= #{params.max_price}" unless params.max_price.empty?

    matches = "SELECT #{PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id " \
              "WHERE #{conditions.join(' AND ')}"
    total = db.get_first_value("SELECT COUNT(*) FROM (#{matches})")
    offset = (params.page - 1) * params.per_page
    rows = db.execute("#{matches} ORDER BY #{params.sort} #{params.order} LIMIT #{params.per_page} OFFSET #{offset}")
    [rows, total]
  end
end
