defmodule DispatchWeb.Api.DeliveryControllerTest do
  use DispatchWeb.ConnCase, async: true

  alias Dispatch.Deliveries

  test "PUT /api/deliveries/:id/status moves a delivery on", %{conn: conn} do
    {:ok, delivery} = Deliveries.assign_courier(delivery_fixture(), courier_fixture())

    conn = put(conn, ~p"/api/deliveries/#{delivery.id}/status", %{status: "picked_up"})

    assert %{"status" => "picked_up"} = json_response(conn, 200)["data"]
  end

  test "an invalid move is a 422", %{conn: conn} do
    delivery = delivery_fixture()

    conn = put(conn, ~p"/api/deliveries/#{delivery.id}/status", %{status: "delivered"})

    assert %{"status" => [_message]} = json_response(conn, 422)["errors"]
  end
end
