// Which dialog of the rectification page is open, and on what.
import type { InspectionsQuery, RectificationsQuery } from '../../../gql/graphql';

export type Rectification = RectificationsQuery['rectifications']['items'][number];
export type Inspection = InspectionsQuery['inspections']['items'][number];

export type RectificationModal =
  | null
  | { kind: 'order'; finding?: { id: string; text: string; departmentId: string } }
  | { kind: 'report'; order: Rectification }
  | { kind: 'decide'; order: Rectification }
  | { kind: 'inspection' };

export interface DialogProps {
  modal: RectificationModal;
  close: () => void;
  departmentOptions: { value: string; label: string }[];
}
