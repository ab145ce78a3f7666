// An integrity grade as a coloured tag, the same on the dashboard, the evaluation and the public page.
import { Tag } from 'antd';
import { GRADE } from '../labels';
import { useLabel } from '../labels/useLabel';

const GRADE_COLOR: Record<string, string> = { A: 'green', B: 'blue', C: 'gold', D: 'red' };

export function GradeTag({ grade }: { grade: string }) {
  const { label } = useLabel();
  return <Tag color={GRADE_COLOR[grade]}>{label(GRADE, grade)}</Tag>;
}
