import { describe, it } from 'node:test';
import { expect } from 'chai';
import { describeProblem } from '../../src/data/describe.js';
import { readSourceText } from '../../src/data/read-source.js';
import { validateDocument } from '../../src/data/validate.js';
import { defaultJson } from '../helpers.js';

const event = (fields: Record<string, unknown>) => ({ id: 'e', date: '2023', headline: 'Something happens', ...fields });

describe('validateDocument', () => {
  it('reads the default chronology without a single problem', () => {
    const { doc, problems } = validateDocument(defaultJson);
    expect(problems).to.deep.equal([]);
    expect(doc.events.map((e) => e.id)).to.deep.equal([
      'stalin-kim-il-sung', 'korean-war', 'un-sanctions', 'invasion-of-ukraine', 'vostochny-summit',
    ]);
    expect(doc.eras.map((e) => e.label)).to.deep.equal(['Korean War', 'Russia’s war in Ukraine']);
  });

  it('skips an event with an impossible date, names it and the field, and keeps the rest', () => {
    const { doc, problems } = validateDocument({
      events: [
        event({ id: 'ok-1' }),
        event({ id: 'korean-war', date: '1950', end: '1953-13', headline: 'Korean War' }),
        event({ id: 'ok-2' }),
      ],
    });
    expect(doc.events.map((e) => e.id)).to.deep.equal(['ok-1', 'ok-2']);
    expect(problems).to.deep.equal([
      {
        subject: 'event', index: 1, id: 'korean-war', field: 'end', code: 'badMonth', values: { text: '1953-13' },
        message: "'1953-13' is not a valid month", skipped: true,
      },
    ]);
    expect(describeProblem(problems[0])).to.equal(
      "Event 2 'korean-war': end date '1953-13' is not a valid month (left out)",
    );
  });

  it('reports a missing date or headline, and both when both are missing', () => {
    const { doc, problems } = validateDocument({ events: [{ id: 'x' }, event({ headline: 42 })] });
    expect(doc.events).to.have.length(0);
    expect(problems.map((p) => `${p.index}:${p.field}:${p.message}`)).to.deep.equal([
      '0:date:is missing',
      '0:headline:is missing',
      '1:headline:must be text, not a number',
    ]);
  });

  it('keeps an event whose optional field is wrong, dropping only that field', () => {
    const { doc, problems } = validateDocument({ events: [event({ body: ['not', 'text'], colour: 'red' })] });
    expect(doc.events).to.have.length(1);
    expect(doc.events[0].body).to.equal(undefined);
    expect(problems.map((p) => [p.field, p.skipped])).to.deep.equal([
      ['colour', false],
      ['body', false],
    ]);
  });

  it('refuses an outside-the-article fact without its citation', () => {
    const { doc, problems } = validateDocument({ events: [event({ outside: { note: 'From elsewhere' } })] });
    expect(doc.events).to.have.length(0);
    expect(problems[0]).to.include({ field: 'outside', skipped: true });
  });

  it('drops links that are not http(s)', () => {
    const { doc, problems } = validateDocument({
      events: [event({ outside: { note: 'n', citation: 'c', url: 'javascript:alert(1)' } })],
    });
    expect(doc.events[0].outside).to.deep.equal({ note: 'n', citation: 'c' });
    expect(problems[0]).to.include({ field: 'outside.url', skipped: false });
  });

  it('renames a duplicate id so deep links stay unambiguous, and says so', () => {
    const { doc, problems } = validateDocument({ events: [event({ id: 'a' }), event({ id: 'a' })] });
    expect(doc.events.map((e) => e.id)).to.deep.equal(['a', 'a-2']);
    expect(problems[0]).to.include({ index: 1, field: 'id', message: "'a' is used twice; this one is now 'a-2'" });
  });

  it('gives events without an id a positional one', () => {
    const { doc, problems } = validateDocument({ events: [{ date: '2001', headline: 'h' }] });
    expect(doc.events[0].id).to.equal('event-1');
    expect(problems[0]).to.include({ field: 'id', skipped: false });
  });

  it('rejects open ends on events but accepts them on eras', () => {
    const { doc, problems } = validateDocument({
      events: [event({ date: '2022/..' })],
      eras: [{ id: 'war', date: '2022-02-24/..', label: 'War' }],
    });
    expect(doc.events).to.have.length(0);
    expect(doc.eras).to.have.length(1);
    expect(problems[0]).to.include({ subject: 'event', field: 'date' });
  });

  it('reports non-objects at every level without throwing', () => {
    for (const input of [null, 42, 'text', [], { events: 'none' }, { events: [null, 7] }]) {
      const { doc, problems } = validateDocument(input);
      expect(doc.events, JSON.stringify(input)).to.deep.equal([]);
      expect(problems.length, JSON.stringify(input)).to.be.greaterThan(0);
    }
  });

  it('reports broken JSON as a problem of the document', async () => {
    const { doc, problems } = await readSourceText('{"events": [', { field: 'src' });
    expect(doc.events).to.deep.equal([]);
    expect(problems[0]).to.include({ subject: 'document', field: 'src', skipped: true });
    expect(problems[0].message).to.match(/^is not valid JSON/);
  });
});
