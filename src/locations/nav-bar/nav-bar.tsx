import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { XL } from '@zendeskgarden/react-typography';
import { Alert } from '@zendeskgarden/react-notifications';
import { Dots } from '@zendeskgarden/react-loaders';
import { useServices } from '../../services/services';
import { aggregate } from '../../domain/dashboard/aggregate';
import { weeklyBadges } from '../../domain/dashboard/badges';
import { exemplaryFeed } from '../../domain/dashboard/feed';
import { agentOf, filterRows } from '../../domain/dashboard/filter-rows';
import { outcomes } from '../../domain/dashboard/outcomes';
import { BadgeBoard } from '../../features/dashboard/badge-board';
import { ExemplaryFeed } from '../../features/dashboard/exemplary-feed';
import { defaultFilters, type DashboardFilters } from '../../features/dashboard/filters';
import { FiltersBar } from '../../features/dashboard/filters-bar';
import { OutcomesPanel } from '../../features/dashboard/outcomes-panel';
import { StyledGrid } from '../../features/dashboard/styled';
import { useLeadsData, DASHBOARD_TICKET_CAP } from '../../features/dashboard/use-leads-data';
import { ValueCharts } from '../../features/dashboard/value-charts';
import { ExportPanel } from '../../features/export/export-panel';
import { SettingsIssues } from '../../features/settings/settings-issues';
import { useAppConfig } from '../../features/settings/use-app-config';
import { visibleAggregates, visibleAgentOptions, visibleBadges } from '../../domain/privacy/apply';
import { visibility } from '../../domain/privacy/visibility';
import { canTag } from '../../domain/tagging/permissions';
import { CalibrationPanel } from '../../features/calibration/calibration-panel';
import { PageTabs, type LeadsTab } from '../../features/calibration/page-tabs';
import { NamePreference } from '../../features/privacy/name-preference';
import { usePrivacy } from '../../features/privacy/use-privacy';
import { VisibilityNote } from '../../features/privacy/visibility-note';

const StyledPage = styled.main`
  padding: ${({ theme }) => theme.space.base * 6}px;
  display: grid;
  gap: ${({ theme }) => theme.space.base * 6}px;
  max-width: 1400px;
`;

/** The leads' page: what the team's tagged replies say, week by week, and the export. */
export default function NavBar() {
  const { i18n, user } = useServices();
  const t = i18n.t;
  const config = useAppConfig();
  const catalogue = config.catalogue.catalogue;
  const [filters, setFilters] = useState<DashboardFilters>(() => defaultFilters(new Date()));
  const data = useLeadsData(config.settings, catalogue, filters.from, filters.to);
  const values = useMemo(() => catalogue.values.map((v) => ({ tag: v.tag, name: v.name })), [catalogue]);
  const [tab, setTab] = useState<LeadsTab>('figures');
  const privacy = usePrivacy();
  const viewer = { id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) };
  const prefs = privacy.resource.state.status === 'ready' ? privacy.resource.state.data : null;
  // Until the opt-outs are read, nobody is named (ADR 0047).
  const vis = visibility(viewer, prefs ? config.settings.perAgent : { roles: [], groupIds: [] }, prefs?.hidden ?? []);
  const visKey = `${vis.perAgent}:${[...vis.hidden].join(',')}`;

  const view = useMemo(() => {
    if (data.kind !== 'ready') return null;
    const rows = filterRows(data.data.rows, filters);
    const agentName = (id: number) => data.data.users.get(id)?.name ?? String(id);
    const taggedIds = new Set(rows.map((r) => r.ticketId));
    return {
      rows,
      agentName,
      aggregates: visibleAggregates(aggregate(rows, { values, from: filters.from, to: filters.to, agentName }), vis),
      badges: visibleBadges(weeklyBadges(rows, values), vis),
      feed: exemplaryFeed(rows, 12),
      outcomes: outcomes(
        data.data.tickets.filter((tk) => taggedIds.has(tk.id)),
        data.data.allInRange ?? { good: 0, bad: 0, offered: 0, unoffered: 0, total: 0 },
      ),
      agents: visibleAgentOptions(
        [...new Set(data.data.rows.map(agentOf).filter((id): id is number => id !== null))].map((id) => ({
          id: String(id),
          label: agentName(id),
        })),
        vis,
      ),
      groups: [...data.data.groups].map(([id, name]) => ({ id: String(id), label: name })),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- vis is rebuilt each render; visKey is its identity
  }, [data, filters, values, visKey]);
  const groupName = (id: number) => (data.kind === 'ready' ? data.data.groups.get(id) : undefined) ?? String(id);

  const people = data.kind === 'ready' ? [...data.data.users.values()].filter((u) => u.role !== 'end-user') : [];
  const privacyPanel = (
    <>
      <VisibilityNote visibility={vis} settings={config.settings.perAgent} groupName={groupName} />
      {prefs ? <NamePreference data={prefs} choose={privacy.choose} setUp={privacy.setUp} /> : null}
    </>
  );
  if (tab === 'calibration') {
    return (
      <StyledPage>
        <XL tag="h1">{t('vc.leads.title')}</XL>
        <PageTabs tab={tab} onChange={setTab} />
        <CalibrationPanel
          people={people.map((u) => ({ id: u.id, name: u.name }))}
          range={{ from: filters.from, to: filters.to }}
          values={values}
          canLead={user.role === 'admin' || canTag({ ...viewer, customRoleName: null }, config.settings).allowed}
        />
      </StyledPage>
    );
  }

  return (
    <StyledPage>
      <XL tag="h1">{t('vc.leads.title')}</XL>
      <PageTabs tab={tab} onChange={setTab} />
      <SettingsIssues config={config} />
      {privacyPanel}
      <FiltersBar
        filters={filters}
        values={values.map((v) => ({ id: v.tag, label: v.name }))}
        agents={view?.agents ?? []}
        groups={view?.groups ?? []}
        onChange={setFilters}
      />
      {data.kind === 'loading' ? (
        <div role="status">
          <Dots aria-label={t('vc.loading')} /> {t('vc.leads.loading', { tickets: data.tickets, requests: data.requests })}
        </div>
      ) : null}
      {data.kind === 'failed' ? (
        <Alert type="error" role="alert">
          {i18n.has(`vc.tagging.error.${data.code}`) ? t(`vc.tagging.error.${data.code}`) : t('vc.tagging.error.unexpected')}
        </Alert>
      ) : null}
      {data.kind === 'ready' && view ? (
        <>
          <p role="status" data-testid="leads-summary">
            {t('vc.leads.summary', { tags: view.rows.length, tickets: new Set(view.rows.map((r) => r.ticketId)).size })}
            {data.data.capped ? ` ${t('vc.leads.capped', { cap: DASHBOARD_TICKET_CAP })}` : ''}
          </p>
          <ValueCharts aggregates={view.aggregates} showPerAgent={vis.perAgent} />
          <StyledGrid>
            <BadgeBoard weeks={view.badges} agentName={view.agentName} />
            <ExemplaryFeed entries={view.feed} />
          </StyledGrid>
          <OutcomesPanel tagged={view.outcomes.tagged} all={data.data.allInRange ? view.outcomes.all : null} />
        </>
      ) : null}
      <ExportPanel settings={config.settings} catalogue={catalogue} filters={filters} groupName={groupName} visibility={vis} />
    </StyledPage>
  );
}
