# `farol questionnaire check` 的核實結果，供撰寫及維護問卷（RON 檔案）的法律團隊閱讀。
# 每項結果均註明檔案、行及欄（$at）。`反引號` 內為檔案本身的欄位名稱及值，保持原樣。

## 結果的一行及下一行的提示
check-line-error = { $at }：錯誤：{ $message }
check-line-warning = { $at }：警告：{ $message }
check-line-hint = {"  "}提示：{ $hint }

## 結果所涉及的項目
check-owner-question = 問題「{ $id }」
check-owner-section = 部分「{ $id }」
check-owner-category = 資料類別「{ $id }」
check-owner-rule = 規則「{ $id }」
check-owner-obligation = 義務「{ $id }」
check-owner-action = 建議行動「{ $id }」
check-owner-transfers = 跨境轉移（`transfers`）
check-owner-screening = 初步評估（`screening`）
check-owner-filing = 通知及許可（`filing`）
check-owner-screening-criterion = 初步評估準則「{ $id }」
check-owner-filing-trigger = 須申請許可的情況「{ $id }」
check-owner-notification-item = 通知項目「{ $id }」

## 檔頭
check-no-id = 問卷沒有識別碼（id）
check-no-id-hint = 請給它一個簡短而固定的識別碼，例如 "macau-pdpa"
check-no-version = 問卷沒有版本號
check-no-version-hint = 請設定版本號，例如 "1.0.0"，並在每次修改時提升
check-no-english = `languages` 中缺少英文（"en"）
check-no-english-hint = 英文是基礎語言，每段文字都必須有英文
check-no-categories = 沒有宣告任何資料類別
check-no-categories-hint = 請至少宣告一個類別，例如生物特徵、健康、位置
check-matrix-shape = 風險矩陣必須有 4 行（嚴重程度），每行 4 級（可能性）
check-matrix-shape-hint = 每個嚴重程度等級寫一行，由「可忽略」至「最高」，每行 4 項
check-matrix-decreases = 嚴重程度或可能性上升時，風險矩陣的等級反而下降（第 { $row } 行，第 { $column } 欄）
check-matrix-decreases-hint = 由「可忽略」至「最高」，每一行及每一欄都不得下降

## 識別碼及文字
check-empty-id = 有一個{ $kind ->
    [section] 部分
    [question] 問題
    [category] 資料類別
    [rule] 規則
    [obligation] 義務
    [action] 建議行動
   *[other] 項目
}的識別碼是空白的
check-empty-id-hint = 請給它一個獨一無二的識別碼
check-duplicate-id = { $kind ->
    [section] 部分
    [question] 問題
    [category] 資料類別
    [rule] 規則
    [obligation] 義務
    [action] 建議行動
   *[other] 項目
}識別碼「{ $id }」重複
check-duplicate-id-first-at = { $kind ->
    [section] 部分
    [question] 問題
    [category] 資料類別
    [rule] 規則
    [obligation] 義務
    [action] 建議行動
   *[other] 項目
}識別碼「{ $id }」重複（首次出現於第 { $line } 行）
check-duplicate-id-hint = 每個{ $kind ->
    [section] 部分
    [question] 問題
    [category] 資料類別
    [rule] 規則
    [obligation] 義務
    [action] 建議行動
   *[other] 項目
}都須有自己的識別碼：請將其中一個改名
check-duplicate-in-question = { $owner }有兩個識別碼同為「{ $id }」的{ $kind ->
    [choice] 選項
    [column] 欄
   *[other] 項目
}
check-duplicate-in-question-hint = 請給每個{ $kind ->
    [choice] 選項
    [column] 欄
   *[other] 項目
}各自的識別碼
check-no-english-text = { $owner }沒有英文的 `{ $field }`
check-no-english-text-hint = 請以英文撰寫該文字；其他語言為選擇性的補充
check-missing-translation = { $owner }的 `{ $field }` 沒有「{ $language }」譯文
check-missing-translation-hint = 請在該文字中加上 "{ $language }": "…"，或從 `languages` 中刪去「{ $language }」

