# 終端介面（src/tui）各畫面的文字。按鍵名稱（Enter、Esc、Tab 等）照鍵盤上的寫法保留；
# 訊息中提到的按鍵就是要按的鍵。用語依照 questionnaires/glossary.ron。

tui-app-title = Farol — 按澳門《個人資料保護法》進行個人資料保護影響評估
tui-home-dossier = 卷宗：
tui-home-list-title = 評估
tui-home-loading = 正在讀取卷宗…
tui-home-empty =
    這個卷宗還沒有任何評估。

    按 n 開始新的評估：Farol 會就你將要使用的系統逐一提出簡明的問題，並在你作答時顯示每類個人資料的私隱風險。

    或按 d 加入一個已填寫的示例（一家澳門中小企業推行的通訊及考勤平台），先看看整體情況。

    所有內容隨時自動儲存，不會離開這部電腦。
tui-home-columns-1 = 評估
tui-home-columns-2 = 狀態
tui-home-columns-3 = 風險
tui-home-columns-4 = 覆檢期限
tui-home-columns-5 = 最後修改
tui-overdue = 已逾期
tui-home-status-unreadable = 無法讀取
tui-home-unreadable = 無法讀取這份草稿：
tui-home-nothing-to-open = 暫時沒有可開啟的評估：按 n 新增評估，或按 d 加入示例。
tui-key-choose = 選擇
tui-key-open = 開啟
tui-key-new = 新增
tui-key-review = 審閱
tui-key-demo = 示例
tui-key-keys = 按鍵
tui-key-quit = 離開
tui-no-risk-yet = 尚未評分
tui-form-title = 新增評估
tui-form-intro = 由誰評估甚麼。現在只需填寫標題，其餘可稍後補上。
tui-form-labels-0 = 標題（例如：指紋考勤機推行）
tui-form-labels-1 = 機構
tui-form-labels-2 = 所評估的系統
tui-form-labels-3 = 供應商
tui-form-labels-4 = 評估人（姓名及職位）
tui-form-questionnaire = 問卷（←→ 更換）
tui-form-create = 建立並開始
tui-form-title-required = 請先為評估填寫標題。
tui-key-next-field = 下一欄
tui-key-create = 建立
tui-key-back = 返回
tui-tab-questions = 問題
tui-tab-plan = 計劃
tui-risk-label = 風險：
tui-saved = ✓ 已儲存
tui-saving = 儲存中…
tui-save-failed = ✗ 未能儲存
tui-reloaded = ↻ 已重新讀取
tui-reloaded-note = 另一個 Farol 指令修改了這份草稿：已從磁碟重新讀取。
tui-reloaded-lost = 另一個 Farol 指令作了修改：已重新讀取。你最後一次修改「未」儲存，請重做。
tui-wizard-nothing = 按目前的答案，沒有需要回答的問題。
tui-sections = 部分
tui-yes = 是
tui-no = 否
tui-unsure = 不確定
tui-field-text = 你的答案
tui-field-text-multi = 你的答案（Enter 換行）
tui-field-date = 日期（YYYY-MM-DD）
tui-rows-empty = 尚未有資料行。按 a 新增一行。
tui-row-new = 新資料行
tui-live-prefix = 風險有變：
tui-hint-yesno = y n u 或 1–3 作答 · Space 選定 · Enter 選定並繼續
tui-hint-single = ↑↓ 移動 · Space/1–9 選定 · Enter 選定並繼續
tui-hint-multi = Space/1–9 勾選 · Enter 繼續（全不勾選＝以上皆否）
tui-hint-text = 輸入答案 · Enter 或 Tab 繼續 · Esc 停止輸入
tui-hint-text-multi = 輸入答案 · Tab 繼續 · Esc 停止輸入
tui-hint-date = 日期寫作 2026-11-30 · Enter 繼續 · 留空＝不作答
tui-hint-number = 整數 · Enter 繼續 · 留空＝不作答
tui-hint-edit = Enter 或 e 輸入 · → 繼續
tui-hint-rows = a 新增一行 · Enter 編輯 · x 刪除 · → 繼續
tui-hint-row-edit = Space/1–9 勾選 · Tab/←→ 轉欄 · Enter 儲存此行 · Esc 取消
tui-help-panel = 關於這個問題
tui-help-why = 為何重要
tui-help-example = 例子
tui-help-cites = 法律條文
tui-help-more = J/K 或 Shift-↑↓ 看更多
tui-help-none = 這個問題沒有其他說明。
tui-popup-sections = 跳到某一部分
tui-popup-search = 搜尋問題
tui-popup-finish = 完成之前
tui-search-label = 問題中的字詞
tui-search-none = 目前已提出的問題中沒有相符的。
tui-finish-all-done = 所有已提出的問題都已回答，沒有「不確定」。按 Enter 或 d 前往風險總覽，在那裡按 s 簽署評估，按 r 製作 PDF 報告。
tui-key-go-to-it = 前往
tui-key-dashboard = 總覽
tui-tag-unanswered = [未回答]
tui-tag-unsure = [不確定]
tui-key-question = 問題
tui-key-sections = 部分
tui-key-search = 搜尋
tui-key-risk = 風險
tui-key-plan = 計劃
tui-key-next-question = 下一題
tui-key-previous = 上一題
tui-key-stop-typing-then-for-key = 停止輸入（再按 ? 看按鍵）
tui-map-axes = 嚴重程度 ↓
tui-map-caption = 可能性 → 橫向。a b：採取措施前（固有）；A B：採取措施後（剩餘）
tui-table-title = 資料類別（嚴重程度 × 可能性，1–4）
tui-table-columns-1 = 類別
tui-table-columns-2 = 採取措施前
tui-table-columns-3 = 採取措施後
tui-no-categories = 目前沒有任何個人資料類別在範圍內：請回答有關系統所持資料的問題。
tui-severity = 嚴重程度
tui-likelihood = 可能性
tui-because-answer = 答案：
tui-explain-keys = ↑↓ 捲動 · Enter/Esc 關閉
tui-gains-head = 最能降低風險的措施
tui-gains-none = 沒有尚未採取的保護措施能降低它：只能去除提高風險的因素，或把它維持在下限的因素。
tui-key-why = 原因
tui-key-legal = 法律
tui-key-questions = 問題
tui-key-sign = 簽署
tui-key-report = 報告
tui-plan-empty = 尚未有任何行動。按 a 新增；你作答時，模型建議的行動會在這裡出現。
tui-plan-columns-0 = 行動
tui-plan-columns-1 = 負責人
tui-plan-columns-2 = 期限
tui-suggested-mark = 建議
tui-plan-edit = 編輯行動
tui-plan-new = 新行動
tui-plan-fields-1 = 詳情
tui-plan-fields-3 = 期限（YYYY-MM-DD）
tui-plan-title-required = 行動需要標題。
tui-plan-bad-date = 期限請寫作 YYYY-MM-DD，例如 2026-12-15，或留空。
tui-plan-status-not-text = 狀態不用輸入：按 ←/→ 更改，Shift-Tab 返回負責人及期限。
tui-plan-edit-keys = Tab 下一欄 · ←→ 狀態 · Enter 儲存 · Esc 取消
tui-key-edit-adopt = 編輯/採納
tui-key-add = 新增
tui-key-adopt-all = 全部採納
tui-key-status = 狀態
tui-key-delete = 刪除
tui-help-close = Esc 或 ? 關閉
tui-help-home = 按鍵：首頁
tui-help-form = 按鍵：新增評估
tui-help-wizard = 按鍵：問題
tui-help-dashboard = 按鍵：風險總覽
tui-help-plan = 按鍵：行動計劃
tui-help-keys-home-choose-an-assessment-or = 選擇評估（或用滑鼠點選）
tui-help-keys-home-open-it = 開啟
tui-help-keys-home-start-a-new-assessment = 開始新的評估
tui-help-keys-home-review-its-latest-signed = 審閱最新的已簽署修訂版本（審閱人）
tui-help-keys-home-add-the-demo-assessment = 加入示例評估
tui-help-keys-home-re-read-the-dossier = 重新讀取卷宗
tui-help-keys-form-previous-field = 上一欄
tui-help-keys-form-next-field-on-the-button = 下一欄；在按鈕上則建立
tui-help-keys-form-change-the-questionnaire = 更換問卷
tui-help-keys-form-create-now = 立即建立
tui-help-keys-form-back-home-nothing-create = 返回首頁，不建立任何評估
tui-help-keys-wizard-move-between-choices-or = 在選項之間移動（或用滑鼠點選）
tui-help-keys-wizard-select-tick-the-choice = 選定／勾選選項
tui-help-keys-wizard-select-and-go-to-the-nex = 選定並前往下一題
tui-help-keys-wizard-yes-no-not-sure = 是、否、不確定
tui-help-keys-wizard-pick-a-choice-by-number = 按編號選擇（表格行中亦可）
tui-help-keys-wizard-previous-question = 上一題
tui-help-keys-wizard-type-a-text-number-or-da = 輸入文字、數字或日期答案
tui-help-keys-wizard-stop-typing-otherwise-ba = 停止輸入；否則返回首頁
tui-help-keys-wizard-clear-the-answer = 清除答案
tui-help-keys-wizard-table-add-edit-delete-a = 表格：新增、編輯、刪除一行
tui-help-keys-wizard-jump-to-a-section = 跳到某一部分
tui-help-keys-wizard-search-the-questions = 搜尋問題
tui-help-keys-wizard-finish-unanswered-and-no = 完成：未回答及不確定的問題
tui-help-keys-wizard-help-panel-on-narrow-scr = 窄畫面上的說明欄
tui-help-keys-wizard-scroll-the-help-panel = 捲動說明欄
tui-help-keys-wizard-risk-dashboard-action-pl = 風險總覽、行動計劃
tui-help-keys-wizard-quit-everything-is-saved = 離開（所有內容已儲存）
tui-help-keys-dashboard-choose-a-category-duty-p = 選擇類別、義務、目的或轉移
tui-help-keys-dashboard-why-the-answers-behind-a = 原因：類別數值背後的答案
tui-help-keys-dashboard-panels-categories-duties = 切換面板：類別、義務、通知及許可、轉移
tui-help-keys-dashboard-back-to-the-questions = 返回問題
tui-help-keys-dashboard-action-plan = 行動計劃
tui-help-keys-dashboard-sign-freeze-the-draft-in = 簽署：把草稿定為下一個已簽署修訂版本
tui-help-keys-dashboard-report-write-the-pdf-for = 報告：製作存檔用的 PDF
tui-help-keys-plan-choose-an-action = 選擇行動
tui-help-keys-plan-edit-on-a-suggestion-ado = 編輯；對建議則採納
tui-help-keys-plan-add-your-own-action = 新增自己的行動
tui-help-keys-plan-adopt-every-suggestion = 採納所有建議
tui-help-keys-plan-next-status = 下一個狀態
tui-help-keys-plan-delete-an-action = 刪除行動
tui-help-keys-plan-in-the-editor-next-field = 在編輯器中：下一欄／狀態
tui-help-keys-plan-risk-dashboard = 風險總覽
tui-dialog-wait = 請稍候
tui-dialog-reading-keys = 正在讀取你的簽署密鑰…
tui-dialog-signing = 簽署中…
tui-dialog-writing-report = 正在製作 PDF 報告…
tui-dialog-sign = 簽署這份評估
tui-dialog-signed = 已簽署
tui-dialog-reported = 報告已製作
tui-dialog-failed = 未能完成
tui-dialog-ok = Enter/Esc 關閉
tui-dialog-close = Esc 關閉
tui-dialog-sign-keys = Enter/y 簽署 · Esc 取消
tui-dialog-sign-keys-many = ↑↓ 密鑰 · Enter/y 簽署 · Esc 取消
tui-dialog-sign-as = 簽署身份：
tui-dialog-untrusted = 此處尚未信任
tui-dialog-record = 紀錄：
tui-dialog-sha = SHA-256：
tui-report-of-draft = 此報告由草稿製作，草稿在上次簽署後已有修改（或從未簽署）：每頁都註明「未簽署草稿」。請先簽署（s），才可製作存檔用的報告。
tui-tab-answers = 答案
tui-tab-opinion = 結論
tui-review-nothing = 這個修訂版本沒有可審閱的答案。
tui-review-no-verdict = 這部分尚未評定：按 v 評定（可接受、有待改善、須予更正）。
tui-review-answer = 答案：
tui-review-no-answer = （未作答）
tui-review-note = 評估人備註：
tui-review-comment = ✎ 你的意見：
tui-review-your-comment = 你的意見
tui-review-no-comment = 尚未有：按 c（或 Enter）撰寫。
tui-review-note-needs-verdict = 請先評定這部分（v）；備註用來說明評定。
tui-review-opinion-title = 整體結論
tui-review-opinion-label = 結論：
tui-review-no-opinion = 尚未選擇
tui-review-opinion-hint = ←→ 或 1 核准 · 2 附條件核准 · 3 不予核准
tui-review-conditions-label = 核准的條件，或不予核准的理由（按 Enter 撰寫）：
tui-review-conditions-none = 尚未有
tui-review-attest-head = 本人確認（按 Space 勾選；核准時必須勾選）：
tui-review-due-label = 再次覆檢期限：
tui-review-due-reject = 無：只有核准才需再次覆檢
tui-review-due-default = 副署後六個月（按 Enter 設定日期）
tui-review-ready = ✓ 可以副署：按 S。
tui-review-missing = 副署之前，審閱尚需：
tui-review-signed-title = 已簽署的修訂版本
tui-review-edit-comment = 對問題的意見
tui-review-edit-note = 部分評定的備註
tui-review-edit-conditions = 條件或理由
tui-review-edit-due = 再次覆檢期限
tui-review-due-hint = 須再次覆檢評估的日期，寫作 YYYY-MM-DD；留空即副署後六個月。
tui-review-editor-label = 文字
tui-review-editor-keys = Esc 或 Ctrl-S 完成（已儲存）· Enter 換行 · 留空＝無
tui-review-editor-keys-line = Enter 或 Esc 完成（已儲存）· 留空＝無
tui-key-move = 移動
tui-key-comment = 意見
tui-key-verdict = 評定
tui-key-opinion = 整體結論
tui-key-countersign = 副署
tui-key-row = 行
tui-key-tick = 勾選
tui-key-write = 撰寫
tui-key-answers = 答案
tui-key-done-saved = 完成（已儲存）
tui-key-done = 完成
tui-help-review = 按鍵：審閱
tui-help-keys-review-question-on-to-the-next = 問題（到最後一題時轉到下一部分）
tui-help-keys-review-section = 部分
tui-help-keys-review-comment-on-the-question = 對問題提出意見（留空即刪除）
tui-help-keys-review-section-verdict-acceptab = 部分評定：可接受、有待改善、須予更正、無
tui-help-keys-review-a-note-explaining-the-se = 說明部分評定的備註
tui-help-keys-review-opinion-page-opinion-con = 結論頁：結論、條件、確認事項
tui-help-keys-review-choose-the-row-change-or = 選擇行；更改或選定結論
tui-help-keys-review-tick-an-attestation-writ = 勾選確認事項；撰寫條件或日期
tui-help-keys-review-countersign-the-review-b = 副署：審閱成為已簽署的紀錄
tui-help-keys-review-acceptable-to-improve-to = 可接受、有待改善、須予更正；2 條意見
tui-help-keys-review-back-home = 返回首頁
tui-dialog-countersign = 副署審閱
tui-dialog-countersigned = 已副署
tui-dialog-countersigning = 副署中…
tui-dialog-countersign-as = 副署身份：
tui-dialog-countersign-keys = Enter/y 副署 · Esc 取消
tui-dialog-countersign-keys-many = ↑↓ 密鑰 · Enter/y 副署 · Esc 取消
tui-dialog-pass-needed = 此密鑰受密碼短語保護：請輸入密碼短語。
tui-dialog-passphrase = 密碼短語：
tui-dialog-wrong-passphrase = 密碼短語錯誤，沒有簽署任何內容。請重新輸入，或按 Esc 取消。
tui-dialog-opening-key = 正在開啟密鑰…
tui-dialog-pass-keys = Enter 簽署 · Esc 取消
tui-dialog-pass-keys-many = ↑↓ 密鑰 · Enter 簽署 · Esc 取消
tui-dialog-countersign-pass-keys = Enter 副署 · Esc 取消
tui-dialog-countersign-pass-keys-many = ↑↓ 密鑰 · Enter 副署 · Esc 取消
tui-dialog-assessor-key = 不能副署
tui-countersign-not-yet = 尚未可以：
tui-after-countersigning = 評估人開啟評估時會看到你的意見及評定。可隨時以 `farol verify` 核對紀錄。按 Esc 返回首頁。
tui-feedback-tag-correct = [須予更正]
tui-feedback-tag-comment = [意見]
tui-review-hint-opinion = 在結論頁（o）選擇：核准、附條件核准或不予核准
tui-review-hint-conditions = 在結論頁（o）撰寫，或對問題提出意見（c）並作出評定（v）
tui-review-hint-attest = 在結論頁（o，然後 Space）逐項核對後勾選，或不予核准
tui-review-hint-judge-all = 核准前先評定每一部分（v），或在結論頁（o）不予核准
tui-review-hint-to-correct = 在結論頁（o）不予核准，或在該部分改正後更改評定（v）
tui-review-hint-due = 在結論頁（o）設定較後的日期，或留空即由今天起六個月
tui-duty-needs = 履行方法：
tui-duty-evidence = 已提供的證明：
tui-duty-missing = 仍欠的證明：
tui-belief-reason = 你的理由：
tui-belief-no-reason = 未提供
tui-belief-confirm = 須由律師確認：
tui-legal-none-duties = 按目前的答案，沒有觸發任何法定義務。
tui-legal-none-filing = 尚未有決定：答案顯示有個人資料在範圍內後便會出現。
tui-legal-none-transfers = 尚未列出任何資料流向。
tui-legal-tab-hint = Tab：下一個面板
tui-all-processing = 所有處理（尚未列出目的）
tui-decision-ground = 法律依據：
tui-decision-no-ground = 未提供法律依據（第六條）：處理必須有法律依據
tui-transfer-basis = 依據：
tui-transfer-no-basis = 未列明
tui-transfer-unnamed = （未命名）
tui-review-beliefs-head = 待核實的判斷：評估人認為不適用的義務（在律師確認之前仍屬未履行）
tui-review-belief-reason = 評估人的理由：

