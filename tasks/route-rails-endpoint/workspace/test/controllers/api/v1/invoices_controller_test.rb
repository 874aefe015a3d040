require "test_helper"

module Api
  module V1
    class InvoicesControllerTest < ActionDispatch::IntegrationTest
      include ActiveJob::TestHelper

      test "lists invoices filtered by status" do
        get api_v1_invoices_url, params: { status: "open" }, as: :json
        assert_response :success
        assert_equal [invoices(:acme_open).number], response.parsed_body.pluck("number")
      end

      test "issuing a draft emails the customer" do
        assert_enqueued_emails 1 do
          post issue_api_v1_invoice_url(invoices(:globex_draft)), as: :json
        end
        assert_response :success
        assert_equal "open", response.parsed_body["status"]
      end

      test "paying a paid invoice is rejected" do
        post mark_paid_api_v1_invoice_url(invoices(:acme_paid)), as: :json
        assert_response :unprocessable_entity
      end

      test "unknown invoice is a 404" do
        get api_v1_invoice_url(id: 0), as: :json
        assert_response :not_found
      end
    end
  end
end
