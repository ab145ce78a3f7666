// en-US: the working-day calendar (every zh-CN key of the area, checked by tsc).
import type { calendar as zh } from '../zh-CN/calendar';

export const calendar: Record<keyof typeof zh, string> = {
  'calendar.years': 'Years loaded',
  'calendar.yearLoaded': '{year}: {count} days loaded',
  'calendar.yearPartial': '{year}: not loaded as a whole ({count} days set one by one)',
  'calendar.confirmWhole': 'Confirm the year is complete',
  'calendar.confirmWholeHint':
    'The days now set for {year} become its whole arrangement. Are all the holidays and exchanged working days of the State Council notice set?',
  'calendar.yearMissing': '{year}: not loaded',
  'calendar.missingWarning':
    'The holidays and exchanged working days of {year} are not loaded: objection, repair, case and evaluation feedback deadlines in that year count plain weekends only until it is, then they are counted again.',
  'calendar.recountHint':
    'Once the calendar is loaded or corrected, the open objections’, repairs’, cases’ and evaluation feedback deadlines are counted again on it, each in its own audit trail.',
  'calendar.yearDays': 'Exceptions in {year}',
  'calendar.none': 'No holidays or exchanged working days loaded for this year',
  'calendar.date': 'Date',
  'calendar.kind': 'Kind',
  'calendar.name': 'Name',
  'calendar.removeConfirm': 'Remove {date}? It will follow the ordinary weekend rule.',
  'calendar.removedName': 'Back to ordinary',
  'calendar.add': 'Load holidays or exchanged working days',
  'calendar.namePlaceholder': 'e.g. Spring Festival',
  'calendar.dates': 'Dates',
  'calendar.datesHint': 'One date per line, or a range with ~, e.g. 2027-02-06~2027-02-13',
  'calendar.invalid': 'Dates not understood: {dates}',
  'calendar.preview': '{count} days will be loaded ({first} to {last})',
  'calendar.submit': 'Load',
  'calendar.csvTitle': 'Import {year} from a CSV file',
  'calendar.csvHint':
    'One day a line: date,kind,name (kind HOLIDAY or WORKDAY, e.g. 2027-02-06,HOLIDAY,Spring Festival); the import replaces the year’s arrangement.',
  'calendar.csvChoose': 'Choose a CSV file',
  'calendar.csvInvalid': 'Line {lines} cannot be read (a date in the year, kind HOLIDAY or WORKDAY, a name)',
  'calendar.csvPreview': '{file}: {count} days, replacing {year}',
  'calendar.csvConfirm': 'Replace the {year} arrangement with this file?',
  'calendar.csvSubmit': 'Import and replace',
  'calendar.csvLoaded': 'Loaded {year}: {count} days',
  'calendar.loaded': '{count} days set',
};
