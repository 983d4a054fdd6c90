/**
 * The words doubled-word reads, written once: what may be said twice (a
 * grammatical repetition, an intensifier, a Latin locution), what opens or
 * ends a clause, the French negation particles. The algorithm that uses them
 * is src/analysis/doubled-word.ts; docs/rules/doubled-word.md quotes some of
 * them, checked against these by tests/docs/lexicon-lists.test.ts.
 */

import {SAYING_VERBS_FR} from './clauses.js'

/** The regular forms of an English verb: say, says, sayed (harmless), saying. */
function verbForms(verb: string): string[] {
  const base = verb.endsWith('e') ? verb.slice(0, -1) : verb
  return [verb, verb.endsWith('s') || verb.endsWith('sh') ? `${verb}es` : `${verb}s`, `${base}ed`, `${base}ing`]
}

/**
 * Repetitions that are always grammatical: reflexive pronouns (« nous nous
 * sommes »), the English past perfect ("had had"), the demonstrative
 * followed by the conjunction ("that that") and emphatic "do" before the
 * verb "do" ("what they do do is vote"). Both languages' apply to every
 * document: an English story quotes French (“Nous nous battrons”) and a
 * French one English, and neither pair is a slip in the other language.
 */
export const ALLOWED_REPEATS: ReadonlySet<string> = new Set(['nous', 'vous', 'had', 'that', 'do'])

/**
 * Words doubled by the language itself, interjections and onomatopoeia
 * (« bla bla », « oui oui », « toc toc », "bye bye", "knock knock"): a word
 * of its own, never a slip. The lists of both languages apply to every
 * document (a French story quotes an English song, « Bang bang »); a word
 * that is also an article or a preposition in the other language (« la »,
 * "on") is left out, its doubling being a slip there.
 */
export const REDUPLICATIVES: ReadonlySet<string> = new Set([
  // Both languages: assent, refusal, laughter, surprise, pain.
  'bla', 'blah', 'ha', 'ah', 'oh', 'eh', 'hé', 'hey', 'ho', 'hi', 'oui', 'non', 'yes', 'no', 'bye', 'yeah', 'hop', 'ouh', 'yadda', 'hum', 'hmm', 'mm', 'euh', 'uh', 'wow', 'hou', 'youpi',
  // English: nursery and household reduplications, cheers and sounds ("hip hip hooray", "meow meow", a "tuk tuk").
  'hip', 'meow', 'tuk', 'knock', 'chop', 'tut', 'tsk', 'night', 'na', 'nah', 'bang', 'boom', 'bam', 'ding', 'beep', 'choo', 'woof', 'baa', 'moo', 'quack', 'tick', 'hush', 'boo', 'pom', 'cha', 'yum', 'ooh', 'whoa', 'yo',
  // English: sung syllables ("da da da", "doo doo") and the knowing "wink wink, nudge nudge".
  'da', 'dum', 'doo', 'wink', 'nudge',
  // A compound written without its hyphen, in both languages' press (« un accord win win », "a win win deal"): a missing hyphen, not a word typed twice.
  'win',
  // French slang greetings quoted as said (« Wesh wesh »).
  'wesh',
  // French: sounds and interjections (« toc toc », « chut chut », « aïe aïe aïe », « miam miam »).
  'toc', 'tac', 'tic', 'boum', 'chut', 'pan', 'paf', 'clac', 'clic', 'crac', 'dring', 'bip', 'pouet', 'vroum', 'tchou', 'cui', 'coin', 'ouaf', 'miaou', 'meuh', 'miam', 'aïe', 'ouille', 'là', 'bof', 'tss',
  // French: set phrases said twice (« donnant donnant », « olé olé »).
  'donnant', 'olé'
])

/** Intensifiers a speaker doubles for emphasis ("very very", « très très »). */
export const INTENSIFIERS: ReadonlySet<string> = new Set(['very', 'so', 'really', 'too', 'far', 'much', 'way', 'très', 'trop', 'tellement', 'vraiment', 'bien', 'fort', 'vite', 'beaucoup'])

/**
 * Words that never end one phrase and open the next, so that two in a row
 * are a slip in either language: articles and determiners, conjunctions,
 * French prepositions and clitics, the particle « pas », and the English copula (except after a
 * "what" clause, see judgeRepeat).
 */
export const SLIP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'my', 'your', 'his', 'its', 'our', 'their', 'this', 'these', 'those', 'than', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'de', "d'", 'à', 'et', 'ou', 'mais', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses',
  'notre', 'votre', 'nos', 'vos', 'leurs', 'pour', 'par', 'sur', 'dans', 'avec', 'sans', 'chez', 'vers', 'que', "qu'", 'ne', "n'", 'se', "s'", 'il', 'ils', 'je', 'tu', 'on', 'est', 'sont', 'en', 'pas'
])

