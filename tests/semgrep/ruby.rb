# Cases bdbench's Ruby rules must report (ruleid) and must not (ok); see
# tests/test_static_rules.py. The annotation names the rule expected on the next line.
require 'open3'
require 'shellwords'
require 'sinatra/base'

COLUMNS = 'id, title'.freeze
SORTS = { 'title' => 'title', 'newest' => 'id DESC' }.freeze
ROOT = File.expand_path('storage', __dir__)

class Cases < Sinatra::Base
  get '/notes' do
    # ruleid: sql-from-request
    db.execute("SELECT * FROM notes WHERE done = #{params['done']}")
  end

  get '/notes/search' do
    term = params[:q]
    sql = "SELECT #{COLUMNS} FROM notes WHERE title LIKE '%" + term + "%'"
    # ruleid: sql-from-request
    db.execute(sql)
  end

  get '/notes/first' do
    # ruleid: sql-from-request
    db.get_first_row("SELECT * FROM notes WHERE id = #{request.params['id']}")
  end

  post '/notes' do
    body = JSON.parse(request.body.read)
    # ruleid: sql-from-request
    db.execute_batch("INSERT INTO notes (title) VALUES ('#{body['title']}')")
  end

  get '/notes/safe' do
    # ok: sql-from-request
    db.execute('SELECT * FROM notes WHERE done = ?', [params['done'] == 'true' ? 1 : 0])
  end

  get '/notes/safe/:id' do
    # ok: sql-from-request
    db.execute("SELECT #{COLUMNS} FROM notes WHERE id = ?", [params['id']])
  end

  get '/notes/limit' do
    limit = Integer(params['limit'], 10)
    # ok: sql-from-request
    db.execute("SELECT * FROM notes LIMIT #{limit}")
  end

  get '/notes/sorted' do
    order = SORTS.fetch(params['sort'], 'id')
    # ok: sql-from-request
    db.execute("SELECT * FROM notes ORDER BY #{order}")
  end

  get '/export' do
    name = params['name']
    # ruleid: shell-from-request
    system("tar -czf /tmp/#{name}.tar.gz -C #{ROOT} .")
    # ruleid: shell-from-request
    listing = `ls #{params['dir']}`
    # ruleid: shell-from-request
    Open3.capture2("gzip -c #{params['file']}")
    # ruleid: shell-from-request
    system('sh', '-c', "tar -cf out.tar #{name}")
    listing
  end

  get '/export/safe' do
    name = params['name']
    # ok: shell-from-request
    system('tar', '-czf', "/tmp/#{name}.tar.gz", '-C', ROOT, '.')
    # ok: shell-from-request
    Open3.capture2('tar', '-czf', '-', '-C', ROOT, '.')
    # ok: shell-from-request
    system("tar -czf /tmp/#{Shellwords.escape(name)}.tar.gz .")
    # ok: shell-from-request
    `date`
  end

  get '/files/*' do
    # ruleid: path-from-request
    send_file File.join(ROOT, params['splat'].first)
  end

  get '/raw' do
    path = File.join(ROOT, params['name'])
    # ruleid: path-from-request
    File.read(path)
  end

  post '/upload' do
    # ruleid: path-from-request
    File.write(File.join(ROOT, params['path']), request.body.read)
  end

  get '/files/safe/*' do
    path = File.expand_path(params['splat'].first, ROOT)
    halt 404 unless path.start_with?("#{ROOT}/")
    # ok: path-from-request
    send_file path
  end

  post '/avatar' do
    # ok: path-from-request
    FileUtils.cp(params['file'][:tempfile].path, File.join(ROOT, 'avatar.png'))
  end

  get '/avatar' do
    # ok: path-from-request
    File.binread(File.join(ROOT, File.basename(params['name'])))
  end

  get '/hello' do
    # ruleid: html-from-request
    "<p>Hello #{params['name']}</p>"
  end

  get '/list' do
    # ruleid: html-from-request
    '<ul>' + "<li>" + params['item'] + '</li></ul>'
  end

  get '/hello/safe' do
    # ok: html-from-request
    "<p>Hello #{Rack::Utils.escape_html(params['name'])}</p>"
  end

  get '/hello/json' do
    # ok: html-from-request
    "plain text for #{params['name']}"
  end
end
