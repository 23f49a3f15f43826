// The element's side of the stated limits (src/data/limits.ts; issue 29): past
// each, a problem that names it, and nothing parsed or drawn that should not be.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readSourceText } from '../../src/data/read-source.js';
import { validateDocument } from '../../src/data/validate.js';
import { describeProblem } from '../../src/data/describe.js';
import { MAX_DEPTH, MAX_EVENTS, MAX_TEXT_CHARS } from '../../src/data/limits.js';

describe('what a timeline reads', () => {
  it('reads no text past the size limit, JSON or CSV, and says so', async () => {
    const big = `{"events": [], "pad": "${'x'.repeat(MAX_TEXT_CHARS)}"}`;
    for (const format of ['json', 'csv'] as const) {
      const { doc, problems } = await readSourceText(big, { field: 'src', format });
      expect(doc.events).to.have.length(0);
      expect(problems.map((problem) => describeProblem(problem))).to.deep.equal([
        'The timeline: the file at src is 20.0 MB; a timeline reads at most 20 MB (not read)',
      ]);
    }
  });

  it('parses no JSON nested past the depth limit, and says so', async () => {
    const { problems } = await readSourceText('['.repeat(100_000), { field: 'src' });
    expect(problems.map((problem) => describeProblem(problem))).to.deep.equal([
      `The timeline: the file at src nests 100000 levels deep; a timeline reads at most ${MAX_DEPTH} (not read)`,
    ]);
    const fine = await readSourceText('{"events": [{"id": "a", "date": "2001", "headline": "[[[{{{"}]}', { field: 'src' });
    expect(fine.doc.events).to.have.length(1);
  });

  it('shows the first events up to the limit and names the rest as left out', () => {
    const events = Array.from({ length: MAX_EVENTS + 5 }, (_, i) => ({ id: `e${i}`, date: '2001', headline: `Event ${i}` }));
    const { doc, problems } = validateDocument({ events });
    expect(doc.events).to.have.length(MAX_EVENTS);
    expect(problems.map((problem) => describeProblem(problem))).to.deep.equal([
      `The timeline: events has ${MAX_EVENTS + 5}, more than a timeline shows (${MAX_EVENTS}): the first ${MAX_EVENTS} are shown`,
    ]);
  });
});
