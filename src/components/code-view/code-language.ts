/** The languages the preview shows: the IAM documents and the three exports. */
export type CodeLanguage = 'json' | 'shell' | 'yaml' | 'hcl'
