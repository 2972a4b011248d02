// hcl2-parser (MIT) ships no types; used by tests only, to parse the Terraform renderer's output.
declare module 'hcl2-parser' {
  const hcl: { parseToObject(source: string): [unknown, unknown] }
  export default hcl
}