/**
 * English prepositions that a relative clause leaves at its end ("the firm
 * she worked for for ten years", "the man he spoke to to ask"): doubled
 * after a relative word, they may be right.
 */
export const STRANDABLE: ReadonlySet<string> = new Set(['to', 'of', 'for', 'with', 'at', 'from', 'into', 'onto', 'upon'])

/**
 * English particles that end a phrasal verb and are also prepositions:
 * "gave in in the end", "logged on on Monday", "was down down the coast".
 */
export const PARTICLES: ReadonlySet<string> = new Set(['in', 'on', 'up', 'down', 'out', 'off', 'over', 'back', 'away', 'around', 'about', 'through', 'along', 'across', 'by', 'under', 'behind', 'past'])

/** Relative and interrogative words: what follows them may end on a verb or a preposition that the main clause repeats. */
export const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'whatever', 'whoever', 'where', 'why', 'how', 'que', "qu'", 'qui', 'dont', 'où', 'quoi'])

/** The words whose clause, as subject, ends on a verb the main clause repeats ("What the problem is is unclear"). */
export const FUSED_RELATIVES: ReadonlySet<string> = new Set(['what', 'whatever', 'who', 'whoever', 'where', 'why', 'how', 'all'])

/**
 * Verb forms that take a particle ("gave in", "logged on", "was down"):
 * forms of be, have, do, and the commonest heads of English phrasal verbs
 * with their irregular forms. Regular forms (-ed, -ing, -s) are read off
 * the ending.
 */
export const PHRASAL_HEADS: ReadonlySet<string> = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'done', 'get', 'got', 'gotten', 'go', 'went', 'gone', 'come', 'came',
  'give', 'gave', 'given', 'take', 'took', 'taken', 'put', 'set', 'hold', 'held', 'keep', 'kept', 'run', 'ran', 'sit', 'sat', 'stand', 'stood', 'break', 'broke', 'broken',
  'bring', 'brought', 'catch', 'caught', 'cut', 'let', 'shut', 'throw', 'threw', 'thrown', 'drive', 'drove', 'driven', 'fall', 'fell', 'fallen', 'sell', 'sold', 'buy', 'bought',
  'pay', 'paid', 'leave', 'left', 'make', 'made', 'hang', 'hung', 'stick', 'stuck', 'strike', 'struck', 'lead', 'led', 'send', 'sent', 'build', 'built', 'win', 'won', 'lose', 'lost',
  'tell', 'told', 'shoot', 'shot', 'wear', 'wore', 'worn', 'tear', 'tore', 'torn', 'dig', 'dug', 'fight', 'fought', 'lay', 'laid', 'lie', 'lain', 'ride', 'rode', 'rise', 'rose',
  'wake', 'woke', 'hide', 'hid', 'see', 'saw', 'seen', 'sink', 'sank', 'sunk', 'speed', 'sped', 'wind', 'wound', 'hit', 'beat', 'beaten', 'turn', 'move', 'log', 'sign', 'check',
  'call', 'fill', 'step', 'settle', 'plug', 'drop', 'tune', 'weigh', 'pass', 'pick', 'pull', 'push', 'roll', 'sort', 'switch', 'back', 'close', 'stay', 'hand', 'cash', 'cave',
  'chip', 'join', 'kick', 'knock', 'lock', 'phase', 'pitch', 'rein', 'slow', 'start', 'stop', 'work', 'zero', 'carry', 'wait', 'walk', 'look', 'point', 'head'
])

/**
 * Latin locutions whose first word repeats the word before: « il y a a
 * priori », « elle a a fortiori ». The repetition is allowed when the next
 * word completes the locution.
 */
export const LOCUTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['priori', 'posteriori', 'fortiori', 'minima', 'maxima', 'contrario', 'capella', 'cappella'])
}

export const NEGATION_PARTICLES = new Set(['pas', 'plus', 'jamais', 'rien', 'guère', 'point', 'personne'])

/** Fixed phrases in which a particle legitimately occurs twice. */
export const FIXED_PHRASES = [
  ['pas', 'à', 'pas'],
  // « pas plus tard qu’hier »: "only yesterday", no second negation.
  ['pas', 'plus', 'tard'],
  ['pas', 'plus', 'tôt'],
  ['rien', 'de', 'rien'],
  ['de', 'plus', 'en', 'plus'],
  ['plus', 'ou', 'moins'],
  ['ni', 'plus', 'ni', 'moins'],
  ['jamais', 'au', 'grand', 'jamais'],
  ['à', 'jamais'],
  // The proverb « il ne faut jamais dire jamais ».
  ['jamais', 'dire', 'jamais'],
  // « non plus », "either": « il n’a plus non plus d’alliés » holds one negation.
  ['non', 'plus']
]

/**
 * A second « pas » or « point » in one negated clause is a slip (« n’a pas
 * manqué pas »). The other particles also serve as words of their own after
 * a verb (« ne plus en vouloir plus », « sans rien dire, rien »): their
 * repeat is reported as a doubt, corrected by hand, never deleted by --fix.
 */
