class WebhookEndpoint < ApplicationRecord
  has_many :deliveries, class_name: "WebhookDelivery"
end
