// A person's full name as the screens write it: given names, then the surnames they have.
export const fullName = (p: {
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2?: string | null | undefined;
}): string => [p.givenNames, p.surname1, p.surname2 ?? ''].filter(Boolean).join(' ');
