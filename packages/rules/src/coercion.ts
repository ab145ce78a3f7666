/**
 * Reading GraphQL's own coercion errors (they carry no field): shared by the subgraphs' and the
 * gateway's error formatting, so it lives here, free of any server dependency.
 */
const VARIABLE_PATH = /Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/;
const VARIABLE_ROOT = /Variable "\$(\w+)"/;
const ARGUMENT = /[Aa]rgument "(\w+)"|[Ff]ield "\w+\.(\w+)"/;

/**
 * The input field named by a GraphQL coercion error: `Variable "$input" got invalid value "x" at
 * "input.kind"` → "kind"; `Variable "$id" …` → "id". Used by subgraphs and the gateway alike.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const at = VARIABLE_PATH.exec(message);
  if (at) return at[2]!.replace(/^input\./, '');
  const root = VARIABLE_ROOT.exec(message)?.[1];
  if (root) return root;
  const arg = ARGUMENT.exec(message);
  return arg ? (arg[1] ?? arg[2]) : undefined;
}
