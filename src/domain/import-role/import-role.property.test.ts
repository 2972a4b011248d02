import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { configShapeSchema } from '../config/schema'
import { importRole } from './import-role'

/** Pieces a paste is made of: the markers each reader looks for, JSON, and noise. */
const piece = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom(
    '{"Role": {"RoleName": "r", "AssumeRolePolicyDocument": "%7B%22Statement%22%3A',
    '{"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}, "PolicyName": "p"}',
    'resource "aws_iam_role" "x" {',
    'assume_role_policy = jsonencode({',
    '<<-EOT\n',
    'EOT\n',
    '}',
    ']',
    '"${data.aws_caller_identity.current.account_id}"',
    'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n',
    '      AssumeRolePolicyDocument: !Sub "${AWS::AccountId}"\n',
    '{"Fn::Sub": ["${X}", {"X": {"Ref": "Y"}}]}',
    '"Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/A"}',
  ),
)

describe('importRole on any text', () => {
  it('never throws, and always returns answers of the configuration’s shape', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const imported = importRole(pieces.join('\n'))
        expect(configShapeSchema.safeParse(imported.values).success).toBe(true)
        expect(Array.isArray(imported.notes) && Array.isArray(imported.unrecognised)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
