class RentalsReport
  def overdue(branch_id)
    ActiveRecord::Base.connection.exec_query(
      "SELECT * FROM rentals WHERE branch_id = #{branch_id.to_i} AND due_on < now() AND returned_at IS NULL"
    ).to_a
  end
end
