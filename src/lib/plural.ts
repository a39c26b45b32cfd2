/**
 * Plural forms of a counted noun (pure). A translation writes its forms
 * separated by "|" in CLDR order (one|few|many|other, keeping only the
 * categories the language has): Russian "{n} участок|{n} участка|{n} участков",
 * English "{n} station|{n} stations", Kyrgyz one form ("{n} участок": the noun
 * after a numeral stays singular). Missing forms fall back to the last one.
 */
import type { Lang } from './types';
import { formatNumber } from './format';

const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const rules = new Map<Lang, { rule: Intl.PluralRules; categories: string[] }>();

function rulesOf(lang: Lang): { rule: Intl.PluralRules; categories: string[] } {
  let r = rules.get(lang);
  if (!r) {
    const rule = new Intl.PluralRules(lang);
    const has = new Set<string>(rule.resolvedOptions().pluralCategories);
    r = { rule, categories: ORDER.filter((c) => has.has(c)) };
    rules.set(lang, r);
  }
  return r;
}

/** The form of `forms` ("a|b|c") for the count `n` in `lang`, with `{n}` filled by the formatted number. */
export function plural(lang: Lang, n: number, forms: string): string {
  const list = forms.split('|');
  const { rule, categories } = rulesOf(lang);
  const i = categories.indexOf(rule.select(n));
  const form = list[Math.min(i < 0 ? list.length - 1 : i, list.length - 1)];
  return form.replace(/\{n\}/g, formatNumber(n, lang));
}