## 首頁：評估的狀態。$r 是最新的修訂版本號（0：沒有）；草稿在簽署後有修改時 $edited 為 "yes"
## （只在寬畫面顯示）。
tui-state-draft-complete = 草稿，已完成
tui-state-draft-wide = 草稿，已答 { $answered }/{ $shown }
tui-state-draft = 草稿 { $answered }/{ $shown }
tui-state-forked = 第 { $r } 版後已分叉
tui-state-signed = 已簽署{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] ，已修改
   *[no] {""}
}
tui-state-in-review = 審閱中{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}
tui-state-approved = 已核准{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] ，已修改
   *[no] {""}
}
# 「附條件核准」的簡稱，用於窄欄（約 16 格）。
tui-state-approved-cond = 附條件核准
tui-state-approved-cond-wide = 附條件核准
tui-state-rejected = 不予核准{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] ，已修改
   *[no] {""}
}
# 行文中列舉各項之間的分隔符號。
tui-list-separator = 、
tui-home-overdue-item = { $id }（期限 { $due }）
tui-home-overdue = ⚠ 有 { $n } 份評估逾期未覆檢：{ $list }
tui-status-complete = 已完成
tui-status-answered = 已答 { $answered }/{ $shown }
tui-row-editing = 第 { $i } 行
tui-finish-summary = 有 { $unanswered } 條問題未回答，{ $unsure } 條答「不確定」。審閱人會逐一查詢：按 Enter 前往所選的一條。
# 數字欄的標籤；$range 是以下三者之一，或空白。
tui-number-label = 數字{ $range }
tui-number-label-unit = { $unit }數目{ $range }
tui-number-range = ，{ $min }–{ $max }
tui-number-min = ，最少 { $min }
tui-number-max = ，最多 { $max }
tui-not-a-date = 「{ $raw }」不是日期：請寫作 YYYY-MM-DD，例如 2026-11-30
tui-not-a-number = 「{ $raw }」不是整數：只可輸入數字，例如 250
tui-unreadable = 無法讀取「{ $raw }」
tui-bad-date-cell = 「{ $raw }」不是日期：請寫作 YYYY-MM-DD，例如 2026-11-30（{ $column }）
# $range 是以下 tui-range-* 之一。
tui-out-of-range = { $value } 超出範圍：答案必須{ $range }
tui-range-between = 介乎 { $min } 至 { $max }
tui-range-at-least = 最少為 { $min }
tui-range-at-most = 最多為 { $max }
# 簡短的風險標記（一個中文字佔兩格）。
tui-badge-low = 低
tui-badge-medium = 中
tui-badge-high = 高
tui-badge-very-high = 極高
# 「採取措施後：極高，比高多 1 級（½ 個等級）」。
tui-above = 採取措施後：{ $level }，比{ $next }高 { $steps }
tui-above-held = 採取措施後：{ $level }，比{ $next }高 { $steps }，因下限而維持：只有去除其成因才能降低
tui-gain-lowers = { $action } — { $now } → { $then }
tui-gain-closer = { $action } — 向下一級接近 { $steps }
tui-figure-head = { $stage }，{ $axis }：{ $level }
tui-plan-title = 行動計劃：{ $items } 項行動，{ $suggested } 項建議
tui-priority-high = [高]
tui-priority-medium = [中]
tui-priority-low = [低]
tui-sign-intro = 簽署會把答案、風險、行動計劃及提問時的問題文字定為修訂版本 { $next }：一份永不能更改的紀錄，只可由新的修訂版本接續。簽署後你仍可繼續編輯草稿。
tui-open-unanswered = { $n } 條問題未回答
tui-open-unsure = { $n } 條答「不確定」
tui-sign-open-questions = 尚未完成：{ $open }。紀錄會把它們列為未完成；你可以現在簽署，稍後再簽。
tui-nothing-to-sign = 修訂版本 { $n } 簽署後沒有任何修改，所以沒有新內容可簽署。在風險畫面按 r 可取得修訂版本 { $n } 的報告。
tui-no-key = 你還沒有簽署密鑰。密鑰表明由誰簽署，並讓任何人日後可核對內容沒有被更改。
tui-create-key-in-shell = 在命令列建立一個（密鑰只保存在這部電腦上，只有你能讀取）：
# 命令中的佔位字：farol keys new --name "你的姓名"
tui-your-name = 你的姓名
tui-keys-kept-in = 密鑰存放在 { $dir }。然後再按 { $key }。
tui-signed-head = ✓ 修訂版本 { $revision } 已由 { $signer } 以 { $key } 簽署。
tui-untrusted-after-signing = 這個卷宗尚未信任 { $key }，所以在卷宗負責人執行以下指令之前，`farol verify` 會報告這份紀錄不受信任：
tui-after-signing = 可隨時以 `farol verify` 核對。在風險畫面按 r 可取得修訂版本 { $revision } 的報告；之後的修改會記入草稿，下一次簽署會產生修訂版本 { $next }。
tui-report-head = ✓ { $pages } 頁，{ $kb } KB：
tui-report-of-revision = 已簽署修訂版本 { $n } 的報告，附簽署及紀錄雜湊值：這是存檔用的一份。
tui-missing-glyphs = 有 { $n } 個字元無法以報告的字型顯示；它們以字碼列印，並列於最後一頁。
tui-verdict-acceptable = 可接受
tui-verdict-to-improve = 有待改善
tui-verdict-to-correct = 須予更正
tui-opinion-approve = 核准
tui-opinion-approve-with-conditions = 附條件核准
tui-opinion-reject = 不予核准
tui-plan-status-todo = 待辦
tui-plan-status-in-progress = 進行中
tui-plan-status-done = 已完成
tui-plan-status-dropped = 已放棄
tui-role-assessor = 評估人
tui-role-reviewer = 審閱人
tui-role-approver = 核准人
tui-review-header = Farol · 審閱修訂版本 { $revision }：{ $title }
tui-review-header-opinion = 結論：{ $opinion }
tui-review-header-no-opinion = 尚未有結論
tui-review-superseded = 已儲存的審閱針對修訂版本 { $old }；這是對修訂版本 { $new } 的新審閱（舊的審閱會在第一次修改時另行保存）。
tui-review-already-countersigned = 已副署為審閱 { $number }：已簽署的審閱不會再更改。按 Esc 返回首頁。
tui-review-bad-date = 「{ $raw }」不是日期：請寫作 YYYY-MM-DD，例如 2027-05-31，或留空
tui-review-sections-title = 已評定部分 { $judged }/{ $n }
tui-review-question-of = 第 { $i } 題，共 { $n } 題
tui-review-verdict-line = 你對這部分的評定：{ $verdict }
tui-review-conditions-context = 結論：{ $opinion }。請說明須做甚麼（核准的條件）或原因（不予核准的理由）；評估人會連同你的意見一併閱讀。
tui-review-summary = 評定：須予更正 { $to_correct }，有待改善 { $to_improve }，可接受 { $acceptable }，未評定 { $none }；意見 { $comments } 條。
tui-review-signed-by = 修訂版本 { $revision }，由 { $name }（{ $role }）於 { $date } 簽署。
tui-review-overall = 風險：採取措施前 { $inherent } → 採取措施後 { $residual }
tui-review-obligations-open = { $n } 項法定義務尚未履行
tui-review-plan-head = 行動計劃：{ $n } 項行動
tui-review-assessor-key = { $id }（{ $name }）是評估人的密鑰：審閱須由審閱人或核准人副署。
tui-review-assessor-key-hint = 選擇另一個密鑰，或建立一個：`farol keys new --name "你的姓名" --role reviewer`
tui-review-own-revision = { $id }（{ $name }）簽署了修訂版本 { $revision }：簽署某一修訂版本的人不可副署該修訂版本的審閱。
tui-review-own-revision-hint = 請另一位審閱人或核准人處理；如必須由同一人兼任，請在卷宗的 policy.ron 中註明：`Policy(allow_self_review: true)`
tui-countersign-intro = 副署會把這份對修訂版本 { $revision } 的審閱定為已簽署的審閱 { $number }：一份以 SHA-256 指明該修訂版本、永不能更改的紀錄。
tui-no-reviewer-key = 你沒有審閱人或核准人的密鑰。審閱須以此類密鑰副署，讓任何人日後可核對由誰核准了甚麼。
tui-trust-it = 並讓卷宗信任它：`farol keys trust ID`
tui-countersigned-head = ✓ 審閱 { $number } 已由 { $signer } 以 { $key } 副署：{ $opinion }。
# 標籤在上一行開頭；雜湊值對齊標籤後的文字。
tui-countersigned-judges-label = 審閱：
tui-countersigned-judges = { tui-countersigned-judges-label }修訂版本 { $revision }，其 SHA-256 為
tui-countersigned-due = 評估須於 { $date } 前再次覆檢。
tui-feedback-to-correct = { $n } 個部分須予更正
tui-feedback-to-improve = { $n } 個有待改善
tui-feedback-comments = { $n } 條意見
tui-feedback-answered-by = 已由修訂版本 { $n } 回應
tui-feedback-f-lists = 按 f 列出
# $what 是「 — 」加上以上數目，或空白；$after 是以上兩者之一。
tui-feedback-banner = 審閱：{ $opinion }{ $what }（修訂版本 { $revision }，{ $reviewer }）· { $after }
tui-feedback-comment-head = 審閱人：{ $reviewer }，針對修訂版本 { $revision }
tui-feedback-section = { $title } — 審閱人評定為{ $verdict }
tui-feedback-conditions = 審閱人的條件或理由（{ $opinion }）：
tui-finish-review-summary = 審閱要求你更正 { $to_correct } 個部分，回應 { $commented } 條意見；{ $unanswered } 條問題未回答，{ $unsure } 條「不確定」。按 Enter 前往所選的一條；再次簽署即回應審閱。
# $state 是共用的「認為不適用」。
tui-duty-believed = { $state } — 須由律師確認
tui-duties-tab-none = 義務
tui-duties-tab = 義務：{ $total } 項中 { $open } 項未履行
tui-duties-tab-short = 義務：{ $open } 項未履行
tui-duties-head = 已有證明履行：{ $met } · 等待個人資料保護局：{ $awaiting } · 認為不適用：{ $believed } · 未履行：{ $open }
tui-filing-tab-none = 通知及許可
tui-filing-tab = 通知及許可：{ $authorise } 項須申請許可，{ $notify } 項須通知
tui-filing-tab-short = 通知及許可：許可 { $authorise }，通知 { $notify }
tui-purpose-unnamed = 目的 { $row }（未命名）
# 第二十三條：答案填寫了通知內容的多少。
tui-notification-complete = 通知的內容（第二十三條）：全部 { $total } 項已填寫
tui-notification-missing = 通知的內容（第二十三條）：{ $total } 項中已填寫 { $filled } 項 — 尚欠：{ $missing }
# 可能含逗號的各項之間的分隔符號。
tui-item-separator = ；
tui-notification-item = （{ $id }）{ $title }
tui-notification-item-missing = （{ $id }）{ $title }：{ $missing }
tui-transfers-tab-none = 轉移
tui-transfers-tab = 轉移：{ $crossings } 項中 { $without } 項沒有已生效的依據
tui-transfers-tab-short = 轉移：{ $without }/{ $crossings } 無生效依據
tui-transfers-head-none = 按所列的資料流向，沒有資料離開澳門。
tui-transfers-head = 跨境轉移：{ $crossings } 項，其中 { $without } 項沒有已生效的依據（第十九條至第二十條）
# 一行的初步評估結論；$verdict 是共用的結論用語。
tui-screening = 初步評估：{ $verdict } — { $reasons }
tui-screening-criteria = 初步評估：{ $verdict } — 符合 { $n } 項準則：{ $reasons }
tui-screening-not-needed = 初步評估：{ $verdict } — 你可以只記錄並簽署初步評估的決定
tui-screening-incomplete = 初步評估：尚未有結論 — { $n } 條初步評估問題未回答
tui-cite-legend-confirmed = [{ cite-confirmed }]：見於個人資料保護局的說明或新聞，而非法律條文。
tui-cite-legend-unverified = [{ cite-unverified }]：未與出處核對；請先諮詢律師。
tui-hint = 提示：{ $hint }

