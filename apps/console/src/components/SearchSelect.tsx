// A select whose options the server finds as the officer types (lists too long to load whole: enterprises, civil
// servants): the first focus asks for the first page, each keystroke searches again. Works as a Form.Item child.
import { Select } from 'antd';

export interface SearchSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  testId?: string;
  width?: number | string;
}

export function SearchSelect({
  search,
  searched,
  options,
  id,
  value,
  onChange,
  placeholder,
  testId,
  width,
}: SearchSelectProps & {
  /** ask the server (null: no text, the first page) */
  search: (text: string | null) => void;
  /** whether it was asked once already */
  searched: boolean;
  options: { value: string; label: string }[];
}) {
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (s) => search(s.trim() || null) }}
      style={width === undefined ? undefined : { width }}
      value={value}
      onChange={onChange}
      onFocus={() => !searched && search(null)}
      options={options}
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
