import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n';
import { useStaffColumn } from './StaffName';

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale="zh-CN">{children}</I18nProvider>;

describe('a column naming who acted', () => {
  it('exports a service as its domain’s system and the public as such, never as the code the trail keeps', () => {
    const { result } = renderHook(() => useStaffColumn(), { wrapper });
    const column = result.current<{ by: string }>('actor', 'au.actor', (r) => r.by);
    expect(column.text!({ by: 'service:casework' })).toBe('投诉与办件系统');
    expect(column.text!({ by: 'anonymous' })).toBe('社会公众');
    expect(column.text!({ by: 'public' })).toBe('社会公众');
    // seeded and migrated data, built-in defaults, and casework's recount before it acted as service:casework
    expect(column.text!({ by: 'system' })).toBe('系统');
    // an account not read yet keeps its username until the directory answers
    expect(column.text!({ by: 'czj' })).toBe('czj');
  });
});
