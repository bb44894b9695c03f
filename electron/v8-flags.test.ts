import { describe, expect, it } from 'vitest';
import { V8_FLAGS, v8FlagsSwitch } from './v8-flags';

describe("the app's V8 flags (issue 17)", () => {
  it('are what the benchmark launches Chromium with, unless DESK_JS_FLAGS says otherwise', () => {
    expect(V8_FLAGS).toBe('--max-semi-space-size=4');
    expect(v8FlagsSwitch({})).toEqual(['--js-flags=--max-semi-space-size=4']);
    expect(v8FlagsSwitch({ DESK_JS_FLAGS: '' })).toEqual([]);
    expect(v8FlagsSwitch({ DESK_JS_FLAGS: '--max-semi-space-size=8' })).toEqual([
      '--js-flags=--max-semi-space-size=8',
    ]);
  });
});
