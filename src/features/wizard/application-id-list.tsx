import { StringList } from './string-list'

export function ApplicationIdList() {
  return (
    <StringList
      name="trust.applicationIds"
      valueKey="id"
      legend="Application IDs"
      itemLabel="Application ID"
      addLabel="Add application"
      placeholder="00fabcdexample01"
    />
  )
}
