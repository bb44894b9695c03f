import { type RequestEvent, requestEvent } from '../model/records';

/**
 * Test data builder (not imported by app code): events with defaults filled by the real schema,
 * ids from a counter. Names are obviously fake.
 */
let counter = 0;
export function ev(e: Record<string, unknown> & { type: RequestEvent['type']; date: string }): RequestEvent {
  counter++;
  return requestEvent.parse({ id: `e${counter}`, ...e });
}

export function req(receivedDate: string, events: RequestEvent[] = []) {
  return { receivedDate, events };
}
