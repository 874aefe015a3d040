# Demo data for a fresh development database: bin/rails db:seed
acme = Customer.find_or_create_by!(email: "ap@acme.example") do |customer|
  customer.name = "Acme Accounts Payable"
  customer.company = "Acme Corp"
end

Invoice.find_or_create_by!(customer: acme, due_on: 30.days.from_now.to_date) do |invoice|
  invoice.line_items.build(description: "Consulting, March", quantity: 12, unit_price_cents: 15_000)
end
