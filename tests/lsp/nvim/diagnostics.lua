-- Run by tests/lsp/neovim.test.ts in a headless Neovim (0.7 or later):
-- starts `factlint lsp --stdio` with the built-in client on the current
-- buffer (with the client settings $FACTLINT_SETTINGS, JSON, if given),
-- waits for its diagnostics and writes them, as the server sent them, to
-- $FACTLINT_OUT as JSON; then quits.
local out = os.getenv('FACTLINT_OUT')
local received = nil
-- With settings, only the diagnostics published once the server has read them
-- (a push may come after the first lint).
local settled = os.getenv('FACTLINT_SETTINGS') == nil
local log = vim.lsp.handlers['window/logMessage']
vim.lsp.handlers['window/logMessage'] = function(err, result, ctx, config)
  if result and result.message:find('settings read from the client', 1, true) then settled = true end
  return log(err, result, ctx, config)
end
local default = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if settled and result and result.version ~= nil then received = result end
  return default(err, result, ctx, config)
end

local settings = os.getenv('FACTLINT_SETTINGS') and vim.fn.json_decode(os.getenv('FACTLINT_SETTINGS')) or nil
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'factlint',
  cmd = {'node', os.getenv('FACTLINT_BIN'), 'lsp', '--stdio'},
  root_dir = vim.fn.getcwd(),
  init_options = {date = os.getenv('FACTLINT_DATE'), debounce = 0},
  -- What Neovim answers to the server's workspace/configuration request; a
  -- Neovim that does not say it can answer (0.7) pushes them from on_init.
  settings = settings,
  on_init = function(started)
    if settings then started.notify('workspace/didChangeConfiguration', {settings = settings}) end
  end,
})
vim.lsp.buf_attach_client(buf, client)

local done = vim.wait(30000, function() return received ~= nil end, 20)
local shown = #vim.diagnostic.get(buf)
local rows = {}
for _, diagnostic in ipairs(done and received.diagnostics or {}) do
  table.insert(rows, {code = diagnostic.code, message = diagnostic.message, severity = diagnostic.severity, range = diagnostic.range})
end
vim.fn.writefile({vim.fn.json_encode({received = done, shown = shown, diagnostics = rows})}, out)
vim.lsp.stop_client(client)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client) == nil end, 20)
vim.cmd('qa!')
