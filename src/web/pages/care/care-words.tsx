// The care area's codes in words: items and their units, request states and moves, categories of
// need, kinds of place, and the care rules' refusals as sentences in the reader's language.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MovementKind, NeedCategory, RequestStatus, SupplyItem } from '../../../domain/care';
import { ITEM_UNITS } from '../../../domain/care';
import { type ApiProblem, describeProblem } from '../../api/problem';
import { useLocale } from '../../hooks/use-locale';

/** The kinds of bed, in the order they are shown. */
export const BED_KINDS_SHOWN = ['family', 'women', 'children', 'general'] as const;

export function useKindName() {
  const { t } = useTranslation();
  return (kind: string) =>
    kind === 'family'
      ? t('care.kind.family')
      : kind === 'women'
        ? t('care.kind.women')
        : kind === 'children'
          ? t('care.kind.children')
          : t('care.kind.general');
}

export function useCareWords() {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale);
  const item = (i: SupplyItem): string => supplyItemName(i, t);
  /** The unit's name, as a column heading says it ("litros"). */
  const unitName = (i: SupplyItem): string => {
    const unit = ITEM_UNITS[i];
    if (unit === 'litre') return t('care.unitName.litre');
    if (unit === 'kit') return t('care.unitName.kit');
    if (unit === 'piece') return t('care.unitName.piece');
    return t('care.unitName.box');
  };
  /** A quantity with its unit ("12 kits"). */
  const amount = (i: SupplyItem, count: number): string => {
    const unit = ITEM_UNITS[i];
    const args = { count, quantity: number.format(count) };
    if (unit === 'litre') return t('care.unit.litre', args);
    if (unit === 'kit') return t('care.unit.kit', args);
    if (unit === 'piece') return t('care.unit.piece', args);
    return t('care.unit.box', args);
  };
  const status = (s: RequestStatus): string => requestStatusName(s, t);
  /** The button that moves a request to `to`. */
  const move = (to: RequestStatus): string => {
    switch (to) {
      case 'committed':
        return t('care.move.committed');
      case 'sent':
        return t('care.move.sent');
      case 'received':
        return t('care.move.received');
      case 'cancelled':
        return t('care.move.cancelled');
      default:
        return status(to);
    }
  };
  return { item, unitName, amount, status, move, number: (n: number) => number.format(n) };
}

export function useCategoryName() {
  const { t } = useTranslation();
  return (c: NeedCategory): string => needCategoryName(c, t);
}

type ProblemProps = {
  readonly problem: ApiProblem | null;
  /** The place whose stock would run short, for a movement's refusal: the one it takes from. */
  readonly place?: string;
  /** The kind of bed asked for, in words, for a check-in's refusal: which beds ran short. */
  readonly bedKind?: string;
};

/** A refusal of the care API in words; anything else as the app says problems. */
export function CareProblem({ problem, place, bedKind }: ProblemProps) {
  const { t } = useTranslation();
  if (problem === null) return null;
  const text = (() => {
    switch (problem.code) {
      case 'care.stock-negative':
        return place === undefined
          ? t('care.problem.stockNegative')
          : t('care.problem.stockNegativeAt', { place });
      case 'care.unknown-place':
        return t('care.problem.unknownPlace');
      case 'care.unknown-shelter':
        return t('care.problem.unknownShelter');
      case 'care.unknown-request':
        return t('care.problem.unknownRequest');
      case 'care.request-transition':
        return t('care.problem.requestTransition');
      case 'care.conflict':
        return t('care.problem.conflict');
      case 'care.unknown-person':
        return t('care.problem.unknownPerson');
      case 'care.no-consent':
        return t('care.problem.noConsent');
      case 'care.already-in-shelter':
        return t('care.problem.alreadyInShelter');
      case 'care.family-split':
        return t('care.problem.familySplit');
      case 'care.child-alone':
        return t('care.problem.childAlone');
      case 'care.over-capacity':
        return bedKind === undefined
          ? t('care.problem.overCapacity')
          : t('care.problem.overCapacityOf', { kind: bedKind });
      case 'care.not-checked-in':
        return t('care.problem.notCheckedIn');
      case 'care.shelter-name-taken':
        return t('care.problem.shelterNameTaken');
      case 'care.beds-below-occupancy':
        return t('care.problem.bedsBelowOccupancy');
      default:
        return describeProblem(problem, t);
    }
  })();
  return (
    <p className="notice notice-error" role="alert" data-testid="care-problem">
      {text}
    </p>
  );
}

// The words as plain functions too, for what is not a component (the audit log's details).

export function supplyItemName(i: SupplyItem, t: TFunction): string {
  switch (i) {
    case 'water':
      return t('care.item.water');
    case 'food-kit':
      return t('care.item.foodKit');
    case 'hygiene-kit':
      return t('care.item.hygieneKit');
    case 'blanket':
      return t('care.item.blanket');
    case 'medicine':
      return t('care.item.medicine');
    default: {
      const unknown: never = i;
      return unknown;
    }
  }
}

export function requestStatusName(s: RequestStatus, t: TFunction): string {
  switch (s) {
    case 'requested':
      return t('care.status.requested');
    case 'committed':
      return t('care.status.committed');
    case 'sent':
      return t('care.status.sent');
    case 'received':
      return t('care.status.received');
    case 'cancelled':
      return t('care.status.cancelled');
    default: {
      const unknown: never = s;
      return unknown;
    }
  }
}

export function movementKindName(k: MovementKind, t: TFunction): string {
  return k === 'delivery'
    ? t('care.movement.delivery')
    : k === 'distribution'
      ? t('care.movement.distribution')
      : t('care.movement.transfer');
}

export function needCategoryName(c: NeedCategory, t: TFunction): string {
  switch (c) {
    case 'water':
      return t('care.category.water');
    case 'food':
      return t('care.category.food');
    case 'hygiene':
      return t('care.category.hygiene');
    case 'bedding':
      return t('care.category.bedding');
    case 'health':
      return t('care.category.health');
    case 'protection':
      return t('care.category.protection');
    case 'infant':
      return t('care.category.infant');
    case 'information':
      return t('care.category.information');
    case 'other':
      return t('care.category.other');
    default: {
      const unknown: never = c;
      return unknown;
    }
  }
}
