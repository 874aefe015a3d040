class Article < ApplicationRecord
  belongs_to :author, class_name: "User"
  enum status: { draft: 0, published: 1 }
end
