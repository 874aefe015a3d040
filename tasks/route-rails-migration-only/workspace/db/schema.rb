ActiveRecord::Schema[7.1].define(version: 2024_03_01_000000) do
  create_table "accounts" do |t|
    t.string "email", null: false
    t.timestamps
  end
end
