/**
 * Plain-language text for a DataProblem, as an editor reads it in the console
 * or in editor mode: "Event 3 'korean-war': end date '1953-13' is not a valid month".
 * The wording comes from a ProblemWording table, English unless one is given.
 */
import { englishMessages, type ProblemMessages } from '../problems.js';
import type { DataProblem, ProblemSubject } from './types.js';
import { own } from '../own.js';

/** Everything a language needs to describe problems. */
export interface ProblemWording {
  readonly messages: ProblemMessages;
  readonly subjects: Readonly<Record<ProblemSubject, string>>;
  /** Friendly names of fields; others are shown as written. */
  readonly fields: Readonly<Record<string, string>>;
  readonly leftOut: string;
  /** Where a sheet's problem is, as a spreadsheet user finds it: "Row 11, column Year". */
  readonly place: (row: number, column?: string) => string;
}

/** Until the English messages load (they are a lazy chunk in the browser), a problem is named by its code. */
const byCode = new Proxy({}, { get: (_, code) => () => String(code) }) as ProblemMessages;

export const englishWording: ProblemWording = {
  get messages() {
    return englishMessages() ?? byCode;
  },
  subjects: { document: 'The timeline', event: 'Event', era: 'Era' },
  fields: {
    date: 'date',
    end: 'end date',
    displayDate: 'display date',
    src: 'the file at src',
    'media.alt': 'the image’s alt text',
    'media.url': 'the media address',
    'outside.url': 'the citation link',
  },
  leftOut: 'left out',
  place: (row, column) => `Row ${row}${column ? `, column ${column}` : ''}`,
};

export function describeProblem(problem: DataProblem, wording: ProblemWording = englishWording): string {
  const subject = wording.subjects[problem.subject];
  const item = problem.index === undefined ? subject : `${subject} ${problem.index + 1}${problem.id ? ` '${problem.id}'` : ''}`;
  // A sheet's problem is placed by row and column; the field is named only when it is not the column itself.
  const who = problem.row === undefined ? item : wording.place(problem.row, problem.column);
  // In a sheet, the row says where: internal paths ("csv", "translations.ru") would only be noise.
  const named = problem.field && problem.field !== problem.column && !(problem.row !== undefined && /^(csv|translations\.)/.test(problem.field));
  const field = named ? `${own(wording.fields, problem.field) ?? problem.field} ` : '';
  const itemLeftOut = problem.index !== undefined || (problem.row !== undefined && problem.subject !== 'document');
  const outcome = problem.skipped && itemLeftOut ? ` (${wording.leftOut})` : '';
  return `${who}: ${field}${wording.messages[problem.code](problem.values)}${outcome}`;
}