## 語言選單（首頁，按 L）；每種語言以其本身的名稱列出。
tui-language-menu-title = 語言
tui-language-menu-keys = ↑↓ 選擇 · Enter 切換 · Esc 取消
tui-key-language = 語言
tui-help-keys-home-language = 語言：English、繁體中文、Português（會記住）

## 新增評估表格：評估的識別碼（資料夾名稱，本身不翻譯）
tui-form-id-label = 識別碼（由標題產生）
tui-form-id-placeholder = 由標題產生
# 空白識別碼欄中以淡色顯示：由標題產生的識別碼。
tui-form-id-from-title = { $id }
tui-form-bad-id = 「{ $id }」不能作為識別碼：請用 1 至 { $max } 個小寫英文字母 a–z、數字及中間的單一連字號，例如 fingerprint-clock-2026
tui-id-taken = 識別碼「{ $id }」在這個卷宗已被使用：請輸入另一個，或留空由標題產生。

## 提示
# 問卷沒有畫面語言的文字時，狀態列顯示的提示。
tui-questionnaire-lacks-lang = 問卷「{ $title }」沒有{ $language }文字：問題以英文顯示。
# 說明畫面（? 鍵）。
tui-help-translations = Farol 的英文文字是由其作者撰寫的參考文本。Farol 自身問題及訊息的中文和葡文文字是 Farol 的翻譯，並非官方譯本。第8/2005號法律的正式文本是其中文及葡文文本。

