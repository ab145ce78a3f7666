import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const REGIONS = graphql(`
  query Regions {
    regions {
      code
      name
      level
    }
  }
`);

export const DEPARTMENT_OPTIONS = graphql(`
  query DepartmentOptions {
    departments(pageSize: 200) {
      items {
        id
        name
      }
    }
  }
`);

export const ROLES = ['ADMIN', 'LEADER', 'SUPERVISOR', 'OFFICER'] as const;
export const DOMAINS = ['DIRECTORY', 'CREDIT', 'PROCUREMENT', 'INVESTMENT', 'DEBT'] as const;

/**
 * Every department as a select's options (value: id, label: name), for the filters and forms that name one; `skip`
 * leaves the query unsent until a dialog that needs them opens.
 */
export function useDepartmentOptions({ skip = false } = {}): { value: string; label: string }[] {
  const { data } = useQuery(DEPARTMENT_OPTIONS, { skip });
  return (data?.departments.items ?? []).map((d) => ({ value: d.id, label: d.name }));
}
