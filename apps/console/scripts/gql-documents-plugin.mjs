// Vite plugin (build only): replace each `graphql(`…`)` call with the parsed document itself, as the codegen
// client preset's Babel plugin does. The preset's graphql() looks documents up in a map of EVERY operation
// (and a shared module of all documents would be one chunk), so the login page would download all of them;
// inlined, each page carries only its own. Types still come from codegen; codegen still validates them.
// It also registers every operation it inlines: the build writes their hashes to trusted-documents.json, which
// the gateway checks browsers' operations against with TRUSTED_DOCUMENTS=required.
import { parse } from 'graphql';
import { TRUSTED_DOCUMENTS_FILE, trustedDocumentHash } from '@integrity/gateway-kit/trusted-documents';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;

/**
 * The source with graphql() calls replaced by their parsed documents, or null when it has none; `register`
 * hears every document's text.
 */
export function replaceGraphqlCalls(code, register = () => {}) {
  let found = false;
  const out = code.replace(CALL, (_call, body) => {
    found = true;
    register(body);
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
  const hashes = new Set();
  return {
    name: 'gql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      hashes.clear();
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: TRUSTED_DOCUMENTS_FILE,
        source: `${JSON.stringify({ hashes: [...hashes].sort() }, null, 2)}\n`,
      });
    },
    transform(code, id) {
      if (
        !/[\\/]src[\\/]/.test(id) ||
        /[\\/]src[\\/]gql[\\/]/.test(id) ||
        !/\.tsx?$/.test(id) ||
        !code.includes('graphql(')
      )
        return null;
      const replaced = replaceGraphqlCalls(code, (body) => hashes.add(trustedDocumentHash(body)));
      return replaced ? { code: replaced, map: null } : null;
    },
  };
}
