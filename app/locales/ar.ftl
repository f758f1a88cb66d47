# Vägval — العربية. كلمات بسيطة وجمل قصيرة.
app-name = Vägval
meta-description = يساعدك Vägval على إيجاد عمل: اكتب سيرتك الذاتية، واعرف نقاط قوتك، واحجز موعدًا مع مدربك.
skip-to-content = انتقل إلى المحتوى
loading = جارٍ التحميل …
coming-soon = قريبًا
back-link = رجوع
continue-button = متابعة
done-link = تم
language-label = اللغة
lang-name-sv = Svenska
lang-name-en = English
lang-name-ar = العربية
accessibility-link = إمكانية الوصول

role-participant = مشارك
role-coach = مدرب
role-admin = مسؤول

sign-in-title = تسجيل الدخول
login-label = اسم المستخدم
password-label = كلمة المرور
sign-in-button = تسجيل الدخول
sign-out-button = تسجيل الخروج
have-invitation-link = هل وصلتك دعوة؟ أنشئ حسابك هنا

invite-code-title = أدخل الرمز
invite-code-label = الرمز من مدربك
invite-code-hint = يتكوّن الرمز من 8 خانات، مثل K7PM-Q2XR.
invite-accept-title = أنشئ حسابك
invite-welcome = أهلًا بك يا { $name }! اختر اسم مستخدم وكلمة مرور.
choose-login-label = اختر اسم مستخدم
choose-login-hint = 3 خانات على الأقل. يمكنك استخدام الحروف والأرقام و . _ - @ ، مثل بريدك الإلكتروني.
choose-password-label = اختر كلمة مرور
choose-password-hint = 8 خانات على الأقل. بضع كلمات عادية متتالية سهلة التذكّر وصعبة التخمين.
invite-accept-button = إنشاء الحساب
invite-problem-title = الدعوة لا تعمل
invite-problem-help = اطلب من مدربك دعوة جديدة.
invite-try-code = أدخل رمزًا بدلًا من ذلك

home-title = طريقي
home-greeting = مرحبًا { $name }!
home-now-heading = الآن
home-now-booking = الحجز التالي
home-now-no-booking = ليس لديك حجز.
home-now-open-booking = عرض الحجز
home-now-practice = تدرّب اليوم
home-now-practised = { $goal }: تدرّبت اليوم
home-now-not-yet = { $goal }: لم تتدرّب اليوم بعد
home-now-log = اكتب أنك تدرّبت
home-now-cv = سيرتك الذاتية
home-now-cv-progress = تم ملء { $filled } من { $total } أجزاء.
home-now-open-cv = تابع سيرتك الذاتية
home-now-no-cv = لم تبدأ بعد.
home-now-start-cv = ابدأ كتابة سيرتك الذاتية
home-now-note = آخر ما كتبه مدربك
home-now-read-note = اقرأ كل ما كتبه مدربك
home-cv-title = السيرة الذاتية
home-cv-text = اكتب سيرتك الذاتية خطوة بخطوة ونزّلها.
home-strengths-title = نقاط قوتي
home-strengths-text = ما تجيده، وما تحبه، وأي عمل تريد.
home-language-title = أهداف اللغة
home-language-text = أهداف لممارسة اللغة السويدية بالسرعة التي تناسبك.
home-bookings-title = حجوزاتي
home-bookings-text = احجز موعد إرشاد مع مدربك أو غيّره أو ألغِه.

coach-home-title = المشاركون معي
add-participant-link = إضافة مشارك
caseload-heading = المشاركون
caseload-empty = ليس لديك مشاركون بعد.
new-participant-title = إضافة مشارك
participant-name-hint = الاسم الذي يريد المشارك أن يُنادى به. لا تكتب الرقم الشخصي.
person-name-label = الاسم
create-invitation-button = إنشاء دعوة
person-active = حساب نشط
person-invited = مدعو
admin-home-title = الإدارة
add-coach-link = إضافة مدرب
coaches-heading = المدربون
coaches-empty = لا يوجد مدربون بعد.
new-coach-title = إضافة مدرب

issued-title = الدعوة جاهزة
issued-for = الدعوة لـ { $name } جاهزة.
issued-code-heading = الرمز
issued-link-heading = الرابط
issued-validity = { $days ->
    [one] الدعوة صالحة لمدة يوم واحد، حتى { $until } ضمنًا، ويمكن استخدامها مرة واحدة فقط.
    [two] الدعوة صالحة لمدة يومين، حتى { $until } ضمنًا، ويمكن استخدامها مرة واحدة فقط.
    [few] الدعوة صالحة لمدة { $days } أيام، حتى { $until } ضمنًا، ويمكن استخدامها مرة واحدة فقط.
    [many] الدعوة صالحة لمدة { $days } يومًا، حتى { $until } ضمنًا، ويمكن استخدامها مرة واحدة فقط.
   *[other] الدعوة صالحة لمدة { $days } يوم، حتى { $until } ضمنًا، ويمكن استخدامها مرة واحدة فقط.
}
issued-hand-over = أعطِ الرمز أو الرابط للشخص، مثلًا في لقاء أو في رسالة نصية.
issued-none = لا توجد دعوة جديدة لعرضها.

accessibility-title = إمكانية الوصول إلى Vägval
accessibility-intro = نريد أن يتمكن الجميع من استخدام Vägval على الهاتف وعلى الحاسوب.
accessibility-how-heading = كيف يعمل Vägval
accessibility-point-phone = كل شيء يعمل على شاشة هاتف صغيرة.
accessibility-point-no-js = كل النماذج تعمل أيضًا بدون JavaScript.
accessibility-point-languages = يمكنك اختيار السويدية أو الإنجليزية أو العربية.
accessibility-point-zoom = يمكنك تكبير النص إلى ضعف حجمه.
accessibility-status-heading = ما مدى إمكانية الوصول إلى الخدمة؟
accessibility-status = نتبع معيار WCAG 2.2 المستوى AA ونختبر كل صفحة تلقائيًا. إذا وجدت شيئًا لا يعمل فنحن نريد أن نعرف.
accessibility-contact-heading = تواصل معنا
accessibility-contact = أخبر مدربك بما لا يعمل وسنصلحه.
accessibility-dos = يمكنك أيضًا تقديم بلاغ إلى هيئة الإدارة الرقمية (Digg) التي تراقب قانون إمكانية الوصول إلى الخدمات العامة الرقمية.

not-found-title = الصفحة غير موجودة
not-found-text = تحقّق من العنوان أو اذهب إلى الصفحة الرئيسية.
not-found-home = إلى الصفحة الرئيسية

error-title-prefix = خطأ:
error-summary-title = هناك مشكلة
err-unauthorized = لم تسجّل الدخول. سجّل الدخول وحاول مرة أخرى.
err-forbidden = ليس لديك صلاحية الوصول إلى هذا.
err-not-found = ما تبحث عنه غير موجود.
err-invitation-invalid = الدعوة غير معروفة أو انتهت صلاحيتها أو استُخدمت من قبل.
err-invalid = تحقّق مما كتبته.
err-rate-limited = محاولات كثيرة جدًا. انتظر قليلًا وحاول مرة أخرى.
err-retry-after = { $minutes ->
    [one] حاول مرة أخرى بعد دقيقة واحدة.
    [two] حاول مرة أخرى بعد دقيقتين.
    [few] حاول مرة أخرى بعد { $minutes } دقائق.
    [many] حاول مرة أخرى بعد { $minutes } دقيقة.
   *[other] حاول مرة أخرى بعد { $minutes } دقيقة.
}
err-internal = حدث خطأ من جهتنا. ما كتبته ما زال هنا. حاول مرة أخرى بعد قليل.
err-network = لا نستطيع الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
err-bad-request = كان هناك خطأ في الطلب. ارجع وحاول مرة أخرى.
request-problem-title = تعذّر استلام الطلب
err-too-large = ما أرسلته كبير جدًا. اجعله أقصر وحاول مرة أخرى.
err-required = املأ هذا الحقل.
err-login-required = اكتب اسم المستخدم.
err-password-required = اكتب كلمة المرور.
err-name-required = اكتب اسمًا.
err-code-required = أدخل الرمز.
err-code-not-found = الرمز لا يعمل. تأكّد من أنك كتبته بشكل صحيح. إذا ظلّ لا يعمل، اطلب من مدربك دعوة جديدة.
err-too-short = النص قصير جدًا.
err-too-long = النص طويل جدًا.
err-login-too-short = يجب أن يتكوّن اسم المستخدم من 3 خانات على الأقل.
err-login-characters = استخدم فقط الحروف والأرقام و . _ - @ في اسم المستخدم.
err-login-taken = اسم المستخدم هذا مستخدم من قبل. اختر اسمًا آخر.
err-password-too-short = يجب أن تتكوّن كلمة المرور من 8 خانات على الأقل.
err-password-too-long = يمكن أن تتكوّن كلمة المرور من 128 خانة على الأكثر.
err-password-too-common = كلمة المرور هذه شائعة جدًا وسهلة التخمين. اختر غيرها.
err-password-same-as-login = لا يجوز أن تكون كلمة المرور مثل اسم المستخدم.
err-bad-credentials = اسم المستخدم أو كلمة المرور غير صحيح.
err-too-many = العدد كبير جدًا. احذف بعضها أولًا.
err-bad-email = اكتب البريد الإلكتروني بهذا الشكل: name@example.com.
err-end-before-start = لا يمكن أن تكون النهاية قبل البداية.
err-overlaps = الأوقات في اليوم نفسه متداخلة. اجعل أحدها ينتهي قبل أن يبدأ التالي.
err-end-while-ongoing = احذف تاريخ النهاية أو ألغِ تحديد «مستمر».
err-unknown-option = اختر أحد الخيارات.

cv-list-title = سيري الذاتية
cv-intro = هنا تكتب سيرتك الذاتية جزءًا بعد جزء. كل ما تكتبه يُحفظ.
cv-start-button = ابدأ كتابة سيرتك الذاتية
cv-new-button = أنشئ سيرة ذاتية جديدة
cv-untitled = سيرتي الذاتية
cv-main = تظهر أولًا
cv-progress = تم ملء { $filled } من { $total } أجزاء تحتاجها السيرة الذاتية. الأجزاء الأخرى اختيارية.
cv-overview-title = سيرتك الذاتية
cv-all-link = كل سيري الذاتية
cv-back-link = العودة إلى السيرة الذاتية
cv-section-contact = معلومات التواصل
cv-section-profile = نبذة عني
cv-section-education = التعليم
cv-section-skills = المهارات
cv-section-languages = اللغات
cv-section-references = المراجع
cv-filled = تم الملء
cv-not-filled = لم يُملأ بعد
cv-edit = تعديل
cv-contact-hint = هكذا يتواصل معك صاحب العمل. لا تكتب رقمك الشخصي. لا تحتاج إلى صورة.
cv-name-label = الاسم
cv-phone-label = الهاتف
cv-email-label = البريد الإلكتروني
cv-town-label = المدينة
cv-profile-label = بضع جمل عنك
cv-profile-hint = ما الذي تجيده؟ ما العمل الذي تريده؟ يمكنك الكتابة بالسويدية أو الإنجليزية.
save-button = حفظ
home-open-link = افتح

