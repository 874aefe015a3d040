class Customer < ApplicationRecord
  has_many :invoices, dependent: :restrict_with_error

  normalizes :email, with: ->(email) { email.strip.downcase }

  validates :name, presence: true
  validates :email, presence: true, uniqueness: true,
                    format: { with: URI::MailTo::EMAIL_REGEXP }

  def as_api_json
    { id:, name:, email:, company:, created_at: }
  end
end
