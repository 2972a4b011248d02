import { useFormContext } from 'react-hook-form'
import { RadioGroupField } from '../../components/radio-group-field'
import { TextField } from '../../components/text-field'
import { roleNameForTarget } from '../../domain/config/defaults'
import { accountIdFromPaste } from '../../domain/config/pasted-answers'
import type { ConfigInput, Target } from '../../domain/config/schema'
import { suggestRoleName, suggestRolePath } from '../../domain/config/suggestions'
import { RegionField } from './region-field'
import { RoleSettingsSection } from './role-settings-section'

export function RoleStep() {
  const { getValues, setValue, trigger } = useFormContext<ConfigInput>()

  // A role name still at the other target's default follows the target; a name the person typed stays.
  function renameDefaultRole(target: string) {
    const roleName = getValues('roleName')
    const next = roleNameForTarget(roleName, target as Target)
    if (next === roleName) return
    setValue('roleName', next, { shouldDirty: true })
    void trigger('roleName') // after setValue has told the preview
  }

  return (
    <>
      <h3>Role and account</h3>
      <RadioGroupField
        name="target"
        legend="Job role for"
        onChange={renameDefaultRole}
        options={[
          { value: 'serverless', label: 'EMR Serverless', description: 'A job runtime role that EMR Serverless applications assume.' },
          {
            value: 'eks',
            label: 'EMR on EKS',
            description: 'A job execution role that EMR on EKS jobs assume through the cluster’s OIDC provider.',
          },
        ]}
      />
      <RegionField />
      <TextField
        name="accountId"
        label="AWS account ID"
        inputMode="numeric"
        placeholder="123456789012"
        clean={accountIdFromPaste}
        hint="The 12-digit account that owns the role; 1234-5678-9012 as the console shows it works too."
      />
      <TextField name="roleName" label="Role name" suggest={suggestRoleName} hint="Up to 64 letters, digits and + = , . @ _ -" />
      <TextField
        name="rolePath"
        label="Role path (optional)"
        placeholder="/"
        suggest={suggestRolePath}
        hint="Starts and ends with /, for example /emr/. Leave empty for none."
      />
      <RoleSettingsSection />
    </>
  )
}
