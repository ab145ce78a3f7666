// The credit record an objection or a repair is about, as both lists show it: whom it concerns, its document
// number on the grey line under it; the export keeps both in one cell.
import type { ListColumn } from '../../components/ListPage';
import { SecondaryLine } from '../../components/SecondaryLine';

interface RecordRef {
  subjectName: string;
  documentNumber: string;
}

export const recordColumn = <Row extends { record: RecordRef }>(): ListColumn<Row> => ({
  key: 'record',
  title: 'ob.record',
  text: (r) => `${r.record.subjectName} ${r.record.documentNumber}`,
  render: (r) => (
    <>
      <div>{r.record.subjectName}</div>
      <SecondaryLine>{r.record.documentNumber}</SecondaryLine>
    </>
  ),
});
