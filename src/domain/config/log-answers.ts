import type { Config } from './schema'

/** The CloudWatch Logs answers of the role's target (EMR Serverless or EMR on EKS), and where the form keeps them. */
export function logAnswers(config: Config): { logs: Config['serverlessLogs']; path: 'serverlessLogs' | 'eks.logs' } {
  return config.target === 'eks' ? { logs: config.eks.logs, path: 'eks.logs' } : { logs: config.serverlessLogs, path: 'serverlessLogs' }
}
