/**
 * The one translation system: `t(lang)` returns a lookup with {placeholder}
 * filling over one table per locale (./ky, ./ru, ./en; each merges its
 * site, pages, figures, embed, reader and interact modules). Kyrgyz is the reference.
 */
import type { Lang } from '../lib/types';
import { ky, type UiKey } from './ky';
import { ru } from './ru';
import { en } from './en';

export type { UiKey };
const TABLES: Record<Lang, Record<UiKey, string>> = { ky, ru, en };

/** Language names, each in its own language (for the language switch). */
export const LANG_NAMES: Record<Lang, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };

/** Replace {name} placeholders; unknown placeholders are left visible. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/**
 * Translator for one language: `t(lang)(key, vars?)`.
 * Keys are typed against the Kyrgyz reference, so a typo fails the type check.
 */
export function t(lang: Lang): (key: UiKey, vars?: Record<string, string | number>) => string {
  const table = TABLES[lang];
  return (key, vars) => fill(table[key], vars);
}
