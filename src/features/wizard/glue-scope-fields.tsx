import { useFormContext, useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { RadioGroupField } from '../../components/radio-group-field'
import type { GlueScope } from '../../domain/config/glue-scope-schema'
import type { ConfigInput } from '../../domain/config/schema'
import { GlueDatabaseList } from './glue-database-list'

/** With Glue access on: which databases, the Iceberg REST endpoint, and Lake Formation. */
export function GlueScopeFields() {
  const { getValues, setValue } = useFormContext<ConfigInput>()
  const scope = useWatch({ name: 'glueScope.scope' }) as GlueScope['scope']
  // Listing databases starts with one empty row to fill in (a new answer holds none).
  const onScopeChange = (value: string) => {
    if (value === 'databases' && getValues('glueScope.databases').length === 0) {
      setValue('glueScope.databases', [{ name: '', access: 'read', tables: [] }], { shouldDirty: true })
    }
  }
  return (
    <>
      <RadioGroupField
        name="glueScope.scope"
        legend="Databases jobs use"
        onChange={onScopeChange}
        options={[
          {
            value: 'databases',
            label: 'Databases I list',
            description: 'Only these databases (and, if you list them, only these tables); Spark still looks up the default database.',
          },
          { value: 'all-databases', label: 'All databases', description: 'Every database of the catalog, other teams’ and later ones included.' },
        ]}
      />
      {scope === 'databases' && <GlueDatabaseList />}
      <CheckboxField
        name="glueScope.icebergRest"
        label="Jobs use the Glue Iceberg REST endpoint"
        hint="Adds glue:GetCatalog on the catalog, which the endpoint (https://glue.<region>.amazonaws.com/iceberg) asks for first."
      />
      <CheckboxField
        name="lakeFormation.enabled"
        label="Lake Formation governs the tables’ data"
        hint={
          'Adds lakeformation:GetDataAccess (EMR Serverless 7.2.0 and later, EMR on EKS 7.7 and later, with Lake Formation ' +
          'turned on for the application or virtual cluster). Your data-lake administrator grants DESCRIBE and SELECT ' +
          '(INSERT, DELETE, ALTER to write) on the databases and tables in Lake Formation.'
        }
      />
    </>
  )
}
