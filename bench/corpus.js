// Realistic news drafts in French and English, generated from a seed so that
// every run lints the same text. A draft has a headline, a dateline, 6 to 16
// paragraphs of one to four sentences built from newsroom templates: people
// with titles (M., Mme, Dr., Gen.), places, figures, quotations in « » or
// “ ”, dates with weekdays and months, and the slips the rules look for at
// about the rate editors see them (a name misspelt, an accent dropped, a
// doubled word, a straight quote, a paragraph pasted twice). The vocabulary
// grows with the corpus, as in a real archive: new names keep appearing.
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/** Mulberry32: a small seeded generator. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = ['ba', 'ri', 'to', 'ne', 'ma', 'lu', 'so', 'ke', 'di', 'ra', 'mo', 'ti', 'ge', 'la', 'pu', 'ser', 'con', 'tra', 'vel', 'mor', 'and', 'ber', 'nic', 'lin', 'dou', 'ham']

const FR = {
  titles: ['M.', 'Mme', 'le ministre', 'la présidente', 'le général', 'la porte-parole', 'le maire', 'la juge', 'le député', 'la directrice'],
  roles: ['ministre de la Défense', 'présidente de la région', 'porte-parole du gouvernement', 'chef de l’État-major', 'secrétaire général du syndicat', 'directrice de l’hôpital', 'procureur de la République'],
  places: ['Paris', 'Lyon', 'Marseille', 'Rabat', 'Tunis', 'Alger', 'Dakar', 'Bamako', 'Bruxelles', 'Genève', 'Montréal', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Toulouse'],
  orgs: ['l’Assemblée nationale', 'le Sénat', 'la Commission européenne', 'l’Union africaine', 'le Conseil d’État', 'la Cour des comptes', 'l’Insee', 'la SNCF', 'l’Organisation mondiale de la santé', 'le Fonds monétaire international'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nouns: ['accord', 'budget', 'rapport', 'projet', 'réforme', 'enquête', 'sommet', 'crise', 'hausse', 'baisse', 'coopération', 'sécurité', 'élection', 'campagne', 'grève', 'négociation', 'décision', 'mesure', 'contrat', 'programme', 'marché', 'région', 'frontière', 'population', 'économie', 'entreprise', 'dette', 'croissance', 'inflation', 'santé'],
  adjectives: ['nouveau', 'important', 'national', 'régional', 'économique', 'politique', 'militaire', 'social', 'public', 'européen', 'africain', 'historique', 'difficile', 'majeur', 'prochain'],
  verbs: ['a signé', 'a annoncé', 'a présenté', 'a rejeté', 'a confirmé', 'a dénoncé', 'a défendu', 'a salué', 'a critiqué', 'a reporté', 'a adopté', 'a lancé'],
  says: ['a déclaré', 'a affirmé', 'a expliqué', 'a précisé', 'a indiqué', 'a estimé', 'a reconnu', 'a ajouté'],
  quotes: ['Nous ne reculerons pas', 'C’est une étape décisive pour la région', 'Le dialogue reste la seule voie possible', 'Nous attendons des actes, pas des promesses', 'La situation est sous contrôle', 'Il faut aller plus vite et plus loin', 'Personne ne sera laissé de côté'],
  fillers: [
    'Selon {org}, {nounphrase} devrait entrer en vigueur {when}.',
    'Le texte prévoit {number} millions d’euros pour {nounphrase}, soit {percent} % de plus que l’an dernier.',
    '{Person}, {role}, {say} que {nounphrase} était « {quote} ».',
    '« {quote} », {say} {person} lors d’une conférence de presse à {place}.',
    '{When}, {person} {verb} {nounphrase} à {place}, devant {number} personnes.',
    'La réunion, prévue {when}, doit réunir les représentants de {org} et de {org2}.',
    'D’après les chiffres publiés par {org}, {nounphrase} a touché {number} 000 foyers en {year}.',
    'À {place}, les habitants attendent depuis des mois {nounphrase}, promis(e) par {person}.',
    'Interrogé par l’AFP, un conseiller de {person} n’a pas souhaité commenter {nounphrase}.',
    'Cette {noun} intervient alors que la {noun2} {adjective} pèse sur les comptes de {org}.',
    'Le gouvernement a ensuite rappelé que {nounphrase} restait une priorité pour {year}.',
    'Les syndicats ont appelé à une nouvelle journée de mobilisation {when}, à {place} et à {place2}.'
  ],
  determiner: (noun) => (/^[aeéiouh]/.test(noun) ? `l’${noun}` : ['crise', 'hausse', 'baisse', 'coopération', 'sécurité', 'élection', 'campagne', 'grève', 'négociation', 'décision', 'mesure', 'réforme', 'enquête', 'région', 'frontière', 'population', 'économie', 'entreprise', 'dette', 'croissance', 'inflation', 'santé'].includes(noun) ? `la ${noun}` : `le ${noun}`),
  dateOf: (weekday, day, month) => `${weekday} ${day === 1 ? '1er' : day} ${month}`,
  headline: ['Accord sur', 'Nouvelle étape pour', 'Polémique autour de', 'Vers un report de', 'Ce que contient'],
  straightQuote: 'Le "plan" a été jugé insuffisant par l’opposition.',
  doubled: 'Le ministre a a rappelé les engagements pris.'
}

const EN = {
  titles: ['Mr.', 'Ms.', 'Dr.', 'Gen.', 'Sen.', 'the minister', 'the mayor', 'the judge', 'the spokeswoman', 'the director'],
  roles: ['defense secretary', 'governor of the state', 'government spokesman', 'chief of staff', 'union leader', 'hospital director', 'attorney general'],
  places: ['Washington', 'New York', 'London', 'Chicago', 'Boston', 'Nairobi', 'Lagos', 'Ottawa', 'Sydney', 'Dublin', 'Manchester', 'Houston', 'Denver', 'Atlanta', 'Seattle', 'Brussels'],
  orgs: ['the Senate', 'Congress', 'the European Commission', 'the African Union', 'the Supreme Court', 'the Treasury', 'the Census Bureau', 'the World Health Organization', 'the International Monetary Fund', 'the Federal Reserve'],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nouns: ['agreement', 'budget', 'report', 'project', 'reform', 'investigation', 'summit', 'crisis', 'increase', 'decline', 'cooperation', 'security', 'election', 'campaign', 'strike', 'negotiation', 'decision', 'measure', 'contract', 'program', 'market', 'region', 'border', 'population', 'economy', 'company', 'debt', 'growth', 'inflation', 'health care'],
  adjectives: ['new', 'major', 'national', 'regional', 'economic', 'political', 'military', 'social', 'public', 'European', 'African', 'historic', 'difficult', 'key', 'next'],
  verbs: ['signed', 'announced', 'presented', 'rejected', 'confirmed', 'denounced', 'defended', 'welcomed', 'criticized', 'postponed', 'adopted', 'launched'],
  says: ['said', 'told reporters', 'explained', 'added', 'noted', 'argued', 'acknowledged', 'insisted'],
  quotes: ['We will not back down', 'This is a decisive step for the region', 'Dialogue remains the only way forward', 'We expect action, not promises', 'The situation is under control', 'We need to go further and faster', 'No one will be left behind'],
  fillers: [
    'According to {org}, {nounphrase} is expected to take effect {when}.',
    'The bill sets aside {number} million dollars for {nounphrase}, {percent} percent more than last year.',
    '{Person}, the {role}, {say} that {nounphrase} was “{quote}.”',
    '“{quote},” {person} {say} at a news conference in {place}.',
    '{When}, {person} {verb} {nounphrase} in {place}, in front of {number} people.',
    'The meeting, scheduled for {when}, is to bring together officials from {org} and {org2}.',
    'Figures released by {org} show that {nounphrase} affected {number},000 households in {year}.',
    'In {place}, residents have waited for months for {nounphrase} promised by {person}.',
    'Reached by phone, an adviser to {person} declined to comment on {nounphrase}.',
    'The {noun} comes as the {adjective} {noun2} weighs on the accounts of {org}.',
    'The administration later said that {nounphrase} remained a priority for {year}.',
    'Unions called for another day of protests {when}, in {place} and {place2}.'
  ],
  determiner: (noun) => `the ${noun}`,
  dateOf: (weekday, day, month) => `${weekday}, ${month} ${day}`,
  headline: ['Deal reached on', 'New step for', 'Controversy over', 'Delay expected for', 'What is in'],
  straightQuote: 'The "plan" was judged insufficient by the opposition.',
  doubled: 'The minister said that the the commitments would be kept.'
}

const LANGUAGES = {fr: FR, en: EN}

const FUNCTION_WORDS = {
  fr: 'le la les des du un une et est dans pour que qui sur avec au aux ce cette il elle ne se son sa ses leur par plus mais de à en'.split(' '),
  en: 'the and of to is are in that for with on was were it this be by as at from have has had not but which who an they their will'.split(' ')
}

/** Draft generator for one language, with its own growing cast of people. */
function draftWriter(lang, next) {
  const words = LANGUAGES[lang]
  const pick = (list) => list[Math.floor(next() * list.length)]
  // Running prose around the templates: 20,000 content words drawn with a
  // Zipf-like law between function words, so that sentences rarely repeat
  // (as in real copy) and the vocabulary keeps growing with the corpus.
  const vocabulary = Array.from({length: 20_000}, () => {
    let word = ''
    const parts = 1 + Math.floor(next() * 3)
    for (let index = 0; index < parts; index++) word += pick(SYLLABLES)
    return word
  })
  const content = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]
  const prose = () => {
    const length = 8 + Math.floor(next() * 16)
    const parts = []
    for (let index = 0; index < length; index++) parts.push(index % 2 === 0 ? pick(FUNCTION_WORDS[lang]) : content())
    if (next() < 0.3) parts.splice(1 + Math.floor(next() * (parts.length - 1)), 0, ',')
    const sentence = parts.join(' ').replace(/ ,/g, ',')
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
  }
  const zipf = (list) => list[Math.floor(list.length * next() ** 2)]
  const people = []
  const inventName = () => {
    let name = ''
    const parts = 2 + Math.floor(next() * 2)
    for (let index = 0; index < parts; index++) name += pick(SYLLABLES)
    return name.charAt(0).toUpperCase() + name.slice(1)
  }
  const person = () => {
    // New people keep appearing; known ones come back with a Zipf-like law.
    if (people.length === 0 || next() < 0.08) people.push({first: inventName(), last: inventName(), title: pick(words.titles), role: pick(words.roles)})
    return people[people.length - 1 - Math.floor((people.length - 1) * next() ** 3)]
  }

  return function draft(targetBytes, {dates = true} = {}) {
    const cast = [person(), person(), person()]
    // The story's events fall within a few weeks of a real date, with the
    // right weekday but for one in twenty-five.
    const base = Date.UTC(2015 + Math.floor(next() * 10), Math.floor(next() * 12), 1 + Math.floor(next() * 28))
    const when = () => {
      if (!dates) return lang === 'fr' ? 'prochainement' : 'soon'
      const date = new Date(base + Math.floor((next() - 0.3) * 30) * 86_400_000)
      const weekday = next() < 0.04 ? Math.floor(next() * 7) : (date.getUTCDay() + 6) % 7
      return words.dateOf(words.weekdays[weekday], date.getUTCDate(), words.months[date.getUTCMonth()])
    }
    const mention = (index, first) => {
      const who = cast[index % cast.length]
      return first ? `${who.first} ${who.last}` : `${who.title} ${who.last}`
    }
    let mentions = 0
    const fill = (template) =>
      template.replace(/\{(\w+)\}/g, (_, key) => {
        switch (key) {
          case 'Person':
          case 'person': {
            const text = mention(Math.floor(next() * 3), mentions++ < 3)
            return key === 'Person' ? text.charAt(0).toUpperCase() + text.slice(1) : text
          }
          case 'role':
            return cast[0].role
          case 'say':
            return pick(words.says)
          case 'verb':
            return pick(words.verbs)
          case 'quote':
            return pick(words.quotes)
          case 'place':
          case 'place2':
            return zipf(words.places)
          case 'org':
          case 'org2':
            return zipf(words.orgs)
          case 'noun':
          case 'noun2':
            return zipf(words.nouns)
          case 'adjective':
            return pick(words.adjectives)
          case 'nounphrase':
            return lang === 'en' ? `the ${pick(words.adjectives)} ${zipf(words.nouns)}` : `${words.determiner(zipf(words.nouns))} ${pick(words.adjectives)}`
          case 'number':
            return String(2 + Math.floor(next() * 900))
          case 'percent':
            return String(1 + Math.floor(next() * 40))
          case 'year':
            return String(2015 + Math.floor(next() * 10))
          case 'When':
          case 'when': {
            const text = when()
            return key === 'When' ? text.charAt(0).toUpperCase() + text.slice(1) : text
          }
          default:
            return key
        }
      })
    // Two sentences in five from the newsroom templates, the rest running prose.
    const sentence = () => (next() < 0.4 ? fill(pick(words.fillers)) : prose())
    const lines = [`${pick(words.headline)} ${fill('{nounphrase}')}`.replace(/^(\p{L})/u, (letter) => letter.toUpperCase()), `${zipf(words.places).toUpperCase()} —`]
    let bytes = lines.join('\n').length
    while (bytes < targetBytes) {
      const roll = next()
      let paragraph
      if (roll < 0.02) paragraph = words.straightQuote
      else if (roll < 0.035) paragraph = words.doubled
      else if (roll < 0.05 && lines.length > 4) paragraph = lines[2 + Math.floor(next() * (lines.length - 2))]
      else paragraph = Array.from({length: 1 + Math.floor(next() * 4)}, sentence).join(' ')
      // A name misspelt once in a while: one letter dropped.
      if (next() < 0.03) paragraph = paragraph.replace(cast[0].last, cast[0].last.slice(0, -2) + cast[0].last.slice(-1))
      lines.push(paragraph)
      bytes += paragraph.length + 1
    }
    return `${lines.join('\n')}\n`
  }
}

