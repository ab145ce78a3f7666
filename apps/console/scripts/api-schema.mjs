// The API schema of a supergraph, with graphql-js only: drop join__/link__ types and directives,
// the schema's @link directives, and every element marked @inaccessible.
import { Kind, parse, print, visit } from 'graphql';

const internal = (name) =>
  /^(join__|link__)/.test(name) || name === 'link' || name === 'inaccessible' || name === 'tag';

/** @param {string} supergraphSdl */
export function apiSchemaSdl(supergraphSdl) {
  const doc = parse(supergraphSdl);
  const hidden = (node) => (node.directives ?? []).some((d) => d.name.value === 'inaccessible');
  const stripped = visit(doc, {
    Directive: (node) => (internal(node.name.value) ? null : undefined),
    DirectiveDefinition: (node) => (internal(node.name.value) ? null : undefined),
    FieldDefinition: (node) => (hidden(node) ? null : undefined),
    InputValueDefinition: (node) => (hidden(node) ? null : undefined),
    EnumValueDefinition: (node) => (hidden(node) ? null : undefined),
  });
  const definitions = stripped.definitions.filter((d) => {
    if ('name' in d && d.name && internal(d.name.value)) return false;
    if ('name' in d && d.name && hidden(d)) return false;
    return true;
  });
  // a schema definition naming only the default root types is implied
  const result = { ...stripped, kind: Kind.DOCUMENT, definitions };
  return print(result);
}
