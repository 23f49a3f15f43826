import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'רשימה',
  number: 'מספר',
  boolean: 'ערך בוליאני',
  object: 'אובייקט',
  string: 'טקסט',
  undefined: 'כלום',
};
const q = (text: unknown) => `”${String(text)}“`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);

export const heProblems: ProblemWording = {
  subjects: { document: 'ציר הזמן', event: 'אירוע', era: 'תקופה' },
  fields: {
    date: 'התאריך',
    end: 'תאריך הסיום',
    displayDate: 'התאריך המוצג',
    headline: 'הכותרת',
    body: 'הטקסט',
    src: 'הקובץ ב־src',
    'media.alt': 'הטקסט החלופי של התמונה',
    'media.url': 'כתובת המדיה',
    'outside.url': 'הקישור למקור',
    label: 'השם',
    id: 'id',
  },
  place: (row, column) => `שורה ${row}${column ? `, עמודה ${column}` : ''}`,
  leftOut: 'לא מוצג',
  messages: {
    unknownField: () => 'אינו שדה מוכר, והמערכת התעלמה ממנו',
    notText: (v) => `צריך להיות טקסט, לא ${got(v)}`,
    idMissing: (v) => `חסר; נעשה שימוש ב־${q(v.fallback)} (קישורים ישירים צריכים id קבוע)`,
    idUnusable: (v) => `${got(v)} אינו id שמיש (אותיות, ספרות, - ו־_); נעשה שימוש ב־${q(v.fallback)}`,
    idDuplicate: (v) => `${q(v.id)} מופיע פעמיים; זה נקרא עכשיו ${q(v.renamed)}`,
    missing: () => 'חסר',
    notDate: (v) => `צריך להיות תאריך, לא ${got(v)}`,
    dateShape: (v) =>
      `${q(v.text)} אינו תאריך: כתבו YYYY, ‏YYYY-MM, ‏YYYY-MM-DD או YYYY-MM-DDThh:mm (לפני שנה 1 כתבו -YYYY: ‏‎-0752 היא 753 לפנה״ס; לזמן גאולוגי Y-13800000000), ואם צריך הוסיפו ~ או ?`,
    badMonth: (v) => `${q(v.text)} אינו חודש תקין`,
    badDay: (v) => `${q(v.text)} אינו יום תקין: ב־${v.month} יש ${v.days} ימים`,
    twoSlashes: (v) => `ב־${q(v.text)} יש יותר מ־”/“ אחד`,
    endConflict: (v) => `${q(v.end)} סותר את הטווח ${q(v.text)} שכבר ניתן כתאריך`,
    openEndNotAllowed: () => '”..“ (סוף פתוח) מותר רק בתקופות',
    endBeforeStart: (v) => `${q(v.end)} מוקדם מההתחלה ${q(v.start)}`,
    badSource: () => 'צריך להיות { "quote": ["…"] } עם ציטוט אחד לפחות',
    badRelative: () => 'צריך לכלול את הטקסטים "wording" ו־"arithmetic"',
    badOutside: () => 'צריך לכלול את הטקסטים "note" ו־"citation"; עובדה מחוץ לכתבה בלי מקור אינה מוצגת',
    badMedia: () => 'צריך להיות אובייקט עם "url"',
    badMediaUrl: (v) => `${got(v)} אינו כתובת אינטרנט, ולכן המדיה לא מוצגת`,
    altFromCaption: () => 'חסר; הכיתוב משמש לתיאור התמונה',
    altDecorative: () => 'חסר ואין כיתוב: התמונה מוצגת כקישוטית (alt=""); תארו אותה אם היא אומרת יותר מהטקסט',
    mediaQuote: () => 'היה סימון (ציטוט); מוצג כציטוט בכרטיס',
    mediaPost: (v) => `היה קוד הטמעה של פוסט ב־${v.text}; מוצגות מילותיו עם קישור למקור (הסקריפט של הרשת לא מורץ)`,
    mediaFrame: (v) => `היה <iframe>; מוצג כקישור אל ${v.text ? q(v.text) : 'שום מקום (לא היה לו src)'}, לעולם לא כמסגרת מאתר אחר`,
    notWebLink: (v) => `${got(v)} אינו קישור http(s)`,
    notObject: (v) => `צריך להיות אובייקט, לא ${got(v)}`,
    emptyHeadline: () => 'אין בה טקסט אחרי הסרת הסימון',
    badArticle: () => 'צריך להיות אובייקט עם טקסט "title"',
    eventsMissing: () => 'חסרים: אין מה להציג',
    notList: (v) => `צריך להיות רשימה, לא ${got(v)}`,
    eventsEmpty: () => 'ריק: אין מה להציג',
    notDocument: (v) => `ציר זמן צריך להיות אובייקט JSON עם "events", לא ${got(v)}`,
    notJson: (v) => `אינו JSON תקין (${v.detail})`,
    badSrc: (v) => `${q(v.src)} אינו כתובת שציר הזמן רשאי לטעון ממנה (http, ‏https או נתיב באתר הזה)`,
    loadFailed: (v) => `לא ניתן היה לטעון את ${q(v.src)} (${v.detail})`,
    httpError: (v) => `לא ניתן היה לטעון את ${q(v.src)}: HTTP ${v.status}`,
    readFailed: (v) => `לא ניתן היה לקרוא את ${q(v.src)} (${v.detail})`,
    yearMissing: (v) => `השנה ${v.text ? `${q(v.text)} ` : ''}חסרה או שאינה מספר שלם`,
    yearZero: () => 'היא 0, ואין שנת אפס ב־TimelineJS: ‏‎-1 היא 1 לפנה״ס ו־1 היא 1 לספירה',
    yearTooLong: (v) => `${v.year} מחוץ לשנים שציר הזמן הזה ממקם (100 מיליארד שנה לפני שנה 1 ואחריה)`,
    scaleUnsupported: (v) => `${q(v.text)} אינו נתמך: שנים שלפני 9999 לפנה״ס אינן מוצגות, לכל אחת הודעה משלה, והשאר מוצג`,
    csvYear: (v) => `${q(v.text)} אינה שנה שציר הזמן הזה יכול למקם (מספר שלם מ־‎-10000 עד 9999; ‏‎-1 היא 1 לפנה״ס)`,
    csvNoLayout: () => 'אין בשורה הראשונה לא את העמודות של TimelineJS (Year, ‏Headline, …) ולא את שלנו (date, ‏headline, …)',
    csvQuote: () => 'יש בו תא במירכאות שלא נסגרו; ייתכן שהשורות שאחריו התמזגו',
    csvUnknownColumn: (v) =>
      `${q(v.text)} אינה עמודה שציר הזמן הזה קורא, ולכן ${v.count ? `המערכת התעלמה מ־${v.count} התאים המלאים שבה` : 'דבר ממנה אינו מוצג'}${v.fallback ? `. האם התכוונתם ל־${q(v.fallback)}?` : ''}`,
    csvUnusedColumn: (v) => `ציר הזמן הזה לא משתמש ב־${q(v.text)}: ${v.count} התאים המלאים שבה לא מוצגים`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)}: ‏${v.year} או שנת ${v.text} לספירה? כתבו את השנה במלואה; לשנת ${v.text} לספירה הגדירו את התא כטקסט וכתבו 00${v.text}`
        : `ב־${q(v.text)} יש ${String(v.text).length} ספרות בין שנים בנות ארבע: האם זו שנת ${v.text} לספירה או שנה שהוקלדה חסרה? מוצגת כשנת ${v.text} לספירה`,
    csvSpaces: (v) => `סביב ${q(v.text)} יש רווחים; נקרא כ־${q(v.fallback)}`,
    csvDuplicateRow: (v) => `חוזרת בדיוק על שורה ${v.count}`,
    headlineBlank: () => 'ריקה; הקוראים רואים במקומה את תחילת הטקסט',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)} היא שעה, אבל אין בשורה יום בשבילה; השעה לא מוצגת`
        : `${q(v.text)} אינה שעה ביום (כתבו 13:05 או 1:05 PM); השעה לא מוצגת`,
    translationTag: (v) => `${q(v.text)} אינו תג שפה (כמו ru, ‏ko או pt-BR); התרגום שלו לא נקרא`,
    translationUnknownItem: (v) => `מתרגם את ${q(v.id)} ל־${q(v.text)}, אבל בציר הזמן אין פריט עם id כזה`,
    translationMissing: (v) => `אין תרגום ל־${q(v.text)} עבור: ${v.detail}; קוראי השפה רואים שם את המקור`,
    tooLarge: (v) => `גודלו ${v.detail}; ציר זמן קורא לכל היותר ${v.limit} MB (לא נקרא)`,
    tooDeep: (v) => `מקונן לעומק ${v.count} רמות; ציר זמן קורא לכל היותר ${v.limit} (לא נקרא)`,
    tooManyEvents: (v) => `יש בו ${v.count}, יותר ממה שציר זמן מציג (${v.limit}): מוצגים ${v.limit} הראשונים`,
  },
};
