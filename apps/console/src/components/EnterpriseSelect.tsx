// An enterprise picked by name or credit code, searched on the server as the officer types (the directory has
// thousands): the value is the enterprise's unified social credit code. Works as a Form.Item child.
import { useLazyQuery } from '@apollo/client/react';
import { SearchSelect, type SearchSelectProps } from './SearchSelect';
import { graphql } from '../gql';

const ENTERPRISE_SEARCH = graphql(`
  query EnterpriseSearch($search: String) {
    enterprises(search: $search, pageSize: 20) {
      items {
        uscc
        name
      }
    }
  }
`);

export function EnterpriseSelect({ width = 420, ...props }: SearchSelectProps) {
  const [search, found] = useLazyQuery(ENTERPRISE_SEARCH);
  const options = (found.data?.enterprises.items ?? []).map((e) => ({
    value: e.uscc,
    label: `${e.name}（${e.uscc}）`,
  }));
  return (
    <SearchSelect
      {...props}
      width={width}
      search={(text) => void search({ variables: { search: text } })}
      searched={found.called}
      options={options}
    />
  );
}