/**
 * `totalBytes` of drafts (UTF-8 bytes, about), each between 2 and 14 KB, two
 * thirds French and one third English; about one in twenty pastes a
 * paragraph of an earlier draft. Returns [{path, text, lang}].
 */
export function corpus(totalBytes, seed = 7) {
  const drafts = []
  let bytes = 0
  for (const draft of draftStream(seed)) {
    if (bytes >= totalBytes) break
    drafts.push(draft)
    bytes += Buffer.byteLength(draft.text)
  }
  return drafts
}

/**
 * The drafts of `corpus`, one at a time and without end (an archive of any
 * size in bounded memory). `smallest` and `largest` bound a draft's size in
 * bytes (2 and 14 KB by default, as in `corpus`).
 */
export function* draftStream(seed = 7, {smallest = 2_000, largest = 14_000} = {}) {
  const next = random(seed)
  const writers = {fr: draftWriter('fr', random(seed + 1)), en: draftWriter('en', random(seed + 2))}
  // The last 20 drafts of each language: the only ones a draft may paste from.
  const recent = {fr: [], en: []}
  for (let count = 0; ; count++) {
    const lang = next() < 0.66 ? 'fr' : 'en'
    let text = writers[lang](smallest + Math.floor(next() ** 2 * (largest - smallest)))
    const earlier = recent[lang].at(-1 - Math.floor(next() * 20))
    if (earlier && next() < 0.05) {
      const paragraphs = earlier.split('\n').filter((line) => line.length > 80)
      if (paragraphs.length > 0) text += `${paragraphs[Math.floor(next() * paragraphs.length)]}\n`
    }
    recent[lang].push(text)
    if (recent[lang].length > 20) recent[lang].shift()
    yield {path: `drafts/${String(count).padStart(5, '0')}.${lang}.txt`, text, lang}
  }
}

