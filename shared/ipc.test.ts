import { describe, expect, it } from 'vitest';
import { buildDeskApi, CHANNELS, methodName } from './ipc';

describe('IPC contract', () => {
  it('derives method names from channel names', () => {
    expect(methodName('file:save')).toBe('fileSave');
    expect(methodName('app:openDocs')).toBe('appOpenDocs');
  });

  it('buildDeskApi has one method per channel, each forwarding its own channel and request', async () => {
    const calls: [string, unknown][] = [];
    const api = buildDeskApi(async (channel, request) => {
      calls.push([channel, request]);
      return { ok: true };
    });
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(methodName).sort());
    await api.fileOpen({ filters: [] });
    await api.appVersion({});
    expect(calls).toEqual([
      ['file:open', { filters: [] }],
      ['app:version', {}],
    ]);
  });
});