cancel-link = إلغاء
autosave-saved = تم الحفظ
autosave-pending = لم يُحفظ بعد
err-bad-date = اكتب السنة، أو السنة والشهر، هكذا: 2019 أو 2019-03.
err-bad-file = الملف ليس سيرة ذاتية بتنسيق JSON Resume. لم يتغير شيء.
err-file-too-large = الملف كبير جدًا أو فيه نص أكثر مما تتسع له السيرة الذاتية. لم يتغير شيء.
err-file-breaks-rules = في الملف معلومات لا يمكن استخدامها. صحّحها في الملف وحاول مرة أخرى. لم يتغير شيء.
err-wrong-kind = نوع القيمة غير صحيح
err-file-required = اختر ملفًا.
err-pdf-failed = تعذّر إنشاء ملف PDF الآن. سيرتك الذاتية محفوظة. حاول مرة أخرى بعد قليل.
cv-write-heading = اكتب سيرتك الذاتية
cv-out-heading = العرض والتنزيل
cv-version-heading = النسخ
cv-version-hint = يمكنك أن تحتفظ بعدة سير ذاتية، مثلًا واحدة لأعمال المستودعات وأخرى لأعمال المطبخ. اختر أيها تظهر أولًا: التي تستخدمها أكثر.
cv-section-work = العمل
cv-section-licences = رخصة القيادة
cv-section-certificates = الشهادات
cv-section-volunteering = العمل التطوعي
cv-section-custom = أقسام خاصة بك
cv-preview-link = معاينة
cv-pdf-link = تنزيل PDF
cv-json-link = نزّلها كملف لمواقع التوظيف الأخرى
cv-json-hint = الملف بصيغة JSON Resume. بعض مواقع التوظيف وخدمات السير الذاتية تستطيع قراءته.
cv-import-link = لديك سيرة ذاتية من خدمة أخرى؟ استوردها
cv-settings-link = الاسم واللغة
cv-copy-button = أنشئ نسخة
cv-make-main-button = اعرض هذه السيرة أولًا
cv-delete-link = حذف السيرة الذاتية
cv-no-title = (بلا عنوان)
cv-move-up = نقل إلى الأعلى
cv-move-down = نقل إلى الأسفل
cv-section-full = لديك العدد الأقصى هنا. احذف واحدًا لتضيف المزيد.
cv-on-request-label = المراجع متاحة عند الطلب
cv-remove-link = حذف
cv-remove-title = حذف؟
cv-remove-question = هل تريد حذف هذا من سيرتك الذاتية؟
cv-remove-button = نعم، احذف
cv-licences-legend = ما رخص القيادة التي لديك؟
cv-licences-hint = اختر الفئات المكتوبة على رخصتك. الفئة B هي السيارة العادية.
cv-settings-title = الاسم واللغة
cv-title-label = اسم السيرة الذاتية
cv-title-hint = لك وحدك، مثلًا «أعمال المستودعات». لا يظهر في السيرة الذاتية.
cv-language-legend = بأي لغة كُتبت السيرة الذاتية؟
cv-language-hint = ستكون عناوين السيرة الذاتية بتلك اللغة. ما تكتبه بنفسك لا يتغير.
cv-delete-title = حذف السيرة الذاتية؟
cv-delete-question = هل تريد حذف هذه السيرة الذاتية؟ لا يمكن التراجع عن ذلك.
cv-delete-button = نعم، احذف السيرة الذاتية
cv-preview-title = معاينة
cv-preview-hint = هكذا تبدو سيرتك الذاتية على الورق. للطباعة استخدم قائمة المتصفح واختر «طباعة».
cv-import-title = جلب سيرة ذاتية
cv-import-intro = هل لديك سيرة ذاتية بتنسيق JSON Resume؟ ستصبح سيرة ذاتية جديدة هنا. سيرك الأخرى لا تتغير.
cv-import-file-label = الملف
cv-import-file-hint = ملف ‎.json‎، بحجم 60 كيلوبايت على الأكثر.
cv-import-button = جلب
cv-imported-title = تم جلب السيرة الذاتية
cv-imported-intro = أصبح الملف سيرة ذاتية جديدة. اقرأها قبل أن ترسلها.
cv-imported-all = جاء كل ما في الملف.
cv-imported-skipped = كانت هذه المعلومات في الملف. لا يعرضها Vägval، لكنها تُحفظ مع السيرة الذاتية وتعود عندما تنزّلها بصيغة JSON Resume مرة أخرى:
cv-imported-cut = هذه المعلومات كانت طويلة جدًا أو كثيرة جدًا أو مكرّرة، فتمّ تقصيرها أو حذفها:
cv-imported-open = افتح السيرة الذاتية
cv-start-label = من
cv-end-label = إلى
cv-date-hint = السنة، أو الشهر والسنة. مثلًا 2019 أو مارس 2019 أو 2019-03.
cv-ongoing-label = ما زال مستمرًا
cv-role-label = المهنة أو الدور
cv-employer-label = صاحب العمل
cv-place-label = المدينة
cv-tasks-label = مهامك
cv-lines-hint = شيء واحد في كل سطر.
cv-school-label = المدرسة
cv-programme-label = الدورة أو البرنامج
cv-education-level-label = المستوى
cv-education-level-hint = مثلًا المدرسة الأساسية أو الثانوية أو SFI أو التدريب المهني أو الجامعة.
cv-abroad-hint = المدينة والبلد، إن كان في الخارج.
cv-skill-label = المهارة
cv-skill-hint = مثلًا رخصة الرافعة الشوكية أو أنظمة الصندوق أو التنظيف.
cv-skill-level-label = مدى إتقانك (إن أردت)
cv-keywords-label = تفاصيل
cv-language-label = اللغة
cv-language-level-label = مدى إتقانك
cv-language-level-hint = مثلًا اللغة الأم أو بطلاقة أو جيد أو أساسي. أو مستوى مثل A2 أو B1.
cv-certificate-label = الشهادة
cv-certificate-hint = مثلًا شهادة سلامة الغذاء أو الأعمال الساخنة أو رخصة الرافعة الشوكية.
cv-issuer-label = الجهة المانحة
cv-date-label = التاريخ
cv-organisation-label = الجمعية أو المنظمة
cv-summary-label = نبذة قصيرة عن العمل (إن أردت)
cv-reference-name-label = الاسم
cv-reference-contact-label = كيف يمكن الوصول إلى الشخص
cv-reference-contact-hint = الهاتف أو البريد الإلكتروني، وكيف تعرفان بعضكما. اسأل الشخص أولًا.
cv-custom-title-label = العنوان
cv-custom-title-hint = مثلًا الاهتمامات أو التدريب العملي.
cv-custom-items-label = المحتوى
cv-work-intro = الأعمال التي عملت بها، ومنها الأعمال الإضافية والتدريب العملي والعمل في بلد آخر.
cv-education-intro = المدارس والدورات، في السويد وفي بلدان أخرى.
cv-skills-intro = أشياء تجيدها ويستفيد منها صاحب العمل.
cv-languages-intro = كل اللغات التي تعرفها، ومنها لغتك الأم.
cv-certificates-intro = البطاقات والشهادات التي تُظهر ما تجيده.
cv-volunteering-intro = عمل قمت به دون أجر، مثلًا في جمعية.
cv-references-intro = أشخاص يمكنهم الحديث عنك، مثلًا مدير سابق أو مشرف.
cv-custom-intro = أقسام بعنوان من اختيارك، مثلًا الاهتمامات.
cv-add-work = أضف عملًا
cv-add-education = أضف تعليمًا
cv-add-skill = أضف مهارة
cv-add-language = أضف لغة
cv-add-certificate = أضف شهادة
cv-add-volunteering = أضف عملًا تطوعيًا
cv-add-reference = أضف مرجعًا
cv-add-custom = أضف قسمًا خاصًا بك
cv-print-title = السيرة الذاتية
cv-print-ongoing = حتى الآن
cv-print-work = الخبرة العملية
cv-print-education = التعليم
cv-print-skills = المهارات
cv-print-languages = اللغات
cv-print-licences = رخصة القيادة
cv-print-certificates = الشهادات
cv-print-volunteering = العمل التطوعي
cv-print-references = المراجع
cv-print-on-request = المراجع متاحة عند الطلب
err-changed = تغيّرت القائمة في هذه الأثناء، ربما في علامة تبويب أخرى. إذا حفظت الآن فستُضاف هذه كسطر جديد.
err-edited-elsewhere = تغيّر هذا الجزء في علامة تبويب أخرى أو على جهاز آخر أثناء كتابتك. ما كتبته لا يزال هنا: تحقّق منه واحفظ مرة أخرى لاستخدامه.
err-conflict = تغيّرت القائمة في هذه الأثناء، ربما في علامة تبويب أخرى. انظر إليها مرة أخرى وحاول من جديد.
autosave-failed = لم يُحفظ بعد. اضغط «حفظ» لترى ما يحتاج إلى تصحيح.
autosave-offline = لم يُحفظ – أنت غير متصل بالإنترنت. ما تكتبه يبقى في هذا الهاتف ويُحفظ عندما تعود الشبكة.
cv-custom-count = الأسطر: { $count }
cv-imported-more = { $count ->
    [one] ومعلومة واحدة أخرى.
    [two] ومعلومتان أخريان.
    [few] و{ $count } معلومات أخرى.
    [many] و{ $count } معلومة أخرى.
   *[other] و{ $count } معلومة أخرى.
}

date-long = { $weekday } { $day } { $month } { $year }
date-long-this-year = { $weekday } { $day } { $month }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

person-page-title = مشارك
person-state-invited = لم يُنشئ حسابه بعد.
person-state-active = لديه حساب.
person-last-sign-in = آخر تسجيل دخول: { $day }.
person-never-signed-in = لم يسجّل الدخول بعد.
person-open-until = الرمز صالح حتى { $day } ضمنًا.
person-no-open-code = لا يوجد رمز صالح الآن.
person-new-code-button = إعطاء رمز جديد
person-new-code-hint = عندها يتوقف الرمز والرابط القديمان عن العمل.
person-withdraw-link = حذف الدعوة
person-reset-button = إعطاء رمز لكلمة مرور جديدة
person-reset-hint = إذا نسي الشخص كلمة المرور أو اسم المستخدم. بعد اختيار كلمة مرور جديدة تتوقف القديمة عن العمل ويُسجَّل خروج الشخص من كل مكان.
person-not-shared = ما لا يشاركه الشخص لا يظهر هنا. تراه فقط عندما يختار مشاركته معك.
person-open-link = فتح
withdraw-title = حذف الدعوة؟
withdraw-question = حذف الدعوة إلى { $name }؟ يتوقف الرمز والرابط عن العمل، ويختفي الشخص من قائمتك.
withdraw-button = نعم، احذف الدعوة
issued-reset-title = رمز لكلمة مرور جديدة
issued-reset-for = الرمز لـ { $name } جاهز. به يختار الشخص كلمة مرور جديدة ويرى اسم المستخدم.
issued-qr-heading = رمز QR
issued-qr-label = رمز QR يحتوي على الرابط
issued-send-heading = سلّمه
issued-language-label = لغة الرسالة النصية والورقة
issued-sms-link = إرسال كرسالة نصية
issued-slip-link = طباعة ورقة
handover-sms-invite = مرحبًا { $name }! أنت مدعو إلى Vägval. افتح { $link } أو اذهب إلى { $site } واكتب الرمز { $code }. الرمز صالح حتى { $until } ضمنًا.
handover-sms-reset = مرحبًا { $name }! اختر كلمة مرور جديدة في Vägval: افتح { $link } أو اذهب إلى { $site } واكتب الرمز { $code }. الرمز صالح حتى { $until } ضمنًا.
slip-page-title = ورقة للطباعة
slip-print-hint = اطبع باستخدام أمر الطباعة في المتصفح. تُطبع الورقة فقط.
slip-title-invite = أهلًا بك في Vägval يا { $name }!
slip-title-reset = كلمة مرور جديدة في Vägval يا { $name }
slip-step-open = افتح { $site } على هاتفك. أو امسح رمز QR بالكاميرا.
slip-step-code = اكتب الرمز:
slip-step-choose-invite = اختر اسم مستخدم وكلمة مرور.
slip-step-choose-reset = اختر كلمة مرور جديدة.
slip-validity = الرمز صالح حتى { $until } ضمنًا ويمكن استخدامه مرة واحدة.
reset-title = اختر كلمة مرور جديدة
reset-your-login = مرحبًا { $name }! اسم المستخدم الخاص بك هو:
reset-button = حفظ كلمة المرور الجديدة
sign-in-forgot = هل نسيت كلمة المرور أو اسم المستخدم؟ اطلب رمزًا من مدربك.
sign-in-have-code = لديّ رمز

licence-am = دراجة نارية خفيفة (موبيد)
licence-a1 = دراجة نارية صغيرة
licence-a2 = دراجة نارية متوسطة
licence-a = دراجة نارية
licence-b = سيارة ركاب
licence-be = سيارة ركاب مع مقطورة ثقيلة
licence-c1 = شاحنة متوسطة
licence-c1e = شاحنة متوسطة مع مقطورة
licence-c = شاحنة ثقيلة
licence-ce = شاحنة ثقيلة مع مقطورة
licence-d1 = حافلة صغيرة
licence-d1e = حافلة صغيرة مع مقطورة
licence-d = حافلة
licence-de = حافلة مع مقطورة
language-switch-warning = إذا غيّرت اللغة الآن فسيضيع ما كتبته ولم تحفظه.
home-your-coach = مدربك:
cv-optional = اختياري
cv-add-to = إضافة
cv-back-to-section = العودة إلى { $section }
cv-language-sv-note = السيرة الذاتية مكتوبة بالسويدية.
cv-language-en-note = السيرة الذاتية مكتوبة بالإنجليزية.
cv-empty-pdf-hint = سيرتك الذاتية ما زالت فارغة. املأ بيانات الاتصال وبعض الأجزاء أولًا حتى يكون في ملف PDF محتوى.
cv-copied = تم إنشاء النسخة. أعطها اسمًا خاصًا بها لتميّز بينهما.
signed-out = لقد سجّلت الخروج.
copy-code-button = نسخ الرمز
copy-link-button = نسخ الرابط
copied = تم النسخ. الصقه حيث تريد.
not-copied = تعذّر النسخ. حدّد النص وانسخه بنفسك.
err-account-changed = تغيّر الحساب في هذه الأثناء. تعرض الصفحة الآن حالته الحالية.

