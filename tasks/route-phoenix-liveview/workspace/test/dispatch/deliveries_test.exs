defmodule Dispatch.DeliveriesTest do
  use Dispatch.DataCase, async: true

  alias Dispatch.Deliveries

  test "a new delivery starts pending" do
    assert delivery_fixture().status == "pending"
  end

  test "assigning a courier moves the delivery to assigned" do
    courier = courier_fixture()
    assert {:ok, delivery} = Deliveries.assign_courier(delivery_fixture(), courier)
    assert delivery.status == "assigned"
    assert delivery.courier_id == courier.id
    assert delivery.status_changed_at
  end

  test "a delivery cannot skip from pending to delivered" do
    assert {:error, changeset} = Deliveries.update_status(delivery_fixture(), "delivered")
    assert %{status: ["cannot move from pending to delivered"]} = errors_on(changeset)
  end

  test "list_deliveries filters by status" do
    pending = delivery_fixture()
    {:ok, _assigned} = Deliveries.assign_courier(delivery_fixture(), courier_fixture())

    assert [%{id: id}] = Deliveries.list_deliveries(%{"status" => "pending"})
    assert id == pending.id
  end
end
