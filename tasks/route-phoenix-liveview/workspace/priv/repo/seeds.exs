# Demo data for development: mix run priv/repo/seeds.exs
alias Dispatch.Deliveries

{:ok, ana} = Deliveries.create_courier(%{name: "Ana Ruiz", phone: "+1 555 0101"})
{:ok, _ben} = Deliveries.create_courier(%{name: "Ben Okafor", phone: "+1 555 0102"})

for n <- 1..6 do
  {:ok, delivery} =
    Deliveries.create_delivery(%{
      reference: "DLV-#{1000 + n}",
      pickup_address: "#{n} Warehouse Row",
      dropoff_address: "#{10 * n} Market Street"
    })

  if rem(n, 2) == 0, do: Deliveries.assign_courier(delivery, ana)
end
