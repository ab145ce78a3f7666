// The shared list page: server-side paging and filters (kept in the URL so drill-down links work),
// sorting only where the server sorts (never the current page alone), export of every match.
import { Fragment, useEffect, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useT } from '../i18n';
import type { MessageKey } from '../messages';
import { errorText, graphQLErrorsOf } from '../errors';
import { ExportButton } from './ExportButton';
import { SecondaryLine } from './SecondaryLine';
import { cellValue, isEmptyCell } from './cell-value';
import './ListPage.css';

export interface ListColumn<Row> {
  key: string;
  title: MessageKey;
  render?: (row: Row) => ReactNode;
  /** the cell's value as text (shown when there is no render, and exported); default: `key` as a dotted path */
  text?: (row: Row) => string | number | null | undefined;
  /** sortable only when the query sorts: `server` names the sort value sent to it */
  sort?: { server: string };
  /** left out of the export (action buttons) */
  noExport?: boolean;
  /** in the export only, not in the table (a project's OCID, which its drawer shows) */
  exportOnly?: boolean;
  /** the export's header when the table's says more than the exported text (标题 / 编号 exports the title) */
  exportTitle?: MessageKey;
  /**
   * other columns (by key) shown in this cell, on a smaller line under its value, so a wide list fits the screen;
   * each keeps its own column in the export (its `text`) and its own `render` here (an empty one shows nothing)
   */
  under?: readonly string[];
  width?: number;
  /** left out of the table while no row on the page has a value (a decision's note on a list of pending ones) */
  optional?: boolean;
}

export interface ListFilter {
  name: string;
  label: MessageKey;
  /** `yes`: a Boolean argument the user can only turn on ("是"), sent as true, or left out */
  type: 'text' | 'select' | 'yes';
  options?: { value: string; label: string }[];
  placeholder?: MessageKey;
}

export interface Paged<Row> {
  items: Row[];
  total: number;
}

export interface ListPageProps<Row, Data, Vars extends OperationVariables> {
  title: MessageKey;
  query: TypedDocumentNode<Data, Vars>;
  pick: (data: Data | undefined) => Paged<Row> | undefined;
  columns: ListColumn<Row>[];
  rowKey: (row: Row) => string;
  filters?: ListFilter[];
  /** fixed variables added to every request */
  variables?: Partial<Vars>;
  /** how the chosen sort is sent; by default as the kit's `sortBy` and `sortDirection` arguments */
  sortVariables?: (field: string, direction: 'ASC' | 'DESC') => Partial<Vars>;
  toolbar?: ReactNode;
  exportName: string;
  pageSizeMax?: number;
}

const PAGE_SIZES = ['10', '20', '50', '100'];

/** The URL's filter texts as the query's arguments: a `yes` filter is the Boolean true (a text would be refused). */
function filterVariables(filters: ListFilter[], values: Record<string, string>): Record<string, string | boolean> {
  const variables: Record<string, string | boolean> = {};
  for (const f of filters) {
    const v = values[f.name];
    if (v) variables[f.name] = f.type === 'yes' ? v === 'true' : v;
  }
  return variables;
}

/** The lists' common sort arguments (subgraph-kit's SortedPageArgs). */
const sortArguments = (field: string, direction: 'ASC' | 'DESC') =>
  ({ sortBy: field, sortDirection: direction }) as Record<string, unknown>;

