defmodule Batchrun.Queue do
  def run_all(jobs), do: Enum.map(jobs, fn job -> job.() end)
end
