import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { Tabs } from '@zendeskgarden/react-tabs';
import styled from 'styled-components';
import { XL } from '@zendeskgarden/react-typography';
import { Alert } from '@zendeskgarden/react-notifications';
import { Dots } from '@zendeskgarden/react-loaders';
import { useServices, useT } from '../../services/services';
import { ExemplaryFeed } from '../../features/dashboard/exemplary-feed';
import { ThisWeek } from '../../features/dashboard/this-week';
import { ValueTrend } from '../../features/dashboard/value-trend';
import { AgentValueTable } from '../../features/dashboard/agent-value-table';
import { isoDay } from '../../features/dashboard/filters';
import { FiguresNotes } from '../../features/dashboard/figures-notes';
import { defaultFilters, type DashboardFilters } from '../../features/dashboard/filters';
import { FiltersBar } from '../../features/dashboard/filters-bar';
import { OutcomesPanel } from '../../features/dashboard/outcomes-panel';
import { RangeCountsPanel } from '../../features/dashboard/range-counts-panel';
import { useLeadsModel } from '../../features/dashboard/use-leads-model';
import { ValueCharts } from '../../features/dashboard/value-charts';
import { ExportPanel } from '../../features/export/export-panel';
import { ModelUsagePanel } from '../../features/model-usage/model-usage-panel';
import { LearningPanel } from '../../features/learning/learning-panel';
import { ValueReadings } from '../../features/learning/value-readings-panel';
import { SettingsIssues } from '../../features/settings/settings-issues';
import { useAppConfig, type AppConfig } from '../../features/settings/use-app-config';
import { hasFacets } from '../../domain/export/tag-rows';
import { canOpenLeads } from '../../domain/settings/leads-access';
import { visibleAggregates, visibleAgentOptions } from '../../domain/privacy/apply';
import { visibility } from '../../domain/privacy/visibility';
import { canTag } from '../../domain/tagging/permissions';
import { CalibrationPanel } from '../../features/calibration/calibration-panel';
import { BlindNote } from '../../features/calibration/blind-note';
import { useCalibrationBlindness } from '../../features/calibration/use-calibration-blindness';
import { NamePreference } from '../../features/privacy/name-preference';
import { OwnNamePanel } from '../../features/privacy/own-name-panel';
import { usePrivacy } from '../../features/privacy/use-privacy';
import { VisibilityNote } from '../../features/privacy/visibility-note';
import { PanelBoundary } from '../../ui/panel-boundary';

// The Wall and Celebrations load their code and data only when their tab is opened.
const WallView = lazy(() => import('../../features/wall/wall-view').then((m) => ({ default: m.WallView })));
const CelebrationsView = lazy(() => import('../../features/celebrations/celebrations-view').then((m) => ({ default: m.CelebrationsView })));
type LeadsTab = 'overview' | 'wall' | 'celebrations' | 'calibration';

const StyledPage = styled.main`
  padding: ${({ theme }) => theme.space.base * 6}px;
  display: grid;
  gap: ${({ theme }) => theme.space.base * 6}px;
  max-width: 1400px;
`;

/**
 * The leads' page, for those the `leads_roles` / `leads_group_ids` settings let in (issue 13). Everyone
 * else gets one plain sentence, and the page reads nothing: no tickets, no names, no preferences.
 */
export default function NavBar() {
  const { user } = useServices();
  const config = useAppConfig();
  const allowed = canOpenLeads({ role: user.role, groupIds: user.groups.map((g) => g.id) }, config.settings.leadsAccess);
  if (allowed) return <LeadsPage config={config} />;
  return <OutsideLeads config={config} />;
}

/**
 * The wall is everyone's (agents write on it), and anyone a lead named in a calibration round answers
 * it here (blind: their own answers only) — a new reviewer may be calibrated before they may tag, so the
 * round's reviewer list decides, not the tagging setting. Only the leads' figures are gated.
 */
