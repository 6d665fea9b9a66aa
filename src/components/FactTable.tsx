// Every event and relation as a table: in step with the graph's filters and time window, sortable,
// searchable and driven by the keyboard (one row in the tab order, arrows move, Enter selects).
// It is the way through the graph for screen-reader users, to whom the canvas says nothing.
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { factIdOf } from '../graph/article';
import { buildFactRows, createRowSearch, sortRows, visibleRows, type FactRow, type SortKey, type SortState } from '../graph/factRows';
import { EVENT_COLOURS } from '../graph/style';
import { formatNumber, type Lang } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { selectVisibility, useApp } from '../store/store';
import './FactTable.css';
import { FACT_TABLE_STRINGS } from '../i18n/panels';

// Strings this panel needs beyond i18n/strings.ts, in both languages.

const RELATION_SWATCH = '#c9ccd3';

// Sort and search survive switching tabs (the panel unmounts), like a page keeps its scroll.
let remembered: { query: string; sort: SortState } = { query: '', sort: { key: 'date', dir: 'asc' } };

export function FactTable() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  const visibility = useApp(selectVisibility);
  const words = FACT_TABLE_STRINGS[lang];

  const [query, setQuery] = useState(remembered.query);
  const [sort, setSort] = useState<SortState>(remembered.sort);
  useEffect(() => {
    remembered = { query, sort };
  }, [query, sort]);

  const rows = useMemo(() => (model ? buildFactRows(model, lang) : []), [model, lang]);
  const search = useMemo(() => (model ? createRowSearch(model, rows) : () => null), [model, rows]);
  const visible = useMemo(() => visibleRows(rows, visibility), [rows, visibility]);
  const matched = useMemo(() => search(query), [search, query]);
  const shown = useMemo(() => sortRows(matched ? visible.filter((r) => matched.has(r.id)) : visible, sort, lang), [visible, matched, sort, lang]);

  const selectedFact = model && selectedId ? factIdOf(model, selectedId) : null;
  const [activeId, setActiveId] = useState<string | null>(selectedFact);
  // A selection made elsewhere (graph, search, article) becomes the active row.
  const [seenSelection, setSeenSelection] = useState(selectedFact);
  if (seenSelection !== selectedFact) {
    setSeenSelection(selectedFact);
    if (selectedFact) setActiveId(selectedFact);
  }
  const active = shown.some((r) => r.id === activeId) ? activeId : (shown[0]?.id ?? null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  useEffect(() => {
    const row = selectedFact ? rowRefs.current.get(selectedFact) : undefined;
    if (row && document.activeElement !== row) row.scrollIntoView({ block: 'nearest' });
  }, [selectedFact]);

  if (!model) return null;

  const moveTo = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    rowRefs.current.get(id)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    const at = shown.findIndex((r) => r.id === active);
    const to = (i: number) => shown[Math.max(0, Math.min(shown.length - 1, i))]?.id;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(to(at + 1)),
      ArrowUp: () => moveTo(to(at - 1)),
      Home: () => moveTo(to(0)),
      End: () => moveTo(to(shown.length - 1)),
      PageDown: () => moveTo(to(at + 10)),
      PageUp: () => moveTo(to(at - 10)),
      Enter: () => active && select(active, true),
      ' ': () => active && select(active, true),
    };
    const action = keys[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  };
  const toggleSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));
  const selectedEntity = selectedId && model.entityById.has(selectedId) ? selectedId : null;
  const columns: Array<{ key: SortKey; label: string }> = [
    { key: 'kind', label: t('kind') },
    { key: 'fact', label: t('fact') },
    { key: 'date', label: t('date') },
  ];

  return (
    <section className="fact-table" aria-label={t('factTable')}>
      <div className="fact-table-tools">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={words.search}
          aria-controls="fact-table-grid"
          placeholder={words.placeholder}
          // "auto" follows what is typed; while empty, the placeholder reads in the interface's direction.
          dir={query ? 'auto' : lang === 'fa' ? 'rtl' : 'ltr'}
        />
        <p className="fact-table-count" role="status" data-testid="fact-count">
          {words.shown(formatNumber(shown.length, lang), formatNumber(rows.length, lang))}
        </p>
      </div>
      <div className="fact-table-scroll">
        <table id="fact-table-grid" aria-describedby="fact-table-hint">
          <caption>
            {t('factTable')}
            <span id="fact-table-hint" className="visually-hidden">
              {words.hint}
            </span>
          </caption>
          <colgroup>
            <col className="col-kind" />
            <col className="col-fact" />
            <col className="col-date" />
          </colgroup>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" onClick={() => toggleSort(c.key)} title={words.sortBy(c.label)}>
                    {c.label}
                    <span className="sort-arrow" aria-hidden="true">
                      {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr className="fact-empty">
                <td colSpan={3}>{words.noMatch}</td>
              </tr>
            ) : (
              shown.map((row) => (
                <Row
                  key={row.id}
                  row={row}
                  lang={lang}
                  active={row.id === active}
                  selected={row.id === selectedFact}
                  related={selectedEntity !== null && row.entities.includes(selectedEntity)}
                  placeWord={words.place}
                  rowRef={(el) => {
                    if (el) rowRefs.current.set(row.id, el);
                    else rowRefs.current.delete(row.id);
                  }}
                  onKeyDown={onKeyDown}
                  onSelect={() => {
                    setActiveId(row.id);
                    select(row.id, true);
                  }}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  row: FactRow;
  lang: Lang;
  active: boolean;
  selected: boolean;
  related: boolean;
  placeWord: string;
  rowRef(el: HTMLTableRowElement | null): void;
  onKeyDown(e: KeyboardEvent<HTMLTableRowElement>): void;
  onSelect(): void;
}

function Row({ row, lang, active, selected, related, placeWord, rowRef, onKeyDown, onSelect }: RowProps) {
  const swatch = row.type === 'event' ? (EVENT_COLOURS[row.kind] ?? RELATION_SWATCH) : RELATION_SWATCH;
  const className = ['fact-row', `is-${row.type}`, selected ? 'is-selected' : '', related ? 'is-related' : ''].filter(Boolean).join(' ');
  return (
    <tr
      ref={rowRef}
      className={className}
      data-id={row.id}
      tabIndex={active ? 0 : -1}
      aria-label={row.accessibleName}
      aria-selected={selected}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <td className="fact-kind">
        <span className={`kind-swatch is-${row.type}`} style={{ '--swatch': swatch } as CSSProperties} aria-hidden="true" />
        {row.kindLabel}
      </td>
      <td className="fact-main">
        <span className="fact-label">{row.label}</span>
        {row.type === 'event' ? (
          <span className="fact-details">
            {row.place ? (
              <span className="fact-place">
                {placeWord}: {row.place}
                {lang === 'fa' ? '؛ ' : '; '}
              </span>
            ) : null}
            {row.participants.map((p, i) => (
              <span key={`${p.id}-${i}`} className="fact-participant">
                {i > 0 ? (lang === 'fa' ? '، ' : ', ') : null}
                {p.name}
                {lang === 'en' ? <span className="fact-role"> ({p.role})</span> : null}
              </span>
            ))}
          </span>
        ) : row.note ? (
          <span className="fact-details">{row.note}</span>
        ) : null}
      </td>
      <td className="fact-date" title={row.dateText || undefined}>
        {row.dateShort}
      </td>
    </tr>
  );
}
