defmodule DispatchWeb.PageHTML do
  use DispatchWeb, :html

  embed_templates "page_html/*"
end
