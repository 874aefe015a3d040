class Branch < ApplicationRecord
  has_many :rentals
end
