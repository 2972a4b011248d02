/**
 * The bash functions every AWS CLI script defines: read-only calls, changes (only said with --dry-run), documents
 * as JMESPath literals, a line lookup and the path check. They need nothing but bash and the AWS CLI.
 */
export const AWS_CLI_HELPERS = `# Runs one read-only AWS CLI call, its answer going to file $1. Returns 1 when IAM answers that the entity does
# not exist (NoSuchEntity), and stops the script on any other error.
read_aws() {
  local answer="$1"
  shift
  if aws "$@" < /dev/null > "$answer" 2> "$documents/error.txt"; then
    return 0
  fi
  if [[ "$(< "$documents/error.txt")" == *'(NoSuchEntity)'* ]]; then
    return 1
  fi
  cat "$documents/error.txt" >&2
  exit 1
}

# Makes one change with the AWS CLI and says so; with --dry-run only says what it would change.
change() {
  local verb="$1" subject="$2" done_verb
  shift 2
  changes=$((changes + 1))
  if [ "$dry_run" = true ]; then
    printf 'Would %s %s\\n' "$verb" "$subject"
    return 0
  fi
  aws "$@" < /dev/null > /dev/null
  case "$verb" in
    create) done_verb='Created' ;;
    update) done_verb='Updated' ;;
    put) done_verb='Put' ;;
    attach) done_verb='Attached' ;;
    detach) done_verb='Detached' ;;
    delete) done_verb='Deleted' ;;
  esac
  printf '%s %s\\n' "$done_verb" "$subject"
}

# The JSON document in file $1 as a JMESPath literal: between backquotes, its own backquotes escaped.
literal() {
  local json tick='\`'
  json="$(< "$1")"
  printf '%s%s%s' "$tick" "\${json//$tick/\\\\$tick}" "$tick"
}

# Whether file $2 has a line equal to $1.
listed() {
  local line
  while IFS= read -r line; do
    if [ "$line" = "$1" ]; then
      return 0
    fi
  done < "$2"
  return 1
}

# Stops before any change when the role exists with another path: IAM cannot move a role.
check_path() {
  if [ "$1" != "$role_path" ]; then
    printf 'Stopped before any change: role %s exists with path %s, not %s; IAM cannot move a role to another path.\\n' \\
      "$role_name" "$1" "$role_path" >&2
    exit 1
  fi
}
`

/** EMR on EKS: the JMESPath that finds the generated trust statements a role's trust policy does not hold yet. */
export const MISSING_STATEMENT_HELPER = `# JMESPath over \`aws iam get-role\`: [the statement in file $1] when the role's trust policy does not hold it
# yet, [] when it does. Statements are compared whole and exactly, as \`aws emr-containers
# update-role-trust-policy\` compares them; the policy's "Statement" may be one statement or a list.
current_statements='[Role.AssumeRolePolicyDocument.Statement][]'
missing_statement() {
  local statement
  statement="$(literal "$documents/$1")"
  printf '[{held: contains(%s, %s), statement: %s}][?!held].statement' "$current_statements" "$statement" "$statement"
}
`
