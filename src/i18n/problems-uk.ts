import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null', list: 'список', number: 'число', boolean: 'логічне значення', object: "об'єкт", string: 'текст', undefined: 'нічого',
};
const got = (v: ProblemValues) => (v.got?.text !== undefined ? `«${v.got.text}»` : TYPES[v.got?.type ?? 'undefined']);

export const ukProblems: ProblemWording = {
  subjects: { document: 'Хронологія', event: 'Подія', era: 'Період' },
  fields: { date: 'дата', end: 'дата завершення', displayDate: 'підпис дати', headline: 'заголовок', body: 'текст', src: 'файл за адресою src', 'media.alt': 'альтернативний текст зображення', 'media.url': 'адреса медіафайлу', 'outside.url': 'посилання на джерело', label: 'назва', id: 'id' },
  leftOut: 'не показано',
  messages: {
    unknownField: () => '— невідоме поле, пропущено',
    notText: (v) => `— очікується текст, а не ${got(v)}`,
    idMissing: (v) => `— відсутній; використано «${v.fallback}» (для прямих посилань потрібен сталий id)`,
    idUnusable: (v) => `${got(v)} не годиться як id (літери, цифри, - і _); використано «${v.fallback}»`,
    idDuplicate: (v) => `«${v.id}» трапляється двічі; ця подія тепер «${v.renamed}»`,
    missing: () => '— відсутнє',
    notDate: (v) => `— очікується дата, а не ${got(v)}`,
    dateShape: (v) => `«${v.text}» — не дата: використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД, за потреби з ~ або ?`,
    badMonth: (v) => `«${v.text}» — неіснуючий місяць`,
    badDay: (v) => `«${v.text}» — неіснуючий день: у ${v.month} ${v.days} дн.`,
    twoSlashes: (v) => `«${v.text}» містить більше однієї «/»`,
    endConflict: (v) => `«${v.end}» суперечить інтервалу «${v.text}», уже вказаному в даті`,
    openEndNotAllowed: () => '«..» (відкритий кінець) дозволено лише для періодів',
    endBeforeStart: (v) => `«${v.end}» раніше за початок «${v.start}»`,
    badSource: () => 'має мати вигляд { "quote": ["…"] } принаймні з однією цитатою',
    badRelative: () => 'має містити текстові поля "wording" і "arithmetic"',
    badOutside: () => 'має містити "note" і "citation"; факт не зі статті без джерела не показується',
    badMedia: () => "має бути об'єктом із полем \"url\"",
    badMediaUrl: (v) => `${got(v)} — не вебадреса, медіафайл не показано`,
    altMissing: () => '— відсутній: зображення не показується, доки не має опису',
    notWebLink: (v) => `${got(v)} — не посилання http(s)`,
    notObject: (v) => `— очікується об'єкт, а не ${got(v)}`,
    emptyHeadline: () => '— порожньо після вилучення розмітки',
    badArticle: () => "має бути об'єктом із текстовим полем \"title\"",
    eventsMissing: () => '— відсутні: показувати нічого',
    notList: (v) => `— очікується список, а не ${got(v)}`,
    eventsEmpty: () => '— порожньо: показувати нічого',
    notDocument: (v) => `хронологія має бути об'єктом JSON з "events", а не ${got(v)}`,
    notJson: (v) => `— некоректний JSON (${v.detail})`,
    loadFailed: (v) => `«${v.src}» не вдалося завантажити (${v.detail})`,
    httpError: (v) => `«${v.src}» не вдалося завантажити: HTTP ${v.status}`,
    readFailed: (v) => `«${v.src}» не вдалося прочитати (${v.detail})`,
    yearMissing: (v) => `рік ${v.text ? `«${v.text}» ` : ''}не вказано або це не ціле число`,
    yearBce: (v) => `рік ${v.year} — до 1 р. н. е., такі дати поки не підтримуються`,
    yearTooLong: (v) => `у році ${v.year} більше чотирьох цифр`,
    scaleUnsupported: (v) => `«${v.text}» не підтримується; роки читаються як роки нашої ери`,
    csvYear: (v) => `«${v.text}» — не рік, який можна розмістити (н. е., до чотирьох цифр)`,
    csvNoLayout: () => 'у першому рядку немає ні стовпців TimelineJS (Year, Headline, …), ні наших (date, headline, …)',
    csvQuote: () => 'містить незакриті лапки; наступні рядки могли злитися',
  },
};
