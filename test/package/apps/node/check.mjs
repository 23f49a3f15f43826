// A bare Node ESM script with the installed package: every `exports` entry
// resolves to a file that exists (with its types where it has them), and the
// Node entries run. Prints one JSON line for scripts/test-package.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('summit-timeline/package.json')), 'utf8'));
const problems = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  const specifier = entry === '.' ? 'summit-timeline' : `summit-timeline/${entry.slice(2)}`;
  let file;
  try {
    file = fileURLToPath(import.meta.resolve(specifier));
  } catch (error) {
    problems.push(`${specifier}: ${error.code ?? error.message}`);
    continue;
  }
  if (!existsSync(file)) problems.push(`${specifier}: resolves to ${file}, which is not in the package`);
  const types = typeof target === 'object' ? target.types : undefined;
  if (types && !existsSync(fileURLToPath(new URL(types, import.meta.resolve('summit-timeline/package.json')))))
    problems.push(`${specifier}: types ${types} are not in the package`);
}

// The Node entries, run: the static renderer on the package's own chronology.
const { renderStatic } = await import('summit-timeline/static');
const { default: chronology } = await import('summit-timeline/data/summit-2023.json', { with: { type: 'json' } });
const html = await renderStatic(chronology, { id: 'summit' });
if (!html.includes('<summit-timeline') || !html.includes('Vostochny'))
  problems.push('summit-timeline/static: the render lacks the element or the summit');

// The package entry: its pure pipeline runs in Node (the elements register only where there is a registry).
const { validateDocument, parseDate } = await import('summit-timeline');
const { doc } = validateDocument(chronology);
if (doc.events.length < 5) problems.push(`summit-timeline: validateDocument found ${doc.events.length} events`);
if (parseDate('2023-09-13').value?.day !== 13) problems.push('summit-timeline: parseDate did not read 2023-09-13');

console.log(JSON.stringify({ entries: Object.keys(pkg.exports).length, problems }));
