/**
 * The JSON that Anki's legacy `col` row carries: collection settings (`conf`), note types
 * (`models`), decks and deck options (`dconf`). Every key Anki 2.0/2.1 and AnkiDroid read
 * directly is present; current Anki parses them with the `schema11.rs` modules of its rslib.
 */
import { stableAnkiId } from './ankiChecksum'

/** The note type every exported note uses: Anki's stock "Basic" (Front, Back, one card). */
export const NOTE_TYPE_NAME = 'Basic'
export const FIELD_NAMES = ['Front', 'Back'] as const
/** Fixed, so re-imports reuse the note type instead of adding "Basic-1a2b3" each time. */
export const NOTE_TYPE_ID = stableAnkiId('study-notebook:note-type:basic:v1')
const DEFAULT_DECK_ID = 1
const OPTIONS_ID = 1

const CARD_CSS = `.card {
  font-family: system-ui, sans-serif;
  font-size: 20px;
  line-height: 1.45;
  text-align: left;
  color: black;
  background-color: white;
}
.nightMode.card, .night_mode .card { color: #e6e6e6; background-color: #1e1e1e; }
pre { padding: 0.6em 0.8em; border-radius: 6px; background: rgba(127, 127, 127, 0.12); overflow-x: auto; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
blockquote { margin: 0.6em 0; padding-left: 0.8em; border-left: 3px solid rgba(127, 127, 127, 0.5); }
.reference-source { font-size: 0.8em; opacity: 0.7; }
table { border-collapse: collapse; }
td, th { border: 1px solid rgba(127, 127, 127, 0.5); padding: 0.2em 0.5em; }`

const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
  '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n'
const LATEX_POST = '\\end{document}'

const today = (day: number) => ({
  lrnToday: [day, 0],
  revToday: [day, 0],
  newToday: [day, 0],
  timeToday: [day, 0]
})

function deck(id: number, name: string, modSecs: number) {
  return {
    id,
    name,
    mod: modSecs,
    usn: -1,
    ...today(0),
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: OPTIONS_ID,
    extendNew: 10,
    extendRev: 50
  }
}

/** The values of the `col` row's JSON columns, as strings ready to insert. */
export interface CollectionJson {
  conf: string
  models: string
  decks: string
  dconf: string
}

/** Collection JSON for one deck named `deckName` (id `deckId`), made at `modSecs`. */
export function collectionJson(
  deckId: number,
  deckName: string,
  modSecs: number,
  noteCount: number
): CollectionJson {
  const conf = {
    activeDecks: [deckId],
    addToCur: true,
    collapseTime: 1200,
    curDeck: deckId,
    curModel: String(NOTE_TYPE_ID),
    dueCounts: true,
    estTimes: true,
    newBury: true,
    newSpread: 0,
    nextPos: noteCount + 1,
    sortBackwards: false,
    sortType: 'noteFld',
    timeLim: 0
  }
  const model = {
    id: NOTE_TYPE_ID,
    name: NOTE_TYPE_NAME,
    type: 0,
    mod: modSecs,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '{{Front}}',
        afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
        bqfmt: '',
        bafmt: '',
        did: null,
        bfont: '',
        bsize: 0
      }
    ],
    flds: FIELD_NAMES.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: []
    })),
    css: CARD_CSS,
    latexPre: LATEX_PRE,
    latexPost: LATEX_POST,
    latexsvg: false,
    // Card 1 exists when the Front field is not empty.
    req: [[0, 'any', [0]]],
    tags: [],
    vers: []
  }
  const decks = {
    [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, 'Default', modSecs),
    [deckId]: deck(deckId, deckName, modSecs)
  }
  const dconf = {
    [OPTIONS_ID]: {
      id: OPTIONS_ID,
      mod: 0,
      name: 'Default',
      usn: 0,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: {
        bury: true,
        delays: [1, 10],
        initialFactor: 2500,
        ints: [1, 4, 7],
        order: 1,
        perDay: 20,
        separate: true
      },
      rev: {
        bury: true,
        ease4: 1.3,
        fuzz: 0.05,
        ivlFct: 1,
        maxIvl: 36500,
        minSpace: 1,
        perDay: 200
      },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 }
    }
  }
  return {
    conf: JSON.stringify(conf),
    models: JSON.stringify({ [NOTE_TYPE_ID]: model }),
    decks: JSON.stringify(decks),
    dconf: JSON.stringify(dconf)
  }
}
