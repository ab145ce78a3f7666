import { Component, Suspense, type ReactNode } from 'react';
import { Result, Skeleton } from 'antd';

/** One page failing (a render error) must not take the menu and the other pages with it. */
class Boundary extends Component<
  { children: ReactNode; fallback: (error: Error) => ReactNode },
  { error: Error | null }
> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

export function PageBoundary({ children, resetKey, title }: { children: ReactNode; resetKey: string; title: string }) {
  return (
    <Boundary key={resetKey} fallback={(e) => <Result status="error" title={title} subTitle={e.message} />}>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>{children}</Suspense>
    </Boundary>
  );
}
