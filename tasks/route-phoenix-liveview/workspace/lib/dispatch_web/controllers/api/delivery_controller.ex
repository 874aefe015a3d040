defmodule DispatchWeb.Api.DeliveryController do
  use DispatchWeb, :controller

  alias Dispatch.Deliveries

  action_fallback DispatchWeb.Api.FallbackController

  def index(conn, params) do
    render(conn, :index, deliveries: Deliveries.list_deliveries(params))
  end

  def show(conn, %{"id" => id}) do
    render(conn, :show, delivery: Deliveries.get_delivery!(id))
  end

  def update_status(conn, %{"id" => id, "status" => status}) do
    delivery = Deliveries.get_delivery!(id)

    with {:ok, delivery} <- Deliveries.update_status(delivery, status) do
      render(conn, :show, delivery: delivery)
    end
  end
end
