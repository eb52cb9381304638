/**
 * Invented customers for the demo: when a complaint template is used again, another
 * customer files it, so only the customers written into the corpus complain twice.
 * Contacts are fake on purpose: example.com / example.cn and 1380013xxxx numbers.
 */
import { demoComplaintTemplates, type DemoCustomer, type DemoLanguage } from './demo-complaints.js';
import type { DemoRandom } from './demo-random.js';

type Romanized = readonly (readonly [string, string])[];

const simplifiedSurnames: Romanized = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['林', 'lin'],
  ['高', 'gao'],
  ['罗', 'luo'],
  ['梁', 'liang'],
  ['宋', 'song'],
  ['郑', 'zheng'],
  ['谢', 'xie'],
];

const simplifiedGivenNames: Romanized = [
  ['丽', 'li'],
  ['伟', 'wei'],
  ['静', 'jing'],
  ['敏', 'min'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['洋', 'yang'],
  ['艳', 'yan'],
  ['勇', 'yong'],
  ['军', 'jun'],
  ['杰', 'jie'],
  ['娟', 'juan'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀英', 'xiuying'],
  ['晓雨', 'xiaoyu'],
  ['子涵', 'zihan'],
];

const traditionalGivenNames: Romanized = [
  ['麗', 'li'],
  ['偉', 'wei'],
  ['靜', 'ching'],
  ['敏', 'min'],
  ['志明', 'chihming'],
  ['怡君', 'yichun'],
  ['雅婷', 'yating'],
  ['家豪', 'chiahao'],
  ['俊傑', 'chunchieh'],
  ['淑芬', 'shufen'],
];

const traditionalSurnames: Romanized = [
  ['陳', 'chen'],
  ['林', 'lin'],
  ['黃', 'huang'],
  ['張', 'chang'],
  ['李', 'lee'],
  ['王', 'wang'],
  ['吳', 'wu'],
  ['劉', 'liu'],
  ['蔡', 'tsai'],
  ['楊', 'yang'],
];

const englishFirstNames = [
  'Emma',
  'Liam',
  'Olivia',
  'Noah',
  'Ava',
  'Ethan',
  'Mia',
  'Lucas',
  'Grace',
  'Henry',
  'Chloe',
  'Jack',
  'Isabella',
  'Samuel',
  'Zoe',
  'Ryan',
  'Nora',
  'Leo',
  'Amelia',
  'Kevin',
] as const;

const englishLastNames = [
  'Smith',
  'Johnson',
  'Taylor',
  'Anderson',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'Hall',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
  'Evans',
  'Turner',
  'Parker',
] as const;

/**
 * A new customer writing in `language`; `serial` keeps contacts unique across the run so
 * that only intended repeats link to one customer.
 */
export function demoCustomer(language: DemoLanguage, random: DemoRandom, serial: number): DemoCustomer {
  const tier = random.chance(0.1) ? 'vip' : 'standard';
  const phone = freePhone(serial);
  if (language === 'en') {
    const first = random.pick(englishFirstNames);
    const last = random.pick(englishLastNames);
    const email = `${first}.${last}${serial}@example.com`.toLowerCase();
    return random.chance(0.3)
      ? { name: `${first} ${last}`, email, phone, tier }
      : { name: `${first} ${last}`, email, tier };
  }
  const [surname, surnamePinyin] = random.pick(
    language === 'zh-Hant' ? traditionalSurnames : simplifiedSurnames,
  );
  const given = random.pick(language === 'zh-Hant' ? traditionalGivenNames : simplifiedGivenNames);
  const female = random.chance(0.55);
  const name = random.chance(0.6)
    ? `${surname}${language === 'zh-Hant' ? (female ? '小姐' : '先生') : female ? '女士' : '先生'}`
    : `${surname}${given[0]}`;
  const email = `${surnamePinyin}.${given[1]}${serial}@${language === 'zh-Hant' ? 'example.com' : 'example.cn'}`;
  const contact = random.int(0, 2);
  if (contact === 0) return { name, phone, tier };
  if (contact === 1) return { name, email, tier };
  return { name, email, phone, tier };
}

// Numbers the corpus gives its own customers, kept free so no stranger joins their history.
const corpusPhones = new Set(demoComplaintTemplates.map((t) => t.customer.phone).filter(Boolean));

function freePhone(serial: number): string {
  for (let n = serial * 37 + 11; ; n++) {
    const phone = `1380013${String(n % 10_000).padStart(4, '0')}`;
    if (!corpusPhones.has(phone)) return phone;
  }
}
