// Time zones as people read them: "Lima (Perú, UTC−5)", "Santiago (Chile, UTC−4; UTC−3 en verano)".
// The city is the IANA id's last part; the country, named by Intl, comes from a small map of the zones
// around the operation (Intl cannot tell a zone's country everywhere); the offsets are Intl's, in the
// middle of January and of July of the year shown, so that a zone with summer time says both.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isTimeZone } from '../../domain/shared';
import { useLocale } from '../hooks/use-locale';

// South America, where the people crossing at Tacna–Arica come from and go to (ISO 3166-1 alpha-2).
const COUNTRY_BY_ZONE: Readonly<Record<string, string>> = {
  'America/Lima': 'PE',
  'America/Santiago': 'CL',
  'America/Punta_Arenas': 'CL',
  'America/Coyhaique': 'CL',
  'Pacific/Easter': 'CL',
  'America/La_Paz': 'BO',
  'America/Guayaquil': 'EC',
  'Pacific/Galapagos': 'EC',
  'America/Bogota': 'CO',
  'America/Caracas': 'VE',
  'America/Asuncion': 'PY',
  'America/Montevideo': 'UY',
  'America/Guyana': 'GY',
  'America/Paramaribo': 'SR',
  'America/Cayenne': 'GF',
  'America/Sao_Paulo': 'BR',
  'America/Manaus': 'BR',
  'America/Rio_Branco': 'BR',
  'America/Porto_Velho': 'BR',
  'America/Boa_Vista': 'BR',
  'America/Campo_Grande': 'BR',
  'America/Cuiaba': 'BR',
  'America/Belem': 'BR',
  'America/Fortaleza': 'BR',
  'America/Recife': 'BR',
  'America/Maceio': 'BR',
  'America/Bahia': 'BR',
  'America/Araguaina': 'BR',
  'America/Santarem': 'BR',
  'America/Eirunepe': 'BR',
  'America/Noronha': 'BR',
  // Argentina's zones are America/Argentina/…; Chromium lists five by their older ids.
  'America/Buenos_Aires': 'AR',
  'America/Catamarca': 'AR',
  'America/Cordoba': 'AR',
  'America/Jujuy': 'AR',
  'America/Mendoza': 'AR',
};

const countryCodeOf = (zone: string): string | null =>
  COUNTRY_BY_ZONE[zone] ?? (zone.startsWith('America/Argentina/') ? 'AR' : null);

/** The offset from UTC in minutes at an instant, as Intl gives it ("GMT-3", "GMT+5:30", "GMT"). */
export function offsetMinutes(zone: string, at: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** "UTC−5", "UTC+5:30", "UTC+0": with the minus sign, not a hyphen. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const whole = Math.abs(minutes);
  const rest = whole % 60;
  return `UTC${sign}${Math.floor(whole / 60)}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

export interface ZoneParts {
  readonly city: string;
  /** The country's name in the locale, when the zone is one the map knows. */
  readonly country: string | null;
  readonly standard: string;
  /** The offset in summer time, when the zone keeps one in that year. */
  readonly summer: string | null;
}

// A form lists every zone on each keystroke: each is worked out once per locale and year.
const known = new Map<string, ZoneParts | null>();

/** What a zone's name is made of, in a locale, for a year; null for a zone Intl does not know. */
export function zoneParts(zone: string, locale: string, year: number): ZoneParts | null {
  const key = `${locale} ${year} ${zone}`;
  const found = known.get(key);
  if (found !== undefined) return found;
  const parts = isTimeZone(zone) ? partsOf(zone, locale, year) : null;
  known.set(key, parts);
  return parts;
}

function partsOf(zone: string, locale: string, year: number): ZoneParts {
  const city = (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
  const code = countryCodeOf(zone);
  const country = code === null ? null : (new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? null);
  const january = offsetMinutes(zone, Date.UTC(year, 0, 15));
  const july = offsetMinutes(zone, Date.UTC(year, 6, 15));
  // Summer time moves the clock forward: the greater offset is summer's, in either hemisphere.
  return {
    city,
    country,
    standard: formatOffset(Math.min(january, july)),
    summer: january === july ? null : formatOffset(Math.max(january, july)),
  };
}

/** A zone as people read it, e.g. "Santiago (Chile, UTC−4; UTC−3 en verano)"; one Intl does not know, by its id. */
export function zoneName(zone: string, t: TFunction, locale: string, year: number): string {
  const p = zoneParts(zone, locale, year);
  if (p === null) return zone;
  const offset =
    p.summer === null
      ? p.standard
      : t('checkpoints.zone.seasonal', { standard: p.standard, summer: p.summer });
  return p.country === null
    ? t('checkpoints.zone.plain', { city: p.city, offset })
    : t('checkpoints.zone.inCountry', { city: p.city, country: p.country, offset });
}

/** Names zones in the interface's language, with this year's offsets. */
export function useZoneName(): (zone: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback((zone: string) => zoneName(zone, t, locale, new Date().getUTCFullYear()), [t, locale]);
}

/**
 * Every zone the browser knows, with `kept` first if it does not, each with its name, sorted by name:
 * a select's type-ahead then finds a zone by its city.
 */
export function namedZones(
  name: (zone: string) => string,
  kept: readonly string[] = [],
): readonly { readonly zone: string; readonly name: string }[] {
  const zones = [...new Set([...kept, ...Intl.supportedValuesOf('timeZone')])].filter((z) => z !== '');
  return zones.map((zone) => ({ zone, name: name(zone) })).sort((a, b) => a.name.localeCompare(b.name));
}
