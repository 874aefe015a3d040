require_relative 'test_helper'
require 'open3'

class DocumentsTest < AppTest
  BOB = { 'HTTP_AUTHORIZATION' => 'Bearer fbx-bob-a7d3c6e19f52' }.freeze

  def test_listing_shows_the_samples_sorted_with_sizes
    get '/files', {}, ALICE
    paths = JSON.parse(last_response.body)['files'].map { |file| [file['path'], file['size']] }
    assert_equal [['notes/todo.md', 32], ['reports/2024/q1.csv', 41], ['welcome.txt', 27]], paths
  end

  def test_download_sends_the_bytes_as_an_attachment
    get '/files/reports/2024/q1.csv', {}, ALICE
    assert_equal 200, last_response.status
    assert_equal "month,revenue\njan,1200\nfeb,1350\nmar,1500\n", last_response.body
    assert_equal 'text/csv', last_response.content_type.split(';').first
    assert_equal 'attachment; filename="q1.csv"', last_response.headers['Content-Disposition']
  end

  def test_nothing_outside_the_own_folder_is_served
    ['../bob/payroll.csv', '..%2Fbob%2Fpayroll.csv', '%2Fetc%2Fpasswd', 'reports', 'payroll.csv'].each do |path|
      get "/files/#{path}", {}, ALICE
      assert_equal 404, last_response.status, path
    end
    get '/files/..%2Fbobby%2Fdiary.txt', {}, BOB
    assert_equal 404, last_response.status
  end

  def test_export_is_a_gzip_tar_of_the_callers_files
    get '/export?name=mine', {}, ALICE
    assert_equal 200, last_response.status
    assert_equal 'attachment; filename="mine.tar.gz"', last_response.headers['Content-Disposition']
    listing, = Open3.capture2('tar', '-tzf', '-', stdin_data: last_response.body, binmode: true)
    assert_includes listing, './reports/2024/q1.csv'
    refute_includes listing, 'payroll'
  end

  def test_export_name_is_checked
    ['', 'a' * 65, 'x;touch y', '../up'].each do |name|
      get '/export', { 'name' => name }, ALICE
      assert_equal 400, last_response.status, name
    end
  end
end
