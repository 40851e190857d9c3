import { translate } from '@/locales';

/** What is left of a clock: working days to a running deadline, or how late it is, or nothing. */
export function remainingText(clock: Api.Servicedesk.Clock): string {
  if (clock.state === 'overdue' || clock.state === 'met-late')
    return translate('servicedesk.common.late', { n: clock.workingDaysLate });
  if (clock.state === 'paused') return translate('servicedesk.common.noDue');
  if (clock.state === 'running' && clock.workingDaysLeft !== null) {
    return clock.workingDaysLeft === 0
      ? translate('servicedesk.detail.remainingToday')
      : translate('servicedesk.detail.remainingDays', { n: clock.workingDaysLeft });
  }
  return '—';
}
