import { applicationIdFromPaste } from '../../domain/config/pasted-answers'
import { suggestLowerCaseId } from '../../domain/config/suggestions'
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
      hint="The ID, or the application’s ARN (arn:aws:emr-serverless:…:/applications/00fabcdexample01): the ID is read out of it."
      clean={applicationIdFromPaste}
      suggest={suggestLowerCaseId}
    />
  )
}
