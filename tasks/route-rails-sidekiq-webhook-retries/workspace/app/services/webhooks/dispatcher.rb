module Webhooks
  class Dispatcher
    def call(endpoint, payload)
      Net::HTTP.post(URI(endpoint.url), payload.to_json, "Content-Type" => "application/json")
    end
  end
end
