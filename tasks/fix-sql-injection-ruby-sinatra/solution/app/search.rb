# Product search: filtering, sorting and paging over active products.
# Every client value reaches SQLite as a bound parameter. Only the ORDER BY clause is built as
# text, and only from the fixed SORT_COLUMNS / SORT_ORDERS tables below, never from input.
module Search
  PRODUCT_COLUMNS = 'p.id AS id, p.name AS name, c.slug AS category, ' \
                    'p.price_cents AS price_cents, p.stock AS stock, p.created_at AS created_at'.freeze
  SELECT_PRODUCTS = "SELECT #{PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id".freeze
  MAX_PER_PAGE = 50
  SORT_COLUMNS = { 'name' => 'name', 'price_cents' => 'price_cents', 'created_at' => 'created_at' }.freeze
  SORT_ORDERS = { 'asc' => 'ASC', 'desc' => 'DESC' }.freeze
  # Larger bounds than SQLite's integer range cannot be bound; they exclude nothing anyway.
  SQLITE_MAX_INT = 2**63 - 1

  # A search parameter the client got wrong; reported as 400.
  class Error < StandardError; end

  Params = Struct.new(:q, :category, :max_price, :sort, :order, :page, :per_page, keyword_init: true) do
    def self.from(query)
      new(
        q: query['q'].to_s,
        category: query['category'].to_s,
        max_price: Search.max_price(query['max_price']),
        sort: Search.choice(query['sort'].to_s.empty? ? 'name' : query['sort'], SORT_COLUMNS, 'sort'),
        order: Search.choice(query['order'].to_s.empty? ? 'asc' : query['order'].downcase, SORT_ORDERS, 'order'),
        page: Search.bounded_int(query['page'], 'page', default: 1, low: 1),
        per_page: Search.bounded_int(query['per_page'], 'per_page', default: 10, low: 1, high: MAX_PER_PAGE)
      )
    end
  end

  module_function

  def choice(raw, allowed, name)
    raise Error, "#{name} must be one of: #{allowed.keys.join(', ')}" unless allowed.key?(raw)

    raw
  end

  def max_price(raw)
    return nil if raw.nil? || raw.empty?
    raise Error, 'max_price must be a whole number of cents' unless raw.match?(/\A[0-9]+\z/)

    [Integer(raw, 10), SQLITE_MAX_INT].min
  end

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

  # One page of matching products and the number of matches over all pages.
  def products(db, params)
    conditions = ['p.active = 1']
    values = []
    unless params.q.empty?
      # The LIKE pattern is still built around q, so % and _ keep their old meaning.
      conditions << 'p.name LIKE ?'
      values << "%#{params.q}%"
    end
    unless params.category.empty?
      conditions << 'c.slug = ?'
      values << params.category
    end
    unless params.max_price.nil?
      conditions << 'p.price_cents <= ?'
      values << params.max_price
    end

    matches = "#{SELECT_PRODUCTS} WHERE #{conditions.join(' AND ')}"
    total = db.get_first_value("SELECT COUNT(*) FROM (#{matches})", values)
    order_by = "#{SORT_COLUMNS.fetch(params.sort)} #{SORT_ORDERS.fetch(params.order)}"
    offset = (params.page - 1) * params.per_page
    rows = db.execute("#{matches} ORDER BY #{order_by} LIMIT ? OFFSET ?", values + [params.per_page, offset])
    [rows, total]
  end
end
