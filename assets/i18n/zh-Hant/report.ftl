# PDF 報告（src/report）。Farol 的英文文本是其作者撰寫的參考文本；中文文本是 Farol 的翻譯。
# 問卷的文字（問題、答案、資料類別、義務）不在此處，由問卷提供。
# 指令、檔案名稱和雜湊值以變數傳入，不作翻譯。

## 文件、頁首及頁尾
report-document-title = 個人資料保護影響評估：{ $title }
report-header-left = Farol 評估 · { $id }
report-header-signed-revision = 已簽署的紀錄，修訂版本 { $n } · SHA-256 { $sha }…
report-header-signed = 已簽署的紀錄 · SHA-256 { $sha }…
report-page = 第 { $page } 頁，共 { $total } 頁
report-table-continued = { $caption }（續）
report-list-separator = {"、"}
report-list-separator-strong = {"；"}

## 封面
report-cover-banner = 個人資料保護影響評估
report-cover-under = 依據澳門《個人資料保護法》（第8/2005號法律）。問卷：{ $questionnaire }（版本 { $version }）。
report-status-signed = 已簽署的紀錄
report-unsigned-mark = 未簽署的草稿——不具證明效力
report-cover-draft-warning = 本報告根據草稿製作，任何持有該檔案的人仍可修改草稿。本報告記錄草稿最後一次儲存時的評估內容，不能證明任何人已核准該評估。請先簽署評估，將其固定為紀錄，再根據紀錄製作報告。
report-label-assessment = 評估
report-label-organisation = 機構
report-label-system = 系統
report-label-vendor = 供應商
report-label-assessor = 評估人
report-label-reviewer = 審閱人
report-label-started = 開始日期
report-label-changed = 最後修改
report-label-as-of = 報告所反映的時間
report-label-status = 狀態
report-label-record = 紀錄
report-label-screening = 完整評估
report-label-completeness = 完成程度
report-label-language = 語言
report-not-given = （未填寫）
report-reviewer = { $reviewer }，{ $role }（{ $at }）
report-reviewer-none = 暫無
report-as-of-record = { $at }（紀錄修訂版本 { $n }）
report-as-of-draft = { $at }（草稿最後一次儲存時）
report-status-unsigned = 未簽署的草稿
report-status-signed-by = 簽署人：{ $signers }
report-signer = { $name }（{ $role }）
report-status-reviewed = { $status }；審閱：{ $opinion }——{ $reviewer }，{ $role }（{ $at }）
report-record-hash = SHA-256 { $sha }
report-record-none = 未簽署：沒有紀錄，因此沒有紀錄的雜湊值
report-completeness = 顯示的 { $shown } 條問題中已回答 { $answered } 條；{ $unanswered } 條未回答，{ $unsure } 條回答「不確定」
report-language = { $language }（{ $tag }）
report-overall-before = 採取措施前的整體風險
report-overall-with = 採取措施後的整體風險
report-level-not-assessed = 未評估（沒有涉及的資料）
report-translation-note = 文本說明：Farol 的英文文本是其作者撰寫的參考文本；Farol 本身的問題和訊息的中文及葡文文本是 Farol 的翻譯。《個人資料保護法》（第8/2005號法律）的正式文本是其中文及葡文文本。答案按填寫時的原文顯示。
report-role-assessor = 評估人
report-role-reviewer = 審閱人
report-role-approver = 核准人

