class Device < ApplicationRecord
  belongs_to :customer
  validates :serial, presence: true, uniqueness: true
end
