import { readFile, readdir } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { expect, test } from './fixtures'

// Links copied before the coverage options existed (KMS keys, EMR Serverless logs, scoped Glue, Lake Formation,
// S3 Tables, Pod Identity, role settings): each opens, and "Download all" writes every file as it did then.
const FIXTURES = new URL('../src/domain/share/fixtures/before-coverage/', import.meta.url)

for (const [name, roleName] of [
  ['serverless', 'EtlRuntimeRole'],
  ['eks', 'myrole'],
] as const) {
  test(`a ${name} link made before the coverage options downloads the same files`, async ({ page }) => {
    await page.goto(`/${(await readFile(new URL(`${name}.link.txt`, FIXTURES), 'utf8')).trim()}`)
    await expect(page.getByLabel('Role name', { exact: true })).toHaveValue(roleName)

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download all (.zip)' }).click()
    const zip = unzipSync(new Uint8Array(await readFile(await (await downloading).path())))
    const text = (fileName: string) => new TextDecoder().decode(zip[`${roleName}/${fileName}`])

    const expected = await readdir(new URL(`${name}/`, FIXTURES))
    expect(Object.keys(zip).sort()).toEqual(expected.map((f) => `${roleName}/${f}`).sort())
    for (const fileName of expected) {
      const then = await readFile(new URL(`${name}/${fileName}`, FIXTURES), 'utf8')
      if (fileName.endsWith('-config.json')) expect(JSON.parse(text(fileName)), fileName).toMatchObject(JSON.parse(then) as Record<string, unknown>)
      else expect(text(fileName), fileName).toBe(then)
    }
  })
}
