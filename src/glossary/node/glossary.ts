import { otherLocale, type Locale } from '../../i18n/locales';

/** A glossary term as declared in content/glossary.yaml. */
export interface GlossaryTerm {
  id: string;
  zh: string;
  en: string;
  definition: Record<Locale, string>;
  chapter: string;
}

/** Terms under one index letter. */
export interface GlossaryGroup {
  letter: string;
  terms: GlossaryTerm[];
}

// Chinese sorts by pinyin (ICU's zh collation), English alphabetically; both ignore case.
const collators: Record<Locale, Intl.Collator> = {
  zh: new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true }),
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
};

/**
 * The first character of each pinyin initial, in collation order: a Han
 * character sorts under the last letter whose first character it does not
 * precede. (There are no syllables starting with I, U or V.)
 */
const PINYIN_FIRSTS: readonly (readonly [string, string])[] = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'], ['H', '哈'],
  ['J', '讥'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'], ['P', '妑'], ['Q', '七'],
  ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'], ['Y', '丫'], ['Z', '帀'],
];

/** The term's name in a language. */
export const termName = (term: GlossaryTerm, locale: Locale): string => term[locale];

/** The index letter a name files under: its first Latin letter, or for Han text its pinyin initial. */
export function indexLetter(name: string): string {
  const first = name.trim().charAt(0);
  if (/[a-z]/i.test(first)) return first.toUpperCase();
  if (!/\p{Script=Han}/u.test(first)) return '#';
  let letter = 'A';
  for (const [candidate, firstChar] of PINYIN_FIRSTS) {
    if (collators.zh.compare(first, firstChar) >= 0) letter = candidate;
    else break;
  }
  return letter;
}

/** Terms sorted for one language (pinyin for Chinese) and grouped under index letters, Latin letters first. */
export function glossaryIndex(terms: readonly GlossaryTerm[], locale: Locale): GlossaryGroup[] {
  const sorted = [...terms].sort((a, b) => collators[locale].compare(termName(a, locale), termName(b, locale)));
  const groups: GlossaryGroup[] = [];
  for (const term of sorted) {
    const letter = indexLetter(termName(term, locale));
    let group = groups.find((g) => g.letter === letter);
    if (!group) groups.push((group = { letter, terms: [] }));
    group.terms.push(term);
  }
  return groups.sort((a, b) => a.letter.localeCompare(b.letter));
}

/** `<Glossary />` as Markdown: the terms in the page's order under their letters, each with its other name and definition. */
export function glossaryMarkdown(terms: readonly GlossaryTerm[], locale: Locale): string {
  const other = otherLocale(locale);
  return glossaryIndex(terms, locale)
    .map((group) => {
      const items = group.terms.map((term) => {
        const [name, otherName] = [termName(term, locale), termName(term, other)];
        return `- **${name}**${otherName === name ? '' : ` (${otherName})`}: ${term.definition[locale]}`;
      });
      return `### ${group.letter}\n\n${items.join('\n')}`;
    })
    .join('\n\n');
}