## 資料類別、部分及問題
check-sensitive-no-reason = { $owner }屬敏感資料，但沒有說明原因
check-sensitive-no-reason-hint = 請以淺白的文字填寫 `because`
check-sensitive-unverified = { $owner }就其敏感性只引用未核實的條文
check-sensitive-unverified-hint = 請引用已核實的條文，或不作引用
check-section-empty = 部分「{ $id }」沒有任何問題
check-section-empty-hint = 請加入問題，或刪除該部分
check-no-choices = { $owner }沒有提供任何選項
check-no-choices-hint = 請列出選項，或改用其他答案類型
check-min-above-max = { $owner }：最小值 { $min } 大於最大值 { $max }
check-min-above-max-hint = 請將兩者對調
check-no-columns = { $owner }沒有任何欄
check-no-columns-hint = 請宣告每一行的欄
check-risk-no-help = { $owner }會影響風險模型，但沒有說明文字
check-risk-no-help-hint = 請加上 `help`：以非法律專業人士也看得懂的淺白文字說明其重要性
check-risk-no-cite = { $owner }會影響風險模型，但沒有引用任何依據
check-risk-unverified-cite = { $owner }會影響風險模型，但只引用未核實的依據
check-risk-cite-hint = 請加上一項已核實（verified）或已確認（confirmed）等級的 `cite`：未核實的引用永遠不會改變評分
check-risk-no-example = { $owner }會影響風險模型，但沒有例子
check-risk-no-example-hint = 請加上具體的 `example`

## 引用、規則及義務
check-no-verified-cite = { $owner }沒有引用任何已核實或已確認的條文
check-rule-cite-hint = 請就支持該規則的條文加上 `cite`，等級須為已核實或已確認：未核實的引用永遠不會改變評分
check-obligation-cite-hint = 義務必須列明施加該義務的條文，等級須為已核實或已確認：未核實的引用永遠不足以支持一項義務
check-citation-both = 對 { $citation } 的引用同時寫有 `verified: false` 及 `level: { $level }`
check-citation-both-hint = 只保留 `level`：`verified`、`confirmed` 或 `unverified`
check-evidence-is-choice = { $owner }：證明「{ $question }」是一個選項，並非某項行為的證明
check-evidence-is-choice-hint = 請指明一個日期、文字或數字問題：遞交日期、個人資料保護局的編號、許可編號
check-met-by-opinion = { $owner }僅憑表達意見的答案即可被視為已履行
check-met-by-opinion-hint = 請加上 `evidence: ["…"]`，指明證明該行為的日期、文字或數字問題（日期、編號、數字）
check-no-needs = { $owner }沒有說明何種證明可視為已履行
check-no-needs-hint = 請填寫 `needs`，例如「遞交日期及個人資料保護局的編號」
check-belief-no-confirm = { $owner }：「認為不適用」的判斷必須說明應由律師確認的事項
check-belief-no-confirm-hint = 請填寫該判斷的 `confirm`

## 參照
check-did-you-mean = 是否指「{ $id }」？
check-use-one-of = 請使用以下其中之一：{ $ids }
check-unknown-question = { $owner }參照了不存在的問題「{ $id }」
check-unknown-question-hint = 請指明在本檔案中宣告的問題
check-unknown-category = { $owner }參照了不存在的資料類別「{ $id }」
check-unknown-category-hint = 請指明在 `categories` 下宣告的類別
check-unknown-choice = { $owner }參照了問題「{ $question }」中不存在的選項「{ $choice }」
check-choice-of-choiceless = { $owner }以選項測試問題「{ $question }」，但該問題沒有選項
check-choice-of-choiceless-hint = 對沒有選項的問題，請使用 `Answered`、`AtLeast` 或 `Below`
check-not-rows = { $owner }：「{ $question }」並非表格問題
check-not-rows-anyrow-hint = `AnyRow` 及 `Rows` 目標需要 `Rows` 類型的問題
check-not-rows-hint = 請指明 `Rows` 類型的問題
check-not-rows-target-hint = `Rows` 目標需要 `Rows` 類型的問題
check-no-such-column = { $owner }：「{ $question }」沒有欄「{ $column }」
check-free-text-column = { $owner }：欄「{ $column }」是自由文字，無法以選項測試
check-free-text-column-hint = 請測試設有選項的欄
check-column-no-choice = { $owner }：欄「{ $column }」沒有選項「{ $choice }」
check-not-number = { $owner }：「{ $question }」並非數字問題
check-not-number-hint = `AtLeast` 及 `Below` 用於比較數字答案
check-derived-undeclared = { $owner }測試了 `{ $part }`，但問卷沒有宣告 `{ $part }`
check-derived-undeclared-hint = 請宣告 `{ $part }: …`（見 FORMAT.md），或刪去該測試

## 效果
check-rule-effect-when = { $owner }：規則的效果不接受 `when` 清單
check-rule-effect-when-hint = 請將條件寫在規則本身的 `when` 中
check-effect-unknown-choice = { $owner }：效果指明了不存在的選項「{ $choice }」
check-effect-when-no-choices = { $owner }：`when` 列出了選項，但該問題沒有選項
check-effect-when-no-choices-hint = 請讓 `when` 留空：效果便適用於任何答案
check-raise-lowers = { $owner }：`Raise` 不能降低數值
check-raise-lowers-hint = 請使用 `Measure` 降低剩餘風險
check-raise-inert = { $owner }：`Raise` 沒有改變任何數值
check-set-severity-or-likelihood = 請設定 `severity`（嚴重程度）或 `likelihood`（可能性）
check-measure-raises-figure = { $owner }：`Measure` 不能提高數值
check-measure-raises-figure-hint = 請以負數表示降低幅度，例如 -0.5
check-measure-moves-nothing = { $owner }：`Measure` 沒有改變任何數值
check-floor-inert = { $owner }：`Floor` 沒有設定任何數值
check-column-not-categories = { $owner }：欄「{ $column }」並不載有資料類別
check-column-not-categories-hint = 請指明 `Categories` 類型的欄

