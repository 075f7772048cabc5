// A checkpoint's row as the store writes it, for tests that need some row to write and read back.
export const checkpointRow = (code: string, n: number) => ({
  id: `c0c00000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  code,
  name: code,
  country: 'PE',
  time_zone: 'America/Lima',
  latitude: -18.05,
  longitude: -70.25,
  demo: 0,
  created_at: '2025-11-27T15:00:00.000Z',
});
