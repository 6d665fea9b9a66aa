// Saves a file the way a browser download does: a temporary object URL on a hidden link.
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the blob once the click is handled; keep the URL a little for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
