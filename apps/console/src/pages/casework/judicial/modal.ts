// Which dialog of the judicial supervision page is open, and on what.
import type { JudgmentsQuery } from '../../../gql/graphql';

export type JudgmentRow = JudgmentsQuery['judgments']['items'][number];

export type JudicialModal =
  | null
  | { kind: 'judgment' }
  | { kind: 'fulfilment'; judgment: JudgmentRow }
  | { kind: 'listed'; judgment: JudgmentRow }
  | { kind: 'hearing' };

export interface DialogProps {
  modal: JudicialModal;
  close: () => void;
  departmentOptions: { value: string; label: string }[];
}
