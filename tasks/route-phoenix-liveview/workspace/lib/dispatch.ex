defmodule Dispatch do
  @moduledoc """
  Dispatch keeps the domain: deliveries, couriers and their status lifecycle.
  The web layer lives in `DispatchWeb`.
  """
end