# Sharing with the coach
err-day-passed = اختر يومًا لم يمضِ بعد، أو اترك الحقل فارغًا.
sharing-title = المشاركة مع مدربي
home-sharing-text = اختر ما يمكن لمدربك أن يراه، واسترجعه متى شئت.
sharing-why = أنت تختار ما يمكن لمدربك رؤيته، جزءًا بعد جزء: سيرتك الذاتية، ونقاط قوتك، وملاحظاتك عن أعمالك السابقة، ولغاتك، وأهداف اللغة الخاصة بك، وطلبات التوظيف الخاصة بك. يمكن لمدربك أن يستخدم ما تشاركه لمساعدتك، مثلًا قبل موعد. ويمكنك التوقف عن المشاركة متى شئت.
sharing-no-coach = ليس لديك مدرب بعد. عندما يصبح لديك مدرب يمكنك المشاركة هنا.
sharing-now-heading = هذا ما يراه مدربك الآن
sharing-sees-nothing = { $coach } لا يرى أي سيرة ذاتية لك.
sharing-sees-all-cvs = { $coach } يرى كل سيرك الذاتية.
sharing-sees-one-cv = { $coach } يرى سيرتك الذاتية «{ $cv }».
sharing-until = حتى { $day } ضمنًا.
sharing-until-withdrawn = حتى تتوقف عن المشاركة.
sharing-ended = انتهت مشاركتك السابقة في { $day }.
sharing-saved = تم الحفظ. يسري ذلك من الآن.
sharing-always-heading = هذا ما يراه مدربك دائمًا
sharing-always-account = اسمك، وهل أنشأت حسابك، ومتى سجلت الدخول آخر مرة.
sharing-always-notes = الملاحظات التي يكتبها المدرب عن عملكما معًا.
sharing-never-heading = هذا ما لا يراه مدربك أبدًا
sharing-never-password = كلمة المرور الخاصة بك.
sharing-never-unshared = كل ما لا تختار مشاركته هنا.
sharing-never-health = التشخيصات أو أي شيء آخر عن صحتك: لا نسأل عن ذلك أبدًا. إذا أوقفت هدفًا من أهداف اللغة مؤقتًا لأنك مريض، فلا يرى مدربك ذلك إلا إذا شاركت أهداف اللغة الخاصة بك.
sharing-logged = في كل مرة ينظر فيها أحد إلى ما تشاركه يتم تسجيل ذلك. ترى القائمة هنا:
sharing-cv-legend = أي سيرة ذاتية يمكن أن يراها { $coach }؟
sharing-cv-none = لا سيرة ذاتية
sharing-cv-all = كل سيري الذاتية
sharing-until-label = آخر يوم للمشاركة (إن أردت)
sharing-until-hint = مثلًا 2026-12-31. اتركه فارغًا لتشارك حتى تتوقف بنفسك.
sharing-save-button = حفظ
sharing-stop-link = إيقاف مشاركة كل شيء
stop-sharing-title = إيقاف المشاركة؟
stop-sharing-question = لن يتمكن { $coach } بعد الآن من رؤية أي شيء مما تشاركه: السيرة الذاتية ونقاط القوة والملاحظات عن الأعمال السابقة واللغات وأهداف اللغة وطلبات التوظيف. يمكنك المشاركة مرة أخرى متى شئت.
stop-sharing-button = نعم، أوقف المشاركة
sharing-stopped-title = لم تعد تشارك أي شيء
sharing-stopped-text = لم يعد بإمكان مدربك رؤية أي شيء مما شاركته. يسري ذلك منذ الآن.
sharing-stopped-next = يمكنك المشاركة مرة أخرى متى شئت، في صفحة المشاركة مع مدربي.
sharing-stopped-home = إلى طريقي
consent-history-title = ما شاركته
consent-history-intro = كل مرة بدأت فيها المشاركة أو غيّرتها أو أوقفتها، الأحدث أولًا.
consent-history-empty = لم تشارك أي شيء بعد.
consent-granted-one = شاركت سيرتك الذاتية «{ $cv }» مع { $coach }.
consent-granted-all = شاركت كل سيرك الذاتية مع { $coach }.
consent-changed-one = غيّرت المشاركة: { $coach } يرى سيرتك الذاتية «{ $cv }».
consent-changed-all = غيّرت المشاركة: { $coach } يرى كل سيرك الذاتية.
consent-withdrawn = أوقفت مشاركة سيرتك الذاتية مع { $coach }.
consent-wording = نص الصفحة، الإصدار { $version }.
access-log-title = من اطّلع؟
access-log-intro = كل مرة اطّلع فيها مدربك أو أحد الموظفين على ما تشاركه، الأحدث أولًا.
access-log-empty = لم يطّلع أحد بعد.
look-who-coach = المدرب { $name }
look-who-admin = المسؤول { $name }
look-deleted-cv = (سيرة ذاتية حذفتها)
look-cv-view = اطّلع { $who } على سيرتك الذاتية «{ $cv }»، { $when }.
look-cv-pdf = نزّل { $who } سيرتك الذاتية «{ $cv }» بصيغة PDF، { $when }.
look-cv-json = نزّل { $who } سيرتك الذاتية «{ $cv }» كملف، { $when }.
home-notes-heading = من مدربك
# The coach's participant page
shared-heading = ما يشاركه هذا الشخص معك
shared-part-cv = السيرة الذاتية
not-shared = غير مشارَك
shared-other-versions = سير ذاتية أخرى مشارَكة معك
shared-cv-title = سيرة ذاتية مشارَكة
account-heading = الحساب
notes-heading = الملاحظات
note-label = ملاحظة جديدة
note-hint = قصيرة وموضوعية. يرى المشارك الملاحظة ما لم تجعلها داخلية.
note-internal-label = داخلية: للمدربين فقط
note-internal-tag = داخلية
note-save-button = حفظ الملاحظة
note-edit-title = تغيير الملاحظة
note-edit-label = ملاحظة
note-change-link = تغيير
note-from = الملاحظة من { $when }
note-changed-at = غُيّرت { $when }
note-changed-status = تم تغيير الملاحظة.
note-removed-status = تم حذف الملاحظة.
note-remove-link = حذف الملاحظة
note-remove-title = حذف الملاحظة؟
note-remove-question = ستُحذف الملاحظة من { $when }. لن يراها { $name } بعد الآن. يُحفظ ما كانت تقوله في السجل، ويمكن لـ { $name } طلبه.
note-remove-internal-question = ستُحذف الملاحظة الداخلية من { $when }. يُحفظ ما كانت تقوله في السجل.
note-remove-button = نعم، احذف الملاحظة
notes-empty = لا توجد ملاحظات بعد.
caseload-count = { $count ->
    [zero] لا يوجد مشاركون نشطون. الحد الموصى به { $max } على الأكثر.
    [one] مشارك نشط واحد. الحد الموصى به { $max } على الأكثر.
    [two] مشاركان نشطان. الحد الموصى به { $max } على الأكثر.
    [few] { $count } مشاركين نشطين. الحد الموصى به { $max } على الأكثر.
    [many] { $count } مشاركًا نشطًا. الحد الموصى به { $max } على الأكثر.
   *[other] { $count } مشارك نشط. الحد الموصى به { $max } على الأكثر.
}
caseload-over-guideline = أكثر من الحد الموصى به.
caseload-shares = يشارك: { $parts }
caseload-shares-nothing = لا يشارك شيئًا
caseload-last-contact = آخر تواصل { $day }
caseload-no-contact = لم يُسجَّل تواصل بعد

# Booking guidance
err-bad-time = اكتب وقتًا مثل 09:30.
err-out-of-range = اكتب رقمًا مناسبًا هنا.
err-taken = حجز شخص آخر هذا الوقت قبلك. اختر وقتًا آخر.
err-too-many-bookings = لديك بالفعل أكبر عدد ممكن من المواعيد المحجوزة. ألغِ موعدًا أولًا.
err-past-cutoff = الوقت قريب جدًا من الموعد لإلغائه هنا. تواصل مع مدربك.
help-cv = سيرتي الذاتية
help-interview = مقابلة عمل
help-language = اللغة السويدية واللغات
help-other = شيء آخر
hours-title = أوقاتي
hours-hint = اكتب متى يمكنك استقبال المواعيد كل أسبوع. اترك اليوم فارغًا إن لم تستقبل مواعيد فيه.
hours-from = من
hours-to = إلى
hours-from-2 = من، الوقت 2
hours-to-2 = إلى، الوقت 2
hours-from-3 = من، الوقت 3
hours-to-3 = إلى، الوقت 3
hours-add-range = أضف وقتًا آخر في اليوم نفسه (مثلًا بعد الغداء)
hours-slot = مدة الموعد بالدقائق (15–120)
hours-buffer = استراحة بين المواعيد بالدقائق (0–60)
hours-notice = أقل وقت قبل الموعد لحجزه، بالساعات (0–168)
hours-horizon = إلى أي مدى يمكن الحجز مسبقًا، بالأسابيع (1–17)
hours-cutoff = آخر موعد للإلغاء الذاتي، بالساعات قبل الموعد (0–168)
hours-place = المكان
hours-place-hint = عنوان، أو «مكالمة هاتفية»، أو رابط لاجتماع فيديو.
hours-saved = تم الحفظ. يرى المشاركون الأوقات الجديدة الآن.
hours-outside-heading = حجوزات خارج أوقاتك الجديدة
hours-outside-text = هذه الحجوزات باقية. تحدّث مع المشارك إن أردت نقل موعد أو إلغاءه.
book-title = حجز موعد إرشاد
book-choose-day = اختر يومًا لموعد مع { $coach }.
book-no-times = لا توجد أوقات متاحة الآن. اسأل مدربك.
book-at-limit = { $count ->
    [zero] ليس لديك مواعيد محجوزة.
    [one] لديك بالفعل موعد محجوز واحد. ألغِه إن أردت حجز موعد جديد.
    [two] لديك بالفعل موعدان محجوزان. ألغِ أحدهما إن أردت حجز موعد جديد.
    [few] لديك بالفعل { $count } مواعيد محجوزة. ألغِ أحدها إن أردت حجز موعد جديد.
    [many] لديك بالفعل { $count } موعدًا محجوزًا. ألغِ أحدها إن أردت حجز موعد جديد.
   *[other] لديك بالفعل { $count } موعد محجوز. ألغِ أحدها إن أردت حجز موعد جديد.
}
free-times-count = { $count ->
    [zero] لا توجد أوقات متاحة
    [one] وقت متاح واحد
    [two] وقتان متاحان
    [few] { $count } أوقات متاحة
    [many] { $count } وقتًا متاحًا
   *[other] { $count } وقت متاح
}
book-day-title = اختر وقتًا
book-with = مع { $coach }.
book-place = المكان: { $place }
book-day-full = كل الأوقات في هذا اليوم محجوزة. ارجع واختر يومًا آخر.
book-time-legend = أي وقت يناسبك؟
book-help-legend = بماذا تريد المساعدة؟
optional-hint = إن أردت.
book-interpreter = هل تحتاج إلى مترجم؟ بأي لغة؟
book-interpreter-hint = اتركه فارغًا إن لم تكن بحاجة إلى مترجم.
book-button = احجز
booked-title = تم الحجز
booked-text = تم حجز موعدك. تراه في حجوزاتي.
booking-title = حجز
booking-help = المساعدة في: { $topic }
booking-interpreter = مترجم: { $language }
booking-cancelled = ملغى
booking-cancelled-done = تم إلغاء الموعد.
my-bookings-title = حجوزاتي
my-bookings-empty = ليس لديك مواعيد محجوزة.
cancel-booking-link = إلغاء
cancel-booking-title = إلغاء الموعد؟
cancel-booking-question = هل تريد إلغاء { $when }؟
cancel-booking-button = نعم، ألغِ
past-cutoff-text = الوقت قريب جدًا من الموعد لإلغائه هنا. تواصل مع مدربك إن لم تستطع الحضور.
agenda-title = مواعيدي
agenda-empty = لا توجد مواعيد محجوزة.
sharing-always-bookings = مواعيدك المحجوزة مع المدرب.
ics-summary = موعد إرشاد مع { $coach }
ics-remind-day = غدًا: موعد إرشاد مع { $coach }.
ics-remind-hours = بعد ساعتين: موعد إرشاد مع { $coach }.
add-to-calendar = أضف إلى التقويم
attendance-attended = حضر
attendance-no-show = لم يحضر
attendance-late-cancel = ألغى متأخرًا
attendance-legend = هل حضر المشارك؟
attendance-save = حفظ الحضور
attendance-saved = تم حفظ الحضور.
booking-attendance = الحضور: { $value }
move-booking-link = نقل
moved-text = تم نقل الموعد.
moving-hint = أنت تنقل موعدك. اختر وقتًا جديدًا. يبقى الموعد القديم لك حتى يُحجز الجديد.
caseload-next-booking = الموعد القادم { $when }
caseload-no-booking = لا يوجد موعد محجوز
cancel-reason-label = لماذا تلغي الموعد؟
cancel-reason-hint = يرى المشارك ما تكتبه.
cancelled-by-coach = ألغاه مدربك: { $reason }
closed-days-heading = أيام مغلقة
closed-days-text = أيام لا تستقبل فيها مواعيد، مثل العطلات. تظهر في الأعلى الحجوزات الموجودة في تلك الأيام.
open-day-button = افتح من جديد
close-day-label = أغلق يومًا
close-day-hint = مثلًا 2026-12-24.
close-day-button = أغلق اليوم
err-too-soon = هذا الوقت قريب جدًا الآن. اختر وقتًا لاحقًا.
# Between the items of a list (a space follows).
list-separator = ،
# Booking: arrangements, workshops and drop-in.
needs-legend = هل يجب ترتيب شيء لكي يناسبك الموعد؟
needs-hint = اختياري. اختر فقط ما يجب ترتيبه. لا تحتاج إلى أن تقول السبب.
need-step-free = مدخل بدون درج
need-hearing-loop = حلقة سمعية
need-extra-time = وقت أطول
need-quiet-room = غرفة هادئة
need-written = أهم النقاط مكتوبة بعد الموعد
need-other = شيء آخر، سأخبر مدربي
booking-needs = يجب ترتيب: { $needs }
booking-workshop = ورشة عمل: { $title }
ics-workshop-summary = { $title } مع { $coach }
extra-hours-heading = أوقات إضافية
extra-hours-text = أوقات في يوم واحد إضافة إلى أوقاتك الأسبوعية، حتى في يوم مغلق.
extra-day-label = اليوم
extra-hours-button = أضف الوقت
remove-button = احذف
remove-ask = هل تريد حذف { $name }؟ لا يمكن التراجع عن ذلك.
remove-yes = نعم، احذف
group-workshop = ورشة عمل
group-drop-in = استقبال بدون موعد
group-workshop-hint = وقت محدد بعدد من المقاعد يحجزها المشاركون مسبقًا.
group-drop-in-hint = وقت في مكان. يقف المشاركون في الطابور في نفس اليوم، الأسبق فالأسبق.
groups-title = ورش العمل والاستقبال بدون موعد
groups-text = هذه ورش العمل وأوقات الاستقبال بدون موعد القادمة.
groups-empty = ليست لديك ورش عمل أو أوقات استقبال بدون موعد قادمة.
new-group-title = أضف ورشة عمل أو استقبالًا بدون موعد
group-kind-legend = ماذا تريد أن تضيف؟
group-title-label = الاسم
group-title-hint = مثلًا ”اكتب سيرتك الذاتية“. مطلوب لورشة العمل.
group-day = اليوم
group-seats = عدد المقاعد (1–200)
group-seats-hint = لورشة العمل فقط.
group-place-hint = اتركه فارغًا لاستخدام المكان في أوقاتك.
group-publish = انشر
group-created = تم النشر. يراه المشاركون الآن.
group-title = ورشة عمل أو استقبال بدون موعد
group-cancelled = ملغى
group-cancelled-reason = ملغى: { $reason }
group-cancelled-done = تم الإلغاء. يرى من حجزوا السبب.
# طلبات التوظيف: the participant's own job applications, and "For the activity report".
applications-title = طلبات التوظيف الخاصة بي
home-applications-text = الوظائف التي تقدّمت إليها وماذا حدث، والقائمة لتقرير النشاط.
applications-text = اكتب كل وظيفة تتقدّم إليها: أين، وأي وظيفة، ومتى، وكيف. ثم اكتب ماذا حدث.
applications-empty = لم تكتب أي طلب توظيف بعد.
new-application-title = طلب توظيف جديد
change-application-title = تغيير طلب التوظيف
application-employer = صاحب العمل
application-employer-hint = الشركة أو المكان الذي تقدّمت إليه.
application-job = الوظيفة
application-job-hint = الوظيفة التي تقدّمت إليها، مثلًا: عامل مستودع.
application-day = التاريخ
application-day-hint = يوم التقديم، هكذا: 2026-12-07.
application-how = كيف تقدّمت
application-how-link = عبر رابط
application-how-email = عبر البريد الإلكتروني
application-how-in-person = حضوريًا
application-how-coach = عن طريق مدربي
application-status-legend = ماذا حدث؟
application-status-applied = أُرسل
application-status-interview = مقابلة
application-status-offer = عرض عمل
application-status-no-answer = لا يوجد رد
application-status-no = رفض
application-interview = موعد المقابلة
application-interview-hint = إذا أردت. اليوم والساعة، هكذا: 2026-12-08 10:00.
application-interview-at = مقابلة: { $when }
application-ics-link = أضف المقابلة إلى التقويم
application-ics-summary = مقابلة: { $job }، { $employer }
application-ics-reminder = مقابلة لوظيفة { $job } لدى { $employer }
application-change-link = تغيير
application-remove-link = احذف طلب التوظيف
application-added = تم حفظ طلب التوظيف.
application-saved = تم حفظ التغيير.
application-removed = تم حذف طلب التوظيف.
remove-application-title = حذف طلب التوظيف؟
remove-application-question = هل تريد حذف طلب التوظيف هذا؟ لا يمكن استعادته.
remove-application-button = نعم، احذف طلب التوظيف
applications-report-title = لتقرير النشاط
applications-report-text = طلبات التوظيف خلال شهر واحد، بالترتيب الذي يطلبه تقرير النشاط: صاحب العمل، والوظيفة، والتاريخ، وكيف تقدّمت. انسخ الأسطر، أو اطبع الصفحة، أو نزّل القائمة.
applications-report-month = الشهر
applications-report-month-hint = هكذا: 2026-12.
applications-report-show = اعرض الشهر
applications-report-other = اعرض { $month }
applications-report-file-heading = طلبات التوظيف في { $month }
applications-report-empty = لا توجد طلبات توظيف في ذلك الشهر.
applications-report-take-out = نزّل القائمة
applications-report-txt = كنص (.txt)
applications-report-csv = كجدول لبرنامج Excel (.csv)
applications-report-print = هل تريد القائمة على الورق؟ اطبع الصفحة من قائمة المتصفح.
applications-shared-part = طلبات التوظيف الخاصة بي
applications-share-holds = طلبات التوظيف الخاصة بي: الوظائف التي تقدّمت إليها، أين ومتى وكيف، وماذا حدث، ومواعيد المقابلات.
applications-share-object = طلبات التوظيف الخاصة بك
applications-share-title = هل يرى مدربك طلبات التوظيف الخاصة بك؟
err-bad-month = اكتب الشهر هكذا: 2026-12.
err-bad-interview-time = اكتب اليوم والساعة هكذا: 2026-12-08 10:00.
err-too-many-applications = لقد كتبت أكبر عدد ممكن من طلبات التوظيف. احذف بعض الطلبات القديمة أولًا.

