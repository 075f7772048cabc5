import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { EN, ES } from '../i18n/catalogues';
import { formatOffset, namedZones, offsetMinutes, zoneName } from './time-zone-names';

const t = async (language: 'es' | 'en') => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources: { es: { translation: ES }, en: { translation: EN } } });
  return i18n.t;
};

describe('zoneName', () => {
  it.each([
    ['es', 'es-PE', 'America/Lima', 'Lima (Perú, UTC\u22125)'],
    ['es', 'es-PE', 'America/Santiago', 'Santiago (Chile, UTC\u22124; UTC\u22123 en verano)'],
    ['en', 'en-GB', 'America/Santiago', 'Santiago (Chile, UTC\u22124; UTC\u22123 in summer)'],
    ['es', 'es-PE', 'America/La_Paz', 'La Paz (Bolivia, UTC\u22124)'],
    ['es', 'es-PE', 'America/Argentina/Buenos_Aires', 'Buenos Aires (Argentina, UTC\u22123)'],
    ['es', 'es-PE', 'America/Buenos_Aires', 'Buenos Aires (Argentina, UTC\u22123)'],
    ['es', 'es-PE', 'Europe/Madrid', 'Madrid (UTC+1; UTC+2 en verano)'],
    ['en', 'en-GB', 'Asia/Kolkata', 'Kolkata (UTC+5:30)'],
    ['en', 'en-GB', 'UTC', 'UTC (UTC+0)'],
  ] as const)('names %s %s as people read it', async (language, locale, zone, expected) => {
    expect(zoneName(zone, await t(language), locale, 2026)).toBe(expected);
  });

  it('names a zone Intl does not know by its id', async () => {
    expect(zoneName('Mars/Olympus_Mons', await t('es'), 'es-PE', 2026)).toBe('Mars/Olympus_Mons');
  });
});

describe('offsets', () => {
  it('reads Intl’s offset in minutes, either side of UTC', () => {
    expect(offsetMinutes('America/Lima', Date.UTC(2026, 0, 1))).toBe(-300);
    expect(offsetMinutes('Asia/Kathmandu', Date.UTC(2026, 0, 1))).toBe(345);
    expect(offsetMinutes('Africa/Abidjan', Date.UTC(2026, 0, 1))).toBe(0);
  });

  it('writes an offset with a minus sign and the minutes only when there are some', () => {
    expect([formatOffset(-300), formatOffset(330), formatOffset(0), formatOffset(-570)]).toEqual([
      'UTC\u22125',
      'UTC+5:30',
      'UTC+0',
      'UTC\u22129:30',
    ]);
  });
});

describe('namedZones', () => {
  it('lists every zone once, by name, with a kept zone the browser does not know', () => {
    const zones = namedZones((z) => z.split('/').at(-1) ?? z, ['America/Lima', 'Old/Zone']);
    expect(zones.filter((z) => z.zone === 'America/Lima')).toHaveLength(1);
    expect(zones.some((z) => z.zone === 'Old/Zone')).toBe(true);
    const names = zones.map((z) => z.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
