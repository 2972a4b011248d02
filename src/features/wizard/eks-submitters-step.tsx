import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { RadioGroupField } from '../../components/radio-group-field'
import { TextField } from '../../components/text-field'
import { partitionOfRegion } from '../../domain/config/partition'
import { virtualClusterIdFromPaste } from '../../domain/config/pasted-answers'
import type { ConfigInput } from '../../domain/config/schema'
import { suggestLowerCaseId, suggestRolePrefix } from '../../domain/config/suggestions'
import { approvedRolesNotes } from './approved-roles'
import { StringList } from './string-list'

export function EksSubmittersStep() {
  const config = useWatch() as ConfigInput
  const { submitters } = config.eks
  const partition = partitionOfRegion(config.region)
  const notes = approvedRolesNotes(config)
  return (
    <>
      <h3>Job submitters</h3>
      <p className="step-intro">
        Who may start jobs on your virtual clusters, and with which execution roles. EMR on EKS needs no iam:PassRole:
        the <code>emr-containers:ExecutionRoleArn</code> condition is what keeps a tenant from running code as
        another tenant’s role.
      </p>
      <CheckboxField name="eks.submitters.enabled" label="Create the job submitters’ StartJobRun policy" />
      {submitters.enabled && (
        <>
          <StringList
            name="eks.submitters.virtualClusterIds"
            valueKey="id"
            legend="Virtual clusters"
            itemLabel="Virtual cluster ID"
            addLabel="Add virtual cluster"
            placeholder="a1b2c3d4e5f6g7h8i9j0k1l2m"
            hint={`In ${config.region}, account ${config.accountId || '(your account)'}. A virtual cluster’s ARN works too.`}
            clean={virtualClusterIdFromPaste}
            suggest={suggestLowerCaseId}
          />
          <RadioGroupField
            name="eks.submitters.limit"
            legend="Execution roles submitters may use"
            options={[
              { value: 'roles', label: 'Approved roles', description: 'This role, plus any role ARNs you list.' },
              { value: 'prefix', label: 'Roles whose names start with a prefix', description: 'A wildcard pattern, for example role/analytics-*, plus this role.' },
              { value: 'tags', label: 'Roles with a tag', description: 'Not supported by EMR on EKS: see the warning.' },
              { value: 'none', label: 'Any role', description: 'No ExecutionRoleArn condition.' },
            ]}
          />
          {submitters.limit === 'roles' && (
            <StringList
              name="eks.submitters.roleArns"
              valueKey="arn"
              legend="Other approved execution roles"
              itemLabel="Approved role ARN"
              addLabel="Add approved role"
              placeholder={`arn:${partition}:iam::123456789012:role/OtherExecutionRole`}
              hint={notes.ownRole}
            />
          )}
          {submitters.limit === 'prefix' && (
            <TextField
              name="eks.submitters.rolePrefix"
              label="Role name prefix"
              placeholder="analytics-"
              suggest={suggestRolePrefix}
              hint={
                <>
                  {notes.pattern}.
                  <br />
                  {notes.ownRole}
                </>
              }
            />
          )}
          {(submitters.limit === 'roles' || submitters.limit === 'prefix') && (
            <RadioGroupField
              name="eks.submitters.conditionOperators"
              legend="Condition operators"
              options={[
                { value: 'string', label: 'StringEquals / StringLike', description: 'As the EMR on EKS page this tool follows shows.' },
                { value: 'arn', label: 'ArnEquals / ArnLike', description: 'As AWS’s current page shows; equally valid.' },
              ]}
            />
          )}
        </>
      )}
    </>
  )
}