export const SLIP_PARTICLES = new Set(['pas', 'point'])

/** Words that open a new clause: a particle after one belongs to another verb. */
export const CLAUSE_OPENERS = new Set(['que', 'qu', 'qui', 'mais', 'et', 'ou', 'car', 'quand', 'lorsque', 'si', 'puisque', 'dont', 'où', 'comme'])

/** English pronouns that are the same word as object and as subject: one may end a clause and the other open the next. */
export const OBJECT_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'you'])

/** Auxiliaries and modals that follow a subject: after "in it it", the second "it" opens a clause. */
export const SUBJECT_VERBS_EN: ReadonlySet<string> = new Set([
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'is', 'was', 'has', 'had', 'does', 'did', 'are', 'were', 'have', 'do',
  "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "doesn't", "didn't", "hasn't", "shouldn't", "'s", "'ll", "'d"
])

/**
 * English verbs that take two objects ("gave her her phone", "told her her
 * rights", "bought her her first car"), in their common forms.
 */
export const DITRANSITIVES: ReadonlySet<string> = new Set([
  ...['give', 'tell', 'show', 'send', 'hand', 'offer', 'owe', 'pay', 'promise', 'bring', 'wish', 'teach', 'ask', 'lend', 'sell', 'buy', 'get', 'make', 'leave', 'deny', 'grant', 'award', 'cost', 'read', 'pass', 'return', 'assign', 'allow'].flatMap(verbForms),
  'gave', 'given', 'told', 'showed', 'shown', 'sent', 'paid', 'brought', 'taught', 'lent', 'sold', 'bought', 'got', 'made', 'left', 'denied'
])

/** The copula, doubled when a "what" clause is its subject: "What it is is a mess." */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were'])

/** Articles and possessives: the -ing or -ed word after one is a noun ("the meeting", "their briefing"), not a verb taking a particle. */
export const DETERMINERS_EN: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'each', 'every'])

/**
 * Verbs that introduce a clause with "that" or « que » (say, think, know and
 * the like): after them the word is a conjunction, and a verb doubled later
 * in the clause ends no relative clause ("He said that prices rose rose").
 */
export const CLAUSE_VERBS_EN: ReadonlySet<string> = new Set([
  ...['say', 'tell', 'think', 'know', 'believe', 'feel', 'find', 'show', 'argue', 'claim', 'warn', 'add', 'note', 'insist', 'explain', 'announce', 'report', 'hope', 'fear',
    'expect', 'suggest', 'agree', 'admit', 'deny', 'confirm', 'mean', 'hear', 'write', 'realise', 'realize', 'learn', 'ensure', 'acknowledge', 'estimate', 'predict', 'promise',
    'reveal', 'state', 'stress', 'indicate', 'conclude', 'decide', 'recall', 'repeat', 'assume', 'doubt', 'notice', 'prove', 'understand', 'worry'].flatMap(verbForms),
  'said', 'told', 'thought', 'knew', 'known', 'felt', 'found', 'shown', 'meant', 'heard', 'wrote', 'written', 'learnt', 'understood', 'worried',
  // "so that", "now that", "given that": conjunctions.
  'so', 'now', 'given', 'such', 'except', 'provided', 'providing', 'order'
])

/** French verbs of saying and thinking before « que », and the words that make « que » a conjunction (« parce que », « bien que »). */
export const CLAUSE_VERBS_FR: ReadonlySet<string> = new Set([
  ...SAYING_VERBS_FR,
  'parce', 'pour', 'bien', 'alors', 'tandis', 'afin', 'avant', 'dès', 'ainsi', 'sans', 'depuis', 'pendant', 'après', 'lors', 'pourvu', 'sorte', 'façon', 'manière'
])

/**
 * Auxiliaries (« ont estimé que », « est clair que », "it is clear that"):
 * after one, the word before « que » is a participle or an adjective. Not
 * « a », an English article: the participles after it are listed above.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avons', 'avez', 'est', 'sont', 'était', 'étaient', 'sera', 'serait',
  'is', 'are', 'was', 'were', 'be', 'been'
])

/** Words after which pas, point, rien or personne are nouns: « un pas en arrière », « la personne », « ce point ». */
export const DETERMINERS = new Set(['un', 'une', 'le', 'la', "l'", 'les', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'mon', 'ton', 'son', 'ma', 'ta', 'sa', 'nos', 'vos', 'leur', 'leurs', 'notre', 'votre', 'chaque', 'quel', 'quelle', 'premier', 'dernier', 'moindre', 'grand', 'petit', 'seul', 'aucun', 'aucune', 'nul', 'nulle', 'tel', 'telle', 'au', 'aux'])

/** Numbers that count steps or points: « à deux pas », « trois points ». */
export const NUMERALS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'cent', 'mille', 'quelques', 'plusieurs'])