## 跨境轉移、初步評估、通知及許可、通知項目
check-transfers-no-choice = 跨境轉移：欄「{ $column }」沒有選項「{ $choice }」
check-transfers-requirement-loops = 跨境轉移：要求本身不能測試跨境轉移
check-transfers-requirement-loops-hint = 請測試證明該依據的答案（同意紀錄、日期），而非 `Transfer(…)`
check-transfers-in-force-unproven = 跨境轉移：法律依據可在沒有證明的情況下被視為生效
check-transfers-in-force-unproven-hint = 每個 `in_force` 選擇均須對載有個人資料保護局行為日期或編號的欄設有 `Filled("…")` 測試
check-screening-likely-at = 初步評估：`likely_at` 必須至少為 1
check-screening-likely-at-hint = WP248 以符合兩項或以上準則為可能需要評估
check-declared-twice = { $owner }被宣告了兩次
check-no-title = { $owner }沒有標題
check-filing-notify-cite = 通知及許可：須作通知的理由沒有引用任何已核實或已確認的條文
check-filing-notify-cite-hint = 請引用第8/2005號法律第二十一條
check-flows-undeclared = { $owner }測試資料流向，但問卷沒有宣告 `transfers`
check-flows-undeclared-hint = 請宣告 `transfers`，或刪去該測試
check-authorise-cite-hint = 只可基於已核實或已確認的引用要求申請許可
check-notification-no-missing = { $owner }沒有說明須回答甚麼才能填妥
check-notification-no-missing-hint = 請填寫 `missing`

## 問題的次序
check-cycle = 顯示條件形成循環：{ $path }
check-cycle-hint = 問題只可取決於在其之前提問的問題；請打破該循環
check-forward = 問題「{ $id }」是否顯示取決於「{ $later }」，但後者較遲才提問
check-forward-hint = 請將「{ $later }」移至「{ $id }」之前，或修改條件
check-section-scope-later = 部分「{ $section }」取決於資料類別「{ $category }」，但該類別的範圍由「{ $question }」決定，而後者在該部分之內或之後才提問
check-section-scope-later-hint = 請將決定該類別的問題放在此部分之前
check-never-shown = 問題「{ $id }」永遠不會顯示：其條件（連同其所屬部分及其所依賴問題的條件）永遠無法成立
check-never-shown-hint = 請檢查是否有選項同時被要求又被排除，或依賴了一個永遠不會顯示的問題

## 保護措施
check-measure-worse = { $owner }：保護措施可能令風險變差：{ $why }
check-measure-worse-hint = 請將措施問題（設有 `Measure` 效果者）與提高數值的項目分開；措施的問法應令「是」代表已受保護
check-measure-mixed = 它同時設有 `Measure` 效果及 `Raise` 或 `Floor` 效果
check-measure-decides-display = 它會提高數值，但是否顯示取決於措施問題「{ $measure }」
check-measure-decides-rows = 其效果針對的表格行，是否顯示取決於措施問題「{ $measure }」
check-measure-negated = 只有在措施問題「{ $measure }」並非以某種方式回答時，它才會降低數值
check-measure-raises = 它會視乎措施問題「{ $measure }」而提高數值
check-measure-decides-scope = 它是否納入範圍取決於措施問題「{ $measure }」
check-measure-inert = { $owner }：一項永遠無法改變任何數值的保護措施
check-measure-inert-hint = 它所涉及的每個類別在該軸上都從下限開始，且沒有任何項目將其提高：請將措施移至另一軸、擴大其目標，或降低下限（見 `scoring: Scoring(sensitive_residual: …)`，即敏感資料剩餘風險的下限）
check-text-missing-language = `{ $field }` 的文本（位於「{ $near }」附近）沒有「{ $language }」譯文
check-instrument-twice = 法規「{ $name }」列出了兩次
check-instrument-twice-hint = 在 `instruments` 中每項法規只保留一項
check-instrument-unlisted = 引用指明了「{ $name }」，但 `instruments` 沒有列出
check-instrument-unlisted-hint = 請把它加入 `instruments`，並寫上各語言的名稱，使引用按當地方式書寫
