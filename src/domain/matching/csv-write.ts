// Writes CSV lines (RFC 4180 quoting) for the batch outputs: clusters, hits, generated people.

function field(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly (string | number)[]): string {
  return `${values.map(field).join(',')}\n`;
}
