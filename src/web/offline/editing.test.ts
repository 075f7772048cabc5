// A record being typed is not kept anywhere until it is sent: while it is, the page asks before a
// reload or a closed tab takes it away, and stops asking once it is sent or abandoned.
import { describe, expect, it } from 'vitest';
import { askBeforeLeavingPage } from './editing';

/** Whether the page would ask before going: the browser asks when beforeunload's default is prevented. */
function asksBeforeLeaving(page: EventTarget): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  page.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('asking before leaving a page with a record being typed', () => {
  it('asks while a record is being typed, and no longer once it is released', () => {
    const page = new EventTarget();
    expect(asksBeforeLeaving(page)).toBe(false);
    const release = askBeforeLeavingPage(page);
    expect(asksBeforeLeaving(page)).toBe(true);
    release();
    expect(asksBeforeLeaving(page)).toBe(false);
  });
});
