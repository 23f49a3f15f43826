/**
 * Puts the validator's problems for a sheet where the producer finds them: the
 * sheet row of the item and the column of the field ("Row 11, column Year"),
 * not "Event 7", which counts only the rows that became events.
 */
import type { DataProblem } from './types.js';
import { SHEET_COLUMNS, type SheetPlaces } from './sheet-columns.js';

/** The column a field of ours was read from, by key. */
function columnKeyFor(problem: DataProblem, places: SheetPlaces): string | undefined {
  const has = (key: string) => Object.hasOwn(places.columns, key);
  const sheets = has('year');
  const field = problem.field.split(/[.[]/)[0];
  const datePart = (prefix: '' | 'end') =>
    problem.code === 'badMonth' ? `${prefix}month` : problem.code === 'badDay' ? `${prefix}day` : `${prefix}year`;
  switch (field) {
    case 'date':
      return sheets ? datePart('') : 'date';
    case 'end':
      return sheets ? datePart('end') : 'end';
    case 'displayDate':
      return 'displaydate';
    case 'headline':
    case 'label':
      return 'headline';
    case 'body':
      return sheets ? 'text' : 'body';
    case 'id':
      return has('uniqueid') ? 'uniqueid' : has('id') ? 'id' : 'headline';
    case 'media':
      return problem.field === 'media.alt' ? (has('mediaalt') ? 'mediaalt' : 'alttext') : 'media';
    case 'group':
    case 'source':
      return field;
    default:
      return undefined;
  }
}

export function placeInSheet(problem: DataProblem, places: SheetPlaces): DataProblem {
  if (problem.row !== undefined || problem.index === undefined || problem.subject === 'document') return problem;
  const row = places[problem.subject][problem.index];
  if (row === undefined) return problem;
  const key = columnKeyFor(problem, places);
  const column = key === undefined ? undefined : (places.columns[key] ?? SHEET_COLUMNS[key]);
  return { ...problem, row, ...(column ? { column } : {}) };
}
