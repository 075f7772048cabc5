// For tests of what a humanitarian partner sees on the dashboard: a day's figures as the API
// publishes them to partners (no rows; each figure a number, `small` for 1 to 4 people, or
// `withheld`), and the nationalities of a partner's day that every such test starts from.
import { noDashboardRows } from '../../src/api/dashboard';
import type { DashboardFigures } from '../../src/web/pages/dashboard/dashboard-api';

export type PublishedFigure = number | 'small' | 'withheld';

/** The dashboard's answer to a partner for `date`, with the days from `from`, holding `figures`. */
export const publishedDay = (
  figures: Record<string, PublishedFigure>,
  days: { readonly from: string; readonly date: string; readonly asOf?: string },
): DashboardFigures => ({
  date: days.date,
  from: days.from,
  checkpoint: null,
  ...noDashboardRows(),
  emergencies: [],
  asOf: days.asOf ?? `${days.date}T18:00:00Z`,
  published: figures,
});

/** Venezuela published, Haiti "<5", Colombia withheld, and 9 of other nationalities: 1,209 admitted. */
export const PARTNER_NATIONALITIES: Record<string, PublishedFigure> = {
  'nationality:VEN': 1200,
  'nationality:HTI': 'small',
  'nationality:COL': 'withheld',
  'nationalities:other': 9,
  'decision:admitted': 1209,
};
