# Fixed catalog data. INSERT OR IGNORE on explicit ids keeps re-seeding harmless.
module Seed
  CATEGORIES = [
    [1, 'books', 'Books'],
    [2, 'kitchen', 'Kitchen'],
    [3, 'garden', 'Garden'],
    [4, 'tools', 'Tools']
  ].freeze

  # [id, name, category_id, price_cents, stock, active, created_at]
  PRODUCTS = [
    [1, "O'Reilly's SQL Pocket Guide", 1, 2499, 40, 1, '2024-01-05T09:00:00'],
    [2, 'Designing Data Systems', 1, 4250, 12, 1, '2024-02-11T10:30:00'],
    [3, 'The Pragmatic Shopkeeper', 1, 3175, 8, 1, '2024-03-02T14:15:00'],
    [4, 'Rare First Edition Atlas', 1, 45_000, 1, 0, '2023-12-01T08:00:00'],
    [5, 'Cast Iron Skillet', 2, 3899, 25, 1, '2024-01-20T11:00:00'],
    [6, "Chef's Knife 8in", 2, 5450, 17, 1, '2024-02-28T16:45:00'],
    [7, 'Espresso Tamper', 2, 1875, 30, 1, '2024-03-15T12:20:00'],
    [8, 'Copper Kettle', 2, 6200, 0, 0, '2024-01-10T13:10:00'],
    [9, 'Garden Hose 25m', 3, 2650, 22, 1, '2024-02-03T07:40:00'],
    [10, 'Pruning Shears', 3, 1590, 35, 1, '2024-03-21T15:05:00'],
    [11, 'Seed Starter Tray', 3, 899, 60, 1, '2024-01-12T09:25:00'],
    [12, 'Claw Hammer', 4, 1450, 44, 1, '2024-02-19T10:00:00'],
    [13, 'Cordless Drill', 4, 8999, 9, 1, '2024-03-09T17:30:00'],
    [14, 'Tape Measure 5m', 4, 675, 80, 1, '2024-01-28T08:50:00'],
    [15, 'Shop Vac (Discontinued)', 4, 12_900, 0, 0, '2023-11-30T18:00:00']
  ].freeze

  # Staff accounts for the admin console; hashes are PBKDF2 strings, never served by the API.
  USERS = [
    [1, 'admin', 'pbkdf2_sha256$600000$k3Qw9ZpL$Xq1vR7aYt2mN8cB4eH6jK0sD5fG9uW3zP1oI7lE2rT=', 1],
    [2, 'warehouse', 'pbkdf2_sha256$600000$Vb8nM2xC$Hs4kJ9dF1gL6qW3eR8tY0uI5oP7aS2zX4cV9bN1mQ=', 0]
  ].freeze

  def self.run(db)
    CATEGORIES.each { |row| db.execute('INSERT OR IGNORE INTO categories VALUES (?, ?, ?)', row) }
    PRODUCTS.each { |row| db.execute('INSERT OR IGNORE INTO products VALUES (?, ?, ?, ?, ?, ?, ?)', row) }
    USERS.each { |row| db.execute('INSERT OR IGNORE INTO users VALUES (?, ?, ?, ?)', row) }
  end
end
