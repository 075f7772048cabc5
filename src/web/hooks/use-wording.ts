// A sentence that says what the last action did, kept as the way to word it rather than as words: it
// is worded again at each render, so a switch of language after the action is followed.
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Wording = (t: TFunction) => string;

/** The sentence in the language in use (null when there is none), and the setter that keeps its wording. */
export function useWording(): readonly [string | null, (wording: Wording | null) => void] {
  const { t } = useTranslation();
  const [wording, setWording] = useState<Wording | null>(null);
  // React calls a function given to a state setter as an updater: it is wrapped to be kept as it is.
  const say = useCallback((next: Wording | null) => setWording(() => next), []);
  return [wording === null ? null : wording(t), say];
}
