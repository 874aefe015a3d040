# Keep customer contact details and secrets out of the logs.
Rails.application.config.filter_parameters += %i[
  passw email secret token _key crypt salt certificate otp ssn
]
