import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from '../../lsp/server.js'
import {UsageError, type CliIO} from '../io.js'

const USAGE = 'usage: factlint lsp [--stdio]'

/**
 * `factlint lsp`: the language server, over standard input and output. It
 * returns when the editor ends the connection (vscode-languageserver exits
 * the process on the protocol's `exit`).
 */
export async function lspCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  // Editors add --stdio to the command they run; it is the only transport.
  if (argv.some((arg) => arg !== '--stdio')) throw new UsageError(USAGE)
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  const closed = new Promise<void>((resolve) => connection.onExit(() => resolve()))
  startServer(connection)
  await closed
  return 0
}
