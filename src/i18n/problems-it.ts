import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'una lista',
  number: 'un numero',
  boolean: 'un booleano',
  object: 'un oggetto',
  string: 'testo',
  undefined: 'niente',
};
const q = (text: unknown) => `«${String(text)}»`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);
const cells = (n = 0) => `${n} ${n === 1 ? 'cella piena' : 'celle piene'}`;

export const itProblems: ProblemWording = {
  subjects: { document: 'La cronologia', event: 'Evento', era: 'Periodo' },
  fields: {
    date: 'data',
    end: 'data finale',
    displayDate: 'data mostrata',
    headline: 'titolo',
    body: 'testo',
    src: 'il file di src',
    'media.alt': 'il testo alternativo dell’immagine',
    'media.url': 'l’indirizzo del contenuto multimediale',
    'outside.url': 'il link della fonte',
    label: 'nome',
    id: 'id',
  },
  place: (row, column) => `Riga ${row}${column ? `, colonna ${column}` : ''}`,
  leftOut: 'omesso',
  messages: {
    unknownField: () => 'non è un campo noto ed è stato ignorato',
    notText: (v) => `deve essere testo, non ${got(v)}`,
    idMissing: (v) => `manca; si usa ${q(v.fallback)} (i link diretti hanno bisogno di un id stabile)`,
    idUnusable: (v) => `${got(v)} non è un id utilizzabile (lettere, cifre, - e _); si usa ${q(v.fallback)}`,
    idDuplicate: (v) => `${q(v.id)} è usato due volte; questo diventa ${q(v.renamed)}`,
    missing: () => 'manca',
    notDate: (v) => `deve essere una data, non ${got(v)}`,
    dateShape: (v) =>
      `${q(v.text)} non è una data: usare AAAA, AAAA-MM, AAAA-MM-GG o AAAA-MM-GGThh:mm (-AAAA prima dell’anno 1: -0752 è il 753 a.C.; Y-13800000000 per il tempo profondo), seguito se serve da ~ o ?`,
    badMonth: (v) => `${q(v.text)} non è un mese valido`,
    badDay: (v) => `${q(v.text)} non è un giorno valido: ${v.month} ha ${v.days} giorni`,
    twoSlashes: (v) => `${q(v.text)} ha più di una «/»`,
    endConflict: (v) => `${q(v.end)} contraddice l’intervallo ${q(v.text)} già dato come data`,
    openEndNotAllowed: () => '«..» (una fine aperta) è ammesso solo per i periodi',
    endBeforeStart: (v) => `${q(v.end)} è prima dell’inizio ${q(v.start)}`,
    badSource: () => 'deve essere { "quote": ["…"] } con almeno una citazione',
    badRelative: () => 'deve avere i testi "wording" e "arithmetic"',
    badOutside: () => 'deve avere i testi "note" e "citation"; un fatto esterno all’articolo senza la sua fonte non viene mostrato',
    badMedia: () => 'deve essere un oggetto con "url"',
    badMediaUrl: (v) => `${got(v)} non è un indirizzo web, quindi il contenuto viene omesso`,
    altFromCaption: () => 'manca; la didascalia descrive l’immagine',
    altDecorative: () => 'manca e non c’è didascalia: l’immagine è mostrata come decorativa (alt=""); descrivetela se dice più del testo',
    mediaQuote: () => 'era markup (una citazione); mostrato come citazione nella scheda',
    mediaPost: (v) =>
      `era il codice di incorporamento di un post di ${v.text}; se ne mostrano le parole con un link all’originale (lo script del social non viene eseguito)`,
    mediaFrame: (v) =>
      `era un <iframe>; mostrato come link a ${v.text ? q(v.text) : 'niente (non aveva src)'}, mai come riquadro di un altro sito`,
    notWebLink: (v) => `${got(v)} non è un link http(s)`,
    notObject: (v) => `deve essere un oggetto, non ${got(v)}`,
    emptyHeadline: () => 'non ha testo una volta tolto il markup',
    badArticle: () => 'deve essere un oggetto con un testo "title"',
    eventsMissing: () => 'manca: non c’è niente da mostrare',
    notList: (v) => `deve essere una lista, non ${got(v)}`,
    eventsEmpty: () => 'è vuoto: non c’è niente da mostrare',
    notDocument: (v) => `una cronologia deve essere un oggetto JSON con "events", non ${got(v)}`,
    notJson: (v) => `non è JSON valido (${v.detail})`,
    badSrc: (v) => `${q(v.src)} non è un indirizzo da cui la cronologia possa caricare (http, https o un percorso di questo sito)`,
    loadFailed: (v) => `${q(v.src)} non è stato caricato (${v.detail})`,
    httpError: (v) => `${q(v.src)} non è stato caricato: HTTP ${v.status}`,
    readFailed: (v) => `${q(v.src)} non è stato letto (${v.detail})`,
    yearMissing: (v) => `l’anno ${v.text ? `${q(v.text)} ` : ''}manca o non è un numero intero`,
    yearZero: () => 'è 0, che TimelineJS non ha: -1 è l’1 a.C. e 1 è l’1 d.C.',
    yearTooLong: (v) => `${v.year} è fuori dagli anni che questa cronologia colloca (100 miliardi di anni prima e dopo l’anno 1)`,
    scaleUnsupported: (v) =>
      `${q(v.text)} non è supportato: gli anni prima del 9999 a.C. sono omessi, ciascuno con il suo messaggio, e il resto è mostrato`,
    csvYear: (v) => `${q(v.text)} non è un anno che questa cronologia possa collocare (un numero intero da -10000 a 9999; -1 è l’1 a.C.)`,
    csvNoLayout: () => 'non ha nella prima riga né le colonne di TimelineJS (Year, Headline, …) né le nostre (date, headline, …)',
    csvQuote: () => 'ha una cella tra virgolette mai chiusa; le righe successive potrebbero essersi unite',
    csvUnknownColumn: (v) =>
      `${q(v.text)} non è una colonna che questa cronologia legge: ${v.count ? `le sue ${cells(v.count)} sono state ignorate` : 'niente di essa è mostrato'}${v.fallback ? `. Forse intendevi ${q(v.fallback)}?` : ''}`,
    csvUnusedColumn: (v) => `${q(v.text)} non è usata da questa cronologia: le sue ${cells(v.count)} non sono mostrate`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)}: ${v.year} o l’anno ${v.text} d.C.? Scrivere l’anno per intero; per il ${v.text} d.C., formattare la cella come testo e scrivere 00${v.text}`
        : `${q(v.text)} ha ${String(v.text).length} cifre tra anni di quattro: è l’anno ${v.text} d.C. o un anno scritto a metà? Mostrato come ${v.text} d.C.`,
    csvSpaces: (v) => `${q(v.text)} ha spazi intorno; letto come ${q(v.fallback)}`,
    csvDuplicateRow: (v) => `ripete esattamente la riga ${v.count}`,
    headlineBlank: () => 'è vuoto; i lettori vedono al suo posto l’inizio del testo',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)} è un orario, ma la riga non ha un giorno per esso; l’orario è omesso`
        : `${q(v.text)} non è un orario (scrivere 13:05 o 1:05 PM); l’orario è omesso`,
    translationTag: (v) => `${q(v.text)} non è un codice di lingua (come ru, ko o pt-BR); la sua traduzione non viene letta`,
    translationUnknownItem: (v) => `traduce ${q(v.id)} in ${q(v.text)}, ma la cronologia non ha elementi con quell’id`,
    translationMissing: (v) => `non ha traduzione in ${q(v.text)} per: ${v.detail}; i suoi lettori vedono lì l’originale`,
    tooLarge: (v) => `è di ${v.detail}; una cronologia legge al massimo ${v.limit} MB (non letto)`,
    tooDeep: (v) => `annida ${v.count} livelli; una cronologia ne legge al massimo ${v.limit} (non letto)`,
    tooManyEvents: (v) => `ne ha ${v.count}, più di quanti una cronologia ne mostri (${v.limit}): sono mostrati i primi ${v.limit}`,
  },
};
