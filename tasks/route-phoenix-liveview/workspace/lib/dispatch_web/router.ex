defmodule DispatchWeb.Router do
  use DispatchWeb, :router

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :put_root_layout, html: {DispatchWeb.Layouts, :root}
    plug :protect_from_forgery
    plug :put_secure_browser_headers
  end

  pipeline :api do
    plug :accepts, ["json"]
  end

  scope "/", DispatchWeb do
    pipe_through :browser

    get "/", PageController, :home

    live "/deliveries", DeliveryLive.Index, :index
  end

  # Couriers' handhelds report pickups and drop-offs here.
  scope "/api", DispatchWeb.Api do
    pipe_through :api

    get "/deliveries", DeliveryController, :index
    get "/deliveries/:id", DeliveryController, :show
    put "/deliveries/:id/status", DeliveryController, :update_status
  end
end
