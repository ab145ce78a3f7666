// An enterprise picked by name or credit code, searched on the server as the officer types (the directory has
// thousands): the value is the enterprise's unified social credit code. Works as a Form.Item child.
import { useLazyQuery } from '@apollo/client/react';
import { Select } from 'antd';
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

export function EnterpriseSelect({
  value,
  onChange,
  placeholder,
  testId,
  width = 420,
}: {
  value?: string;
  onChange?: (uscc: string) => void;
  placeholder?: string;
  testId?: string;
  width?: number | string;
}) {
  const [search, found] = useLazyQuery(ENTERPRISE_SEARCH);
  const options = (found.data?.enterprises.items ?? []).map((e) => ({
    value: e.uscc,
    label: `${e.name}（${e.uscc}）`,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (s) => void search({ variables: { search: s || null } }) }}
      style={{ width }}
      value={value}
      onChange={onChange}
      onFocus={() => !found.called && void search({ variables: { search: null } })}
      options={options}
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
