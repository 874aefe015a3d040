          Rails.application.routes.draw do
            namespace :api do
  resources :devices, only: %i[index show]
end
          end
