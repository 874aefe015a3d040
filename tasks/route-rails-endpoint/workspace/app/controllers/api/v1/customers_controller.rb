module Api
  module V1
    class CustomersController < BaseController
      def index
        customers = Customer.order(:name).limit(page_size)
        render json: customers.map(&:as_api_json)
      end

      def show
        render json: Customer.find(params[:id]).as_api_json
      end

      def create
        customer = Customer.create!(customer_params)
        render json: customer.as_api_json, status: :created
      end

      def update
        customer = Customer.find(params[:id])
        customer.update!(customer_params)
        render json: customer.as_api_json
      end

      private

      def customer_params
        params.require(:customer).permit(:name, :email, :company)
      end

      def page_size
        params.fetch(:limit, 50).to_i.clamp(1, 200)
      end
    end
  end
end
