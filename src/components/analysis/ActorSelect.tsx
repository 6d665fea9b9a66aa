// A labelled <select> of the dataset's actors, sorted by name in the current language.
import { useId, useMemo } from 'react';
import type { GraphModel } from '../../graph/model';
import type { Lang } from '../../i18n/strings';

interface Props {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  model: GraphModel;
  lang: Lang;
  noneLabel: string;
  /** Node ids that are not actors but may be chosen (an event picked from the selection). */
  extra?: string | null;
}

export function ActorSelect({ label, value, onChange, model, lang, noneLabel, extra }: Props) {
  const id = useId();
  const options = useMemo(() => {
    const list = model.nodes.filter((n) => n.type === 'entity').map((n) => ({ id: n.id, name: lang === 'fa' ? n.nameFa : n.nameEn }));
    return list.sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [model, lang]);
  const extraNode = extra && model.nodeById.get(extra)?.type === 'event' ? model.nodeById.get(extra) : undefined;
  return (
    <div className="analysis-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{noneLabel}</option>
        {extraNode ? <option value={extraNode.id}>{lang === 'fa' ? extraNode.nameFa : extraNode.nameEn}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
