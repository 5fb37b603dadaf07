import type { ZafContext, ZafMetadata } from './zaf-client';
import { createZafPort } from './create-zaf-port';
import type { ZafPort } from './zaf-port';

export type ZafConnection = { kind: 'connected'; port: ZafPort } | { kind: 'outside-zendesk' };

/**
 * Connects to the Zendesk host page. The SDK queues every call until `app.registered`, so the app
 * renders nothing until the host has sent it the context and installation settings.
 */
export async function connectZaf(factory = window.ZAFClient): Promise<ZafConnection> {
  const client = factory?.init();
  if (!client) return { kind: 'outside-zendesk' };
  const [context, metadata] = await Promise.all<[Promise<ZafContext>, Promise<ZafMetadata>]>([client.context(), client.metadata()]);
  return { kind: 'connected', port: createZafPort(client, context, metadata) };
}
