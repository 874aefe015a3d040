class CreateInvoices < ActiveRecord::Migration[7.1]
  def change
    create_table :invoices do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :number, null: false
      t.string :status, null: false, default: "draft"
      t.string :currency, null: false, default: "USD"
      t.date :issued_on
      t.date :due_on, null: false
      t.date :paid_on
      t.timestamps
    end
    add_index :invoices, :number, unique: true
    add_index :invoices, %i[status due_on]
  end
end
