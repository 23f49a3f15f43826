// The default chronology's translations, fact by fact against the English
// (issue 31): docs/translations.md, for an editor fluent in each language to
// review. `node --import tsx scripts/translation-review.mjs` writes it; with
// --check it fails when the file is out of date or a fact does not hold
// (test/data/default-translations.node.test.ts runs the same checks).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Every name the chronology mentions, as the English writes it and as each
 * translation must (stems, as Russian and Ukrainian decline names). A name in
 * an English field must be in its translation, and a name in a translation must
 * be in the English: nothing dropped, nothing added.
 */
export const NAMES = [
  { en: /Stalin/, ru: /Сталин/, uk: /Сталін/, ko: /스탈린/, forms: 'Сталин · Сталін · 스탈린' },
  { en: /Josef/, ru: /Иосиф/, uk: /Йосип/, ko: /이오시프/, forms: 'Иосиф · Йосип · 이오시프' },
  { en: /Kim Il Sung/, ru: /Ким Ир Сен/, uk: /Кім Ір Сен/, ko: /김일성/, forms: 'Ким Ир Сен · Кім Ір Сен · 김일성' },
  // The article's "Kim" alone is Kim Jong Un.
  {
    en: /Kim(?! Il Sung)/,
    ru: /Ким(?! Ир)/,
    uk: /Кім(?! Ір)/,
    ko: /김정은/,
    forms: 'Ким Чен Ын (Ким) · Кім Чен Ин (Кім) · 김정은',
    name: 'Kim Jong Un',
  },
  // Named in full where the English does, and may be where it says "Kim".
  {
    en: /Jong Un/,
    ru: /Ким Чен Ын/,
    uk: /Кім Чен Ин/,
    ko: /김정은/,
    forms: 'Ким Чен Ын · Кім Чен Ин · 김정은',
    name: 'Kim Jong Un (in full)',
    oneWay: true,
  },
  { en: /Putin/, ru: /Путин/, uk: /Путін/, ko: /푸틴/, forms: 'Путин · Путін · 푸틴' },
  { en: /Vladimir/, ru: /Владимир/, uk: /Володимир/, ko: /블라디미르/, forms: 'Владимир · Володимир · 블라디미르' },
  {
    en: /Vostochny/,
    ru: /Восточный/,
    uk: /Восточний/,
    ko: /보스토치니/,
    forms: 'космодром Восточный · космодром Восточний · 보스토치니 우주기지',
  },
  { en: /Tsiolkovsky/, ru: /Циолковский/, uk: /Ціолковський/, ko: /치올콥스키/, forms: 'Циолковский · Ціолковський · 치올콥스키' },
  { en: /Amur/, ru: /Амурск/, uk: /Амурськ/, ko: /아무르주/, forms: 'Амурская область · Амурська область · 아무르주' },
  {
    en: /Blagoveshchensk/,
    ru: /Благовещенск/,
    uk: /Благовєщенськ/,
    ko: /블라고베셴스크/,
    forms: 'Благовещенск · Благовєщенськ · 블라고베셴스크',
  },
  { en: /Moscow/, ru: /Москв/, uk: /Москв/, ko: /모스크바/, forms: 'Москва · Москва · 모스크바' },
  { en: /Pyongyang/, ru: /Пхеньян/, uk: /Пхеньян/, ko: /평양/, forms: 'Пхеньян · Пхеньян · 평양' },
  { en: /North Korea/, ru: /Северн\S* Коре/, uk: /Північн\S* Коре/, ko: /북한/, forms: 'Северная Корея · Північна Корея · 북한' },
  { en: /Russia/, ru: /[Рр]осси/, uk: /[Рр]осі/, ko: /러시아/, forms: 'Россия · Росія · 러시아' },
  { en: /Ukraine/, ru: /Украин/, uk: /Україн/, ko: /우크라이나/, forms: 'Украина · Україна · 우크라이나' },
  { en: /Soviet/, ru: /[Сс]оветск|СССР/, uk: /[Рр]адянськ|СРСР/, ko: /소련/, forms: 'советский, СССР · радянський, СРСР · 소련' },
  {
    en: /Korean War/,
    ru: /Корейск\S* войн/,
    uk: /Корейськ\S* війн/,
    ko: /한국전쟁/,
    forms: 'Корейская война · Корейська війна · 한국전쟁',
  },
  { en: /U\.N\./, ru: /ООН/, uk: /ООН/, ko: /유엔/, forms: 'ООН · ООН · 유엔' },
  {
    en: /Security Council/,
    ru: /Совет\S* Безопасности/,
    uk: /Рад\S* Безпеки/,
    ko: /안전보장이사회/,
    forms: 'Совет Безопасности · Рада Безпеки · 안전보장이사회',
  },
  {
    en: /World War II/,
    ru: /Втор\S* мировой/,
    uk: /Друг\S* світов/,
    ko: /제2차 세계대전/,
    forms: 'Вторая мировая война · Друга світова війна · 제2차 세계대전',
  },
  { en: /Europe/, ru: /Европ/, uk: /Європ/, ko: /유럽/, forms: 'Европа · Європа · 유럽' },
];

