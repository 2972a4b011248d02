import { useWatch } from 'react-hook-form'
import { TextField } from '../../components/text-field'
import { partitionOfRegion } from '../../domain/config/partition'
import { MaxSessionField } from './max-session-field'
import { RoleTagList } from './role-tag-list'

/** The permissions boundary, description, maximum session duration and tags of the role. */
export function RoleSettingsFields() {
  const partition = partitionOfRegion(useWatch({ name: 'region' }) as string)
  return (
    <>
      <TextField
        name="roleSettings.permissionsBoundary"
        label="Permissions boundary (optional)"
        placeholder={`arn:${partition}:iam::123456789012:policy/TeamBoundary`}
        hint="The ARN of a managed policy in this account (or an AWS managed policy). The role can use only what both its policies and the boundary allow: the boundary limits, it grants nothing."
      />
      <TextField
        name="roleSettings.description"
        label="Description (optional)"
        placeholder="Leave empty for one this tool writes"
        hint="Up to 1,000 characters, on one line."
      />
      <MaxSessionField />
      <RoleTagList />
    </>
  )
}