export function ListPage<Row, Data, Vars extends OperationVariables>(props: ListPageProps<Row, Data, Vars>) {
  const t = useT();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();

  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const pageSize = Math.min(props.pageSizeMax ?? 100, Math.max(1, Number(params.get('pageSize') ?? 20) || 20));
  const filterValues = useMemo(() => {
    const values: Record<string, string> = {};
    for (const f of props.filters ?? []) {
      const v = params.get(f.name);
      if (v) values[f.name] = v;
    }
    return values;
  }, [params, props.filters]);
  // the form follows the URL's filters when they change (a link to this page with others: a record's own
  // history), never on another re-render, which would wipe what the user is typing
  const filterNames = (props.filters ?? []).map((f) => f.name).join(' ');
  const filterKey = JSON.stringify(filterValues);
  useEffect(() => {
    if (!filterNames) return; // no filters, no form to follow
    const values = JSON.parse(filterKey) as Record<string, string>;
    form.setFieldsValue(Object.fromEntries(filterNames.split(' ').map((name) => [name, values[name]])));
  }, [form, filterKey, filterNames]);
  const sortField = params.get('sort');
  const sortDir = params.get('dir') === 'DESC' ? 'DESC' : 'ASC';

  const baseVariables = useMemo(
    () =>
      ({
        ...props.variables,
        ...filterVariables(props.filters ?? [], filterValues),
        ...(sortField ? (props.sortVariables ?? sortArguments)(sortField, sortDir) : {}),
      }) as Partial<Vars>,
    [props, filterValues, sortField, sortDir],
  );
  const variables = { ...baseVariables, page, pageSize } as unknown as Vars;
  const { data, previousData, loading, error, refetch } = useQuery(props.query, {
    variables,
    notifyOnNetworkStatusChange: true,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  } as never);
  // the last page stays in view while the next loads, never after it failed: a failed filter must not show the
  // unfiltered rows and total under the new filter
  const result = props.pick((data ?? (error ? undefined : previousData)) as Data | undefined);
  const errors = graphQLErrorsOf(error);

  const rows = result?.items ?? [];

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  // a wide table scrolls sideways: the row's name stays on the left and its actions on the right, in view
  const byKey = new Map(props.columns.map((c) => [c.key, c]));
  const shownUnder = new Set(props.columns.flatMap((c) => c.under ?? []));
  const show = (c: ListColumn<Row>, row: Row): ReactNode => (c.render ? c.render(row) : cellValue(row, c));
  // the actions column (and an optional one) only while some row on the page has one: never a column blank on every row
  const actionable = (c: ListColumn<Row>) =>
    (c.key !== 'actions' && !c.optional) || rows.some((row) => !isEmptyCell(show(c, row)));
  const columns: TableProps<Row>['columns'] = props.columns
    .filter((c) => !c.exportOnly && !shownUnder.has(c.key) && actionable(c))
    .map((c, i) => ({
      key: c.key,
      dataIndex: c.key,
      title: t(c.title),
      width: c.width,
      fixed: c.key === 'actions' ? ('right' as const) : i === 0 ? ('left' as const) : undefined,
      className: c.key === 'actions' ? 'list-actions' : undefined,
      render: (_: unknown, row: Row) => {
        const value = show(c, row);
        const under = (c.under ?? []).map((key) => show(byKey.get(key)!, row)).filter((v) => !isEmptyCell(v));
        if (!under.length) return value;
        return (
          <>
            <div>{value}</div>
            <SecondaryLine>
              {under.map((v, i) => (
                <Fragment key={i}>
                  {i ? ' · ' : null}
                  {v}
                </Fragment>
              ))}
            </SecondaryLine>
          </>
        );
      },
      sorter: c.sort ? true : undefined,
      sortOrder: c.sort
        ? sortField === c.sort.server
          ? sortDir === 'DESC'
            ? 'descend'
            : 'ascend'
          : null
        : undefined,
    }));

  const onTableChange: TableProps<Row>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const server = props.columns.find((c) => c.key === s?.columnKey)?.sort?.server;
      update({
        sort: server && s?.order ? server : null,
        dir: server && s?.order === 'descend' ? 'DESC' : null,
        page: '1',
      });
      return;
    }
    update({ page: String(pagination.current ?? 1), pageSize: String(pagination.pageSize ?? pageSize) });
  };

  const exported = props.columns.filter((c) => !c.noExport && c.key !== 'actions');
  const fetchPage = async (p: number, size: number) => {
    const res = await client.query({
      query: props.query,
      variables: { ...baseVariables, page: p, pageSize: size } as unknown as Vars,
      fetchPolicy: 'network-only',
    } as never);
    return props.pick((res as { data?: Data }).data);
  };

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t(props.title)}
        </Typography.Title>
      }
      extra={
        <Space>
          {props.toolbar}
          <ExportButton<Row>
            name={props.exportName}
            header={() => exported.map((c) => t(c.exportTitle ?? c.title))}
            cells={(row) => exported.map((c) => cellValue(row, c))}
            fetchPage={fetchPage}
          />
        </Space>
      }
    >
      {props.filters?.length ? (
        <Form
          form={form}
          layout="inline"
          initialValues={filterValues}
          onFinish={(values: Record<string, string | undefined>) =>
            update({
              ...Object.fromEntries((props.filters ?? []).map((f) => [f.name, values[f.name] ?? null])),
              page: '1',
            })
          }
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          {props.filters.map((f) => (
            <Form.Item key={f.name} name={f.name} label={t(f.label)}>
              {f.type === 'select' || f.type === 'yes' ? (
                <Select
                  allowClear
                  style={{ minWidth: 160 }}
                  options={f.type === 'yes' ? [{ value: 'true', label: t('common.yes') }] : f.options}
                  placeholder={t('common.all')}
                />
              ) : (
                <Input allowClear placeholder={t(f.placeholder ?? 'list.searchPlaceholder')} style={{ width: 220 }} />
              )}
            </Form.Item>
          ))}
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  form.setFieldsValue(Object.fromEntries((props.filters ?? []).map((f) => [f.name, undefined])));
                  update({ ...Object.fromEntries((props.filters ?? []).map((f) => [f.name, null])), page: '1' });
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      ) : null}
      {errors.length > 0 || (error && !result) ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errorText(error, t, 'error.network')}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      <Table<Row>
        rowKey={props.rowKey}
        columns={columns}
        dataSource={rows}
        loading={loading}
        onChange={onTableChange}
        locale={{ emptyText: t('common.empty') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: result?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </Card>
  );
}