# 風險尺度上的距離：$n 步，每步半級；$amount 如「½」「1」「1½」。

## 即時風險行：答案令某類別的等級改變。
tui-not-processed = 未處理
tui-level-change = { $name }：{ $from } → { $to }
tui-level-change-because = { $name }：{ $from } → { $to } — { $because }

## 終端介面本身的錯誤
tui-too-small = 終端機太小：Farol 需要 { $width }×{ $height }，現時只有 { $now_width }×{ $now_height }。請放大視窗，或把字體調小。
tui-error-terminal = 終端機：{ $message }
tui-error-not-a-terminal = 評估畫面需要終端機（標準輸入及標準輸出都不是終端機）
    {"  "}提示：請在終端機中執行 farol，或使用不需畫面的指令：`farol new --title …`、`farol answer`、`farol score`
tui-error-theme = FAROL_THEME={ $value } 不是佈景主題
    {"  "}提示：請用 FAROL_THEME=dark、FAROL_THEME=light 或 FAROL_THEME=auto（預設：按終端機的背景決定）
tui-error-write = 無法寫入 { $path }：{ $message }
    {"  "}提示：請檢查你是否有權寫入卷宗

## The filing pack screen (`f` on the risk screen): the DSPDP filing pack of the draft
tui-key-filing = 提交文件
tui-key-scroll = 捲動
tui-key-next-gap = 下一個缺漏
# Enter on a gap: open the question it names.
tui-key-answer-gap = 回答
tui-help-filing = 按鍵：提交文件
tui-help-keys-dashboard-filing = 提交文件：須向個人資料保護局提交的內容及其缺漏
tui-help-keys-filing-scroll = 捲動一行
tui-help-keys-filing-page = 捲動一頁
tui-help-keys-filing-ends = 頂部、底部
tui-help-keys-filing-next-gap = 下一個缺漏
tui-help-keys-filing-previous-gap = 上一個缺漏
tui-help-keys-filing-open-gap = 在問卷中回答所選缺漏的問題
tui-filing-preview = 草稿的預覽，未簽署：提交前請先簽署評估，並以 `farol filing` 編製文件。以中文或葡文提交，每個目的一份表格。
tui-filing-no-forms = 尚無須提交的目的：請回答有關目的及其法律依據的問題。
tui-filing-end = 第二十條第一款的轉移通知及供複製的完整文本，見 `farol filing`。
# The line above the pack; $first–$last: the lines shown, of $total.
tui-filing-status = 提交文件：{ $forms } 份表格（許可申請 { $authorise } 份）· { $gaps ->
    [0] 齊全
   *[other] { $gaps } 個缺漏
} · 第 { $first }–{ $last } 行，共 { $total } 行

