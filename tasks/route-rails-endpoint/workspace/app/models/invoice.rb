class Invoice < ApplicationRecord
  STATUSES = %w[draft open paid void].freeze

  belongs_to :customer
  has_many :line_items, class_name: "InvoiceLineItem", dependent: :destroy

  accepts_nested_attributes_for :line_items

  enum :status, STATUSES.index_with(&:itself), default: "draft", validate: true

  validates :number, presence: true, uniqueness: true
  validates :currency, inclusion: { in: %w[USD EUR GBP] }
  validates :due_on, presence: true

  before_validation :assign_number, on: :create

  scope :overdue, -> { open.where(due_on: ...Date.current) }

  def total_cents
    line_items.sum(&:amount_cents)
  end

  def issue!
    transition!(from: "draft", to: "open", issued_on: Date.current)
  end

  def mark_paid!(paid_on: Date.current)
    transition!(from: "open", to: "paid", paid_on:)
  end

  def void!
    transition!(from: "open", to: "void")
  end

  def as_api_json(include_line_items: false)
    json = {
      id:, number:, status:, currency:, customer_id:,
      issued_on:, due_on:, paid_on:, overdue:, total_cents:
    }
    json[:line_items] = line_items.map(&:as_api_json) if include_line_items
    json
  end

  private

  # Status changes only follow the lifecycle draft -> open -> paid | void.
  def transition!(from:, to:, **attributes)
    unless status == from
      errors.add(:status, "must be #{from} to become #{to}")
      raise ActiveRecord::RecordInvalid.new(self)
    end

    update!(status: to, **attributes)
  end

  # Numbers are sequential per year so finance can reconcile them with the ledger.
  def assign_number
    return if number.present?

    year = Date.current.year
    count = Invoice.where("number LIKE ?", "INV-#{year}-%").count
    self.number = format("INV-%<year>d-%<seq>05d", year:, seq: count + 1)
  end
end
