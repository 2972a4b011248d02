import { MAX_CONFIG_BYTES, MAX_JSON_DEPTH } from './input-limits'

export const USAGE = `Usage: emr-role-builder generate (--config <path> | --link '<share URL>')... [options]
       emr-role-builder check <file>... [--kind permissions|trust|submitter] [--role-name <name>]
                              [--account-id <id>] [--format text|json]
       emr-role-builder schema
       emr-role-builder --help

generate writes the IAM documents of EMR job roles, in every format, from configurations made by the app.

  --config <path>    a configuration file ("Export configuration"), or a folder: every *.json in it, sorted
                     by name; "-" reads one configuration from standard input. May be repeated.
  --link <url>       a share link ("Copy share link"). May be repeated.
  --format <format>  json, aws-cli, cloudformation, terraform or all (default: all)
  --out <folder>     where to write (default: the current folder). From one configuration file, link or
                     standard input the files go straight into the folder; from a folder of configurations or
                     several --config/--link, each role goes into <folder>/<role-name>/ (two configurations
                     with the same role name, in any case, are an error).
  --strict           warnings fail the run too (exit 1, nothing written)
  -h, --help         print this help

Before anything is written, every configuration is validated and every document measured against its IAM
quota: trust policy 4,096 characters at most, inline policies 10,240 together, customer managed policies
6,144 each (white space not counted). Warnings, one line each on standard error: broad access, and a trust
policy over the default quota of 2,048 (an increase up to 4,096 can be requested).

Files are written to a temporary folder beside --out and moved into place only when every file was written,
so a failed run leaves nothing behind. Files of the same names are replaced (regenerating into the same
folder is expected); other files there are left alone; a folder where a file should go is an error.

Configuration files are read up to ${MAX_CONFIG_BYTES / 1024 / 1024} MiB, with JSON nested up to ${MAX_JSON_DEPTH} levels.

Exit status: 0 written (paths on standard output); 1 nothing written: an invalid, unreadable or oversized
configuration, a quota breach, a warning under --strict, or a file that cannot be written; 2 wrong usage.

emr-role-builder check reads IAM policy documents (JSON; "-" is standard input) and prints the app's findings:
invalid JSON or grammar, unknown actions and condition keys, actions that match no resource in their Resource,
operators that do not fit their key, broad grants (PassRole, NotAction, wildcards), duplicate Sids, redundant
statements, trust policies anyone can assume, and EMR on EKS service-account names that do not match the role.

  --kind <kind>        permissions, trust or submitter (default: trust when a statement has a Principal)
  --role-name <name>   the role the trust policy belongs to: checks the EMR on EKS base36 service-account name
  --account-id <id>    the role's account: the fix for a missing aws:SourceAccount uses it
  --format <format>    text: one "file:line:col severity rule message" line per finding (default); json: every
                       file with its findings (offsets, line, column, fixes)

Exit status: 0 no error findings (security findings, warnings and suggestions are printed but pass); 1 an error
finding or a file that cannot be read; 2 wrong usage.

emr-role-builder schema prints the JSON Schema of configuration files.`
