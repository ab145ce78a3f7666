// A civil servant picked by name or complete ID number, searched on the server as the officer types (a county
// has thousands): the value is the civil servant's id, which no page shows. Works as a Form.Item child.
import { useLazyQuery } from '@apollo/client/react';
import { SearchSelect, type SearchSelectProps } from '../../components/SearchSelect';
import { graphql } from '../../gql';

const CIVIL_SERVANT_SEARCH = graphql(`
  query CivilServantSearch($search: String) {
    civilServants(search: $search, pageSize: 20) {
      items {
        id
        name
        idNumberMasked
        post
        department {
          id
          name
        }
      }
    }
  }
`);

export function CivilServantSelect(props: SearchSelectProps) {
  const [search, found] = useLazyQuery(CIVIL_SERVANT_SEARCH);
  const options = (found.data?.civilServants.items ?? []).map((c) => ({
    value: c.id,
    // the name with where they work and the masked ID number: two of one name are told apart
    label: `${c.name}（${c.department.name}${c.post ? `·${c.post}` : ''}，${c.idNumberMasked}）`,
  }));
  return (
    <SearchSelect
      {...props}
      search={(text) => void search({ variables: { search: text } })}
      searched={found.called}
      options={options}
    />
  );
}
