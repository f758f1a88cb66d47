# Vägval — العربية. كلمات بسيطة وجمل قصيرة.
app-name = Vägval
meta-description = يساعدك Vägval على إيجاد عمل: اكتب سيرتك الذاتية، واعرف نقاط قوتك، واحجز موعدًا مع مرشدك.
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
role-coach = مرشد
role-admin = مسؤول

sign-in-title = تسجيل الدخول
login-label = اسم المستخدم
password-label = كلمة المرور
sign-in-button = تسجيل الدخول
sign-out-button = تسجيل الخروج
have-invitation-link = هل وصلتك دعوة؟ أنشئ حسابك هنا

invite-code-title = أدخل الرمز
invite-code-label = الرمز من مرشدك
invite-code-hint = يتكوّن الرمز من 8 خانات، مثل K7PM-Q2XR.
invite-accept-title = أنشئ حسابك
invite-welcome = أهلًا بك يا { $name }! اختر اسم مستخدم وكلمة مرور.
choose-login-label = اختر اسم مستخدم
choose-login-hint = 3 خانات على الأقل. يمكنك استخدام الحروف والأرقام و . _ - @ ، مثل بريدك الإلكتروني.
choose-password-label = اختر كلمة مرور
choose-password-hint = 8 خانات على الأقل. بضع كلمات عادية متتالية سهلة التذكّر وصعبة التخمين.
invite-accept-button = إنشاء الحساب
invite-problem-title = الدعوة لا تعمل
invite-problem-help = اطلب من مرشدك دعوة جديدة.
invite-try-code = أدخل رمزًا بدلًا من ذلك

home-title = طريقي
home-greeting = مرحبًا { $name }!
home-cv-title = السيرة الذاتية
home-cv-text = اكتب سيرتك الذاتية خطوة بخطوة ونزّلها.
home-strengths-title = نقاط قوتي
home-strengths-text = ما تجيده، وما تحبه، وأي عمل تريد.
home-language-title = أهداف اللغة
home-language-text = أهداف لممارسة اللغة السويدية بالسرعة التي تناسبك.
home-bookings-title = حجوزاتي
home-bookings-text = احجز موعد إرشاد مع مرشدك أو غيّره أو ألغِه.

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
add-coach-link = إضافة مرشد
coaches-heading = المرشدون
coaches-empty = لا يوجد مرشدون بعد.
new-coach-title = إضافة مرشد

issued-title = الدعوة جاهزة
issued-for = الدعوة لـ { $name } جاهزة.
issued-code-heading = الرمز
issued-link-heading = الرابط
issued-validity = { $days ->
    [one] الدعوة صالحة لمدة يوم واحد ويمكن استخدامها مرة واحدة فقط.
    [two] الدعوة صالحة لمدة يومين ويمكن استخدامها مرة واحدة فقط.
    [few] الدعوة صالحة لمدة { $days } أيام ويمكن استخدامها مرة واحدة فقط.
    [many] الدعوة صالحة لمدة { $days } يومًا ويمكن استخدامها مرة واحدة فقط.
   *[other] الدعوة صالحة لمدة { $days } يوم ويمكن استخدامها مرة واحدة فقط.
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
accessibility-contact = أخبر مرشدك بما لا يعمل وسنصلحه.
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
err-code-not-found = الرمز لا يعمل. تأكّد من أنك كتبته بشكل صحيح. إذا ظلّ لا يعمل، اطلب من مرشدك دعوة جديدة.
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
err-end-while-ongoing = احذف تاريخ النهاية أو ألغِ تحديد «مستمر».
err-unknown-option = اختر أحد الخيارات.

cv-list-title = سيرتي الذاتية
cv-intro = هنا تكتب سيرتك الذاتية جزءًا بعد جزء. كل ما تكتبه يُحفظ.
cv-start-button = ابدأ كتابة سيرتك الذاتية
cv-new-button = أنشئ سيرة ذاتية جديدة
cv-untitled = سيرتي الذاتية
cv-main = السيرة الذاتية الرئيسية
cv-progress = تم ملء { $filled } من { $total } أجزاء
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
cv-version-hint = يمكنك أن تحتفظ بعدة سير ذاتية، مثلًا واحدة لأعمال المستودعات وأخرى لأعمال المطبخ. السيرة الرئيسية هي التي تعرضها أولًا.
cv-section-work = العمل
cv-section-licences = رخصة القيادة
cv-section-certificates = الشهادات
cv-section-volunteering = العمل التطوعي
cv-section-custom = أقسام خاصة بك
cv-preview-link = معاينة
cv-pdf-link = تنزيل PDF
cv-json-link = تنزيل بتنسيق JSON Resume
cv-import-link = جلب سيرة ذاتية من ملف JSON Resume
cv-settings-link = الاسم واللغة
cv-copy-button = أنشئ نسخة
cv-make-main-button = اجعلها السيرة الرئيسية
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
cv-date-hint = السنة، أو السنة والشهر. مثلًا 2019 أو 2019-03.
cv-ongoing-label = ما زال مستمرًا
cv-role-label = المهنة أو الدور
cv-employer-label = صاحب العمل
cv-place-label = المدينة
cv-tasks-label = ما الذي قمت به
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
cv-summary-label = الوصف
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
err-conflict = تغيّرت القائمة في هذه الأثناء، ربما في علامة تبويب أخرى. انظر إليها مرة أخرى وحاول من جديد.
autosave-failed = لم يُحفظ بعد. اضغط «حفظ» لترى ما يحتاج إلى تصحيح.
cv-custom-count = الأسطر: { $count }
cv-imported-more = { $count ->
    [one] ومعلومة واحدة أخرى.
    [two] ومعلومتان أخريان.
    [few] و{ $count } معلومات أخرى.
    [many] و{ $count } معلومة أخرى.
   *[other] و{ $count } معلومة أخرى.
}
