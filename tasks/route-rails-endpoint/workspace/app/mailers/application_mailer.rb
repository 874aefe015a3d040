class ApplicationMailer < ActionMailer::Base
  default from: "billing@ledgerline.example"
  layout false
end
