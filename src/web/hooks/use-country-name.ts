// Country names in the interface language, from the API's country list (ICAO codes, e.g. PER, CHL).
// The list does not change while the app runs, so it is fetched once and shared.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/paso';
import type { Country } from '../api/types';

let cached: Promise<readonly Country[] | null> | null = null;

function loadCountries(): Promise<readonly Country[] | null> {
  if (cached === null) {
    cached = api.listCountries().then((result) => {
      // A failed load is not cached: the next page tries again. Meanwhile the codes are shown.
      if (!result.ok) cached = null;
      return result.ok ? result.value : null;
    });
  }
  return cached;
}

export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation();
  const [countries, setCountries] = useState<readonly Country[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadCountries().then((list) => {
      if (live) setCountries(list);
    });
    return () => {
      live = false;
    };
  }, []);
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  return useCallback(
    (code: string) => {
      const country = countries?.find((c) => c.code === code);
      if (country === undefined) return code;
      return english ? country.nameEn : country.nameEs;
    },
    [countries, english],
  );
}
