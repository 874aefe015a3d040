class Account < ApplicationRecord
  validates :email, presence: true
end
