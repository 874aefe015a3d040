require 'fileutils'
require_relative 'config'

# Sample documents for members who have no folder yet (written once, never overwritten).
module Samples
  DOCUMENTS = {
    'alice' => {
      'welcome.txt' => "Welcome to Filebox, alice!\n",
      'reports/2024/q1.csv' => "month,revenue\njan,1200\nfeb,1350\nmar,1500\n",
      'notes/todo.md' => "- renew passport\n- book flights\n"
    },
    'bob' => {
      'payroll.csv' => "name,salary\nbob,BOB-PAYROLL-CONFIDENTIAL-7731\n",
      'welcome.txt' => "Welcome to Filebox, bob!\n"
    },
    'bobby' => {
      'diary.txt' => "BOBBY-PRIVATE-DIARY-4410: nobody reads this but me.\n"
    }
  }.freeze

  def self.write
    DOCUMENTS.each do |username, files|
      folder = Config.member_dir(username)
      next if File.exist?(folder)

      files.each do |relative, text|
        path = File.join(folder, relative)
        FileUtils.mkdir_p(File.dirname(path))
        File.write(path, text)
      end
    end
  end
end
