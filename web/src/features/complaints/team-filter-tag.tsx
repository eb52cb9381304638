/**
 * The queue's team filter (?team=<id>|none, set by the supervision board's team links), shown
 * as a tag with the team's name that removes the filter when closed.
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../admin/teams-api';

export function TeamFilterTag({ team, onClose }: { team: string; onClose: () => void }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const name =
    team === 'none'
      ? t('organisation.board.noTeam')
      : (teams?.find((x) => x.id === team)?.name ?? t('organisation.queue.unknownTeam'));
  return (
    <Tag
      closable
      onClose={onClose}
      closeIcon={<span aria-label={t('organisation.queue.teamClear')}>×</span>}
      style={{ alignSelf: 'center', fontSize: 14, padding: '4px 8px' }}
    >
      {t('organisation.queue.team', { name })}
    </Tag>
  );
}
