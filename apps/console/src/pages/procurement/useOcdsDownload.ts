import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';

const OCDS = graphql(`
  query ProjectOcds($id: ID!) {
    procurementProject(id: $id) {
      id
      ocid
      ocdsRelease
    }
  }
`);

/** Saves a project's OCDS release as `<ocid>.json`; a failure goes to `fail` with the GraphQL error. */
export function useOcdsDownload(fail: (error: unknown) => void) {
  const client = useApolloClient();
  return async (id: string) => {
    const { data, error } = await client.query({ query: OCDS, variables: { id }, fetchPolicy: 'network-only' });
    if (error || !data?.procurementProject) return fail(error);
    const blob = new Blob([JSON.stringify(data.procurementProject.ocdsRelease, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${data.procurementProject.ocid}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
}
