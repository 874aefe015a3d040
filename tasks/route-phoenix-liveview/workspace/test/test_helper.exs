ExUnit.start()
Ecto.Adapters.SQL.Sandbox.mode(Dispatch.Repo, :manual)
