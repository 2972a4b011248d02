import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { RadioGroupField } from '../../components/radio-group-field'
import { BucketList } from './bucket-list'
import { TableBucketList } from './table-bucket-list'

export function S3Step() {
  const s3Access = useWatch({ name: 's3Access' }) as string
  return (
    <>
      <h3>Amazon S3</h3>
      <RadioGroupField
        name="s3Access"
        legend="S3 access"
        options={[
          {
            value: 'all',
            label: 'All buckets',
            description: 'Attaches the AWS managed policy AmazonS3FullAccess: full access to every bucket.',
          },
          {
            value: 'specific',
            label: 'Specific buckets',
            description: 'Access only to the buckets you list, read only or read and write. Recommended.',
          },
          { value: 'none', label: 'None', description: 'No S3 access beyond the EMR samples below.' },
        ]}
      />
      {s3Access === 'specific' && <BucketList />}
      <CheckboxField
        name="emrSamplesAccess"
        label="Read access to the EMR sample buckets"
        hint="s3:ListBucket and s3:GetObject on *.elasticmapreduce, where AWS keeps EMR’s sample scripts and data."
      />
      <TableBucketList />
    </>
  )
}
