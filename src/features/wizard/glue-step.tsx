import { useWatch } from 'react-hook-form'
import { RadioGroupField } from '../../components/radio-group-field'
import { GlueScopeFields } from './glue-scope-fields'

export function GlueStep() {
  const glueAccess = useWatch({ name: 'glueAccess' }) as string
  return (
    <>
      <h3>AWS Glue Data Catalog</h3>
      <RadioGroupField
        name="glueAccess"
        legend="AWS Glue Data Catalog access"
        options={[
          { value: 'none', label: 'None', description: 'Jobs do not use the Data Catalog as their metastore.' },
          {
            value: 'read',
            label: 'Read only',
            description: 'Read databases, tables, partitions and functions of this account’s catalog in this region.',
          },
          {
            value: 'create-read',
            label: 'Create and read',
            description: 'Also create databases and create, update and delete tables and partitions (AWS’s sample policy).',
          },
        ]}
      />
      {glueAccess !== 'none' && <GlueScopeFields />}
    </>
  )
}
