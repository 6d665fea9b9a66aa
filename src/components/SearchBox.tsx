// Text search over names and aliases in both languages (Persian-normalised, typo-tolerant), as an
// ARIA combobox: arrows move, Enter chooses, Escape closes. Choosing selects and centres the node.
import { useId, useMemo, useState } from 'react';
import { searchIndex } from '../domain/persian';
import { kindName } from '../i18n/kinds';
import { useT } from '../i18n/useT';
import { useApp } from '../store/store';

interface Item {
  id: string;
  en: string;
  fa: string;
  kind: string;
  keys: string[];
}

export function SearchBox() {
  const t = useT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const select = useApp((s) => s.select);
  const query = useApp((s) => s.search);
  const setQuery = useApp((s) => s.setSearch);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();

  const index = useMemo(() => {
    if (!model) return null;
    const items: Item[] = [
      ...model.dataset.entities.map((e) => ({ id: e.id, en: e.name.en, fa: e.name.fa, kind: e.kind, keys: [e.name.en, e.name.fa, ...e.aliases] })),
      ...model.dataset.events.map((e) => ({ id: e.id, en: e.label.en, fa: e.label.fa, kind: e.kind, keys: [e.label.en, e.label.fa] })),
    ];
    return searchIndex(items, (item) => item.keys);
  }, [model]);
  const results = useMemo(() => (index && query.trim() ? index.search(query, 12) : []), [index, query]);

  const choose = (id: string) => {
    select(id, true);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = results[active];
      if (hit) choose(hit.item.id);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && query.trim() !== '';

  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t('search')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        // While empty, the placeholder follows the interface's direction; typed text finds its own.
        dir={query ? 'auto' : lang === 'fa' ? 'rtl' : 'ltr'}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {showList ? (
        // The APG combobox pattern: focus stays in the input, which handles the keys for the list.
        <div id={listId} role="listbox" className="search-results" aria-label={t('search')}>
          {results.length === 0 ? (
                <div className="no-results" role="option" aria-selected={false} aria-disabled>
              {t('noResults')}
            </div>
          ) : (
            results.map((hit, i) => (
              <div
                key={hit.item.id}
                id={`${listId}-${i}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                data-id={hit.item.id}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit.item.id)}
                onKeyDown={(e) => e.key === 'Enter' && choose(hit.item.id)}
              >
                <span className="result-name">{lang === 'fa' ? hit.item.fa : hit.item.en}</span>{' '}
                <span className="result-other" dir="auto">{lang === 'fa' ? hit.item.en : hit.item.fa}</span>
                <span className="result-kind">{kindName(hit.item.kind, lang)}</span>
                {hit.matched !== hit.item.en && hit.matched !== hit.item.fa ? (
                  <span className="result-alias" dir="auto">{hit.matched}</span>
                ) : null}
              </div>
            ))
          )}
        </div>
      ) : null}
    </div>
  );
}
