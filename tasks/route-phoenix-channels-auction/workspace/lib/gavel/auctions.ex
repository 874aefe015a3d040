defmodule Gavel.Auctions do
  alias Gavel.Repo
  alias Gavel.Auctions.Bid

  def highest_bid(lot_id), do: Repo.get_by(Bid, lot_id: lot_id)
end
