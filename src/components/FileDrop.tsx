// Files dropped anywhere on the window, from the first screen on: the listeners are attached here,
// in the small first chunk, so a drop made before the lazily loaded Import button has arrived is
// never lost. The drop zone shows while files are dragged; dropped files wait in a queue until the
// Import button (which reads them) subscribes.
import { useEffect, useRef, useState } from 'react';
import { IMPORT_STRINGS } from '../i18n/panels';
import { useApp } from '../store/store';
import './FileDrop.css';

type Consumer = (files: File[]) => void;
let consumer: Consumer | null = null;
const pending: File[][] = [];

/** Hands dropped files to the importer, or keeps them until it subscribes. */
export function deliverDroppedFiles(files: File[]): void {
  if (consumer) consumer(files);
  else pending.push(files);
}

/** The importer takes dropped files (those already waiting first); returns the unsubscribe. */
export function takeDroppedFiles(fn: Consumer): () => void {
  consumer = fn;
  for (const files of pending.splice(0)) fn(files);
  return () => {
    if (consumer === fn) consumer = null;
  };
}

function useFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const handler = useRef(onFiles);
  useEffect(() => {
    handler.current = onFiles;
  });
  useEffect(() => {
    let depth = 0;
    const carriesFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) handler.current(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}

/** The window's drop target and its drop zone; `onDrop` lets the app mount the importer at once. */
export function FileDrop({ onDrop }: { onDrop: () => void }) {
  const lang = useApp((s) => s.lang);
  const dragging = useFileDrop((files) => {
    deliverDroppedFiles(files);
    onDrop();
  });
  return dragging ? (
    <div className="import-dropzone" aria-hidden>
      <p>{IMPORT_STRINGS[lang].drop}</p>
    </div>
  ) : null;
}
