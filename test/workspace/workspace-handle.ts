/** The `window.workspace` handle that e2e tests and exploratory checks drive (documented in the README). */
import type { FaultRule } from '../mocks/faults';
import type { LoggedRequest } from '../mocks/store';
import type { WorkspaceController } from './host/controller';
import type { CustomObjectRecord } from '../mocks/custom-object-types';
import type { FakeProviderMode, ProviderCall } from '../mocks/handlers/llm-providers';

export type { CustomObjectRecord, FaultRule, LoggedRequest };

export interface WorkspaceHandle<Ticket = unknown> {
  store: {
    tickets(): Ticket[];
    ticket(id: number): Ticket;
    requests(): LoggedRequest[];
    /** Someone adds a comment to a ticket (a customer reply, a colleague's note); open sidebars hear of it through ZAF events. */
    addComment(ticketId: number, authorId: number, body: string, isPublic: boolean): void;
    /** Every record of a custom object (e.g. `vc_wall_note`), oldest first, in Zendesk's record shape. */
    records(objectKey: string): CustomObjectRecord[];
    /** Another agent saves the ticket in their own Zendesk tab (for concurrency checks). */
    updateTicketAs(userId: number, ticketId: number, update: { custom_fields?: { id: number; value: unknown }[] }): Ticket;
  };
  openTicket(id: number): Promise<void>;
  openNavBar(): Promise<void>;
  setCurrentUser(userId: number): Promise<void>;
  setSettings(partial: Record<string, string | boolean>): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): void;
  fault(rule: FaultRule): void;
  clearFaults(): void;
  /** How the fake model providers answer from now on (`slow`: after `slowMs`). */
  modelProvider(mode: FakeProviderMode, slowMs?: number): void;
  /** What the fake providers received (after the simulated proxy put the key in). */
  modelCalls(): ProviderCall[];
}

declare global {
  interface Window {
    workspace?: WorkspaceHandle;
    /** The workspace's controller, for tests that extend the host (extra HTTP routes: `answerRoutes`). */
    workspaceController?: WorkspaceController;
  }
}
