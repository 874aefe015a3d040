require "test_helper"

class InvoiceTest < ActiveSupport::TestCase
  test "total is the sum of its line items" do
    assert_equal 150_000, invoices(:acme_open).total_cents
  end

  test "a new invoice gets the next number of the year" do
    invoice = Invoice.create!(customer: customers(:acme), due_on: 1.month.from_now)
    assert_match(/\AINV-#{Date.current.year}-\d{5}\z/, invoice.number)
  end

  test "only open invoices can be paid" do
    assert_raises(ActiveRecord::RecordInvalid) { invoices(:globex_draft).mark_paid! }
  end

  test "overdue scope holds open invoices past their due date" do
    late = invoices(:acme_open)
    late.update!(due_on: 2.days.ago)
    assert_includes Invoice.overdue, late
    assert_not_includes Invoice.overdue, invoices(:acme_paid)
  end
end
