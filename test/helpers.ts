// Shared test inputs: the default chronology as the pure modules see it.
import chronology from '../data/summit-2023.json' with { type: 'json' };
import { validateDocument } from '../src/data/validate.js';

export const defaultJson = chronology;
export const defaultDoc = validateDocument(chronology).doc;

export const eventById = (id: string) => {
  const event = defaultDoc.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the default chronology`);
  return event;
};