## 從提交文件畫面以 PDF 輸出（r）
tui-key-filing-pdf = PDF
tui-help-keys-filing-pdf = 把提交文件以 PDF 寫入 reports/
tui-dialog-writing-filing = 正在把提交文件寫成 PDF…
tui-filing-pdf-of-revision = 根據已簽署的修訂版本 { $n } 編製的提交文件，附其 SHA-256：這就是要提交的版本（以中文或葡文提交）。
tui-filing-pdf-of-draft = 根據草稿編製：草稿自上次簽署後已有更改（或從未簽署），每頁都註明「未簽署」。請先簽署（s），再編製要提交的文件。
tui-overdue-since = 自 { $date } 起逾期
tui-plan-overdue-count = { $n } 項逾期
tui-dashboard-overdue-actions = ⚠ 行動計劃有 { $n } 項行動逾期（最早自 { $date } 起）。
tui-dashboard-review-overdue = ⚠ 覆檢自 { $date } 起逾期：請簽署新修訂版本交審閱人。
# 以區塊顯示的表格行中的一格：欄的標籤及格中的值。
tui-row-field = { $label }：{ $value }
# 同上，標籤是問題（以「？」結尾）時。
tui-row-field-asked = { $label }{ $value }
tui-review-no-risk = 未能顯示此修訂版本的風險：無法讀取其問卷。
tui-help-keys-review-risk = 此修訂版本的風險畫面及熱圖（唯讀）
tui-keygen-title = 新簽署密鑰
tui-keygen-intro = 密鑰保存在這部電腦上，私人密鑰只有你可以讀取。8 個字元或以上的密碼短語可保護密鑰；此後每次簽署時 Farol 都會要求輸入它。
tui-keygen-name = 你的姓名（簽署上顯示的名稱）
tui-keygen-role = 角色：
tui-keygen-pass = 密碼短語（留空：不設）
tui-keygen-again = 再輸入密碼短語
tui-keygen-key-role = 角色
tui-keygen-key-create = 建立
tui-keygen-key-cancel = 取消
tui-keygen-no-name = 密鑰需要持有人的姓名：請在第一欄輸入。
tui-keygen-differ = 兩次輸入的密碼短語不同：請在兩欄輸入相同的密碼短語。
tui-keygen-too-short = 密碼短語最少要有 { $n } 個字元（幾個互不相關的詞語便很好），或者完全不設。
tui-keygen-empty-confirm = 未設密碼短語：任何能讀取密鑰檔案的人都可以用你的名義簽署。再按 Enter 便建立沒有密碼短語的密鑰；或輸入密碼短語。
tui-keygen-working = 正在建立密鑰…
tui-keygen-trust = 要讓卷宗接受你的簽署：`farol keys trust { $id }`
tui-keygen-close = 按 Enter 或 Esc 關閉。
tui-keygen-close-sign = 按 Enter 或 Esc 返回簽署，使用新密鑰。
tui-no-key-create-here = 按 Enter 立即在這裡建立密鑰。
tui-dialog-create-key = Enter 建立密鑰 · Esc 關閉
tui-key-new-key = 新密鑰
tui-help-keys-home-new-key = 建立簽署密鑰（姓名、角色、密碼短語）
