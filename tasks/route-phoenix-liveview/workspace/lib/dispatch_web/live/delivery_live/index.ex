defmodule DispatchWeb.DeliveryLive.Index do
  use DispatchWeb, :live_view

  alias Dispatch.Deliveries
  alias Dispatch.Deliveries.Delivery

  # The next step a dispatcher can take from each status on the board.
  @next_step %{"assigned" => "picked_up", "picked_up" => "delivered"}

  @impl true
  def mount(_params, _session, socket) do
    {:ok, assign(socket, couriers: Deliveries.list_active_couriers(), statuses: Delivery.statuses())}
  end

  @impl true
  def handle_params(params, _url, socket) do
    filters = Map.take(params, ["status"])

    {:noreply,
     socket
     |> assign(:page_title, "Deliveries")
     |> assign(:filters, filters)
     |> stream(:deliveries, Deliveries.list_deliveries(filters), reset: true)}
  end

  @impl true
  def handle_event("filter", %{"status" => status}, socket) do
    {:noreply, push_patch(socket, to: ~p"/deliveries?#{%{status: status}}")}
  end

  # Choosing the empty "Assign…" option changes nothing.
  def handle_event("assign", %{"courier_id" => ""}, socket), do: {:noreply, socket}

  def handle_event("assign", %{"id" => id, "courier_id" => courier_id}, socket) do
    delivery = Deliveries.get_delivery!(id)
    courier = Enum.find(socket.assigns.couriers, &(to_string(&1.id) == courier_id))

    case courier && Deliveries.assign_courier(delivery, courier) do
      {:ok, delivery} -> {:noreply, stream_insert(socket, :deliveries, Deliveries.get_delivery!(delivery.id))}
      _error -> {:noreply, put_flash(socket, :error, "Could not assign #{delivery.reference}")}
    end
  end

  def handle_event("advance", %{"id" => id}, socket) do
    delivery = Deliveries.get_delivery!(id)

    with next when is_binary(next) <- @next_step[delivery.status],
         {:ok, updated} <- Deliveries.update_status(delivery, next) do
      {:noreply, stream_insert(socket, :deliveries, Deliveries.get_delivery!(updated.id))}
    else
      _ -> {:noreply, put_flash(socket, :error, "#{delivery.reference} cannot move on from #{delivery.status}")}
    end
  end

  def next_step(status), do: @next_step[status]
end