## 摘要
report-summary = 摘要
report-what-system = 系統的用途
report-purposes = 目的：{ $purposes }
report-data-touches = 涉及的資料
report-category-sensitive = { $name }（敏感）
report-no-data-yet = 暫時沒有涉及任何種類的個人資料。
report-kinds-of-data = 資料種類：{ $list }。
report-about = 資料當事人：{ $subjects }。
report-how-many = 涉及人數：{ $volume }。
report-top-risks = 主要風險
report-no-drivers = 沒有任何答案提高風險數值。
report-every-kind = 所有涉及的資料種類
report-driver-question = { $because }（{ $id }：{ $answer }）影響：{ $categories }。
report-driver-rule = { $because }（規則 { $id }）影響：{ $categories }。
report-driver = { $because } 影響：{ $categories }。
report-flows-summary = 資料流向：共 { $total } 個目的地，其中 { $outside } 個在澳門以外；{ $without } 項跨境轉移沒有已生效的法律依據。
report-flows-summary-parts = 資料流向：共 { $total } 個目的地，其中 { $outside } 個在澳門以外；{ $without } 項跨境轉移沒有已生效的法律依據（{ $parts }）。
report-flows-applied = { $n } 項已申請，等待個人資料保護局
report-flows-claimed = { $n } 項聲稱有依據但未證明
report-flows-no-basis = { $n } 項沒有法律依據
report-summary-obligations = 義務
report-obligation-line = { $title }——{ $state }［{ $cite }］
report-decisions-summary = 向個人資料保護局辦理的手續：{ $authorise } 個目的須事先取得許可，{ $notify } 個須作出通知。
report-decisions-summary-no-ground = 向個人資料保護局辦理的手續：{ $authorise } 個目的須事先取得許可，{ $notify } 個須作出通知；{ $none } 個目的沒有指明法律依據。
report-content-summary = 通知的內容：須載明的 { $total } 項（第二十三條）中，{ $complete } 項已齊備。

## 初步評估
report-screening-heading = 是否須進行完整評估？
report-verdict-line = { $verdict }——{ $because }
report-screening-required-by = 法律規定：{ $laws }。
report-screening-likely = 符合 { $n } 項初步評估準則；符合 { $at } 項或以上即很可能須進行評估。
report-screening-other-sign = 不符合任何初步評估準則，但有其他風險跡象：{ $signs }。
report-screening-may = 符合 { $n } 項初步評估準則；符合 { $at } 項或以上即很可能須進行評估。
report-screening-none-met = 不符合任何初步評估準則。
report-screening-unanswered = 尚有 { $n } 條初步評估問題未回答：{ $list }。
report-screening-required = 法律規定：{ $title }
report-screening-required-cited = 法律規定：{ $title }［{ $cite }］
report-screening-criterion = 符合的準則：{ $title }
report-screening-criterion-cited = 符合的準則：{ $title }［{ $cite }］
report-screening-sign = 其他跡象：{ $title }
report-screening-sign-cited = 其他跡象：{ $title }［{ $cite }］

## 資料清單及流向
report-inventory = 資料清單及流向
report-flows-heading = 資料的去向
report-flows-intro = 資料流向答案中的每個目的地，按司法管轄區分組。每條離開澳門的線均屬轉移（第8/2005號法律第十九條至第二十條），並標示其法律依據的狀態：只有在證明依據已生效時（個人資料保護局的許可或決定及其編號和日期，或通知及其日期）才以綠色顯示。答案中聲稱但未有證明的依據，不視為已生效。
report-flows-none = 沒有列出任何資料流向，因此無可繪製。
report-flows-no-model = 本問卷沒有說明如何分類資料流向，因此報告無法判斷哪些屬於轉移，或其依據為何。
report-flows-unclassified = 見資料流向的答案：本問卷沒有對其分類。
report-controller = （負責處理個人資料的實體）
report-zone-macau = 澳門
report-zone-mainland = 內地
report-zone-elsewhere = 其他地方
report-destinations = 目的地
report-col-destination = 目的地
report-col-where = 所在地
report-col-kinds = 資料種類
report-col-basis-named = 所指明的法律依據
report-col-basis-state = 依據的狀態
report-col-evidence = 提供的證明
report-location-not-known = 所在地不明
report-no-basis-named = （未指明）
report-no-evidence = （無）
report-not-listed-in-flows = 未列於資料流向
report-no-data-in-scope = 沒有涉及任何種類的個人資料。
report-yes = 是
report-no = 否
report-place = { $name }（{ $place }）
report-levels = 措施前：{ $before }；措施後：{ $with }
report-data-where = 各種資料及其儲存地點
report-col-kind = 資料種類
report-col-sensitive = 敏感
report-col-where-stored = 儲存或傳送的地點
report-col-risk-level = 風險等級
report-transfer-inside = 留在澳門：不屬轉移
report-transfer-in-force = 已生效
report-transfer-applied = 已申請——等待個人資料保護局
report-transfer-claimed = 聲稱有依據，未生效
report-transfer-none = 沒有法律依據
report-crossing-in-force = 已生效
report-crossing-applied = 等待個人資料保護局
report-crossing-claimed = 未生效
report-crossing-none = 沒有法律依據
report-crossing-applied-for = 已申請：{ $basis }
report-crossing-claimed-basis = 聲稱：{ $basis }
report-crossing-answer = 答案：{ $basis }

