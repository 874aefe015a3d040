require "test_helper"

class MarkOverdueInvoicesJobTest < ActiveJob::TestCase
  test "flags open invoices past due and leaves the rest" do
    late = invoices(:acme_open)
    late.update!(due_on: 3.days.ago)

    MarkOverdueInvoicesJob.perform_now

    assert late.reload.overdue
    assert_not invoices(:acme_paid).reload.overdue
  end
end
