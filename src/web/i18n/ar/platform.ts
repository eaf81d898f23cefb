import type { Messages } from '../en.ts';

// Arabic: the platform strings.
export const platform: Pick<
  Messages,
  'signIn' | 'setup' | 'home' | 'admin' | 'process' | 'account'
> = {
  signIn: {
    title: 'تسجيل الدخول',
    intro: 'سجّل الدخول للمشاركة في جولات التفاوض الخاصة بك.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'دخول',
    failed: 'تعذّر تسجيل الدخول. تحقّق من بريدك الإلكتروني وكلمة المرور.',
    rateLimited: 'محاولات دخول كثيرة جدًا. انتظر دقيقة ثم أعد المحاولة.',
  },
  setup: {
    title: 'إعداد بارلي',
    intro:
      'أنشئ حساب مشغّل المنصة. ينشئ المشغّل المسارات والحسابات ويعيّن الداعين، ولا يطّلع على أي محادثات سرية.',
    email: 'البريد الإلكتروني',
    displayName: 'الاسم المعروض',
    password: 'كلمة المرور (10 أحرف على الأقل)',
    submit: 'إنشاء حساب المشغّل',
    invalid:
      'لا يمكن استخدام رابط الإعداد هذا: فقد استُخدم من قبل أو انتهت صلاحيته أو لم يوجد قط. أعد تشغيل الخادم أو نفّذ «parley create-operator --email …» للحصول على رابط جديد.',
  },
  home: {
    title: 'مسارات التفاوض',
    empty: 'لست مشاركًا في أي مسار تفاوضي بعد.',
    rounds: 'الجولات',
    noRounds: 'لا توجد جولات بعد.',
    openProcess: 'فتح المسار',
  },
  admin: {
    title: 'الإدارة',
    createProcess: {
      title: 'إنشاء مسار',
      processTitle: 'عنوان المسار',
      description: 'الوصف',
      submit: 'إنشاء المسار',
      done: 'تم إنشاء المسار.',
    },
    createAccount: {
      title: 'إنشاء حساب',
      email: 'البريد الإلكتروني',
      displayName: 'الاسم المعروض',
      password: 'كلمة المرور الأولية (10 أحرف على الأقل)',
      isOperator: 'مشغّل المنصة',
      actor: 'جهة الاتصال لطرف فاعل (اختياري)',
      noActor: 'بلا طرف فاعل',
      submit: 'إنشاء الحساب',
      done: 'تم إنشاء الحساب: {{email}}',
    },
    createActor: {
      title: 'إنشاء طرف فاعل',
      name: 'اسم الطرف الفاعل',
      kind: 'النوع',
      members: 'المجموعات الأعضاء في الائتلاف (واحدة في كل سطر، اختياري)',
      submit: 'إنشاء الطرف الفاعل',
      done: 'تم إنشاء الطرف الفاعل: {{name}}',
    },
    appoint: {
      title: 'تعيين جهة داعية',
      process: 'المسار',
      user: 'المستخدم',
      actor: 'نيابةً عن الطرف الفاعل',
      submit: 'تعيين الجهة الداعية',
      done: 'تم تعيين الجهة الداعية.',
    },
  },
  process: {
    conveners: 'الجهات الداعية',
    noConveners: 'لم تُعيَّن أي جهة داعية بعد.',
    convenerLine: '{{name}} عن {{actor}}',
    rounds: 'الجولات',
    noRounds: 'لا توجد جولات بعد.',
    createRound: {
      title: 'إنشاء جولة',
      roundTitle: 'عنوان الجولة',
      venue: 'المكان',
      startsOn: 'اليوم الأول',
      endsOn: 'اليوم الأخير',
      timeZone: 'المنطقة الزمنية (مثل Asia/Almaty)',
      submit: 'إنشاء الجولة',
      endBeforeStart: 'لا يمكن أن يسبق اليوم الأخير اليوم الأول.',
      badZone: 'منطقة زمنية غير معروفة.',
    },
  },
  account: {
    title: 'الحساب',
    signedInAs: 'مسجّل الدخول باسم {{name}} ({{email}})',
    operator: 'مشغّل المنصة',
    signIns: 'أين سجّلت الدخول',
    noSignIns: 'لم تسجّل الدخول في أي مكان آخر.',
    current: 'هذا المتصفح',
    revoke: 'تسجيل الخروج هناك',
    revokeLabel: 'تسجيل خروج المتصفح الذي سجّل الدخول في {{date}}',
    created: 'سجّل الدخول في {{date}}',
    lastSeen: 'آخر نشاط في {{date}}',
    unknownAgent: 'متصفح غير معروف',
  },
};
