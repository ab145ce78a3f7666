// Vite plugin (build only): replace each `graphql(`…`)` call with the parsed document itself, as the codegen
// client preset's Babel plugin does. The preset's graphql() looks documents up in a map of EVERY operation
// (and a shared module of all documents would be one chunk), so the login page would download all of them;
// inlined, each page carries only its own. Types still come from codegen; codegen still validates them.
import { parse } from 'graphql';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;

/** The source with graphql() calls replaced by their parsed documents, or null when it has none. */
export function replaceGraphqlCalls(code) {
  let found = false;
  const out = code.replace(CALL, (_call, body) => {
    found = true;
    const doc = parse(body, { noLocation: true });
    if (
      doc.definitions.some((d) => d.kind === 'FragmentDefinition') ||
      /\.\.\.\s*[A-Za-z_]/.test(body.replace(/\.\.\.\s*on\s/g, ''))
    ) {
      throw new Error('gql-documents: fragments are not inlined; keep operations self-contained');
    }
    return `(${JSON.stringify(doc)})`;
  });
  return found ? out : null;
}

export function gqlDocuments() {
  return {
    name: 'gql-documents',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (
        !/[\\/]src[\\/]/.test(id) ||
        /[\\/]src[\\/]gql[\\/]/.test(id) ||
        !/\.tsx?$/.test(id) ||
        !code.includes('graphql(')
      )
        return null;
      const replaced = replaceGraphqlCalls(code);
      return replaced ? { code: replaced, map: null } : null;
    },
  };
}
