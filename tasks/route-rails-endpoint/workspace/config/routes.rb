Rails.application.routes.draw do
  # Load balancers hit this; it returns 200 when the app boots without exceptions.
  get "up" => "rails/health#show", as: :rails_health_check

  namespace :api do
    namespace :v1 do
      resources :customers, only: %i[index show create update]

      resources :invoices, only: %i[index show create] do
        member do
          post :issue
          post :mark_paid
          post :void
        end
      end
    end
  end
end