## 風險
report-risk = 風險
report-risk-intro-symmetric = 每種資料在 4×4 矩陣上標示兩次：採取措施前（固有風險，空心標記）及採取現有措施後（剩餘風險，實心標記）。格子的顏色代表其風險等級。介乎兩個等級之間的數值，按較接近其起點的等級計算，因此提高半級與半級的措施對等級的影響相同。
report-risk-intro-round-up = 每種資料在 4×4 矩陣上標示兩次：採取措施前（固有風險，空心標記）及採取現有措施後（剩餘風險，實心標記）。格子的顏色代表其風險等級。介乎兩個等級之間的數值，按較高的等級計算。
report-nothing-to-place = 沒有涉及任何種類的個人資料，因此無可標示。
report-axis-severity = 嚴重程度
report-axis-likelihood = 可能性
report-legend-inherent = 採取措施前（固有）
report-legend-residual = 採取措施後（剩餘）
report-map-key = { $n } { $name }
report-why-figures = 各數值的理由
report-category-head = { $n } { $name }——採取措施前：{ $inherent }；採取措施後：{ $residual }
report-category-head-sensitive = { $n } { $name }（敏感）——採取措施前：{ $inherent }；採取措施後：{ $residual }
report-above = 採取措施後：{ $level }，比{ $next }高 { $steps }。
report-above-held = 採取措施後：{ $level }，比{ $next }高 { $steps }，並受下限限制：只有消除其成因才能降低。
report-gain-lowers = 可降低風險：{ $action }——{ $now } → { $then }。
report-gain-closer = 可使風險接近下一級：{ $action }——向下一級接近 { $steps }。
report-severity-before = 採取措施前的嚴重程度：{ $figure }
report-severity-with = 採取措施後的嚴重程度：{ $figure }
report-likelihood-before = 採取措施前的可能性：{ $figure }
report-likelihood-with = 採取措施後的可能性：{ $figure }
report-no-change = 沒有變化
report-no-measure-lowers = 現有措施均未能降低此數值。
report-based-question = { $id }：{ $answer }
report-based-rule = 規則 { $id }
report-based-category = 資料的種類
report-based-inherent = 採取措施前的數值
report-col-figure = 數值
report-col-step = 變化
report-col-why = 理由
report-col-based-on = 根據

## 義務
report-citation-legend = ［經監管機構確認］：條文內容經個人資料保護局的說明或新聞確認，未曾閱讀其條文；［未經核實］：從不作為評分或義務的依據。
report-obligations = 義務
report-obligations-intro = 根據答案，機構在法律上須做的事：通知、許可、同意及合同。只有當答案提供有關行為的證明（提交日期、個人資料保護局的編號或許可的編號及日期）時，義務才算已履行，意見不能代替證明。已申請的義務在個人資料保護局作出決定前仍未完成；機構認為不適用的義務，在律師確認前仍未完成。
report-obligations-none = 答案沒有引起任何義務。
report-col-obligation = 義務
report-col-standing = 現況
report-col-citation = 引用
report-col-state = 狀態
report-duty-met = 已履行
report-duty-awaiting = 等待個人資料保護局
report-duty-believed = 未履行：認為不適用
report-duty-open = 未履行
report-met-by-opinion = 聲稱已完成：沒有證明
report-met-by-opinion-why = 答案稱已完成，但沒有提供有關行為的證明（日期、編號、號碼）：此版本的問卷容許單憑答案履行此義務。在紀錄證明前，不算已履行。
report-evidence-item = { $prompt }——{ $answer }
report-evidence-given = 提供的證明：{ $list }
report-evidence-missing = 聲稱已完成，但欠缺以下證明：{ $list }
report-not-shown-done = 答案未能顯示已完成。
report-to-meet-it = 履行方法：{ $needs }
report-awaiting = 已提交或已申請：在個人資料保護局作出決定前仍未履行。
report-belief-reason = 機構認為不適用。其理由：{ $reason }
report-belief-says = { $says }。機構的理由：{ $reason }
report-belief-no-reason = （沒有提出理由）
report-lawyer-confirm = 須由律師確認：{ $what }