group-cancel-link = ألغِ
group-cancel-title = هل تريد الإلغاء؟
group-cancel-question = هل تريد إلغاء { $name }، { $when }؟ سيرى كل من حجز السبب.
group-cancel-button = نعم، ألغِ
seats-booked = { $count ->
    [zero] لا مقاعد محجوزة من { $seats }
    [one] مقعد واحد محجوز من { $seats }
    [two] مقعدان محجوزان من { $seats }
    [few] { $count } مقاعد محجوزة من { $seats }
    [many] { $count } مقعدًا محجوزًا من { $seats }
   *[other] { $count } مقعد محجوز من { $seats }
}
seats-left = { $count ->
    [zero] لا توجد مقاعد متبقية
    [one] مقعد واحد متبقٍ
    [two] مقعدان متبقيان
    [few] { $count } مقاعد متبقية
    [many] { $count } مقعدًا متبقيًا
   *[other] { $count } مقعد متبقٍ
}
seats-heading = من حجزوا
seats-none = لم يحجز أحد بعد.
queue-waiting = { $count ->
    [zero] لا أحد ينتظر في الطابور
    [one] شخص واحد ينتظر في الطابور
    [two] شخصان ينتظران في الطابور
    [few] { $count } أشخاص ينتظرون في الطابور
    [many] { $count } شخصًا ينتظرون في الطابور
   *[other] { $count } شخص ينتظرون في الطابور
}
queue-heading = الطابور
queue-now = الآن: { $name }
queue-nobody = لا أحد ينتظر.
queue-joined-at = في الطابور منذ { $time }
queue-call-next = نادِ الشخص التالي
queue-called-done = تم نداء الشخص التالي. يرى ذلك على هاتفه.
queue-empty = لا أحد ينتظر في الطابور.
refresh-button = حدّث
workshops-title = ورش العمل
workshops-empty = لا توجد ورش عمل قادمة الآن.
workshops-text = ورشة العمل لقاء في مجموعة مع مدرب ومشاركين آخرين، مثلًا عن كتابة السيرة الذاتية. تحجز مقعدًا.
workshops-count = { $count ->
    [zero] لا توجد ورش عمل بمقاعد متاحة
    [one] ورشة عمل واحدة بمقاعد متاحة
    [two] ورشتا عمل بمقاعد متاحة
    [few] { $count } ورش عمل بمقاعد متاحة
    [many] { $count } ورشة عمل بمقاعد متاحة
   *[other] { $count } ورشة عمل بمقاعد متاحة
}
workshop-title = احجز مقعدًا
workshop-full = محجوزة بالكامل
seat-held = لديك مقعد
seat-book-link = احجز مقعدًا
seat-book-button = احجز مقعدًا
drop-in-title = استقبال بدون موعد
drop-in-text = تعال بدون حجز. قف في الطابور في نفس اليوم، وسترى متى يأتي دورك.
drop-in-none = لا توجد أوقات استقبال بدون موعد الآن.
drop-in-later = أوقات الاستقبال بدون موعد القادمة
queue-join = ضعني في الطابور
queue-leave = اترك الطابور
queue-leave-ask = هل تريد مغادرة الطابور؟ ستفقد مكانك، وإذا عدت إلى الطابور ستكون الأخير.
queue-leave-yes = نعم، غادر الطابور
queue-stay = لا، ابقَ في الطابور
queue-joined = أنت في الطابور.
queue-left = لقد تركت الطابور.
queue-not-in = أنت لست في الطابور.
queue-place = أنت رقم { $place } في الطابور.
queue-called = حان دورك الآن. اذهب إلى مدربك.
book-choose-kind = كيف تريد أن تقابل مدربك؟
kind-meeting = موعد فردي
kind-drop-in-hint = تعال بدون حجز، وقف في الطابور
kind-workshop-hint = لقاء في مجموعة مع مشاركين آخرين ومدرب. تحجز مقعدًا.
err-full = كل المقاعد محجوزة. اختر ورشة عمل أخرى.
err-clashes = لديك حجز أو ورشة عمل أو استقبال بدون موعد في ذلك الوقت. اختر وقتًا آخر.
err-seat-closed = لم يعد من الممكن حجز ورشة العمل هذه.
agenda-nav-label = اختر يومًا أو أسبوعًا
agenda-day = يوم
agenda-week = أسبوع
agenda-week-of = الأسبوع من { $day }
agenda-previous-week = الأسبوع السابق
agenda-next-week = الأسبوع التالي
agenda-previous-day = اليوم السابق
agenda-next-day = اليوم التالي
agenda-today = العودة إلى اليوم
agenda-day-empty = لا يوجد شيء محجوز في هذا اليوم.
# Language-practice goals.
goals-title = أهداف اللغة
goals-text = ضع هدفًا بخطوات صغيرة واضغط عندما تتمرن. تنمو العادة عندما تتمرن وتضعف قليلًا عندما يفوتك يوم، ولا تبدأ من الصفر أبدًا.
goals-empty = ليست لديك أهداف لغة بعد.
goals-ended = أهداف منتهية
new-goal-title = هدف جديد
edit-goal-title = غيّر الهدف
goal-title = هدفي اللغوي
goal-what = ماذا تريد أن تستطيع أن تفعل؟
goal-what-hint = مثلًا ”التحدث مع الزبائن بالسويدية“ أو ”النجاح في دورة SFI C“.
goal-per-week = كم مرة في الأسبوع تريد أن تتمرن؟ (1–7)
goal-per-week-hint = اختر ما تستطيع: القليل وبشكل متكرر أفضل.
goal-until-label = حتى (اختياري)
goal-until-hint = مثلًا 2027-03-31.
goal-workplace = مكان التدريب اللغوي
goal-supervisor = اسم المشرف
goal-until = { $often } حتى { $day }
goal-at = التدريب اللغوي: { $place }
goal-supervisor-is = المشرف: { $name }
goal-active = جارٍ
goal-paused = متوقف مؤقتًا
goal-done = تحقق
goal-dropped = منتهٍ
goal-created = تم حفظ الهدف. بالتوفيق!
goal-saved = تم حفظ التغيير.
goal-paused-done = الهدف متوقف مؤقتًا. تبقى العادة كما هي حتى تستمر.
goal-resumed = أهلًا بعودتك! الهدف جارٍ من جديد.
goal-done-done = أحسنت! تحقق الهدف.
goal-dropped-done = انتهى الهدف. يمكنك أن تضع هدفًا جديدًا متى شئت.
times-per-week = { $count ->
    [zero] لا مرات في الأسبوع
    [one] مرة واحدة في الأسبوع
    [two] مرتان في الأسبوع
    [few] { $count } مرات في الأسبوع
    [many] { $count } مرة في الأسبوع
   *[other] { $count } مرة في الأسبوع
}
habit-strength = العادة: { $level } ({ $percent } %)
habit-new = بداية جديدة
habit-growing = تنمو
habit-steady = ثابتة
habit-strong = قوية
practise-today = تمرنت اليوم
practised-today = لقد تمرنت اليوم
practise-logged = ممتاز! تم حفظ التمرين.
practise-heading = لقد تمرنت
practise-day = أي يوم؟
practise-minutes = كم دقيقة؟
practise-note = ماذا فعلت؟
practise-button = احفظ التمرين
practise-recent = آخر التمارين
minutes-count = { $count ->
    [zero] لا دقائق
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
days-count = { $count ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
goal-change-heading = غيّر أو أوقف مؤقتًا أو أنهِ
pause-legend = لماذا تريد التوقف مؤقتًا؟
pause-hint = التوقف المؤقت لا يُضعف العادة.
pause-ill = أنا مريض
pause-travel = أنا مسافر
pause-holiday = إجازة
pause-other = شيء آخر
goal-pause = أوقف الهدف مؤقتًا
goal-resume = استمر في الهدف
goal-mark-done = لقد حققت الهدف
goal-drop = أنهِ الهدف
chart-summary = { $weeks ->
    [zero] لا توجد أسابيع بعد.
    [one] الأيام التي تمرنت فيها هذا الأسبوع: { $done }.
    [two] الأيام التي تمرنت فيها في آخر أسبوعين: { $done } في المجموع.
    [few] الأيام التي تمرنت فيها في آخر { $weeks } أسابيع: { $done } في المجموع.
    [many] الأيام التي تمرنت فيها في آخر { $weeks } أسبوعًا: { $done } في المجموع.
   *[other] الأيام التي تمرنت فيها في آخر { $weeks } أسبوع: { $done } في المجموع.
}
chart-goal-line = الخط يبين هدفك.
chart-table-caption = أيام التمرين في كل أسبوع
chart-week = الأسبوع
chart-days = الأيام
queue-done = انتهى دورك. قف في الطابور مرة أخرى إذا احتجت إلى مساعدة أكثر.
queue-cancelled = ملغى: { $reason }
err-queue-closed = الطابور لا يستقبل أحدًا الآن. انظر إلى الأوقات أدناه.
goal-overdue = مرّ اليوم الأخير. هل حققت الهدف؟ إن لم يكن، يمكنك تغيير اليوم.
err-bad-day = اكتب اليوم هكذا: 2027-03-31.
err-choose-one = اختر إحدى الإجابات.
err-too-many-goals = لديك بالفعل 20 هدفًا جاريًا. أنهِ واحدًا أولًا.

# Mina språk: the five skills of the self-assessment grid, and "I can …" per level
# (the Council of Europe's grid, in plain words).
cefr-listening = الاستماع
cefr-reading = القراءة
cefr-spoken-interaction = المحادثة مع الآخرين
cefr-spoken-production = التحدث بمفردي
cefr-writing = الكتابة
cefr-listening-hint = أن أفهم عندما يتكلم الآخرون.
cefr-reading-hint = أن أفهم النصوص.
cefr-spoken-interaction-hint = أن أتحدث مع الآخرين وأسأل وأجيب.
cefr-spoken-production-hint = أن أروي أو أصف شيئًا بنفسي.
cefr-writing-hint = أن أكتب نصوصًا خاصة بي.
can-listening-a1 = أفهم كلمات بسيطة عندما يتكلم الناس ببطء.
can-listening-a2 = أفهم الرسائل القصيرة الواضحة.
can-listening-b1 = أفهم الأفكار الرئيسية عن الحياة اليومية والعمل.
can-listening-b2 = أفهم الأخبار والأفلام والأحاديث الطويلة.
can-listening-c1 = أفهم التلفاز والأفلام دون جهد.
can-listening-c2 = أفهم كل شيء، حتى الكلام السريع.
can-reading-a1 = أفهم كلمات بسيطة، مثلًا على اللافتات.
can-reading-a2 = أستطيع قراءة نصوص قصيرة، مثل قوائم الطعام وجداول المواعيد.
can-reading-b1 = أفهم النصوص اليومية والرسائل الشخصية.
can-reading-b2 = أستطيع قراءة مقالات الصحف والتقارير.
can-reading-c1 = أفهم النصوص الطويلة والصعبة ولغة الاختصاص.
can-reading-c2 = أقرأ كل أنواع النصوص بسهولة.
can-interaction-a1 = أستطيع أن أسأل وأجيب ببساطة إذا ساعدني الشخص الآخر.
can-interaction-a2 = أستطيع إجراء محادثات قصيرة عن أمور يومية.
can-interaction-b1 = أستطيع المشاركة في محادثات عن أشياء أعرفها.
can-interaction-b2 = أستطيع النقاش وقول رأيي.
can-interaction-c1 = أتكلم بطلاقة دون البحث عن الكلمات.
can-interaction-c2 = أستطيع إجراء أي محادثة دون جهد.
can-production-a1 = أستطيع أن أقول ببساطة أين أسكن ومن أعرف.
can-production-a2 = أستطيع الحديث عن عائلتي وتعليمي وعملي.
can-production-b1 = أستطيع الحديث عن تجاربي وخططي.
can-production-b2 = أستطيع وصف مواضيع كثيرة بوضوح وتفصيل.
can-production-c1 = أستطيع وصف مواضيع صعبة بوضوح وتفصيل.
can-production-c2 = أستطيع الحديث والنقاش بطلاقة في أي موقف.
can-writing-a1 = أستطيع كتابة اسمي وعنواني في استمارة.
can-writing-a2 = أستطيع كتابة ملاحظات قصيرة وشكر بسيط.
can-writing-b1 = أستطيع كتابة نصوص بسيطة عن أشياء أعرفها.
can-writing-b2 = أستطيع كتابة نصوص واضحة عن مواضيع كثيرة.
can-writing-c1 = أستطيع كتابة نصوص منظمة عن مواضيع صعبة.
can-writing-c2 = أستطيع كتابة كل أنواع النصوص بطلاقة وإتقان.

# Mina styrkor: the three groups and their strengths, picked by a tap.
strengths-heart = القلب – كيف أكون
strengths-head = العقل – ما أعرفه
strengths-hands = اليدان – ما أستطيع فعله
strength-heart-reliable = موثوق
strength-heart-punctual = ملتزم بالمواعيد
strength-heart-helpful = متعاون
strength-heart-patient = صبور
strength-heart-friendly = ودود
strength-heart-calm = هادئ
strength-heart-curious = فضولي
strength-heart-honest = صادق
strength-heart-hardworking = مجتهد
strength-heart-positive = إيجابي
strength-heart-careful = دقيق
strength-heart-brave = شجاع
strength-heart-flexible = مرن
strength-heart-responsible = يتحمل المسؤولية
strength-heart-caring = يهتم بالآخرين
strength-heart-humorous = مرح
strength-heart-team = أعمل جيدًا مع الفريق
strength-heart-independent = مستقل
strength-heart-persistent = مثابر
strength-heart-quick-learner = أتعلم بسرعة
strength-head-languages = أتحدث عدة لغات
strength-head-maths = الحساب
strength-head-computers = الحاسوب
strength-head-phone-apps = الهاتف والتطبيقات
strength-head-planning = التخطيط
strength-head-problem-solving = حل المشكلات
strength-head-customer-service = خدمة العملاء
strength-head-selling = البيع
strength-head-teaching = تعليم الآخرين
strength-head-money = التعامل مع المال والصندوق
strength-head-food-hygiene = سلامة الغذاء
strength-head-health-care = الرعاية الصحية
strength-head-children = الأطفال والشباب
strength-head-elderly = كبار السن
strength-head-safety = السلامة في العمل
strength-head-cultures = الثقافات المختلفة
strength-head-organising = التنظيم والترتيب
strength-head-documents = الأوراق والاستمارات
strength-head-driving-rules = قواعد المرور
strength-head-plants-animals = النباتات والحيوانات
strength-hands-cooking = الطبخ
strength-hands-baking = الخَبز
strength-hands-cleaning = التنظيف
strength-hands-building = البناء والنجارة
strength-hands-painting = الدهان
strength-hands-repairing = إصلاح الأشياء
strength-hands-cars = المركبات والمحركات
strength-hands-driving = قيادة السيارة
strength-hands-sewing = الخياطة
strength-hands-hair-beauty = الشعر والتجميل
strength-hands-gardening = البستنة
strength-hands-farming = الزراعة والحيوانات
strength-hands-lifting = الرفع والحمل
strength-hands-packing = التعبئة والتجهيز
strength-hands-machines = تشغيل الآلات
strength-hands-electrics = الكهرباء والتمديدات
strength-hands-plumbing = السباكة
strength-hands-welding = اللحام
strength-hands-caring-hands = مساعدة شخص في الأكل واللبس
strength-hands-crafts = الحرف اليدوية

# لغاتي
home-languages-title = لغاتي
home-languages-text = اللغات التي تعرفها، ومستواك فيها، ودراستك في SFI.
languages-title = لغاتي
languages-text = اكتب اللغات التي تعرفها. لكل لغة اختر ما تستطيع فعله: الاستماع والقراءة والمحادثة والتحدث والكتابة. لا توجد إجابات خاطئة.
languages-known = اللغات التي تعرفها
languages-empty = لم تُضف أي لغة بعد.
language-add = أضف لغة
language-change = غيّر اللغة
language-name = أي لغة؟
language-name-hint = مثلًا السويدية أو العربية أو التغرينية.
language-saved = حُفظت اللغة.
language-removed = حُذف.
lang-native = اللغة الأم
lang-native-label = إنها لغتي الأم
lang-native-hint = إذا كانت لغتك الأم فلا تحتاج إلى اختيار مستويات.
lang-not-yet = ليس بعد
lang-skills-intro = اختر الجملة التي تناسبك أكثر.
next-button = التالي
lang-steps-intro = وإلا فستختار بعد ذلك ما تستطيع فعله، شيئًا واحدًا في كل مرة، في خمس خطوات قصيرة.
lang-step-of = الخطوة { $n } من { $total }
lang-step-later = تابع لاحقًا
lang-not-done = لم يكتمل – تابع
lang-not-done-cv = اللغات التي لم تكتمل لا تُضاف إلى السيرة الذاتية.
lang-no-answer = لا إجابة بعد
lang-swedish = السويدية
lang-goals-link = إلى أهداف اللغة الخاصة بك
lang-to-cv-heading = إلى سيرتك الذاتية
lang-to-cv-text = أضف لغاتك ومستوياتك إلى سيرتك الذاتية. اللغات الموجودة في السيرة تأخذ مستوياتها من هنا.
lang-to-cv-which = أي سيرة ذاتية؟
lang-to-cv-button = أضف إلى السيرة الذاتية
lang-to-cv-no-cv = ليست لديك سيرة ذاتية بعد.
lang-used-heading = أين استخدمت اللغة
lang-used-empty = لم تكتب شيئًا هنا بعد.
lang-use-add = أضف مكانًا استخدمت فيه لغة
lang-use-saved = تم الحفظ.
lang-use-kind = ماذا كان؟
lang-use-practice = تدريب لغوي في مكان عمل (språkpraktik)
lang-use-job = عمل
lang-use-course = دورة
lang-use-other = شيء آخر
lang-use-language-hint = أي لغة استخدمت؟
lang-use-place = المكان
lang-use-place-hint = مثلًا اسم مكان العمل أو المدرسة.
lang-use-from = من
lang-use-to = إلى
sfi-heading = SFI
sfi-title = دراستك في SFI
sfi-text = SFI هي اللغة السويدية للمهاجرين. اكتب الدورة التي تدرسها والدورات التي نجحت فيها.
sfi-empty = لم تكتب شيئًا عن SFI بعد.
sfi-change = غيّر SFI
sfi-saved = حُفظت معلومات SFI.
sfi-path-legend = المسار الدراسي
sfi-path-hint = يحدد المسار الدراسي سرعة الدورة. المسار الدراسي 1 لمن درس في المدرسة مدة قصيرة، والمسار الدراسي 3 لمن اعتاد الدراسة. اسأل معلمك إن كنت لا تعرف.
sfi-no-path = لا أعرف
sfi-path-1 = المسار الدراسي 1 (الدورات A–D)
sfi-path-2 = المسار الدراسي 2 (الدورات B–D)
sfi-path-3 = المسار الدراسي 3 (الدورات C–D)
sfi-current-legend = أي دورة تدرس الآن؟
sfi-no-course = لا دورة الآن
sfi-course-approx = الدورة { $course } (تقريبًا المستوى { $level })
sfi-approx-note = المستويات تقريبية.
sfi-passed-heading = الدورات التي نجحت فيها
sfi-passed-a = نجحت في الدورة A بتاريخ
sfi-passed-b = نجحت في الدورة B بتاريخ
sfi-passed-c = نجحت في الدورة C بتاريخ
sfi-passed-d = نجحت في الدورة D بتاريخ
sfi-path-is = المسار الدراسي { $path }
sfi-current-is = تدرس الدورة { $course } الآن
sfi-approx-level = المستوى التقريبي بعد SFI: { $level }
sfi-passed-on = نجحت في الدورة { $course } في { $day }
err-too-many-languages = لديك 20 لغة بالفعل. احذف واحدة أولًا.
err-too-many-uses = كتبت 20 مكانًا بالفعل. احذف واحدًا أولًا.
err-duplicate-language = هذه اللغة موجودة في قائمتك بالفعل. غيّرها بدلًا من ذلك.
err-not-on-path = هذه الدورة ليست في مسارك الدراسي.
err-in-future = هذا اليوم لم يأتِ بعد.
err-passed-is-current = لا يمكن أن تكون قد نجحت في الدورة التي تدرسها الآن.
cv-languages-copied = لغاتك ومستوياتك موجودة الآن في السيرة الذاتية.
cv-print-native = اللغة الأم
cv-print-language-column = اللغة
cv-print-levels-caption = المستويات حسب الإطار الأوروبي المرجعي المشترك للغات (CEFR): A1–A2 مبتدئ، B1–B2 مستقل، C1–C2 متقدم.

# نقاط قوتي
strengths-title = نقاط قوتي
strengths-text = اجمع هنا ما تجيده وما تحبه وما يحتاجه العمل ليناسبك. هذا لك. لا يراه أحد غيرك.
strengths-heading = نقاط قوتك
strengths-none-yet = لا شيء هنا بعد.
strengths-saved = تم الحفظ.
strengths-pick = اختر نقاط قوتك
strengths-pick-text = ضع علامة على ما ينطبق عليك. اختر ما تشاء.
strengths-own = اكتب بكلماتك
strengths-examples = أعطِ أمثلة
strengths-heart-hint = كيف أنت كشخص.
strengths-head-hint = أشياء تعرفها.
strengths-hands-hint = أشياء تستطيع فعلها بيديك.
own-strength-label = نقطة قوتك
own-strength-hint = بكلماتك. مثلًا: أجيد تهدئة الزبائن الغاضبين.
own-strength-group = من أي نوع هي؟
strength-example-label = مثال
strength-example-hint = متى أظهرت ذلك؟ اكتب موقفًا قصيرًا إن أردت.
interests-heading = الاهتمامات
interests-label = ماذا تحب أن تفعل؟
interests-hint = اهتمام واحد في كل سطر. مثلًا كرة القدم، الطبخ، الموسيقى.
interests-change = غيّر الاهتمامات
cares-label = ما المهم بالنسبة لك؟
work-goals-heading = الأعمال التي تريدها
work-goals-label = أي الأعمال تريد؟
work-goals-hint = عمل واحد في كل سطر. مثلًا طباخ، سائق حافلة، مساعد تمريض.
work-goals-change = غيّر الأعمال التي تريدها
conditions-heading = ما أحتاج إليه
conditions-text = ماذا يحتاج العمل ليناسبك؟ أجب عما تريد.
conditions-change = غيّر ما تحتاج إليه
cond-hours-legend = كم تريد أن تعمل؟
cond-hours-full = دوام كامل
cond-hours-part = دوام جزئي
cond-hours-specific = في أوقات معينة فقط
cond-hours-note = أي الأوقات تناسبك؟
cond-physical-legend = ما مدى ثقل العمل الذي تستطيعه؟
cond-physical-light = عمل خفيف
cond-physical-some = العمل الثقيل قليلًا مناسب
cond-physical-heavy = العمل الثقيل مناسب
cond-physical-note = هل هناك شيء يجب أن يراعيه العمل؟
cond-place-legend = في الداخل أم في الخارج؟
cond-place-indoor = في الداخل
cond-place-outdoor = في الخارج
cond-pace-legend = هادئ أم مزدحم؟
cond-pace-quiet = هادئ
cond-pace-busy = ناس كثيرون وإيقاع سريع
cond-company-legend = وحدك أم مع فريق؟
cond-company-alone = وحدي
cond-company-team = مع فريق
cond-either = لا يهم
cond-travel-legend = إلى أي مسافة تستطيع السفر إلى العمل؟
cond-travel-near = قريب من البيت (30 دقيقة على الأكثر)
cond-travel-hour = ساعة على الأكثر
cond-travel-far = أبعد من ذلك مناسب
cond-means-legend = كيف تستطيع الوصول إلى العمل؟
cond-means-walk = مشيًا
cond-means-bike = بالدراجة
cond-means-transit = بالحافلة أو القطار أو المترو
cond-means-car = بالسيارة
cond-earliest = من أي يوم تستطيع أن تبدأ؟
cond-earliest-is = تستطيع البدء في { $day }
history-heading = أعمالي السابقة
history-private = ملاحظات عن أعمال عملت فيها: ما نجح وما لم ينجح. أنت وحدك تراها، إلا إذا اخترت أن تشاركها مع مدربك.
history-open = افتح الملاحظات
history-add = اكتب عن عمل
history-job = أي عمل؟
history-job-hint = مثلًا: غاسل صحون في مطعم حلب.
history-worked = هذا نجح
history-not-worked = هذا لم ينجح
history-why-ended = لماذا انتهى العمل؟
err-too-many-interests = اكتب 20 اهتمامًا على الأكثر.
err-too-many-work-goals = اكتب 10 أعمال على الأكثر.
err-too-many-strengths = يمكن أن تكون لديك 60 نقطة قوة على الأكثر. احذف بعضها أولًا.
err-too-many-notes = لديك 20 ملاحظة بالفعل. احذف واحدة أولًا.
strengths-to-cv-text = أضف نقاط قوتك إلى سيرتك الذاتية كمهارات، واهتماماتك أيضًا. ما هو موجود في السيرة لا يُضاف مرة أخرى.
cv-strengths-copied = نقاط قوتك واهتماماتك موجودة الآن في السيرة الذاتية.
cv-section-interests = الاهتمامات
cv-interests-intro = ماذا تحب أن تفعل في وقت فراغك؟ هذا يُظهر من أنت.
cv-add-interest = أضف اهتمامًا
cv-interest-label = الاهتمام
cv-interest-hint = مثلًا كرة القدم أو الطبخ.
cv-print-interests = الاهتمامات
cond-no-answer = لا إجابة
err-duplicate-strength = نقطة القوة هذه موجودة بالفعل. احذفها أولًا إذا أردت تغييرها.
strengths-removed = حُذف.

# Sharing every part, and what the coach reads of it
shared-part-strengths = نقاط القوة
shared-part-history = ملاحظات عن الأعمال السابقة
shared-part-languages = اللغات
shared-part-goals = أهداف اللغة
share-part-cv-holds = سيرتك الذاتية: ما كتبته عن نفسك وعن أعمالك وتعليمك ومهاراتك. تختار سيرة ذاتية واحدة أو جميعها.
share-part-strengths-holds = نقاط قوتي: نقاط قوتك مع أمثلة، واهتماماتك وما يهمك، والأعمال التي تريدها، وما تحتاج إليه لتنجح.
share-part-history-holds = ملاحظات عن الأعمال السابقة: ما نجح وما لم ينجح ولماذا انتهى العمل. لا تتم مشاركتها أبدًا مع أي شيء آخر، بل فقط إذا اخترتها هنا.
share-part-languages-holds = لغاتي: لغاتك ومستوياتك، ودروس SFI، وأين استخدمت اللغات.
share-part-goals-holds = أهداف اللغة: أهدافك وأيام تمرينك، مع الدقائق والملاحظات والتوقفات وأسبابها. وعندها يرى مدربك أيضًا في قائمة المشاركين لديه كم يومًا تمرنت في آخر 14 يومًا.
share-part-cv-object = سيرتك الذاتية
share-part-strengths-object = نقاط قوتك
share-part-history-object = ملاحظاتك عن الأعمال السابقة
share-part-languages-object = لغاتك
share-part-goals-object = أهداف اللغة الخاصة بك
share-part-not-shared = لا يرى { $coach } هذا.
share-part-shared = يرى { $coach } هذا حتى تتوقف عن المشاركة.
share-part-shared-until = يرى { $coach } هذا حتى { $day } ضمنًا.
share-part-state-shared = مشارَك
share-part-state-not-shared = غير مشارَك
share-part-change = تغيير
share-part-legend = هل يمكن لـ { $coach } أن يرى { $part }؟
share-part-yes = نعم، يمكن لـ { $coach } أن يراه
share-part-no = لا، لا تشارك
share-part-history-warning = إذا شاركت الملاحظات يمكن لمدربك أن يقرأ كل ما كتبته فيها. يمكنك التوقف عن المشاركة متى شئت.
share-part-open-own = انظر إلى ما كتبته
share-status-no-coach = ليس لديك مدرب بعد، لذلك لا يرى أي مدرب هذا.
share-status-not = لا يرى مدربك هذا.
share-status-shared = يرى مدربك هذا حتى تتوقف عن المشاركة.
share-status-until = يرى مدربك هذا حتى { $day } ضمنًا.
share-status-link = غيّر ما يراه مدربك
consent-part-granted = شاركت { $part } مع { $coach }.
consent-part-changed = غيّرت مشاركة { $part } مع { $coach }.
consent-part-withdrawn = أوقفت مشاركة { $part } مع { $coach }.
look-part-view = اطّلع { $who } على { $part }، { $when }.
since-heading = منذ الموعد السابق
since-hint = فقط ما تتم مشاركته معك الآن.
since-no-meeting = لم يُسجَّل أي موعد على أنه تمّ حتى الآن.
since-meeting-was = آخر موعد تمّ: { $day }.
since-nothing = لم يتغير شيء مما تتم مشاركته منذ ذلك الحين.
since-cv-changed = تغيّرت السيرة الذاتية «{ $cv }».
since-strength-added = نقطة قوة جديدة: { $name }.
since-example = مثال جديد لنقطة القوة { $name }.
since-interest = اهتمام جديد: { $name }.
since-cares = تغيّر ما يهم الشخص.
since-work-goal = عمل جديد يريده الشخص: { $name }.
since-conditions = تغيّر ما يحتاج إليه الشخص لينجح.
since-language = لغة جديدة: { $name }.
since-native = أصبحت { $name } مسجلة كلغة أم.
since-level = { $name }، { $skill }: الآن { $level }.
since-sfi = تغيّرت معلومات SFI.
since-language-used = استخدم { $name }: { $place }.
since-practised = { $count ->
    [zero] لم يُسجَّل أي يوم تمرين لـ «{ $goal }».
    [one] سُجِّل يوم تمرين واحد لـ «{ $goal }».
    [two] سُجِّل يوما تمرين لـ «{ $goal }».
    [few] سُجِّلت { $count } أيام تمرين لـ «{ $goal }».
   *[other] سُجِّل { $count } يوم تمرين لـ «{ $goal }».
}
since-paused = توقف «{ $goal }» مؤقتًا. السبب: { $reason }.
since-reached = تحقق الهدف «{ $goal }».
since-dropped = انتهى الهدف «{ $goal }».
caseload-practice = { $count ->
    [zero] أهداف اللغة: لا أيام مخططة في آخر 14 يومًا
    [one] أهداف اللغة: تمرّن { $done } من يوم واحد مخطط في آخر 14 يومًا
    [two] أهداف اللغة: تمرّن { $done } من يومين مخططين في آخر 14 يومًا
    [few] أهداف اللغة: تمرّن { $done } من { $count } أيام مخططة في آخر 14 يومًا
   *[other] أهداف اللغة: تمرّن { $done } من { $count } يومًا مخططًا في آخر 14 يومًا
}
goals-none = لا توجد أهداف لغوية بعد.
goals-no-practice = لم يُسجَّل أي تمرين بعد.
goal-pause-was = توقف مؤقت { $from } – { $to }: { $reason }
goal-pause-is = متوقف مؤقتًا منذ { $from }: { $reason }
coach-work-goals = الأعمال التي يريدها الشخص
coach-conditions = ما يحتاج إليه الشخص لينجح
coach-lang-used = أين استخدم الشخص اللغات
coach-sfi-empty = لا شيء عن SFI.
caseload-practice-none = أهداف اللغة: لا شيء مخطط في آخر 14 يومًا
share-title-cv = هل يرى مدربك سيرتك الذاتية؟
share-title-strengths = هل يرى مدربك نقاط قوتك؟
share-title-history = هل يرى مدربك ملاحظاتك عن الأعمال السابقة؟
share-title-languages = هل يرى مدربك لغاتك؟
share-title-goals = هل يرى مدربك أهداف اللغة الخاصة بك؟
err-not-started = لا يمكن تسجيل الحضور إلا بعد بدء الموعد.
attendance-later = تسجّل الحضور بعد بدء الموعد.
invite-used-heading = هل أنشأت حسابك من قبل؟
invite-new-heading = ألم تنشئ حسابك بعد؟
sharing-always-arrangements = ما تطلب ترتيبه لموعد محجوز (مثلًا حلقة سمعية، أو مدخل بلا درجات، أو غرفة هادئة، أو وقت أطول)، حتى يتمكن المدرب من ترتيبه. لا تحتاج أبدًا إلى ذكر السبب، ولا يُسجَّل السبب هنا أبدًا.
look-count = { $count ->
    [zero] لا مرة في الزيارة نفسها.
    [one] مرة واحدة في الزيارة نفسها.
    [two] مرتان في الزيارة نفسها.
    [few] { $count } مرات في الزيارة نفسها.
   *[other] { $count } مرة في الزيارة نفسها.
}
queue-called-title = حان دورك الآن
holidays-heading = العطل الرسمية
holidays-text = العطل الرسمية مغلقة. إذا أردت أن تفتح في عطلة، فأضف أوقاتًا إضافية في ذلك اليوم.
holiday-new-years-day = رأس السنة الميلادية
holiday-epiphany = عيد الغطاس
holiday-good-friday = الجمعة العظيمة
holiday-easter-sunday = أحد الفصح
holiday-easter-monday = اثنين الفصح
holiday-may-day = عيد العمال
holiday-ascension = عيد الصعود
holiday-whitsun = عيد العنصرة
holiday-national-day = اليوم الوطني السويدي
holiday-midsummer-eve = عشية منتصف الصيف
holiday-midsummer-day = يوم منتصف الصيف
holiday-all-saints = عيد جميع القديسين
holiday-christmas-eve = ليلة عيد الميلاد
holiday-christmas-day = عيد الميلاد
holiday-boxing-day = ثاني أيام عيد الميلاد
holiday-new-years-eve = ليلة رأس السنة
remove-language-title = حذف اللغة؟
remove-language-question = هل تريد حذف { $name } وكل إجاباتك عنها؟ لا يمكن التراجع عن ذلك.
remove-language-button = نعم، احذف اللغة
end-goal-title = إنهاء الهدف؟
end-goal-question = هل تريد إنهاء «{ $goal }» دون أن تحققه؟ يبقى ما تمرنت عليه محفوظًا.
end-goal-button = نعم، أنهِ الهدف
agenda-week-number = الأسبوع { $week }، من { $day }
calendar-cancelled-text = هل حفظت الموعد في تقويم هاتفك؟ نزّل هذا الملف وافتحه، فيُحذف الموعد من هناك.
calendar-cancelled-link = احذفه من تقويمي
calendar-moved-text = تم نقل الموعد. هل حفظته في تقويم هاتفك؟ نزّل الملف الجديد وافتحه، فينتقل الموعد هناك.
calendar-moved-link = نزّل ملف التقويم الجديد
notices-heading = جديد عن مواعيدك
notices-coach-heading = منذ آخر مرة نظرت فيها
notice-coach-cancelled = ألغى { $name } موعدكما { $when }.
coach-move-link = انقل الموعد
coach-move-title = نقل الموعد
coach-move-text = اختر وقتًا جديدًا للموعد مع { $name }، وهو الآن { $when }. سيرى { $name } الوقت الجديد في صفحته الأولى.
coach-move-button = انقل إلى ذلك الوقت
coach-move-no-times = ليس لديك أوقات متاحة لنقل الموعد إليها. أضف أوقاتًا في أوقاتي، أو ألغِ الموعد مع ذكر السبب.
notice-coach-moved = نقل { $name } موعدكما من { $from } إلى { $when }.
notice-participant-moved = نقل { $name } موعده من { $from } إلى { $when }.
notice-workshop-cancelled = أُلغيت «{ $title }» { $when }.
notice-participant-cancelled = ألغى { $name } موعد { $when }.
notices-seen = لقد رأيت ذلك

# بياناتي: التنزيل والحذف ورعاية الحسابات للمسؤولين.
err-deactivated = حسابك موقوف. تواصل مع المنظمة التي تدير Vägval إذا أردت استخدامه مرة أخرى.
err-name-does-not-match = اكتب اسم الشخص تمامًا كما هو مكتوب في الأعلى.
my-data-title = بياناتي
download-heading = تنزيل بياناتي
download-text = تحصل على ملف zip فيه كل ما نحفظه عنك: حسابك، سيرك الذاتية (PDF و JSON Resume)، نقاط قوتك ولغاتك وأهدافك، حجوزاتك، ما تشاركه، ملاحظات مدربك ومن اطّلع على بياناتك. ملف داخل الـ zip يشرح الباقي.
download-button = تنزيل بياناتي
erase-heading = حذف حسابي
erase-intro = يمكنك أن تطلب منا حذف حسابك وكل ما كتبته. لديك وقت لتغيّر رأيك.
erase-ask-link = أريد حذف حسابي
erasure-waiting = سيُحذف حسابك في { $day }. حتى ذلك الحين يمكنك أن تغيّر رأيك.
erasure-waiting-retention = لم تستخدم Vägval منذ مدة طويلة. سيُحذف حسابك في { $day } إلا إذا أردت الاحتفاظ به.
withdraw-erasure-button = تراجع – احتفظ بحسابي
erasure-asked-done = استلمنا طلبك. سيُحذف حسابك عندما تنتهي المدة.
erasure-withdrawn-done = حسابك باقٍ. لن يُحذف شيء.
erase-request-title = حذف حسابي
erase-deleted-heading = ما الذي يُحذف
erase-deleted-text = اسمك واسم المستخدم وكلمة المرور، سيرك الذاتية ونقاط قوتك ولغاتك وأهدافك وطلبات التوظيف الخاصة بك، فرص العمل من مدربك مع ردودك وما عُرض على أصحاب العمل، ما كتبته في حجوزاتك، ما تشاركه وملاحظات مدربك عنك. تُلغى مواعيدك القادمة.
erase-kept-heading = ما الذي تحتفظ به المنظمة
erase-kept-text = أنك حضرت المواعيد وطابور الاستقبال بدون موعد، وأن مدربك تواصل مع أصحاب العمل، ومن اطّلع على بياناتك. يُحفظ ذلك بدون اسمك، للمدة التي تحددها قواعد الأرشفة في المنظمة.
erase-grace-heading = يمكنك أن تغيّر رأيك
erase-grace-text = { $days ->
    [zero] يُحذف الحساب اليوم. بعد ذلك لا يمكن استرجاع أي شيء.
    [one] يُحذف الحساب بعد يوم واحد. حتى ذلك الحين يمكنك تسجيل الدخول والتراجع في صفحة بياناتي. بعد ذلك لا يمكن استرجاع أي شيء.
    [two] يُحذف الحساب بعد يومين. حتى ذلك الحين يمكنك تسجيل الدخول والتراجع في صفحة بياناتي. بعد ذلك لا يمكن استرجاع أي شيء.
    [few] يُحذف الحساب بعد { $days } أيام. حتى ذلك الحين يمكنك تسجيل الدخول والتراجع في صفحة بياناتي. بعد ذلك لا يمكن استرجاع أي شيء.
    [many] يُحذف الحساب بعد { $days } يومًا. حتى ذلك الحين يمكنك تسجيل الدخول والتراجع في صفحة بياناتي. بعد ذلك لا يمكن استرجاع أي شيء.
   *[other] يُحذف الحساب بعد { $days } يوم. حتى ذلك الحين يمكنك تسجيل الدخول والتراجع في صفحة بياناتي. بعد ذلك لا يمكن استرجاع أي شيء.
}
erase-download-first = هل تريد حفظ نسخة أولًا؟
erase-ask-button = احذف حسابي
new-coach-news = لديك مدرب جديد: { $coach }.
new-coach-sharing-news = ما شاركته مع مدربك السابق لم يعد مشاركًا. اختر بنفسك ما تريد مشاركته مع مدربك الجديد.
new-coach-choose-button = اختر ما أشاركه
kept-on-return-news = أهلًا بعودتك! كان حسابك سيُحذف لأنك لم تستخدم Vägval منذ مدة طويلة. الآن هو باقٍ.
news-seen-button = فهمت
erase-link = حذف حساب المشارك
erase-now-heading = حذف الحساب الآن
erase-now-text = كل ما كتبه الشخص يُحذف فورًا ولا يمكن استرجاعه. تُحفظ المواعيد والزيارات بدون الاسم. اكتب اسم الشخص للتأكيد.
erase-now-name = الاسم:
erase-now-label = اكتب اسم الشخص
erase-now-button = احذف الحساب نهائيًا
erased-done = حُذف الحساب.
people-search-title = البحث عن مشاركين
people-search-label = الاسم أو جزء منه
people-search-button = ابحث
people-search-none = لم يُعثر على أي مشارك.
people-search-more = هناك المزيد. اكتب جزءًا أطول من الاسم لرؤيتهم.
person-coach-is = المدرب: { $coach }
person-no-coach = بدون مدرب
account-closed-tag = موقوف
erasure-on-tag = يُحذف في { $day }
account-care-title = الحساب
moved-done = للمشارك مدرب جديد. المدرب السابق لم يعد يرى شيئًا عنه.
opened-done = فُتح الحساب مرة أخرى.
closed-done = أُوقف الحساب. سُجّل خروج الشخص من كل مكان.
kept-done = الحساب محفوظ. لن يُحذف.
move-heading = تغيير المدرب
move-hint = ما شاركه المشارك مع مدربه السابق يتوقف مشاركته. يُبلَّغ المشارك ويختار بنفسه ما يراه المدرب الجديد. المواعيد المحجوزة تبقى.
move-label = المدرب الجديد
move-button = غيّر المدرب
open-heading = إيقاف أو فتح
close-hint = الحساب الموقوف لا يستطيع تسجيل الدخول. يُسجَّل خروج الشخص من كل مكان فورًا.
reopen-hint = الحساب موقوف. افتحه ليستطيع الشخص تسجيل الدخول مرة أخرى.
close-button = أوقف الحساب
reopen-button = افتح الحساب مرة أخرى
waiting-erasure-heading = بانتظار الحذف
erasure-waiting-admin = طلب الشخص حذف الحساب. سيُحذف في { $day }.
erasure-waiting-retention-admin = لم يُستخدم الحساب منذ مدة طويلة وسيُحذف في { $day }.
keep-reason-label = لماذا يجب الاحتفاظ بالحساب؟
keep-reason-hint = اكتب السبب لسجل المنظمة، مثلًا أن الشخص ما زال مسجلًا. لا تكتب بيانات شخصية.
keep-button = احتفظ بالحساب
account-log-title = سجل الحسابات
account-log-hint = من فعل ماذا بأي حساب، ومتى. لا يُكتب هنا أبدًا ما تحتويه الحسابات.
account-log-empty = لم يحدث شيء بعد.
actor-server = Vägval (تلقائيًا)
waiting-erasures-title = حسابات ستُحذف
waiting-erasures-hint = حسابات طلب أصحابها حذفها، وحسابات لم تُستخدم خلال مدة الحفظ التي حددتها المنظمة.
waiting-erasures-empty = لا توجد حسابات بانتظار الحذف.
why-asked = طلب الشخص ذلك
why-retention = لم يُستخدم منذ مدة طويلة
action-moved = غيّر المدرب
action-deactivated = أوقف الحساب
action-reactivated = فتح الحساب مرة أخرى
action-erasure-asked = طلب الحذف
action-erasure-withdrawn = تراجع عن الحذف
action-erased = حذف الحساب
action-retention-listed = أدرج الحساب للحذف بعد عدم الاستخدام
action-kept = احتفظ بالحساب
action-returned = سجّل الدخول مرة أخرى، الحساب محفوظ
export-readme-name = اقرأني.txt
export-readme-intro = هذا كل ما يحفظه Vägval عنك، أُخذ في { $made }. الملفات:
export-readme-json = كل بياناتك، جدولًا جدولًا، بصيغة JSON. الأوقات بتوقيت UTC. الصيغة موصوفة في وثائق Vägval (docs/export.md).
export-readme-cv-json = إحدى سيرك الذاتية بصيغة JSON Resume. يمكنك تحميلها في خدمات سير ذاتية أخرى.
export-readme-cv-pdf = السيرة الذاتية نفسها بصيغة PDF، جاهزة للطباعة أو الإرسال.
export-readme-calendar = كل حجوزاتك في ملف تقويم واحد. افتحه في تقويم هاتفك.
export-readme-more = هل لديك أسئلة عن بياناتك؟ اسأل مدربك أو المنظمة التي تدير Vägval.
move-choose = اختر مدربًا

# Job development (issue 26): employers, contacts, job leads, offers, presentations.
employers-title = أصحاب العمل
employers-intro = أصحاب العمل الذين يعمل معهم مكتبكم. يراهم كل المدربين في المكتب.
employers-empty = لا يوجد أصحاب عمل بعد.
add-employer-link = إضافة صاحب عمل
new-employer-title = صاحب عمل جديد
edit-employer-title = تغيير بيانات صاحب العمل
edit-employer-link = تغيير البيانات
employer-title = صاحب العمل
employer-name-label = اسم صاحب العمل
employer-place-label = المدينة أو العنوان
employer-sector-label = القطاع
employer-needs-label = ما يحتاجه صاحب العمل
employer-needs-hint = اختياري. أي مهام، أي أوقات، ما المهم بالنسبة لهم.
employer-contact-legend = الشخص المسؤول عن التواصل
employer-contact-hint = بيانات العمل فقط: الاسم وهاتف العمل وبريد العمل الإلكتروني.
employer-contact-name-label = الاسم
employer-contact-phone-label = هاتف العمل
employer-contact-email-label = بريد العمل الإلكتروني
employer-last-contact = آخر تواصل { $day }
employer-no-contact = لا يوجد تواصل بعد
employer-added-status = تمت إضافة صاحب العمل.
employer-saved-status = تم الحفظ.
err-employer-exists = لدى مكتبكم صاحب عمل بهذا الاسم من قبل.
log-contact-link = تسجيل تواصل
new-contact-title = تواصل جديد مع صاحب العمل
contact-day-label = اليوم
contact-how-legend = كيف كان التواصل؟
contact-how-hint = الزيارات تُحسب ضمن هدف ستة لقاءات وجهًا لوجه في الأسبوع.
contact-how-visit = زيارة، لقاء وجهًا لوجه
contact-how-phone = الهاتف
contact-how-digital = رقمي (بريد إلكتروني، فيديو)
contact-person-label = لمن؟
contact-general = بحث عام عن عمل، ليس لمشارك محدد
contact-for = من أجل { $name }
contact-note-label = ماذا نتج عنه؟
contact-note-hint = اختياري. ما يحتاجه صاحب العمل أو ما أدى إليه التواصل.
log-contact-button = حفظ التواصل
contact-logged-status = تم حفظ التواصل.
contacts-heading = التواصل
contacts-empty = لا يوجد تواصل بعد.
job-week-heading = التواصل مع أصحاب العمل
job-week-visits = زيارات أصحاب العمل: { $count } من { $aim } هذا الأسبوع
job-week-aim-met = تم بلوغ هدف هذا الأسبوع.
job-week-waiting-intro = لا يوجد تواصل مع صاحب عمل بعد، بعد أكثر من 30 يومًا من البدء:
job-week-waiting-days = { $count ->
    [zero] لا أيام منذ البدء
    [one] يوم واحد منذ البدء
    [two] يومان منذ البدء
    [few] { $count } أيام منذ البدء
    [many] { $count } يومًا منذ البدء
   *[other] { $count } يوم منذ البدء
}
leads-heading = فرص العمل
leads-empty = لا توجد فرص عمل بعد.
add-lead-link = كتابة فرصة عمل
new-lead-title = فرصة عمل جديدة
lead-title = فرصة عمل
lead-kind-label = ما هي؟
lead-kind-job = وظيفة
lead-kind-praktik = تدريب عملي (praktik)
lead-kind-sprakpraktik = تدريب لغوي في مكان العمل (språkpraktik)
lead-title-label = اسم الوظيفة
lead-title-hint = مثلًا مساعد مطبخ أو عامل مستودع.
lead-tasks-label = المهام
lead-tasks-hint = بكلمات بسيطة: ماذا يفعل المرء في يوم عادي؟
lead-hours-legend = كم من العمل هو؟
lead-physical-legend = ما مدى ثقل العمل؟
lead-not-said = غير محدد
lead-hours-note-label = أي أوقات؟
lead-location-label = أين يقع مكان العمل؟
lead-reach-legend = كيف يصل المرء إليه؟
lead-start-label = أقرب موعد للبدء
lead-start-hint = اختياري. الفراغ يعني فورًا.
lead-start-now = فورًا
lead-start-on = من { $day }
lead-languages-legend = اللغات التي تحتاجها المهام
lead-languages-hint = اختياري. اللغة والمستوى الكافي للمهام (من A1 إلى C2).
lead-language-label = اللغة
lead-level-label = المستوى
lead-level-choose = اختر مستوى
lead-mentor-label = المشرف في مكان العمل
lead-mentor-hint = اختياري. للتدريب العملي والتدريب اللغوي.
save-lead-button = حفظ فرصة العمل
match-heading = من يناسب؟
match-hint = لا يُحسب إلا ما يشاركه المشاركون معك. كل سبب مكتوب بالكلمات؛ لا توجد نقاط.
match-nobody = لا أحد من مشاركيك يشارك شيئًا يمكن مقارنته.
match-reasons-label = يناسب:
match-mismatches-label = لا يناسب:
match-silent-heading = لا يشارك شيئًا
match-shares-nothing = لا يشارك شيئًا – اسأل في اللقاء القادم
match-wants-work = يريد العمل في { $what }
match-interested = مهتم بـ { $what }
match-hours-full = يريد العمل بدوام كامل
match-hours-part = يريد العمل بدوام جزئي
match-hours-specific = يريد العمل في أوقات معينة – قارن الأوقات
match-not-full-time = لا يريد العمل بدوام كامل
match-wants-full-time = يريد العمل بدوام كامل
match-only-certain-times = يستطيع العمل في أوقات معينة فقط
match-physical-fine = يستطيع القيام بعمل بهذا الثقل
match-too-heavy = لا يستطيع القيام بعمل بهذا الثقل
match-indoors = يريد العمل في الداخل
match-outdoors = يريد العمل في الخارج
match-not-indoors = لا يريد العمل في الداخل
match-not-outdoors = لا يريد العمل في الخارج
match-quiet = يريد مكانًا هادئًا
match-busy = يحب كثرة الناس والإيقاع السريع
match-not-quiet = يريد ناسًا أكثر وإيقاعًا أسرع
match-not-busy = لا يريد كثرة الناس والإيقاع السريع
match-alone = يريد العمل وحده
match-team = يريد العمل ضمن فريق
match-not-alone = لا يريد العمل وحده
match-not-team = لا يريد العمل ضمن فريق
match-can-get-there = يستطيع الوصول: { $how }
match-cannot-get-there = لا يستطيع الوصول (يصل المرء إليه بـ: { $how })
match-start-now = يستطيع البدء فورًا
match-start-on = يستطيع البدء { $day }
match-starts-later = يستطيع البدء ابتداءً من { $day } فقط
match-language-enough = { $language } { $level } كافية للمهام
match-language-native = { $language } لغة أم
match-language-short = { $language } { $level }، والمهام تحتاج { $needs }
match-language-missing = { $language } { $needs } مطلوبة، وليست بين اللغات
offer-button = عرض فرصة العمل
offered-tag = معروضة
offered-status = تم عرض فرصة العمل. يراها المشارك في هاتفه.
offers-heading = العروض
offers-empty = لم تُعرض على أي من مشاركيك بعد.
offered-at = عُرضت { $when }
offer-status-waiting = لا يوجد رد بعد
offer-status-yes = ردّ بنعم
offer-status-later = ردّ بليس الآن
offer-status-no = ردّ بلا
offer-status-unanswered = هل تريدها؟ أجب هنا
present-link = التقديم لصاحب العمل
present-title = التقديم لصاحب العمل
present-intro = أنت تقدّم { $name } إلى { $employer } ({ $title }). اختر ما تعرضه. يرى المشارك بالضبط ما اخترته.
present-yes-given = قال المشارك نعم لفرصة العمل هذه.
present-never-hint = لا تُعرض الصحة واحتياجات الدعم والخلفية أبدًا على صاحب عمل أو مشرف.
present-cv-legend = أي سيرة ذاتية تعرض؟
present-no-cv = بلا سيرة ذاتية
present-strengths-label = نقاط القوة (وليس الشروط)
present-languages-label = اللغات والمستويات
present-button = حفظ التقديم
presented-status = تم حفظ التقديم. يرى المشارك ما تم عرضه.
presented-at = قُدّم { $when }
err-no-yes = لم يقل المشارك نعم لفرصة العمل هذه. اسأل أولًا.
my-offers-title = فرص العمل
my-offers-intro = فرص عمل من مدربك. أنت تقرر: لا أحد يقدّمك لصاحب عمل دون موافقتك.
my-offers-empty = لا توجد فرص عمل بعد.
my-offer-title = فرصة عمل
offered-by = من { $coach }، { $when }
offer-answer-legend = هل تريد أن يقدّمك مدربك لصاحب العمل؟
offer-answer-hint = يمكنك تغيير ردك لاحقًا.
offer-answer-yes = نعم، أريد
offer-answer-later = ليس الآن
offer-answer-no = لا، شكرًا
offer-comment-label = هل تريد أن تقول شيئًا لمدربك؟
offer-answer-button = إرسال الرد
offer-answered-status = تم حفظ ردك. يراه مدربك.
offer-to-application = إضافة إلى طلبات التوظيف الخاصة بي
presented-heading = ما عُرض على صاحب العمل
not-presented-yet = لم يتم تقديمك لصاحب العمل بعد.
presented-record = قدّمك { $coach } إلى { $employer } { $when }. هذا ما تم عرضه:
shown-name = اسمك
shown-cv = سيرتك الذاتية «{ $title }»، نسخة { $when }
shown-strengths = نقاط قوتك
shown-languages = لغاتك ومستوياتها
shown-never-hint = لا تُعرض أبدًا صحتك واحتياجاتك للدعم وخلفيتك.
office-label = المكتب
office-hint = اختياري. المدربون في المكتب نفسه يتشاركون أصحاب العمل وفرص العمل.
home-now-offer = فرصة عمل من مدربك
home-now-answer-offer = أجب على فرصة العمل
home-jobs-text = فرص عمل من مدربك. أنت تقرر إن كنت تريدها.
person-offers-empty = لم تُعرض أي فرص عمل بعد.
office-changed-done = تم حفظ المكتب.

# Outcomes: the road to work and the programme report
outcome-presented = تم تقديمه إلى صاحب عمل
outcome-interview = مقابلة عمل
outcome-offer = عرض عمل
outcome-job = بدأ العمل
outcome-praktik = بدأ تدريبًا عمليًا
outcome-sprakpraktik = بدأ تدريبًا لغويًا في مكان العمل
outcome-studies = بدأ الدراسة
outcome-working90 = ما زال يعمل بعد 90 يومًا
outcome-ended = أنهى البرنامج
outcome-employer-label = صاحب العمل
outcome-workplace-label = مكان العمل
outcome-studies-label = ماذا يدرس
outcome-day-label = اليوم
outcome-day-hint = اليوم الذي حدث فيه ذلك، اليوم أو قبله.
outcome-hours-label = ساعات في الأسبوع
outcome-hours-hint = عدد صحيح من 1 إلى 80.
outcome-mentor-label = المشرف
job-kind-legend = ما نوع العمل؟
job-kind-employment = توظيف
job-kind-wage-subsidy = توظيف بدعم للأجر
job-kind-own-business = شركة خاصة
job-kind-other = غير ذلك
end-reason-legend = لماذا انتهى؟
end-reason-work = حصل على عمل
end-reason-studies = بدأ الدراسة
end-reason-moved = انتقل إلى مكان آخر
end-reason-other-programme = انتقل إلى برنامج آخر
end-reason-no-support = لم يعد يريد الدعم
end-reason-other = غير ذلك
timeline-started = بدأ في البرنامج
timeline-first-contact = أول تواصل مع صاحب عمل
timeline-first-contact-at = أول تواصل مع صاحب عمل: { $place }
timeline-presented = تم تقديمه إلى صاحب عمل
timeline-presented-at = تم تقديمه إلى { $place }
timeline-interview = مقابلة عمل
timeline-interview-at = مقابلة عمل لدى { $place }
timeline-offer = عرض عمل
timeline-offer-from = عرض عمل من { $place }
timeline-job = { $hours ->
    [zero] بدأ العمل: { $kind }، بدون ساعات في الأسبوع
    [one] بدأ العمل: { $kind }، ساعة واحدة في الأسبوع
    [two] بدأ العمل: { $kind }، ساعتان في الأسبوع
    [few] بدأ العمل: { $kind }، { $hours } ساعات في الأسبوع
    [many] بدأ العمل: { $kind }، { $hours } ساعة في الأسبوع
   *[other] بدأ العمل: { $kind }، { $hours } ساعة في الأسبوع
}
timeline-at-place = لدى { $place }
timeline-praktik = بدأ تدريبًا عمليًا
timeline-praktik-at = بدأ تدريبًا عمليًا لدى { $place }
timeline-sprakpraktik = بدأ تدريبًا لغويًا في مكان العمل
timeline-sprakpraktik-at = بدأ تدريبًا لغويًا لدى { $place }
timeline-studies = بدأ الدراسة
timeline-studies-what = بدأ الدراسة: { $place }
timeline-working90 = ما زال يعمل بعد 90 يومًا
timeline-ended = أنهى البرنامج: { $reason }
timeline-mentor = المشرف: { $mentor }
timeline-empty = لا شيء بعد.
timeline-corrected = تم التصحيح – انظر السابق
timeline-earlier = سابقًا: { $what }، { $day }. صحّحه { $by } في { $on }.
timeline-correct = تصحيح
road-heading = الطريق إلى العمل
road-title = الطريق إلى العمل
road-add-link = أضف حدثًا
road-saved = تم حفظ الحدث.
road-applications-not-shared = المقابلات والعروض من طلبات المشارك نفسه تظهر هنا فقط إذا شارك طلباته معك.
road-add-heading = أضف حدثًا
road-from-jobs-hint = التواصل مع أصحاب العمل والتقديم بعد الموافقة يأتيان إلى هنا تلقائيًا من تطوير العمل.
new-event-title = حدث جديد
correct-event-title = تصحيح حدث
save-event-button = حفظ
start-title = يوم البدء
start-text = اليوم الذي بدأ فيه المشارك في البرنامج. يُحفظ اليوم السابق في السجل.
start-day-label = بدأ في
my-timeline-title = طريقي حتى الآن
my-timeline-intro = هذا ما حدث في الطريق إلى العمل. يكتبه مدربك، وترى كل ما هو مكتوب هنا.
home-timeline-text = ما حدث في الطريق إلى العمل.
report-title = تقرير البرنامج
report-scope-everyone = كل المشاركين في البرنامج.
report-scope-caseload = المشاركون لديك.
report-no-names = التقرير يعدّ فقط، ولا يعرض اسمًا أبدًا.
report-period = { $from } – { $to }
report-this-quarter = هذا الربع
report-last-quarter = الربع السابق
report-this-month = هذا الشهر
report-last-month = الشهر السابق
report-own-dates = اختر تواريخ بنفسك
report-from-label = من
report-to-label = حتى (مع هذا اليوم)
report-show-button = اعرض التقرير
report-csv-link = تنزيل كملف CSV
report-measure = المقياس
report-value = القيمة
report-share = { $count } من { $of } ({ $percent } %)
report-none = –
report-people-caption = المشاركون
report-meetings-caption = المواعيد
report-work-caption = العمل وأصحاب العمل
report-outcomes-heading = أحداث في الطريق إلى العمل
report-outcomes-caption = الأحداث في الفترة حسب النوع
report-outcomes-summary = { $count ->
    [zero] لا أحداث في الفترة.
    [one] حدث واحد في الفترة.
    [two] حدثان في الفترة.
    [few] { $count } أحداث في الفترة.
    [many] { $count } حدثًا في الفترة.
   *[other] { $count } حدث في الفترة.
}
report-visits-heading = زيارات أصحاب العمل لكل مدرب في الأسبوع
report-visits-caption = الزيارات في كل أسبوع
report-visits-column = الزيارات
report-per-coach-column = لكل مدرب
report-weeks-summary = تحقق هدف { $aim } زيارات لكل مدرب في { $reached } من { $weeks } أسابيع.
report-aim-line = الخط المتقطع هو الهدف.
report-week = الأسبوع { $week } ({ $day })
report-active = المشاركون النشطون
report-new = مشاركون جدد
report-ended = مشاركون أنهوا البرنامج
report-booked = مواعيد محجوزة
report-attended = مواعيد حضرها المشارك
report-missed = مواعيد لم يحضرها المشارك
report-drop-in = زيارات الاستقبال المفتوح
report-visits = زيارات أصحاب العمل
report-visits-per-coach-week = زيارات لكل مدرب في الأسبوع
report-first-contact-in30 = أول تواصل مع صاحب عمل خلال 30 يومًا (مشاركون جدد)
report-first-contacts = أول تواصل مع صاحب عمل
report-competitive = يعمل في سوق العمل المفتوح (المشاركون النشطون)
report-median-days = الوسيط من البدء حتى أول عمل
report-first-jobs = المشاركون الذين بدأ أول عمل لهم في الفترة
report-how-counted = طريقة العدّ: الأيام هي أيام التقويم السويدي. المشاركون النشطون بدأوا حتى آخر يوم في الفترة ولم ينهوا البرنامج قبل أولها. العمل في سوق العمل المفتوح هو التوظيف أو الشركة الخاصة، وليس التوظيف بدعم للأجر؛ ومن بدأ عملًا كهذا يُحسب حتى ينهي البرنامج. الوسيط يحسب المشاركين الذين بدأ أول عمل لهم في الفترة. المقابلات والعروض هي التي سجّلها المدربون: لا تُحسب طلبات المشاركين أنفسهم أبدًا.
csv-measure = المقياس
csv-label = التسمية
csv-from = من
csv-to = إلى
csv-value = القيمة
csv-count = العدد
csv-of = من أصل
report-bad-period = لا توجد فترة { $typed }. يُعرض هذا الربع بدلًا منها.
offline-title = أنت غير متصل بالإنترنت
offline-text = لا يمكن الوصول إلى Vägval الآن. تأكد من وجود شبكة أو واي فاي في هاتفك.
offline-kept = ما حفظته من قبل باقٍ.
offline-again = حاول مرة أخرى

## Calendar feed (issue 28)
feed-title = رابط التقويم
feed-intro = برابط التقويم يعرض تطبيق التقويم الخاص بك مواعيدك وورش العمل وأوقات الاستقبال بدون موعد من Vägval. يجلبها التطبيق من جديد كل ساعة، وتظهر المواعيد الملغاة على أنها ملغاة.
feed-privacy = يظهر المشاركون بالاسم الأول وأول حرف من اسم العائلة فقط. الرابط سري: من يملكه يستطيع قراءة أوقاتك. لا تشاركه.
feed-make-button = أنشئ رابط التقويم
feed-address-heading = رابط تقويمك
feed-address-once = أضفه إلى تطبيق التقويم الآن. يظهر الرابط هذه المرة فقط.
feed-subscribe = افتح في تطبيق التقويم
feed-active-since = لديك رابط تقويم منذ { $when }.
feed-never-read = لم يجلبه أي تقويم بعد.
feed-last-read = { $count ->
    [one] جُلب مرة واحدة، { $when }.
    [two] جُلب مرتين، آخرها { $when }.
    [few] جُلب { $count } مرات، آخرها { $when }.
    [many] جُلب { $count } مرة، آخرها { $when }.
   *[other] جُلب { $count } مرة، آخرها { $when }.
}
feed-lost-hint = هل أضعت الرابط، أو ربما يملكه شخص آخر؟ غيّره إلى رابط جديد.
feed-renew-title = غيّر رابط التقويم
feed-renew-question = ستحصل على رابط جديد تضيفه إلى تطبيق التقويم. يتوقف الرابط القديم عن العمل فورًا.
feed-renew-button = غيّر إلى رابط جديد
feed-end-title = أوقف رابط التقويم
feed-end-question = لن يحصل تطبيق التقويم على أوقاتك بعد الآن. يتوقف الرابط عن العمل فورًا ولا يمكن تشغيله مرة أخرى، لكن يمكنك إنشاء رابط جديد.
feed-end-button = أوقف الرابط
feed-ended-done = تم إيقاف رابط التقويم.
feed-meeting = إرشاد: { $name }
feed-group = { $kind }: { $title }
feed-name = Vägval: { $name }
# Reminders on the phone (app/src/reminders).
reminders-title = التذكيرات على الهاتف
reminders-link = التذكيرات على الهاتف
reminders-intro = يمكن لـ Vägval أن يذكّرك على هاتفك: قبل الموعد أو ورشة العمل بيوم وبساعتين، وعندما يلغي المدرب موعدًا أو ينقله، وعندما يحين دورك في الاستقبال بدون موعد، وبالتمرّن على أهداف اللغة إن أردت. يصلك التذكير بلغتك ولا يذكر اسم أي شخص آخر.
reminders-this-device = هذا الهاتف
reminders-turn-on = ذكّرني على هذا الهاتف
reminders-needs-script = تُفعَّل التذكيرات في متصفح يعمل فيه JavaScript ويمكنه عرض الإشعارات. افتح Vägval في متصفح هاتفك، أو ثبّته على الشاشة الرئيسية، ثم عُد إلى هنا.
reminders-turn-on-failed = تعذّر تفعيل التذكيرات هنا. حاول مرة أخرى، أو استخدم متصفحًا آخر.
reminders-denied = لا يُسمح للمتصفح بعرض إشعارات من Vägval. اسمح بالإشعارات في إعدادات المتصفح وحاول مرة أخرى.
reminders-working = جارٍ تفعيل التذكيرات …
reminders-devices = أجهزتك
reminders-device = جهاز
reminders-no-devices = لا يتلقى أي جهاز تذكيرات بعد.
reminders-added-on = التذكيرات مفعّلة منذ { $when }.
reminders-reached = وصل آخر تذكير { $when }.
reminders-remove-link = إيقاف التذكيرات على { $device }
reminders-test-button = إرسال تذكير تجريبي
reminders-kinds = ما الذي تصلك تذكيرات عنه
reminders-kinds-legend = ذكّرني
reminders-before = قبل الموعد أو ورشة العمل بيوم وبساعتين
reminders-changes = عندما يلغي المدرب موعدي أو ينقله
reminders-turn = عندما يحين دوري في الاستقبال بدون موعد
reminders-privacy = يُرسل التذكير عبر خدمة الإشعارات في هاتفك (مثل Google أو Apple). وهو مشفّر بحيث لا يقرؤه إلا هاتفك.
reminders-added = التذكيرات مفعّلة على هذا الهاتف.
reminders-removed = لن يتلقى الجهاز تذكيرات بعد الآن.
reminders-saved = حُفظت اختياراتك.
reminders-tested = أُرسل التذكير التجريبي. سيصل خلال دقيقة.
reminders-untested = لم يصل التذكير التجريبي إلى أي جهاز. فعّل التذكيرات مرة أخرى على هاتفك.
reminders-remove-title = إيقاف التذكيرات على الجهاز
reminders-remove-question = لن يتلقى هذا الجهاز تذكيرات بعد الآن. يمكنك تفعيلها مرة أخرى متى شئت.
reminders-remove-button = إيقاف التذكيرات
reminder-tomorrow = تذكير: لديك موعد غدًا الساعة { $time }.
reminder-tomorrow-workshop = تذكير: ورشة العمل «{ $title }» غدًا الساعة { $time }.
reminder-soon = تذكير: لديك موعد اليوم الساعة { $time }.
reminder-soon-workshop = تذكير: تبدأ ورشة العمل «{ $title }» اليوم الساعة { $time }.
reminder-cancelled = أُلغي موعدك { $when }. يمكنك حجز موعد جديد في Vägval.
reminder-cancelled-workshop = أُلغيت ورشة العمل «{ $title }» { $when }.
reminder-moved = نُقل موعدك إلى { $when }.
reminder-turn = حان دورك الآن.
reminder-test = هكذا يبدو التذكير من Vägval.
reminders-practice = للتمرّن على أهداف اللغة، في الوقت الذي اخترته للهدف
reminder-practice = حان وقت التمرّن: { $goal }.
goal-remind-label = ذكّرني بالتمرّن
goal-remind-hint = تذكير على هاتفك في ذلك الوقت، في الأيام التي لم تتمرّن فيها بعد. فعّل التذكيرات على هاتفك من صفحة حجوزاتي.
goal-remind-none = بلا تذكير
reminder-seat-cancelled = أُلغي مكانك في ورشة العمل «{ $title }» { $when }.
