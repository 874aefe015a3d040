Rails.application.routes.draw do
  resources :accounts, only: %i[create show]
end
