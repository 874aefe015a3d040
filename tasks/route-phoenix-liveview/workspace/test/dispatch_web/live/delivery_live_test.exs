defmodule DispatchWeb.DeliveryLiveTest do
  use DispatchWeb.ConnCase, async: true

  alias Dispatch.Deliveries

  test "lists deliveries", %{conn: conn} do
    delivery = delivery_fixture(%{reference: "DLV-LIST-1"})
    {:ok, _view, html} = live(conn, ~p"/deliveries")
    assert html =~ delivery.reference
  end

  test "advancing an assigned delivery marks it picked up", %{conn: conn} do
    {:ok, delivery} = Deliveries.assign_courier(delivery_fixture(), courier_fixture())
    {:ok, view, _html} = live(conn, ~p"/deliveries")

    view
    |> element(~s{button[phx-value-id="#{delivery.id}"]})
    |> render_click()

    assert Deliveries.get_delivery!(delivery.id).status == "picked_up"
  end

  test "filters by status through the URL", %{conn: conn} do
    delivery_fixture(%{reference: "DLV-PENDING-1"})
    {:ok, _view, html} = live(conn, ~p"/deliveries?status=delivered")
    refute html =~ "DLV-PENDING-1"
  end
end
