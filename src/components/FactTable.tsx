export function FactTable() {
  return null;
}
