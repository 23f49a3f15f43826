import type { ProblemWording } from '../data/describe.js';
import type { ProblemValues, ValueType } from '../problems.js';

const TYPES: Readonly<Record<ValueType, string>> = {
  null: 'null',
  list: 'uma lista',
  number: 'um número',
  boolean: 'um booleano',
  object: 'um objeto',
  string: 'texto',
  undefined: 'nada',
};
const q = (text: unknown) => `“${String(text)}”`;
const got = (v: ProblemValues) => (v.got?.text !== undefined ? q(v.got.text) : TYPES[v.got?.type ?? 'undefined']);
const cells = (n = 0) => `${n} ${n === 1 ? 'célula preenchida' : 'células preenchidas'}`;

export const ptProblems: ProblemWording = {
  subjects: { document: 'A cronologia', event: 'Acontecimento', era: 'Período' },
  fields: {
    date: 'data',
    end: 'data final',
    displayDate: 'data exibida',
    headline: 'título',
    body: 'texto',
    src: 'o arquivo de src',
    'media.alt': 'o texto alternativo da imagem',
    'media.url': 'o endereço da mídia',
    'outside.url': 'o link da fonte',
    label: 'nome',
    id: 'id',
  },
  place: (row, column) => `Linha ${row}${column ? `, coluna ${column}` : ''}`,
  leftOut: 'omitido',
  messages: {
    unknownField: () => 'não é um campo conhecido e foi ignorado',
    notText: (v) => `deve ser texto, não ${got(v)}`,
    idMissing: (v) => `falta; usa-se ${q(v.fallback)} (links diretos precisam de um id estável)`,
    idUnusable: (v) => `${got(v)} não serve como id (letras, algarismos, - e _); usa-se ${q(v.fallback)}`,
    idDuplicate: (v) => `${q(v.id)} é usado duas vezes; este passa a ser ${q(v.renamed)}`,
    missing: () => 'falta',
    notDate: (v) => `deve ser uma data, não ${got(v)}`,
    dateShape: (v) =>
      `${q(v.text)} não é uma data: use AAAA, AAAA-MM, AAAA-MM-DD ou AAAA-MM-DDThh:mm (-AAAA antes do ano 1: -0752 é 753 a.C.; Y-13800000000 para o tempo profundo), seguido se preciso de ~ ou ?`,
    badMonth: (v) => `${q(v.text)} não é um mês válido`,
    badDay: (v) => `${q(v.text)} não é um dia válido: ${v.month} tem ${v.days} dias`,
    twoSlashes: (v) => `${q(v.text)} tem mais de uma “/”`,
    endConflict: (v) => `${q(v.end)} contradiz o intervalo ${q(v.text)} já dado como data`,
    openEndNotAllowed: () => '“..” (um fim em aberto) só é permitido em períodos',
    endBeforeStart: (v) => `${q(v.end)} é anterior ao início ${q(v.start)}`,
    badSource: () => 'deve ser { "quote": ["…"] } com pelo menos uma citação',
    badRelative: () => 'deve ter os textos "wording" e "arithmetic"',
    badOutside: () => 'deve ter os textos "note" e "citation"; um fato de fora do artigo sem a sua fonte não é mostrado',
    badMedia: () => 'deve ser um objeto com "url"',
    badMediaUrl: (v) => `${got(v)} não é um endereço web, por isso a mídia é omitida`,
    altFromCaption: () => 'falta; a legenda descreve a imagem',
    altDecorative: () => 'falta e não há legenda: a imagem é mostrada como decorativa (alt=""); descreva-a se ela diz mais do que o texto',
    mediaQuote: () => 'era marcação (uma citação); mostrada como citação no cartão',
    mediaPost: (v) =>
      `era o código de incorporação de uma publicação do ${v.text}; mostram-se as suas palavras com um link para o original (o script da rede não é executado)`,
    mediaFrame: (v) =>
      `era um <iframe>; mostrado como link para ${v.text ? q(v.text) : 'nada (não tinha src)'}, nunca como quadro de outro site`,
    notWebLink: (v) => `${got(v)} não é um link http(s)`,
    notObject: (v) => `deve ser um objeto, não ${got(v)}`,
    emptyHeadline: () => 'não tem texto depois de retirada a marcação',
    badArticle: () => 'deve ser um objeto com um texto "title"',
    eventsMissing: () => 'falta: não há nada para mostrar',
    notList: (v) => `deve ser uma lista, não ${got(v)}`,
    eventsEmpty: () => 'está vazio: não há nada para mostrar',
    notDocument: (v) => `uma cronologia deve ser um objeto JSON com "events", não ${got(v)}`,
    notJson: (v) => `não é JSON válido (${v.detail})`,
    badSrc: (v) => `${q(v.src)} não é um endereço que a cronologia possa carregar (http, https ou um caminho deste site)`,
    loadFailed: (v) => `${q(v.src)} não pôde ser carregado (${v.detail})`,
    httpError: (v) => `${q(v.src)} não pôde ser carregado: HTTP ${v.status}`,
    readFailed: (v) => `${q(v.src)} não pôde ser lido (${v.detail})`,
    yearMissing: (v) => `o ano ${v.text ? `${q(v.text)} ` : ''}falta ou não é um número inteiro`,
    yearZero: () => 'é 0, que o TimelineJS não tem: -1 é 1 a.C. e 1 é 1 d.C.',
    yearTooLong: (v) => `${v.year} está fora dos anos que esta cronologia situa (100 bilhões de anos de cada lado do ano 1)`,
    scaleUnsupported: (v) =>
      `${q(v.text)} não é suportado: os anos anteriores a 9999 a.C. são omitidos, cada um com a sua mensagem, e o resto é mostrado`,
    csvYear: (v) => `${q(v.text)} não é um ano que esta cronologia possa situar (um número inteiro de -10000 a 9999; -1 é 1 a.C.)`,
    csvNoLayout: () => 'não tem na primeira linha nem as colunas do TimelineJS (Year, Headline, …) nem as nossas (date, headline, …)',
    csvQuote: () => 'tem uma célula entre aspas que nunca se fecha; as linhas seguintes podem ter-se juntado',
    csvUnknownColumn: (v) =>
      `${q(v.text)} não é uma coluna que esta cronologia leia: ${v.count ? `as suas ${cells(v.count)} foram ignoradas` : 'nada nela é mostrado'}${v.fallback ? `. Quis dizer ${q(v.fallback)}?` : ''}`,
    csvUnusedColumn: (v) => `${q(v.text)} não é usada por esta cronologia: as suas ${cells(v.count)} não são mostradas`,
    csvShortYear: (v) =>
      v.year !== undefined
        ? `${q(v.text)}: ${v.year} ou o ano ${v.text} d.C.? Escreva o ano por extenso; para ${v.text} d.C., formate a célula como texto e escreva 00${v.text}`
        : `${q(v.text)} tem ${String(v.text).length} algarismos entre anos de quatro: é o ano ${v.text} d.C. ou um ano digitado pela metade? Mostrado como ${v.text} d.C.`,
    csvSpaces: (v) => `${q(v.text)} tem espaços à volta; lido como ${q(v.fallback)}`,
    csvDuplicateRow: (v) => `repete exatamente a linha ${v.count}`,
    headlineBlank: () => 'está vazio; os leitores veem no seu lugar o início do texto',
    csvTime: (v) =>
      v.detail === 'noDay'
        ? `${q(v.text)} é uma hora, mas a linha não tem dia para ela; a hora é omitida`
        : `${q(v.text)} não é uma hora do dia (escreva 13:05 ou 1:05 PM); a hora é omitida`,
    translationTag: (v) => `${q(v.text)} não é uma etiqueta de idioma (como ru, ko ou pt-BR); a sua tradução não é lida`,
    translationUnknownItem: (v) => `traduz ${q(v.id)} para ${q(v.text)}, mas a cronologia não tem nenhum item com esse id`,
    translationMissing: (v) => `não tem tradução para ${q(v.text)} em: ${v.detail}; os seus leitores veem ali o original`,
    tooLarge: (v) => `tem ${v.detail}; uma cronologia lê no máximo ${v.limit} MB (não lido)`,
    tooDeep: (v) => `aninha ${v.count} níveis; uma cronologia lê no máximo ${v.limit} (não lido)`,
    tooManyEvents: (v) => `tem ${v.count}, mais do que uma cronologia mostra (${v.limit}): mostram-se os ${v.limit} primeiros`,
  },
};
