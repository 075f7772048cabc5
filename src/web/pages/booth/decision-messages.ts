// Readable, translated words for the crossings' codes the booth shows: decisions, refusal grounds, how an
// identity was established and relationships in a group. Each key is written out for the catalogue test.
import type { TFunction } from 'i18next';
import type { Decision, RefusalGround } from '../../../domain/crossings';
import type { IdentityBasis, Relationship } from './member';

export function decisionName(decision: Decision, t: TFunction): string {
  switch (decision) {
    case 'admitted':
      return t('booth.decision.admitted');
    case 'admitted-transit':
      return t('booth.decision.admittedTransit');
    case 'referred-protection':
      return t('booth.decision.referredProtection');
    case 'refused':
      return t('booth.decision.refused');
    case 'held':
      return t('booth.decision.held');
    default: {
      const unknown: never = decision;
      return unknown;
    }
  }
}

/**
 * What was decided at an earlier crossing, as a noun (the booth's choices are verbs: "Admitir"); a
 * code this app does not know is shown as written.
 */
export function pastDecisionName(decision: string, t: TFunction): string {
  switch (decision) {
    case 'admitted':
      return t('booth.pastDecision.admitted');
    case 'admitted-transit':
      return t('booth.pastDecision.admittedTransit');
    case 'referred-protection':
      return t('booth.pastDecision.referredProtection');
    case 'refused':
      return t('booth.pastDecision.refused');
    case 'held':
      return t('booth.pastDecision.held');
    default:
      return decision;
  }
}

export function refusalGroundName(ground: RefusalGround, t: TFunction): string {
  switch (ground) {
    case 'no-valid-document':
      return t('booth.ground.noValidDocument');
    case 'false-document':
      return t('booth.ground.falseDocument');
    case 'entry-ban':
      return t('booth.ground.entryBan');
    case 'watchlist':
      return t('booth.ground.watchlist');
    case 'public-health':
      return t('booth.ground.publicHealth');
    case 'public-order':
      return t('booth.ground.publicOrder');
    case 'insufficient-means':
      return t('booth.ground.insufficientMeans');
    case 'no-authorisation':
      return t('booth.ground.noAuthorisation');
    case 'other':
      return t('booth.ground.other');
    default: {
      const unknown: never = ground;
      return unknown;
    }
  }
}

export function identityBasisName(basis: IdentityBasis, t: TFunction): string {
  switch (basis) {
    case 'document':
      return t('booth.basis.document');
    case 'declared':
      return t('booth.basis.declared');
    case 'other-document':
      return t('booth.basis.otherDocument');
    case 'family-member':
      return t('booth.basis.familyMember');
    default: {
      const unknown: never = basis;
      return unknown;
    }
  }
}

export function relationshipName(relationship: Relationship, t: TFunction): string {
  switch (relationship) {
    case 'reference':
      return t('booth.relationship.reference');
    case 'spouse':
      return t('booth.relationship.spouse');
    case 'child':
      return t('booth.relationship.child');
    case 'parent':
      return t('booth.relationship.parent');
    case 'sibling':
      return t('booth.relationship.sibling');
    case 'grandchild':
      return t('booth.relationship.grandchild');
    case 'grandparent':
      return t('booth.relationship.grandparent');
    case 'other-relative':
      return t('booth.relationship.otherRelative');
    case 'legal-guardian':
      return t('booth.relationship.legalGuardian');
    case 'unrelated':
      return t('booth.relationship.unrelated');
    default: {
      const unknown: never = relationship;
      return unknown;
    }
  }
}
