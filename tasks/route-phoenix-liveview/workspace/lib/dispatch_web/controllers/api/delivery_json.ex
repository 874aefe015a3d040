defmodule DispatchWeb.Api.DeliveryJSON do
  alias Dispatch.Deliveries.Delivery

  def index(%{deliveries: deliveries}), do: %{data: Enum.map(deliveries, &data/1)}

  def show(%{delivery: delivery}), do: %{data: data(delivery)}

  defp data(%Delivery{} = delivery) do
    %{
      id: delivery.id,
      reference: delivery.reference,
      status: delivery.status,
      status_changed_at: delivery.status_changed_at,
      courier_id: delivery.courier_id,
      pickup_address: delivery.pickup_address,
      dropoff_address: delivery.dropoff_address
    }
  end
end
