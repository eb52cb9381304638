/** 工作日历网格(管理员·时限设置)的中文文案。键与 calendar-en-US.ts 一致。 */
import type { calendarEnUS } from './calendar-en-US';

export const calendarZhCN: typeof calendarEnUS = {
  title: '日历',
  help: '点击工作日设为节假日，点击周末设为调休上班日；再点一次即恢复。保存日历后生效。',
  view: '显示',
  month: '月',
  year: '年',
  previousMonth: '上个月',
  nextMonth: '下个月',
  previousYear: '上一年',
  nextYear: '下一年',
  chooseMonth: '跳转到月份',
  chooseYear: '跳转到年份',
  today: '今天',
  legend: '图例',
  kind: {
    working: '工作日',
    weekend: '周末',
    holiday: '节假日',
    workday: '调休上班日',
  },
  mark: { working: '', weekend: '', holiday: '休', workday: '班' },
  dayLabel: '{{day}} {{kind}}，{{date}}',
  toHoliday: '设为节假日',
  toWorkday: '设为调休上班日',
  toNormal: '恢复为普通日',
  clickTo: '点击{{action}}',
  unsaved: '有未保存的修改：保存日历后生效。',
  counts: '{{year}} 年共 {{holidays}} 个节假日、{{workdays}} 个调休上班日。',
};
