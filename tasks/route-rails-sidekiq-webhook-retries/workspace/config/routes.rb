Rails.application.routes.draw do
  resources :webhook_endpoints
end
