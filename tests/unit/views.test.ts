import { describe, expect, it } from 'vitest';
import { addressKey, clientKey, DEDUPE_MS, PER_ADDRESS_PER_MINUTE, READERS_PER_ADDRESS_PER_STORY, ViewCounter } from '@/lib/newsroom/view-counter';

describe('ViewCounter', () => {
  it('counts a client once per story within the window, again after it', () => {
    const counter = new ViewCounter();
    expect(counter.record('c1', 'a', 0)).toBe(true);
    for (let i = 1; i < 100; i++) expect(counter.record('c1', 'a', i * 1_000)).toBe(false);
    expect(counter.record('c2', 'a', 1_000)).toBe(true);
    expect(counter.record('c1', 'a', DEDUPE_MS + 1)).toBe(true);
    expect(counter.drain()).toEqual(new Map([['a', 3]]));
    expect(counter.drain().size).toBe(0);
  });

  it('caps how many stories one client can count per minute', () => {
    const counter = new ViewCounter();
    const counted = Array.from({ length: 100 }, (_, i) => counter.record('bot', `a${i}`, 5_000)).filter(Boolean).length;
    expect(counted).toBe(PER_ADDRESS_PER_MINUTE);
    expect(counter.record('bot', 'fresh', 5_000 + 60_000)).toBe(true);
  });

  it('a script rotating its User-Agent from one address adds a few readers per story, not one per UA', () => {
    const counter = new ViewCounter();
    const address = addressKey('203.0.113.5', 'salt');
    const counted = Array.from({ length: 100 }, (_, i) => counter.record(clientKey('203.0.113.5', `UA ${i}`, 'salt'), 'a', i * 1_000, address)).filter(Boolean).length;
    expect(counted).toBe(READERS_PER_ADDRESS_PER_STORY);
    // Another address reads the story as usual; after the window the first one counts again.
    expect(counter.record(clientKey('198.51.100.7', 'UA', 'salt'), 'a', 100_000, addressKey('198.51.100.7', 'salt'))).toBe(true);
    expect(counter.record(clientKey('203.0.113.5', 'UA 0', 'salt'), 'a', DEDUPE_MS + 1_000, address)).toBe(true);
  });

  it('bounds every reader behind one address together, per minute', () => {
    const counter = new ViewCounter();
    const counted = Array.from({ length: 100 }, (_, i) => counter.record(`reader-${i}`, `story-${i}`, 5_000, 'one-address')).filter(Boolean).length;
    expect(counted).toBe(PER_ADDRESS_PER_MINUTE);
  });

  it('puts counts back after a failed write', () => {
    const counter = new ViewCounter();
    counter.record('c', 'a', 0);
    const drained = counter.drain();
    counter.record('d', 'a', 0);
    counter.restore(drained);
    expect(counter.drain()).toEqual(new Map([['a', 2]]));
  });
});

describe('clientKey', () => {
  it('hides the address and depends on the salt', () => {
    const key = clientKey('203.0.113.5', 'UA', 'salt');
    expect(key).not.toContain('203');
    expect(key).toBe(clientKey('203.0.113.5', 'UA', 'salt'));
    expect(key).not.toBe(clientKey('203.0.113.5', 'UA', 'other'));
  });
});

describe('addressKey', () => {
  it('hides the address, depends on the salt, and is not any reader key of it', () => {
    const key = addressKey('203.0.113.5', 'salt');
    expect(key).not.toContain('203');
    expect(key).not.toBe(addressKey('203.0.113.5', 'other'));
    expect(key).not.toBe(clientKey('203.0.113.5', '', 'salt'));
  });
});
