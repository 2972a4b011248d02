/**
 * BASE36_ENCODED_ROLE_NAME as the AWS CLI computes it (domain-facts §1.1): the role name's bytes read as one
 * big-endian integer, written in lower-case base 36 without padding. Case-sensitive: "MyRole" ≠ "myrole".
 */
export function base36RoleName(roleName: string): string {
  let value = 0n
  for (const byte of new TextEncoder().encode(roleName)) value = value * 256n + BigInt(byte)
  return value.toString(36)
}