## 通知或申請許可
report-decisions = 通知或申請許可
report-decisions-intro = 就處理的每個目的，須向個人資料保護局辦理的手續：通知（第8/2005號法律第二十一條）或事先許可（第二十二條，轉移則為第二十條第二款），以及其理由。問卷的規則根據答案得出此結論；在提交任何文件前應由律師核實。
report-decisions-none = 暫無結論：沒有列出任何目的，亦沒有涉及任何種類的個人資料。
report-decisions-no-model = 本問卷沒有說明如何決定手續，因此報告無法指出應向個人資料保護局作出通知還是申請許可。
report-col-purpose = 目的
report-col-ground = 法律依據
report-col-procedure = 手續
report-all-processing = 所有處理（暫未列出目的）
report-unnamed-purpose = 目的 { $row }（未命名）
report-no-ground = 沒有指明法律依據
report-cited = { $text }［{ $cite }］
report-content = 通知的內容（第二十三條）
report-content-intro = 通知或許可申請須載明的事項（第8/2005號法律第二十三條(一)項至(十)項），以及答案是否已提供。
report-col-item = 項
report-col-states = 須載明的事項
report-col-from-answers = 答案所提供的
report-content-complete = 齊備
report-content-missing = 欠缺：

## 行動計劃
report-plan = 行動計劃
report-plan-none = 暫未有任何行動納入計劃。
report-col-action = 行動
report-col-owner = 負責人
report-col-due = 期限
report-col-status = 狀態
report-col-priority = 優先次序
report-no-date = （沒有日期）
report-plan-todo = 待辦
report-plan-in-progress = 進行中
report-plan-done = 已完成
report-plan-dropped = 已放棄
report-priority-high = 高
report-priority-medium = 中
report-priority-low = 低
report-recommended = 風險模型建議但尚未納入計劃的行動
report-recommended-none = 無：所有建議的行動均已納入計劃。
report-for = 適用於：{ $categories }

## 所有問題及答案
report-questions = 所有問題及答案
report-questions-intro = 答案所涉及的每條評估問題，按提問時的原文列出，連同所填寫的答案及其依據的條文。未回答的問題及回答「不確定」的答案均有標示。
report-col-question = 問題
report-col-answer = 答案
report-not-answered = 未回答
report-not-sure = 不確定：{ $answer }
report-note = 備註：{ $note }

