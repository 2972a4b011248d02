import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validConfig } from '../config-arbitrary.test-util'
import { renderExports } from '../export/export-files'
import { readCloudFormation, readTerraform, sortTags } from '../export/read-exports.test-util'
import { buildRoleBundle } from '../export/role-bundle'

describe('role settings in the exports, for any valid configuration', () => {
  it('CloudFormation and Terraform give the role exactly the boundary, description, session duration and tags answered', async () => {
    await fc.assert(
      fc.asyncProperty(validConfig, async (config) => {
        const bundle = buildRoleBundle(config)
        const { roleSettings } = config
        const expected = {
          description: roleSettings.description === '' ? bundle.description : roleSettings.description,
          permissionsBoundary: roleSettings.permissionsBoundary === '' ? null : roleSettings.permissionsBoundary,
          maxSessionDuration: roleSettings.maxSessionDuration,
          tags: sortTags(roleSettings.tags.map(({ key, value }) => ({ Key: key, Value: value }))),
        }
        const files = Object.fromEntries(renderExports(config).map((f) => [f.id, f.text]))
        expect(readCloudFormation(files.cloudformation ?? '', bundle).settings).toEqual(expected)
        expect((await readTerraform(files.terraform ?? '')).settings).toEqual(expected)
        const script = files['aws-cli'] ?? ''
        expect(script.includes('put-role-permissions-boundary')).toBe(expected.permissionsBoundary !== null)
        expect(script.includes('tag-role')).toBe(roleSettings.tags.length > 0)
      }),
      { numRuns: 40 },
    )
  }, 60_000)
})