/** One draft of about `bytes`, in `lang`; `dates: false` leaves out weekdays and months. */
export function oneDraft(bytes, lang = 'fr', {dates = true, seed = 11} = {}) {
  return draftWriter(lang, random(seed))(bytes, {dates})
}

/** One long document: `totalBytes` of paragraphs from the corpus, joined (an archive export). */
export function longDocument(totalBytes, lang = 'fr', seed = 13) {
  const write = draftWriter(lang, random(seed))
  const parts = []
  let bytes = 0
  while (bytes < totalBytes) {
    const draft = write(4_000)
    parts.push(draft)
    bytes += Buffer.byteLength(draft) + 1
  }
  return parts.join('\n')
}

/** Writes drafts into `folder` (emptied first); returns the folder. */
export function writeCorpus(folder, drafts) {
  rmSync(folder, {recursive: true, force: true})
  mkdirSync(folder, {recursive: true})
  for (const draft of drafts) writeFileSync(path.join(folder, path.basename(draft.path)), draft.text)
  return folder
}

/** The .txt and .md files under `folder`, read as drafts. */
export function readFolder(folder) {
  const drafts = []
  const walk = (directory) => {
    for (const name of readdirSync(directory).sort()) {
      const full = path.join(directory, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(txt|md|markdown)$/i.test(name)) drafts.push({path: path.relative(folder, full), text: readFileSync(full, 'utf8')})
    }
  }
  walk(folder)
  return drafts
}
