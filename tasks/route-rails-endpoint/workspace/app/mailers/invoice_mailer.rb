class InvoiceMailer < ApplicationMailer
  def issued
    @invoice = params[:invoice]
    @customer = @invoice.customer
    mail to: @customer.email, subject: "Invoice #{@invoice.number} from Ledgerline"
  end
end
