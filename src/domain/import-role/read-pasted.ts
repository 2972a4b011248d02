import { readAwsCliOutput } from './read-aws-cli'
import { isCloudFormationTemplate, parseYamlTemplate, readCloudFormation } from './read-cloudformation'
import { looksLikeTerraform, readTerraform } from './read-terraform'
import { emptyPastedRole, excerpt, type PastedRole } from './pasted-role'
import { splitJsonValues } from './split-json-values'

/** Far more than any role's text (a role's policies together are at most a few tens of kilobytes). */
export const MAX_PASTED_CHARS = 1_000_000

/**
 * Recognises what was pasted: Terraform (a resource "aws_iam_role"), a CloudFormation template (JSON or YAML), or
 * AWS CLI output (get-role, get-role-policy, list-attached-role-policies, one after another) and bare documents.
 */
export function readPasted(text: string): PastedRole {
  if (text.trim() === '') return { ...emptyPastedRole(), unrecognised: ['Nothing was pasted.'] }
  if (text.length > MAX_PASTED_CHARS) {
    return { ...emptyPastedRole(), unrecognised: [`The text is ${text.length.toLocaleString('en-US')} characters; a role is far shorter (at most ${MAX_PASTED_CHARS.toLocaleString('en-US')} are read).`] }
  }
  if (looksLikeTerraform(text)) return readTerraform(text)
  const pieces = splitJsonValues(text)
  const template = pieces.find((piece) => piece.kind === 'json' && isCloudFormationTemplate(piece.value))
  if (template?.kind === 'json') {
    const role = readCloudFormation(template.value)
    if (pieces.length > 1) role.unrecognised.push('Only the CloudFormation template was read; the text around it was not.')
    return role
  }
  if (!pieces.some((piece) => piece.kind === 'json')) {
    const yaml = parseYamlTemplate(text)
    if (yaml !== null && isCloudFormationTemplate(yaml.value)) {
      const role = readCloudFormation(yaml.value)
      role.unrecognised.push(...yaml.warnings)
      return role
    }
    return { ...emptyPastedRole(), unrecognised: [`This is not AWS CLI output, a CloudFormation role or a Terraform role: "${excerpt(text)}"`] }
  }
  return readAwsCliOutput(pieces)
}
