defmodule DispatchWeb.ConnCase do
  @moduledoc """
  Test case for tests that need a connection: controllers and LiveViews.
  """

  use ExUnit.CaseTemplate

  using do
    quote do
      @endpoint DispatchWeb.Endpoint

      use DispatchWeb, :verified_routes

      import Plug.Conn
      import Phoenix.ConnTest
      import Phoenix.LiveViewTest
      import Dispatch.DataCase, only: [delivery_fixture: 0, delivery_fixture: 1, courier_fixture: 0, courier_fixture: 1]
      import DispatchWeb.ConnCase
    end
  end

  setup tags do
    Dispatch.DataCase.setup_sandbox(tags)
    {:ok, conn: Phoenix.ConnTest.build_conn()}
  end
end
