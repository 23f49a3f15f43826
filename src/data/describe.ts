/**
 * Plain-language text for a DataProblem, as an editor reads it in the console
 * or in editor mode: "Event 3 'korean-war': end date '1953-13' is not a valid month".
 */
import type { DataProblem } from './types.js';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  date: 'date',
  end: 'end date',
  displayDate: 'display date',
  src: 'the file at src',
  'media.alt': 'the image’s alt text',
  'media.url': 'the media address',
  'outside.url': 'the citation link',
};

const SUBJECTS = { document: 'The timeline', event: 'Event', era: 'Era' } as const;

export function describeProblem(problem: DataProblem): string {
  const who =
    problem.index === undefined
      ? SUBJECTS[problem.subject]
      : `${SUBJECTS[problem.subject]} ${problem.index + 1}${problem.id ? ` '${problem.id}'` : ''}`;
  const field = problem.field ? `${FIELD_NAMES[problem.field] ?? problem.field} ` : '';
  const outcome = problem.skipped && problem.index !== undefined ? ' (left out)' : '';
  return `${who}: ${field}${problem.message}${outcome}`;
}
