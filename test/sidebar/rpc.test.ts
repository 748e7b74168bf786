/** How the sidebar tells the server's own messages from calls that got no answer (src/sidebar/rpc.ts). */
import { describe, expect, it } from 'vitest';
import { SIDEBAR_MESSAGE_MARK } from '../../src/server/boundary';
import { ServerMessage, failureOf } from '../../src/sidebar/rpc';

describe('a failure handed to the sidebar', () => {
  it('is the server’s message, without its mark, when the server’s boundary wrote it', () => {
    const failure = failureOf(new Error(`${SIDEBAR_MESSAGE_MARK}未知语言：fr`));
    expect([failure instanceof ServerMessage, failure.message]).toEqual([true, '未知语言：fr']);
  });

  it('is still the server’s message when words come before the mark', () => {
    const failure = failureOf(new Error(`Exception: ${SIDEBAR_MESSAGE_MARK}Unknown formula: X`));
    expect([failure instanceof ServerMessage, failure.message]).toEqual([true, 'Unknown formula: X']);
  });

  it('is the transport’s own error, untouched, when the call got no answer from the add-on', () => {
    const dropped = new Error('NetworkError: Connection failure due to HTTP 0');
    const failure = failureOf(dropped);
    expect([failure instanceof ServerMessage, failure]).toEqual([false, dropped]);
  });

  it('is an Error carrying the text of whatever else was handed over', () => {
    const failure = failureOf('ScriptError: We’re sorry, a server error occurred.');
    expect([failure instanceof ServerMessage, failure instanceof Error, failure.message]).toEqual([false, true, 'ScriptError: We’re sorry, a server error occurred.']);
  });
});
