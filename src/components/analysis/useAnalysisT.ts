import { ANALYSIS_STRINGS, type AnalysisStrings } from '../../i18n/analysis';
import { useApp } from '../../store/store';

/** The analysis panel's strings in the current language. */
export function useAnalysisT(): AnalysisStrings {
  const lang = useApp((s) => s.lang);
  return ANALYSIS_STRINGS[lang] as unknown as AnalysisStrings;
}
