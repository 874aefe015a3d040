          Rails.application.routes.draw do
            namespace :admin do
  resources :orders, only: :index
end
          end