function OutsideLeads({ config }: { config: AppConfig }) {
  const t = useT();
  const [tab, setTab] = useState<'wall' | 'calibration' | 'name'>('wall');
  return (
    <StyledPage>
      <XL tag="h1">{t('vc.leads.title')}</XL>
      <Alert type="info" data-testid="leads-not-available">
        <Alert.Title>{t('vc.leadsAccess.title')}</Alert.Title>
        <LeadsAudience access={config.settings.leadsAccess} />
      </Alert>
      <Tabs selectedItem={tab} onChange={(item: 'wall' | 'calibration' | 'name') => setTab(item)}>
        <Tabs.TabList>
          <Tabs.Tab item="wall">{t('vc.leadsTabs.wall')}</Tabs.Tab>
          <Tabs.Tab item="calibration">{t('vc.calibration.tabs.calibration')}</Tabs.Tab>
          <Tabs.Tab item="name">{t('vc.privacy.tab')}</Tabs.Tab>
        </Tabs.TabList>
        <Tabs.TabPanel item="name">{tab === 'name' ? <OwnNamePanel /> : null}</Tabs.TabPanel>
        <Tabs.TabPanel item="wall">
          {tab === 'wall' ? (
            <Suspense fallback={<Dots aria-label={t('vc.loading')} />}>
              <WallView catalogue={config.catalogue.catalogue} settings={config.settings} />
            </Suspense>
          ) : null}
        </Tabs.TabPanel>
        <Tabs.TabPanel item="calibration">
          {tab === 'calibration' ? (
            <CalibrationPanel
              people={[]}
              range={{ from: '', to: '' }}
              values={config.catalogue.catalogue.values.map((v) => ({ tag: v.tag, name: v.name }))}
              canLead={false}
              onlyMine
              onSubmitted={() => undefined}
            />
          ) : null}
        </Tabs.TabPanel>
      </Tabs>
    </StyledPage>
  );
}

/** Who the page is open to, in words: roles, then the viewer's own named groups, then other group ids. */
function LeadsAudience({ access }: { access: AppConfig['settings']['leadsAccess'] }) {
  const { i18n, user } = useServices();
  const t = useT();
  const list = new Intl.ListFormat(i18n.locale, { type: 'disjunction' });
  const groups = access.groupIds.map((id) => t('vc.leadsAccess.group', { name: user.groups.find((g) => g.id === id)?.name ?? `#${id}` }));
  const role = (r: string) => (i18n.has(`vc.privacy.role.${r}`) ? t(`vc.privacy.role.${r}`) : r);
  const who = list.format([...new Set(['admin', ...access.roles])].map(role).concat(groups));
  return <p>{t('vc.leadsAccess.body', { who })}</p>;
}

