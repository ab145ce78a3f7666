// A list row's actions: only those that apply to it, or nothing at all. ListPage leaves out an actions column
// whose cells are all empty, so a page of settled rows shows no column blank on every row.
import { createElement, type ReactNode } from 'react';
import { Space } from 'antd';
import { isEmptyCell } from './cell-value';

/** The buttons given that apply (`null` or `false` for one that does not), side by side; null when none do. */
export function actionCell(...buttons: ReactNode[]): ReactNode {
  const shown = buttons.filter((b) => !isEmptyCell(b));
  return shown.length ? createElement(Space, { size: 'small' }, ...shown) : null;
}