## 簽署及審閱
report-signatures = 簽署及審閱
report-col-signer = 簽署人
report-col-role = 角色
report-col-fingerprint = 密鑰指紋
report-col-signed-at = 簽署時間
report-col-record-sha = 紀錄的 SHA-256
report-public-key = 公開密鑰：{ $key }
report-how-to-check = 如何核實簽署
report-check-this-file = 本 PDF 可以離線以一個指令自行核實（請使用其儲存的檔案名稱；Farol 寫出時名為 { $name }）：
report-check-this-file-what = 它核實 PDF 內附帶的內容：本報告所載的已簽署紀錄及已簽署審閱、它們的簽署，以及每份審閱所審閱的正是此紀錄；然後按它們重新寫出頁面，並與本報告的頁面逐字節比較：簽署後被改動的頁面、數字或審閱都不能通過核實。
report-check-this-file-limit = 它無法判斷密鑰是否確實屬於其簽署人：這種信任來自檔案以外。請將上表中的每個密鑰指紋與向簽署人取得的指紋比對，然後以 --trust 提供。
report-check-intro = 任何持有紀錄檔案的人都可以在離線狀態下核實：紀錄完整無缺、由上述密鑰簽署，以及各審閱所審閱的正是此紀錄。在卷宗或證據包中：
report-check-record = { $command }——此紀錄
report-check-assessment = { $command }——該評估的所有修訂版本及審閱
report-check-bundle = { $command }——整個證據包，按其已簽署的清單逐一核實檔案
report-check-trust = 只有當密鑰確實屬於簽署人時，簽署才能證明誰人簽署：請透過其他途徑（電話、親身、紙本）向機構取得每名簽署人的密鑰指紋，並以 --trust 提供。隨證據包附上的密鑰會顯示完整的密鑰指紋以供比對，但不會單憑其本身而被信任。請將指令顯示的 SHA-256 與上表及本報告每頁所載的 SHA-256 比對。
report-check-openssl = 不使用 Farol，只用 OpenSSL 3（證據包將每個密鑰存為 { $key }）：被簽署的位元組是紀錄中「{ $marker }」一行以上的所有行，簽署是該行之下第二行的十六進位數值。在命令列中：
report-check-openssl-result = OpenSSL 會顯示「{ $ok }」。密鑰指紋為：{ $command }
report-not-signed = 未簽署。本報告根據草稿製作，沒有任何簽署，不能證明評估已完成、已審閱或已核准。
report-how-to-sign = 如何簽署及核實
report-sign-step = 簽署評估，將其固定為紀錄：{ $command }
report-verify-step = 隨時核實紀錄的簽署及其 SHA-256：{ $command }
report-then-report-step = 然後根據紀錄製作報告：{ $command }
report-review = 審閱
report-no-review = 暫未有審閱。
report-review-line = { $reviewer }，{ $role }——{ $at }——結論：{ $opinion }
report-opinion-approve = 核准
report-opinion-approve-with-conditions = 附條件核准
report-opinion-reject = 不核准
report-section-acceptable = 可接受
report-section-to-improve = 須改善
report-section-to-correct = 須更正
report-review-conditions = 條件：{ $text }
report-review-reasons = 理由：{ $text }
report-review-section = 部分「{ $section }」：{ $verdict }
report-review-section-note = 部分「{ $section }」：{ $verdict }——{ $note }
report-review-comment = 關於「{ $prompt }」（{ $question }）：{ $text }
report-review-attests = 確認{ $list }。
report-attest-description = 對處理的描述與實際情況相符
report-attest-risks = 已了解有關風險
report-attest-plan = 接受並將執行行動計劃
report-review-due = 須於 { $date } 前再次覆檢。
report-review-signed = 已簽署的審閱 { $n }，密鑰 { $key }（密鑰指紋 { $fingerprint }）。

## 字型無法顯示的字元
report-missing-glyphs-heading = 字型無法顯示的字元
report-missing-glyphs = 內嵌字型沒有以下字元的字形，因此改以其代碼顯示，例如 [U+1F600]：{ $list }。

## 雙語報告（先中文，後葡文）
report-bilingual-first = 本報告為雙語報告：中文本之後為相同內容的葡文本。
report-bilingual-second = 本報告為雙語報告：相同內容的另一語文文本載於第 1 頁至第 { $last } 頁。

## PDF 的元數據及其附帶的紀錄
report-pdf-subject = 按澳門第8/2005號法律《個人資料保護法》進行的個人資料保護影響評估：{ $id }，{ $revision ->
    [0] 未簽署的草稿
   *[other] 已簽署的修訂版本 { $revision }
}
report-pdf-attachment = 本報告所載的已簽署紀錄（修訂版本 { $revision }），逐字節相同：對本 PDF 執行 `farol verify` 即可核實
report-pdf-attachment-review = 本報告所載、對修訂版本 { $revision } 的已簽署審閱 { $number }，逐字節相同：對本 PDF 執行 `farol verify` 即可按紀錄核實
report-questions-unverified-left-out = 本報告供提交之用：尚未按法律原文核實的引用條文不列於其中。單一語言的報告會列出這些條文，並標示為未經核實。
# 報告中圖表的替代文字，供螢幕閱讀器讀出。
report-figure-risk-map = 風險矩陣：嚴重程度（列）對可能性（欄），每類資料在採取措施前及採取措施後的位置。{ $positions }
report-figure-risk-map-item = { $n } { $name }：採取措施前為{ $before }，採取措施後為{ $with }
report-figure-flows = 資料從{ $organisation }流向何處的圖表，按司法管轄區分組：{ $places }。其後的表格列出每個目的地的法律依據。
