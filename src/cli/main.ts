import { configFileJsonSchema } from '../domain/share/config-file'
import { generate, parseArguments, USAGE, type Io } from './generate'

/** The command line: the same schema, builders and renderers as the app. */
export async function main(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args
  if (command === 'schema') {
    io.out(JSON.stringify(configFileJsonSchema(), null, 2))
    return 0
  }
  if (command !== 'generate') {
    io.err(USAGE)
    return command === undefined || command === '--help' ? 0 : 2
  }
  const options = parseArguments(rest)
  if (typeof options === 'string') {
    io.err(`${options}\n\n${USAGE}`)
    return 2
  }
  return generate(options, io)
}

const io: Io = { out: (line) => console.log(line), err: (line) => console.error(line) }
process.exitCode = await main(process.argv.slice(2), io)
