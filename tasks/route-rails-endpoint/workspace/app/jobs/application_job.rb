class ApplicationJob < ActiveJob::Base
  # A deadlocked transaction usually succeeds on a second try.
  retry_on ActiveRecord::Deadlocked

  # The record was deleted before the job ran; nothing left to do.
  discard_on ActiveJob::DeserializationError
end
