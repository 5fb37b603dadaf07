import type { ZafContext, ZafMetadata } from './zaf-client';
import { createZafPort } from './create-zaf-port';
import type { ZafPort } from './zaf-port';

export type ZafConnection = { kind: 'connected'; port: ZafPort } | { kind: 'outside-zendesk' };

/**
 * Connects to the Zendesk host page. The SDK queues every call until `app.registered`, so the app
 * renders nothing until the host has sent it the context and installation settings.
 *
 * Who the user is (their language, role and groups) is asked right away, not after registration:
 * the SDK sends the queued `get` the moment the host registers the app, which saves one round trip
 * to the host before the values can show (ADR 0095). The port hands this answer to its first
 * `currentUser()` call.
 */
export async function connectZaf(factory = window.ZAFClient): Promise<ZafConnection> {
  const client = factory?.init();
  if (!client) return { kind: 'outside-zendesk' };
  const currentUser = client.get('currentUser');
  currentUser.catch(() => undefined); // its failure is reported by the first `currentUser()` call
  const [context, metadata] = await Promise.all<[Promise<ZafContext>, Promise<ZafMetadata>]>([client.context(), client.metadata()]);
  return { kind: 'connected', port: createZafPort(client, context, metadata, currentUser) };
}
