import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allExportFiles } from '../export/export-files'
import { openShareLink } from './share-codec'

/**
 * Links copied before the coverage options (KMS keys, CloudWatch Logs for EMR Serverless, scoped Glue, Lake
 * Formation, S3 Tables, EKS Pod Identity, role settings) existed, with every file "Download all" wrote for them
 * then. Each must open to the same answers and write the same files: the new options are off.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures', 'before-coverage')

describe.each(['serverless', 'eks'])('a %s link made before the coverage options', (name) => {
  const link = readFileSync(join(FIXTURES, `${name}.link.txt`), 'utf8').trim()
  const expected = readdirSync(join(FIXTURES, name)).map((fileName) => ({
    fileName,
    text: readFileSync(join(FIXTURES, name, fileName), 'utf8'),
  }))
  const opened = openShareLink(link)
  if (!opened.ok || opened.config === null) throw new Error(JSON.stringify(opened))
  const files = allExportFiles(opened.config)

  it('opens without problems and writes the same set of files', () => {
    expect(opened.problems).toEqual([])
    expect(files.map((f) => f.fileName).sort()).toEqual(expected.map((f) => f.fileName).sort())
  })

  it.each(expected.filter((f) => !f.fileName.endsWith('-config.json')))('$fileName is unchanged', ({ fileName, text }) => {
    expect(files.find((f) => f.fileName === fileName)?.text).toBe(text)
  })

  it('the configuration file keeps every answer it had (the new ones are added, off)', () => {
    const configFile = expected.find((f) => f.fileName.endsWith('-config.json'))
    const written = files.find((f) => f.fileName === configFile?.fileName)
    expect(JSON.parse(written?.text ?? '{}')).toMatchObject(JSON.parse(configFile?.text ?? 'null'))
  })
})
