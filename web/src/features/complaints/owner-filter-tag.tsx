/**
 * The queue's owner filter (?owner=<id>|none, set by the supervision board's links), shown
 * as a tag with the owner's name that removes the filter when closed.
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStaffUsers } from './use-staff-users';

export function OwnerFilterTag({ owner, onClose }: { owner: string; onClose: () => void }) {
  const { t } = useTranslation();
  const users = useStaffUsers();
  const name =
    owner === 'none'
      ? t('supervision.board.unassigned')
      : (users.find((u) => u.id === owner)?.name ?? t('supervision.queueOwnerUnknown'));
  return (
    <Tag
      closable
      onClose={onClose}
      closeIcon={<span aria-label={t('supervision.queueOwnerClear')}>×</span>}
      style={{ alignSelf: 'center', fontSize: 14, padding: '4px 8px' }}
    >
      {t('supervision.queueOwner', { name })}
    </Tag>
  );
}
