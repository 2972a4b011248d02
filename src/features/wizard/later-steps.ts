// Every step after the first, in one chunk of their own: the first page load needs only the first step.
export { EksClustersStep } from './eks-clusters-step'
export { EksSubmittersStep } from './eks-submitters-step'
export { GlueStep } from './glue-step'
export { LogsStep } from './logs-step'
export { ReviewStep } from './review-step'
export { RoleSettingsFields } from './role-settings-fields'
export { S3Step } from './s3-step'
export { TrustStep } from './trust-step'
