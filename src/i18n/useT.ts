import { useCallback } from 'react';
import { useApp } from '../store/store';
import { translate, type StringKey } from './strings';

/** The translate function for the current language. */
export function useT() {
  const lang = useApp((s) => s.lang);
  return useCallback((key: StringKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
}
