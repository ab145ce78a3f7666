import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { RequestContext } from './context.js';
import { unauthenticated } from './errors.js';

/** A UTF-16 surrogate without its partner: not text, and the database would silently store U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** The dotted path of the first string holding a lone surrogate inside a variables value, or null. */
export function loneSurrogatePath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = loneSurrogatePath(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = loneSurrogatePath(v, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Every string a subgraph receives in variables must be well-formed UTF-16: a lone surrogate is
 * BAD_USER_INPUT on the field holding it (its path inside the variable's input object), answered before
 * any resolver runs. One place for every subgraph, so no input can slip past it. (In the document itself
 * graphql-js already refuses a lone surrogate, raw or escaped, as a syntax error.)
 */
export function refuseLoneSurrogates(): express.RequestHandler {
  return (req, res, next) => {
    const body = req.body as { variables?: unknown } | undefined;
    const path = body && typeof body === 'object' ? loneSurrogatePath(body.variables) : null;
    if (path === null) return next();
    // `$i: { milestones: [{ name }] }` → "milestones.1.name": the path inside the input object, as elsewhere
    const field = path.includes('.') ? path.slice(path.indexOf('.') + 1) : path;
    res.status(200).json({
      data: null,
      errors: [
        {
          message: `${field}: the text is not valid Unicode (a lone surrogate)`,
          extensions: { code: 'BAD_USER_INPUT', field, reason: 'INVALID_UNICODE', params: { field } },
        },
      ],
    });
  };
}

/**
 * An anonymous caller learns nothing from ids: NOT_FOUND for a fake one next to UNAUTHENTICATED for a
 * real one would tell which records exist, so without a verified caller every NOT_FOUND becomes the
 * UNAUTHENTICATED the real one would have got (saying "expired" where that is why).
 */
export function anonymousNotFoundPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.caller || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const refusal = contextValue.authError ?? unauthenticated();
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            e.extensions?.code === 'NOT_FOUND'
              ? { message: refusal.message, path: e.path, extensions: { code: refusal.extensions.code } }
              : e,
          );
        },
      };
    },
  };
}
