import type { Principal } from '../../core/policy/index.ts';
import type { SetLanguageVersionCommand } from '../../core/texts/language-schemas.ts';
import type { SegmentInput } from '../../core/texts/structure.ts';
import { textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { setLanguageVersion } from '../texts/set-language-version.ts';

// The joint statement's Russian (authentic) and Arabic (working translation) versions. The wording is
// Parley's own rendering of the demo's English draft, not the statement's published translations.

const RUSSIAN_TITLE = 'Совместное заявление Ирана, России и Турции по итогам встречи в Астане';
const ARABIC_TITLE = 'البيان المشترك لإيران وروسيا وتركيا بشأن اجتماع أستانا';

/** Rev.1 provision by provision; the third holds the bracket of the mechanism's mandate. */
const RUSSIAN_REV1: SegmentInput[][] = [
  [
    {
      type: 'agreed',
      text: 'Исламская Республика Иран, Российская Федерация и Турецкая Республика, собравшиеся в Астане в качестве гарантов режима прекращения огня,',
    },
  ],
  [
    {
      type: 'agreed',
      text: 'с удовлетворением отмечая, что общенациональное прекращение огня в основном соблюдается с момента его вступления в силу 30 декабря 2016 года,',
    },
  ],
  [
    { type: 'agreed', text: 'договорились создать трехсторонний механизм,' },
    {
      type: 'bracket',
      options: [
        {
          kind: 'wording',
          text: 'который будет наблюдать за прекращением огня и обеспечивать его полное соблюдение,',
        },
        { kind: 'wording', text: 'который будет докладывать о соблюдении прекращения огня,' },
      ],
    },
    { type: 'agreed', text: 'а также предотвращать провокации.' },
  ],
  [
    {
      type: 'agreed',
      text: 'поддерживают участие вооруженных групп оппозиции в следующем раунде переговоров в Женеве под эгидой Организации Объединенных Наций.',
    },
  ],
  [
    {
      type: 'agreed',
      text: 'считают, что конфликт не может быть урегулирован военным путем и может быть завершен только в рамках политического процесса на основе переговоров.',
    },
  ],
];

/** Rev.2 cleaned the bracket and added violations to what the mechanism prevents. */
const RUSSIAN_MECHANISM_REV2: SegmentInput[] = [
  {
    type: 'agreed',
    text: 'договорились создать трехсторонний механизм, который будет наблюдать за прекращением огня и обеспечивать его полное соблюдение, а также предотвращать провокации и нарушения режима прекращения огня.',
  },
];

const ARABIC_REV1: SegmentInput[][] = [
  [
    {
      type: 'agreed',
      text: 'إن جمهورية إيران الإسلامية والاتحاد الروسي والجمهورية التركية، المجتمعة في أستانا بصفتها ضامنة لوقف إطلاق النار،',
    },
  ],
  [
    {
      type: 'agreed',
      text: 'إذ تلاحظ بارتياح أن وقف إطلاق النار على الصعيد الوطني صمد في معظمه منذ دخوله حيز التنفيذ في 30 كانون الأول/ديسمبر 2016،',
    },
  ],
  [
    { type: 'agreed', text: 'توافق على إنشاء آلية ثلاثية' },
    {
      type: 'bracket',
      options: [
        { kind: 'wording', text: 'تراقب وقف إطلاق النار وتضمن الامتثال التام له،' },
        { kind: 'wording', text: 'تقدّم تقارير عن وقف إطلاق النار،' },
      ],
    },
    { type: 'agreed', text: 'وتمنع الاستفزازات.' },
  ],
  [
    {
      type: 'agreed',
      text: 'تدعم مشاركة مجموعات المعارضة المسلحة في الجولة المقبلة من المحادثات في جنيف برعاية الأمم المتحدة.',
    },
  ],
  [
    {
      type: 'agreed',
      text: 'ترى أن النزاع لا يمكن تسويته بالوسائل العسكرية ولا يمكن إنهاؤه إلا عبر عملية سياسية تفاوضية.',
    },
  ],
];

async function put(
  ctx: AppContext,
  penholder: Principal,
  textId: string,
  language: string,
  version: Pick<SetLanguageVersionCommand, 'status' | 'title'>,
  wording: SegmentInput[][],
) {
  const doc = (await textRepo.findText(ctx.database.db, textId))!;
  const rev = (await textRepo.findRevision(ctx.database.db, textId, doc.currentRevision))!;
  await setLanguageVersion(ctx, penholder, textId, language, {
    ...version,
    basedOnRevision: rev.number,
    provisions: rev.text.provisions.map((p, i) => ({
      id: p.id,
      content: wording[i]!,
      children: [],
    })),
  });
}

/** The sponsors' Russian text, as authentic as the English, and an Arabic working translation. */
export async function translateDraft(ctx: AppContext, penholder: Principal, textId: string) {
  await put(
    ctx,
    penholder,
    textId,
    'ru',
    { status: 'authentic', title: RUSSIAN_TITLE },
    RUSSIAN_REV1,
  );
  await put(
    ctx,
    penholder,
    textId,
    'ar',
    { status: 'working_translation', title: ARABIC_TITLE },
    ARABIC_REV1,
  );
}

/** After Rev.2 the Russian catches up; the Arabic translation is left flagged for its translators. */
export async function updateRussian(ctx: AppContext, penholder: Principal, textId: string) {
  const wording = RUSSIAN_REV1.map((w, i) => (i === 2 ? RUSSIAN_MECHANISM_REV2 : w));
  await put(ctx, penholder, textId, 'ru', { status: 'authentic', title: RUSSIAN_TITLE }, wording);
}
