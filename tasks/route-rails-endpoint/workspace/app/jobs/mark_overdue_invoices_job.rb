# Nightly sweep: flags open invoices whose due date has passed so the dashboard can show them.
class MarkOverdueInvoicesJob < ApplicationJob
  queue_as :low

  def perform(as_of = Date.current)
    Invoice.open.where(overdue: false, due_on: ...as_of).in_batches(of: 500) do |batch|
      batch.update_all(overdue: true, updated_at: Time.current)
    end
  end
end
