// ExchangeFormat: what each value is called in each locale (pure data).
import type { Label } from './label';

export const EXCHANGE_FORMAT: Record<'JSON' | 'CSV', Label> = {
  JSON: { 'zh-CN': 'JSON 文件', 'en-US': 'JSON file' },
  CSV: { 'zh-CN': 'CSV 表格', 'en-US': 'CSV table' },
};
