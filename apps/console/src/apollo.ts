import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { clearSession, loadSession } from './session';

/** The gateway client: bearer token from the session; UNAUTHENTICATED or an expired token ends the session. */
export function createApolloClient(uri = '/graphql') {
  const auth = new SetContextLink((prev) => {
    const session = loadSession();
    if (!session && sessionStorage.getItem('ig.session')) clearSession('expired');
    return session ? { headers: { ...prev.headers, authorization: `Bearer ${session.token}` } } : {};
  });
  const errors = new ErrorLink(({ error }) => {
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (unauthenticated && loadSession()) clearSession('expired');
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        Enterprise: { keyFields: ['uscc'] },
        Region: { keyFields: ['code'] },
      },
    }),
    defaultOptions: {
      watchQuery: { errorPolicy: 'all', fetchPolicy: 'cache-and-network' },
      query: { errorPolicy: 'all' },
    },
  });
}
