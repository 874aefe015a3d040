class AddOverdueToInvoices < ActiveRecord::Migration[7.1]
  def change
    add_column :invoices, :overdue, :boolean, null: false, default: false
  end
end
