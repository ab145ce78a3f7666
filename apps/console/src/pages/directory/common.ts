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