/** English number words the chronology uses, and a two-digit range end ("1950–53"), as the figures a translation may write. */
const WORDS = {
  five: 5,
  eight: 8,
  eighteen: 18,
  'eight decades': 80,
  'world war ii': 2,
  'feb\\.': 2,
  march: 3,
  'sept\\.': 9,
  'oct\\.': 10,
};
export function englishNumbers(text) {
  const found = new Set((text.match(/\d+/g) ?? []).map(Number));
  for (const [, from, to] of text.matchAll(/(\d{4})[-–](\d{2})\b/g)) found.add(Number(from.slice(0, 2) + to));
  for (const [word, n] of Object.entries(WORDS)) if (new RegExp(`\\b${word}(?!\\w)`, 'i').test(text)) found.add(n);
  return found;
}
export const numbersIn = (text) => (text.match(/\d+/g) ?? []).map(Number);

/** Quotation marks: translated speech is reported, never quoted (the AP's English, translated, is not anyone's words). */
export const QUOTATION_MARKS = /[«»“”„"「」『』‘]/;

/** The English text of each translated field of an event, and the document's own. */
export function fields(doc) {
  const out = [
    { id: 'title', field: 'title', en: doc.title, of: (t) => t.title },
    { id: 'description', field: 'description', en: doc.description, of: (t) => t.description },
  ];
  for (const e of doc.events) {
    const of = (get) => (t) => get(t.events?.[e.id] ?? {});
    out.push({ id: e.id, field: 'headline', en: e.headline, of: of((x) => x.headline) });
    out.push({ id: e.id, field: 'body', en: e.body, of: of((x) => x.body) });
    e.source?.quote.forEach((q, i) => out.push({ id: e.id, field: `quote ${i + 1}`, en: q, of: of((x) => x.quote?.[i]), speech: true }));
    if (e.relative) {
      out.push({ id: e.id, field: 'wording', en: e.relative.wording, of: of((x) => x.wording) });
      out.push({ id: e.id, field: 'arithmetic', en: e.relative.arithmetic, of: of((x) => x.arithmetic) });
    }
    if (e.outside) out.push({ id: e.id, field: 'note', en: e.outside.note, of: of((x) => x.note) });
  }
  for (const era of doc.eras ?? []) out.push({ id: `era ${era.id}`, field: 'label', en: era.label, of: (t) => t.eras?.[era.id]?.label });
  return out;
}

/** Every fact that does not hold, as a sentence; empty when the translations check out. */
export function factProblems(doc) {
  const problems = [];
  for (const [lang, t] of Object.entries(doc.translations ?? {})) {
    for (const f of fields(doc)) {
      const text = f.of(t);
      const where = `${lang} ${f.id} ${f.field}`;
      if (!text) {
        problems.push(`${where}: not translated`);
        continue;
      }
      for (const name of NAMES) {
        if (!name[lang]) continue;
        const inEnglish = name.en.test(f.en);
        if (inEnglish !== name[lang].test(text) && (inEnglish || !name.oneWay))
          problems.push(`${where}: ${name.name ?? name.en.source} ${inEnglish ? 'is missing' : 'is not in the English'} (${name.forms})`);
      }
      const english = englishNumbers(f.en);
      for (const n of numbersIn(text)) if (!english.has(n)) problems.push(`${where}: ${n} is not a figure the English gives`);
      if (QUOTATION_MARKS.test(text)) problems.push(`${where}: has quotation marks; report speech, never quote a translation`);
    }
  }
  return problems;
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');

/** docs/translations.md: for each item, its date in each language, the names and figures to check, and the texts. */
export async function reviewPage(doc) {
  const { parseSpan } = await import('../src/dates/edtf-parse.ts');
  const { formatSpan } = await import('../src/dates/format.ts');
  const languages = { en: (await import('../src/i18n/en.ts')).en };
  for (const lang of Object.keys(doc.translations)) languages[lang] = Object.values(await import(`../src/i18n/${lang}.ts`))[0];
  const langs = Object.keys(doc.translations);
  const lines = [
    '# The default chronology in Russian, Ukrainian and Korean: a review sheet',
    '',
    'Generated from `data/summit-2023.json` by `node --import tsx scripts/translation-review.mjs`;',
    '`npm test` fails when it is out of date or a check below does not hold. For an editor',
    'fluent in each language: the dates are formatted by the library, never translated by',
    'hand; check the names, the figures and the sense of each text against the English.',
    '',
    'What the checks hold, field by field (`test/data/default-translations.node.test.ts`):',
    '',
    '- **Names.** Every name in the English is in the translation, in the standard form',
    '  below, and the translation names no one the English does not.',
    '- **Figures.** Every figure in a translation is one the English gives (in digits or',
    '  words: "eighteen months" may be "18 месяцев").',
    '- **Speech.** No translation has quotation marks. Putin spoke Russian and Kim Korean;',
    '  the article prints the AP’s English of what they said, and a Russian or Korean',
    '  rendering of that English is not their words. The translations report what they',
    '  said (indirect speech), and the desk’s translation of each quote is labelled as',
    '  such beside the article’s English, which is always shown.',
    '',
    '## Names',
    '',
    '| English | ru · uk · ko |',
    '| --- | --- |',
    ...NAMES.map((n) => `| ${n.name ?? n.en.source.replace(/\\/g, '').replace(/\(\?!.*\)/, '')} | ${n.forms} |`),
    '',
    'Style: *в Украине* (not *на Украине*) in Russian, as international Russian-language',
    'desks write it; *Восточний* in Ukrainian, the cosmodrome’s name transliterated; titles',
    'the article does not give (such as 국무위원장) are not added.',
  ];
  for (const event of [
    { id: 'title' },
    { id: 'description' },
    ...doc.events,
    ...(doc.eras ?? []).map((era) => ({ ...era, id: `era ${era.id}` })),
  ]) {
    const rows = fields(doc).filter((f) => f.id === event.id);
    lines.push('', `## ${event.date ? `${event.id} (${event.date})` : event.id}`, '');
    if (event.date) {
      const span = parseSpan(event.date, undefined, { allowOpenEnd: true }).value;
      if (span)
        lines.push(
          `Date as shown: ${Object.entries(languages)
            .map(([lang, l]) => `${lang} “${formatSpan(span, l.dates)}”`)
            .join(' · ')}`,
          '',
        );
    }
    lines.push(`| field | en | ${langs.join(' | ')} |`, `| --- | --- | ${langs.map(() => '---').join(' | ')} |`);
    for (const f of rows) {
      const figures = [...englishNumbers(f.en)].sort((a, b) => a - b).join(', ');
      lines.push(
        `| ${f.field}${figures ? ` (figures: ${figures})` : ''} | ${cell(f.en)} | ${langs.map((lang) => cell(f.of(doc.translations[lang]))).join(' | ')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const doc = JSON.parse(readFileSync('data/summit-2023.json', 'utf8'));
  const problems = factProblems(doc);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const page = await reviewPage(doc);
  if (process.argv.includes('--check')) {
    if (readFileSync('docs/translations.md', 'utf8') !== page) {
      console.error('docs/translations.md is out of date: run node --import tsx scripts/translation-review.mjs');
      process.exit(1);
    }
  } else writeFileSync('docs/translations.md', page);
}
