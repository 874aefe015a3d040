Rails.application.routes.draw do
  get "/reports/rentals", to: "reports#rentals"
end
