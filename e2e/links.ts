import type { Config } from '../src/domain/config/schema'
import { exportConfigFile } from '../src/domain/share/config-file'
import { encodeConfig } from '../src/domain/share/share-codec'

/** The app's own path to a configuration, made with the app's encoder: for links no button would produce. */
export function linkTo(config: Config): string {
  return `/#${encodeConfig(config)}`
}

/** A configuration file as Export configuration writes it, for setInputFiles. */
export function configFile(name: string, config: Config) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(exportConfigFile(config)) }
}
