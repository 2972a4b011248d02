import type { Config } from '../src/domain/config/schema'
import { validateConfig } from '../src/domain/config/validate-config'
import { exportConfigFile } from '../src/domain/share/config-file'
import { encodeConfig } from '../src/domain/share/share-encode'

/** The app's own path to a configuration, made with the app's encoder: for links no button would produce. */
export function linkTo(config: Config): string {
  return `/#${encodeConfig(config)}`
}

/** A configuration file as Export configuration writes it, for setInputFiles. */
export function configFile(name: string, config: Config) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(exportConfigFile(config)) }
}

/** The messages the app's own rules give for one field of a configuration (none when it is valid). */
export function problemsAt(config: Config, field: string): string[] {
  const checked = validateConfig(config)
  return checked.ok ? [] : checked.problems.filter((p) => p.field === field).map((p) => p.message)
}
