module Api
  module V1
    class InvoicesController < BaseController
      before_action :load_invoice, only: %i[show issue mark_paid void]

      def index
        invoices = Invoice.includes(:line_items).order(created_at: :desc)
        invoices = invoices.where(status: params[:status]) if params[:status].present?
        render json: invoices.map(&:as_api_json)
      end

      def show
        render json: @invoice.as_api_json(include_line_items: true)
      end

      def create
        invoice = Invoice.create!(invoice_params)
        render json: invoice.as_api_json(include_line_items: true), status: :created
      end

      def issue
        @invoice.issue!
        InvoiceMailer.with(invoice: @invoice).issued.deliver_later
        render json: @invoice.as_api_json
      end

      def mark_paid
        @invoice.mark_paid!
        render json: @invoice.as_api_json
      end

      def void
        @invoice.void!
        render json: @invoice.as_api_json
      end

      private

      def load_invoice
        @invoice = Invoice.find(params[:id])
      end

      def invoice_params
        params.require(:invoice).permit(
          :customer_id, :currency, :due_on,
          line_items_attributes: %i[description quantity unit_price_cents]
        )
      end
    end
  end
end