/** What the team's tagged replies say, week by week, and the export. */
function LeadsPage({ config }: { config: AppConfig }) {
  const { i18n, user } = useServices();
  const t = useT();
  const catalogue = config.catalogue.catalogue;
  const values = useMemo(() => catalogue.values.map((v) => ({ tag: v.tag, name: v.name })), [catalogue]);
  const [today] = useState(() => new Date());
  const [filters, setFilters] = useState<DashboardFilters>(() => defaultFilters(today));
  // A reviewer with a calibration round to submit receives no real tags until they submit (ADR 0081).
  const blindness = useCalibrationBlindness();
  const model = useLeadsModel(config.settings, catalogue, filters, { paused: blindness.blind });
  const privacy = usePrivacy();
  const viewer = { id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) };
  const prefs = privacy.resource.state.status === 'ready' ? privacy.resource.state.data : null;
  // Until the opt-outs are read, nobody is named (ADR 0047).
  const vis = visibility(viewer, prefs ? config.settings.perAgent : { roles: [], groupIds: [] }, prefs?.hidden ?? []);
  const full = model.status === 'ready' ? model.view : null;
  // What this viewer may see by name: per-agent figures only where the setting allows, never an agent who opted out.
  const view = full
    ? {
        ...full,
        aggregates: visibleAggregates(full.aggregates, vis),
        agents: visibleAgentOptions(full.agents, vis),
      }
    : null;
  const groupName = (id: number) => view?.groups.find((g) => g.id === String(id))?.label ?? String(id);
  const [tab, setTab] = useState<LeadsTab>('overview');

  useEffect(() => {
    // For `npm run bench`: time to the first chart, read like the sidebar's `vc:values-visible`.
    if (full && performance.getEntriesByName('vc:leads-first-chart').length === 0) performance.mark('vc:leads-first-chart');
  }, [full]);

  return (
    <StyledPage>
      <XL tag="h1">{t('vc.leads.title')}</XL>
      <SettingsIssues config={config} />
      <Tabs selectedItem={tab} onChange={(item: LeadsTab) => setTab(item)}>
        <Tabs.TabList>
          <Tabs.Tab item="overview">{t('vc.leadsTabs.overview')}</Tabs.Tab>
          <Tabs.Tab item="wall">{t('vc.leadsTabs.wall')}</Tabs.Tab>
          <Tabs.Tab item="celebrations">{t('vc.leadsTabs.celebrations')}</Tabs.Tab>
          <Tabs.Tab item="calibration">{t('vc.calibration.tabs.calibration')}</Tabs.Tab>
        </Tabs.TabList>
        <Tabs.TabPanel item="calibration">
          {tab === 'calibration' ? (
            <CalibrationPanel
              people={(full?.agents ?? []).map((a) => ({ id: Number(a.id), name: a.label }))}
              range={{ from: filters.from, to: filters.to }}
              values={catalogue.values.map((v) => ({ tag: v.tag, name: v.name }))}
              canLead={user.role === 'admin' || canTag({ ...viewer, customRoleName: null }, config.settings).allowed}
              onSubmitted={blindness.recheck}
            />
          ) : null}
        </Tabs.TabPanel>
        <Tabs.TabPanel item="wall">
          {tab === 'wall' ? (
            <Suspense fallback={<Dots aria-label={t('vc.loading')} />}>
              <WallView catalogue={catalogue} settings={config.settings} />
            </Suspense>
          ) : null}
        </Tabs.TabPanel>
        <Tabs.TabPanel item="celebrations">
          <BlindNote blindness={blindness} />
          {tab === 'celebrations' && !blindness.blind ? (
            <Suspense fallback={<Dots aria-label={t('vc.loading')} />}>
              <CelebrationsView catalogue={catalogue} settings={config.settings} visibility={vis} />
            </Suspense>
          ) : null}
        </Tabs.TabPanel>
        <Tabs.TabPanel item="overview">
          <BlindNote blindness={blindness} />
          <VisibilityNote visibility={vis} settings={config.settings.perAgent} groupName={groupName} />
          {prefs ? <NamePreference data={prefs} choose={privacy.choose} setUp={privacy.setUp} /> : null}
          <FiltersBar
            filters={filters}
            today={today}
            values={catalogue.values.map((v) => ({ id: v.tag, label: v.name }))}
            agents={view?.agents ?? []}
            groups={view?.groups ?? []}
            onChange={setFilters}
          />
          {model.status === 'loading' && blindness.pending.length === 0 ? (
            <div role="status">
              <Dots aria-label={t('vc.loading')} />{' '}
              {t('vc.leads.loading', { tickets: model.progress.tickets, requests: model.progress.requests })}
            </div>
          ) : null}
          {model.status === 'failed' ? (
            <Alert type="error" role="alert">
              {i18n.has(`vc.figures.error.${model.code}`)
                ? t(`vc.figures.error.${model.code}`)
                : i18n.has(`vc.tagging.error.${model.code}`)
                  ? t(`vc.tagging.error.${model.code}`)
                  : t('vc.figures.error.unexpected')}
            </Alert>
          ) : null}
          {model.rangeCounts ? (
            <RangeCountsPanel counts={model.rangeCounts} filters={filters} values={catalogue.values} groupName={groupName} />
          ) : null}
          {view ? (
            <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
              <p role="status" data-testid="leads-summary">
                {t('vc.figures.summary', {
                  count: view.aggregates.total,
                  tickets: view.tickets,
                  events: view.aggregates.tagEvents,
                })}
              </p>
              <ThisWeek weeks={view.weeks} agentName={view.agentName} visibility={vis} today={isoDay(today)} />
              <FiguresNotes view={view} from={filters.from} to={filters.to} />
              <ValueCharts aggregates={view.aggregates} showPerAgent={vis.perAgent} />
              <ValueTrend weeks={view.weeklyPerValue} values={values} />
              <AgentValueTable rows={view.agentValues} values={values} visibility={vis} />
              <ExemplaryFeed entries={view.feed} visibility={vis} />
              <OutcomesPanel tagged={view.outcomes.tagged} all={view.outcomes.all} />
            </PanelBoundary>
          ) : null}
          <ModelUsagePanel />
          {blindness.blind ? null : (
            <>
              <LearningPanel rows={full?.rangeRows ?? null} values={values} filtered={hasFacets(filters)} />
              <ValueReadings catalogue={catalogue} />
              <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
                <ExportPanel
                  settings={config.settings}
                  catalogue={catalogue}
                  filters={filters}
                  groupName={groupName}
                  visibility={vis}
                  expected={full ? { rows: full.rows.length, complete: full.coverage.since === null } : null}
                />
              </PanelBoundary>
            </>
          )}
        </Tabs.TabPanel>
      </Tabs>
    </StyledPage>
  );
}
