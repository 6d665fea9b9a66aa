// The words on an edge: a participant's role or a relation's label, in the reader's language.
// Persian comes from the data (`roleFa`, `labelFa`); failing that, the kind's Persian name where the
// kind table has one, else a generic Persian word for the edge's type, so no English role word
// leaks into the Persian interface (the English one stays in the English interface and exports).
import type { GraphEdge } from '../graph/model';
import { kindName } from './kinds';
import type { Lang } from './strings';

const PERSIAN = /[\u0600-\u06FF]/;
const GENERIC_FA: Record<GraphEdge['type'], string> = { participation: 'مشارکت‌کننده', relation: 'رابطه' };

export function edgeLabel(edge: Pick<GraphEdge, 'type' | 'kind' | 'labelFa'>, lang: Lang): string {
  if (lang === 'en') return kindName(edge.kind, 'en');
  if (edge.labelFa) return edge.labelFa;
  const fa = kindName(edge.kind, 'fa');
  return PERSIAN.test(fa) ? fa : GENERIC_FA[edge.type];
}
