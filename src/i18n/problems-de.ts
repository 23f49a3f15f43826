import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'eine Liste',
  number: 'eine Zahl',
  boolean: 'ein Wahrheitswert',
  object: 'ein Objekt',
  string: 'Text',
  undefined: 'nichts',
};
const q = (text: unknown) => `„${String(text)}“`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);
const cells = (n = 0) => `${n} ${n === 1 ? 'gefüllte Zelle' : 'gefüllten Zellen'}`;

export const deProblems: ProblemWording = {
  subjects: { document: 'Die Chronik', event: 'Ereignis', era: 'Zeitraum' },
  fields: {
    date: 'Datum',
    end: 'Enddatum',
    displayDate: 'angezeigtes Datum',
    headline: 'Überschrift',
    body: 'Text',
    src: 'die Datei unter src',
    'media.alt': 'der Alternativtext des Bildes',
    'media.url': 'die Adresse des Mediums',
    'outside.url': 'der Link der Quelle',
    label: 'Name',
    id: 'id',
  },
  place: (row, column) => `Zeile ${row}${column ? `, Spalte ${column}` : ''}`,
  leftOut: 'ausgelassen',
  messages: {
    unknownField: () => 'ist kein bekanntes Feld und wurde ignoriert',
    notText: (v) => `muss Text sein, nicht ${got(v)}`,
    idMissing: (v) => `fehlt; verwendet wird ${q(v.fallback)} (direkte Links brauchen eine feste id)`,
    idUnusable: (v) => `${got(v)} taugt nicht als id (Buchstaben, Ziffern, - und _); verwendet wird ${q(v.fallback)}`,
    idDuplicate: (v) => `${q(v.id)} kommt zweimal vor; dieses heißt jetzt ${q(v.renamed)}`,
    missing: () => 'fehlt',
    notDate: (v) => `muss ein Datum sein, nicht ${got(v)}`,
    dateShape: (v) =>
      `${q(v.text)} ist kein Datum: schreiben Sie JJJJ, JJJJ-MM, JJJJ-MM-TT oder JJJJ-MM-TTThh:mm (-JJJJ vor dem Jahr 1: -0752 ist 753 v. Chr.; Y-13800000000 für die Tiefenzeit), bei Bedarf gefolgt von ~ oder ?`,
    badMonth: (v) => `${q(v.text)} ist kein gültiger Monat`,
    badDay: (v) => `${q(v.text)} ist kein gültiger Tag: ${v.month} hat ${v.days} Tage`,
    twoSlashes: (v) => `${q(v.text)} enthält mehr als ein „/“`,
    endConflict: (v) => `${q(v.end)} widerspricht dem Zeitraum ${q(v.text)}, der schon als Datum angegeben ist`,
    openEndNotAllowed: () => '„..“ (ein offenes Ende) ist nur bei Zeiträumen erlaubt',
    endBeforeStart: (v) => `${q(v.end)} liegt vor dem Beginn ${q(v.start)}`,
    badSource: () => 'muss { "quote": ["…"] } mit mindestens einem Zitat sein',
    badRelative: () => 'braucht die Texte "wording" und "arithmetic"',
    badOutside: () => 'braucht die Texte "note" und "citation"; eine Tatsache von außerhalb des Artikels ohne Quelle wird nicht gezeigt',
    badMedia: () => 'muss ein Objekt mit "url" sein',
    badMediaUrl: (v) => `${got(v)} ist keine Webadresse, daher wird das Medium ausgelassen`,
    altFromCaption: () => 'fehlt; die Bildunterschrift beschreibt das Bild',
    altDecorative: () =>
      'fehlt, und es gibt keine Bildunterschrift: das Bild wird als dekorativ gezeigt (alt=""); beschreiben Sie es, wenn es mehr sagt als der Text',
    mediaQuote: () => 'war Markup (ein Zitat); als Zitat auf der Karte gezeigt',
    mediaPost: (v) =>
      `war der Einbettungscode eines Beitrags auf ${v.text}; seine Worte werden mit einem Link zum Original gezeigt (das Skript des Netzwerks läuft nicht)`,
    mediaFrame: (v) =>
      `war ein <iframe>; gezeigt als Link zu ${v.text ? q(v.text) : 'nichts (es hatte kein src)'}, nie als Frame einer anderen Website`,
    notWebLink: (v) => `${got(v)} ist kein http(s)-Link`,
    notObject: (v) => `muss ein Objekt sein, nicht ${got(v)}`,
    emptyHeadline: () => 'hat ohne Markup keinen Text',
    badArticle: () => 'muss ein Objekt mit einem Text "title" sein',
    eventsMissing: () => 'fehlt: es gibt nichts zu zeigen',
    notList: (v) => `muss eine Liste sein, nicht ${got(v)}`,
    eventsEmpty: () => 'ist leer: es gibt nichts zu zeigen',
    notDocument: (v) => `eine Chronik muss ein JSON-Objekt mit "events" sein, nicht ${got(v)}`,
    notJson: (v) => `ist kein gültiges JSON (${v.detail})`,
    badSrc: (v) => `${q(v.src)} ist keine Adresse, von der die Chronik laden darf (http, https oder ein Pfad auf dieser Website)`,
    loadFailed: (v) => `${q(v.src)} konnte nicht geladen werden (${v.detail})`,
    httpError: (v) => `${q(v.src)} konnte nicht geladen werden: HTTP ${v.status}`,
    readFailed: (v) => `${q(v.src)} konnte nicht gelesen werden (${v.detail})`,
    yearMissing: (v) => `das Jahr ${v.text ? `${q(v.text)} ` : ''}fehlt oder ist keine ganze Zahl`,
    yearZero: () => 'ist 0, das es in TimelineJS nicht gibt: -1 ist 1 v. Chr., 1 ist 1 n. Chr.',
    yearTooLong: (v) => `${v.year} liegt außerhalb der Jahre, die diese Chronik einordnet (100 Mrd. Jahre vor und nach dem Jahr 1)`,
    scaleUnsupported: (v) =>
      `${q(v.text)} wird nicht unterstützt: Jahre vor 9999 v. Chr. werden ausgelassen, jedes mit eigener Meldung, der Rest wird gezeigt`,
    csvYear: (v) => `${q(v.text)} ist kein Jahr, das diese Chronik einordnen kann (eine ganze Zahl von -10000 bis 9999; -1 ist 1 v. Chr.)`,
    csvNoLayout: () => 'hat in der ersten Zeile weder die Spalten von TimelineJS (Year, Headline, …) noch unsere (date, headline, …)',
    csvQuote: () => 'hat eine Zelle in Anführungszeichen, die nie geschlossen wird; die Zeilen danach können verschmolzen sein',
    csvUnknownColumn: (v) =>
      `${q(v.text)} ist keine Spalte, die diese Chronik liest: ${v.count ? `ihre ${cells(v.count)} wurden ignoriert` : 'nichts darin wird gezeigt'}${v.fallback ? `. Meinten Sie ${q(v.fallback)}?` : ''}`,
    csvUnusedColumn: (v) => `${q(v.text)} wird von dieser Chronik nicht verwendet: ihre ${cells(v.count)} werden nicht gezeigt`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)}: ${v.year} oder das Jahr ${v.text} n. Chr.? Schreiben Sie das Jahr aus; für ${v.text} n. Chr. formatieren Sie die Zelle als Text und schreiben 00${v.text}`
        : `${q(v.text)} hat ${String(v.text).length} Ziffern unter vierstelligen Jahren: ist es ${v.text} n. Chr. oder ein verkürzt getipptes Jahr? Gezeigt als ${v.text} n. Chr.`,
    csvSpaces: (v) => `${q(v.text)} hat Leerzeichen am Rand; gelesen als ${q(v.fallback)}`,
    csvDuplicateRow: (v) => `wiederholt Zeile ${v.count} genau`,
    headlineBlank: () => 'ist leer; Leser sehen an ihrer Stelle den Anfang des Textes',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)} ist eine Uhrzeit, aber die Zeile hat keinen Tag dafür; die Uhrzeit wird ausgelassen`
        : `${q(v.text)} ist keine Uhrzeit (schreiben Sie 13:05 oder 1:05 PM); die Uhrzeit wird ausgelassen`,
    translationTag: (v) => `${q(v.text)} ist kein Sprachcode (wie ru, ko oder pt-BR); die Übersetzung wird nicht gelesen`,
    translationUnknownItem: (v) => `übersetzt ${q(v.id)} ins ${q(v.text)}, aber die Chronik hat kein Element mit dieser id`,
    translationMissing: (v) => `hat keine Übersetzung in ${q(v.text)} für: ${v.detail}; Leser dieser Sprache sehen dort das Original`,
    tooLarge: (v) => `ist ${v.detail} groß; eine Chronik liest höchstens ${v.limit} MB (nicht gelesen)`,
    tooDeep: (v) => `ist ${v.count} Ebenen tief verschachtelt; eine Chronik liest höchstens ${v.limit} (nicht gelesen)`,
    tooManyEvents: (v) => `hat ${v.count}, mehr als eine Chronik zeigt (${v.limit}): die ersten ${v.limit} werden gezeigt`,
  },
};
