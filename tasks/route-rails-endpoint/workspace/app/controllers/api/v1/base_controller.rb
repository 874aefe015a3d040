module Api
  module V1
    # Shared error mapping so every endpoint answers failures in the same JSON shape.
    class BaseController < ApplicationController
      rescue_from ActiveRecord::RecordNotFound do
        render json: { error: "not_found" }, status: :not_found
      end

      rescue_from ActiveRecord::RecordInvalid do |error|
        render json: { error: "invalid", details: error.record.errors.to_hash },
               status: :unprocessable_entity
      end

      rescue_from ActionController::ParameterMissing do |error|
        render json: { error: "bad_request", details: error.message }, status: :bad_request
      end
    end
  end
end
