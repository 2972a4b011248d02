import { configFileJsonSchema } from '../domain/share/config-file'
import { runCheck } from './check'
import { parseCheckArguments } from './check-arguments'
import { describeReason } from './describe-error'
import { generate, PROGRAM, type Io } from './generate'
import { createIamDataCatalog } from './iam-data-catalog'
import { parseArguments } from './parse-arguments'
import { USAGE } from './usage'

const HINT = `(${PROGRAM} --help shows how to use it)`

/** The command line: the same schema, builders and renderers as the app. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE)
    return 0
  }
  if (command === 'schema') {
    io.out(JSON.stringify(configFileJsonSchema(), null, 2))
    return 0
  }
  if (command === 'check') {
    const checkOptions = parseCheckArguments(rest)
    if (!checkOptions.ok) {
      io.err(`${PROGRAM}: ${checkOptions.message} ${HINT}`)
      return 2
    }
    if (checkOptions.value === 'help') {
      io.out(USAGE)
      return 0
    }
    return runCheck(checkOptions.value, io, createIamDataCatalog())
  }
  if (command !== 'generate') {
    io.err(`${PROGRAM}: ${command === undefined ? 'say what to do: generate, check or schema' : `unknown command ${command}`} ${HINT}`)
    return 2
  }
  const options = parseArguments(rest)
  if (!options.ok) {
    io.err(`${PROGRAM}: ${options.message} ${HINT}`)
    return 2
  }
  if (options.value === 'help') {
    io.out(USAGE)
    return 0
  }
  return generate(options.value, io)
}

const io: Io = { out: (line) => console.log(line), err: (line) => console.error(line) }
// A closed pipe (`… | head`) ends the output quietly instead of with a stack trace.
process.stdout.on('error', () => process.exit(process.exitCode ?? 0))
try {
  process.exitCode = await main(process.argv.slice(2), io)
} catch (error) {
  io.err(`${PROGRAM}: unexpected error: ${describeReason(error)}`)
  process.exitCode = 1
}
