// Display helpers shared by panels: the name of a node or edge in the current language.
import type { GraphModel } from '../graph/model';
import { edgeLabel } from '../i18n/roles';
import type { Lang } from '../i18n/strings';

export function nodeName(model: GraphModel, id: string, lang: Lang): string {
  const node = model.nodeById.get(id);
  if (!node) return id;
  return lang === 'fa' ? node.nameFa : node.nameEn;
}

/** "Source — label → Target" for an edge; the fact's label for an event. */
export function elementName(model: GraphModel, id: string, lang: Lang): string {
  const edge = model.edgeById.get(id);
  if (!edge) return nodeName(model, id, lang);
  const arrow = lang === 'fa' ? '←' : '→';
  return `${nodeName(model, edge.source, lang)} — ${edgeLabel(edge, lang)} ${arrow} ${nodeName(model, edge.target, lang)}`;
}
