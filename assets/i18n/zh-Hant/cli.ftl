# 命令列的輸出（不帶 --json 的 `farol …`）。佔位符中的識別碼、檔案路徑、命令、名稱，以及來自問卷或風險模型的文字，一律照原樣保留。
# 反引號 `…` 內是要輸入的命令，不可翻譯。

## 命令列共用的詞語
cli-list-separator = 、
cli-list-separator-long = ；
cli-not-processed = 不處理
cli-name-role = { $name }（{ $role }）
cli-name-role-key = { $name }（{ $role }，{ $key }）
cli-rule = 規則 { $id }
cli-plan-todo = 待辦
cli-plan-in-progress = 進行中
cli-plan-done = 已完成
cli-plan-dropped = 已放棄
cli-role-assessor = 評估人
cli-role-reviewer = 審閱人
cli-role-approver = 核准人
cli-priority-high = 高
cli-priority-medium = 中
cli-priority-low = 低

## farol score
cli-score-title = 風險評估：{ $title }
cli-score-progress = 問卷 { $questionnaire } · 已回答 { $shown } 條問題中的 { $answered } 條
cli-score-progress-unsure = 問卷 { $questionnaire } · 已回答 { $shown } 條問題中的 { $answered } 條 · { $unsure } 條答「不確定」
cli-overall-risk = 整體風險：採取措施前為{ $inherent }，採取現有措施後為{ $residual }。
cli-score-highest = 最高：{ $names }。
cli-score-nothing-in-scope = 尚未涉及任何個人資料類別：請先回答資料清單的問題。
cli-drivers-heading = 推高風險最多的因素：
cli-driver-question = 「{ $prompt }」→ { $answer }
cli-driver-the-data = 資料本身的性質
cli-driver-affects = 影響：{ $names }。
cli-driver-affects-all = 影響：涉及的全部 { $n } 個類別。
cli-col-inherent = 採取措施前（固有風險）
cli-col-residual = 採取措施後（剩餘風險）
cli-col-category = 資料類別
cli-col-risk = 風險
cli-col-severity = 嚴重程度
cli-col-likelihood = 可能性
cli-category-sensitive = { $name } *
cli-sensitive-note = * 敏感資料：採取措施前的嚴重程度不低於「重大」
cli-above-heading = 採取措施後，距下一個較低等級尚有多遠：
cli-above = { $name } { $level }：比「{ $next }」高 { $steps }
cli-above-held = { $name } { $level }：比「{ $next }」高 { $steps }，但被下限維持在此：只有消除其成因才能降低
cli-gains-heading = 最能降低風險的措施：
cli-gain-lowers = { $name } { $now } → { $then }
cli-gain-closer = { $name }（向下一級靠近 { $steps }）
cli-gain-overall = 整體 { $now } → { $then }；{ $categories }
cli-why-category = 原因：{ $name } — 採取措施前為{ $inherent }，採取措施後為{ $residual }
cli-axis-severity = 嚴重程度（損害有多大）
cli-axis-likelihood = 可能性（有多大機會發生）
cli-figure-line = { $axis }：採取措施前為{ $inherent }，採取措施後為{ $residual }
cli-measures-none = 採取措施後：沒有現有措施能降低它
cli-measures = 採取措施後：
cli-move-question = { $id }「{ $prompt }」→ { $answer }
cli-move-cites = （{ $cites }）
cli-actions-heading = 建議的行動（{ $n } 項）
cli-score-unsure = 答「不確定」的問題（請先查明再回答）：{ $ids }
cli-score-unanswered = 尚未回答（{ $n } 條）：{ $ids }

## farol score：法律上的結論
cli-screening = 初步評估：{ $verdict }。
cli-screening-required = 法律規定：{ $title } — { $cite }
cli-screening-criteria = 符合第29條工作組指引（WP248）九項準則中的 { $n } 項（{ $likely } 項或以上：很可能須進行）：
cli-screening-also = 另：{ $title }
cli-screening-unanswered = 尚待回答：{ $ids }
cli-decisions-heading = 按目的逐一判斷：通知或申請許可（{ $authorise } 項須申請許可，{ $notify } 項須通知）
cli-decision-all-processing = 全部處理（尚未列出目的）
cli-decision-no-ground = 沒有提出法律依據（第六條）
cli-decision-not-a-ground = { $ground } — 尚不構成法律依據（第六條）
cli-decision-ground = 法律依據：{ $ground }。資料：{ $data }。
cli-decision-why = 原因：{ $because }（{ $cite }）
cli-transfers-heading = 轉移到澳門以外的資料（{ $n } 個資料流向，其中 { $without } 個沒有已生效的依據）
cli-transfer-line = { $row }. { $name } → { $place }：{ $state }
cli-transfer-no-basis = 沒有提出依據
cli-transfer-basis = 依據：{ $basis }。
cli-transfer-basis-evidence = 依據：{ $basis }。證明：{ $evidence }。
cli-obligations-heading = 答案引起的法定義務（{ $open } 項未履行，{ $met } 項已履行）
cli-mark-met = 已履行
cli-mark-awaiting = 等待中
cli-mark-belief = 認為不適用
cli-mark-open = 未履行
cli-duty-evidence = 證明：{ $prompt } { $answer }
cli-duty-awaiting = 等待個人資料保護局：在其作出決定前仍未履行。
cli-duty-would-meet = 履行方法：{ $needs }
cli-duty-no-reason = 沒有提出理由
cli-duty-you-believe = 你認為此義務不適用
cli-duty-belief = { $says }（{ $reason }）。此義務仍屬未履行。應由律師確認：{ $confirm }
cli-duty-missing = 欠缺證明：{ $missing }
cli-notification-heading = 通知的內容（第8/2005號法律第二十三條）：已填寫 { $total } 項中的 { $done } 項
cli-notification-missing = （{ $id }）{ $title }：欠缺 — { $missing }

## farol list
cli-list-empty = 卷宗 { $dossier } 尚未有任何評估。
cli-list-start = 開始一項評估：  `farol new --title "考勤平台上線"`
cli-list-demo = 或瀏覽示例：    `farol demo`（一間澳門中小企的通訊及考勤平台）
cli-col-id = 識別碼
cli-col-answered = 已回答
cli-col-status = 狀態
cli-col-review-due = 覆檢期限
cli-col-updated = 更新時間
cli-col-title = 標題
cli-col-rev = 修訂版本
cli-list-unreadable = 無法讀取：{ $error }
cli-list-status-forked = { $status }，已分叉
cli-list-forked-note = 已分叉：兩個修訂版本接續同一個修訂版本（在兩個副本中簽署）；`farol verify` 會列出兩者，`farol resolve ID` 可結束分叉
cli-list-changed-note = * 最新的已簽署修訂版本之後曾作修改

## farol questionnaire check
cli-check-citations = { $file }：引用：{ $verified } 項已核實（已閱讀條文），{ $confirmed } 項經監管機構確認，{ $unverified } 項未經核實（從不作為評分或義務的依據）
cli-check-ok = { $file }：通過 — { $id } { $version } · { $questions } 條問題 · 雜湊值 { $fingerprint }{ $warnings ->
    [0] {""}
   *[other] {" · "}{ $warnings } 個警告
}
cli-check-failed = { $file }：{ $errors } 個錯誤，{ $warnings } 個警告

## farol verify
cli-verify-not-verified = 未通過核實
cli-verify-not-verified-because = 未通過核實：{ $failures }

## farol diff
cli-diff-the-draft = 目前的草稿
cli-diff-revision = 修訂版本 { $n }（{ $signer }，{ $at }）
cli-diff-no-changes = 沒有改動。
cli-diff-details = 基本資料
cli-diff-answers = 答案（{ $n } 項改動）
cli-diff-no-longer-answered = { $answer }（不再回答）
cli-diff-risk = 風險（除另有註明外為剩餘風險）
cli-diff-overall = 整體：{ $from } → { $to }
cli-diff-inherent = （固有風險 { $from } → { $to }）
cli-diff-plan = 行動計劃
cli-field-title = 標題
cli-field-organisation = 機構
cli-field-system = 系統
cli-field-vendor = 供應商
cli-field-assessor = 評估人
cli-field-questionnaire = 問卷
cli-field-attachments = 附件
cli-field-status = 狀態
cli-field-owner = 負責人
cli-field-due = 期限
cli-field-detail = 詳情
cli-field-no-date = 無

## farol review：審閱表
cli-sheet-title = 審閱「{ $id }」— { $title }
cli-sheet-signed = 修訂版本 { $revision }，由 { $name }（{ $role }）於 { $at } 簽署
cli-sheet-sha = sha256 { $sha256 } · 問卷 { $questionnaire }
cli-sheet-responds = 回應審閱 { $review }：以下評估人的備註是對其意見的回覆
cli-meta-organisation = 機構
cli-meta-system = 系統
cli-meta-vendor = 供應商
cli-meta-assessor = 評估人
cli-label-value = { $label }：{ $value }
cli-sheet-overall = 整體風險：採取措施前為{ $inherent }，採取現有措施後為{ $residual }
cli-sheet-duties = 法定義務
cli-sheet-beliefs = 待核實的判斷（{ $n } 項）：評估人認為不適用的義務；在律師確認前均屬未履行
cli-sheet-no-reason = 沒有提出
cli-sheet-belief-reason = 評估人的理由：{ $reason }
cli-sheet-belief-confirm = 應由律師確認：{ $confirm }
cli-sheet-level-unverified = 〔未經核實〕：未與出處核對，未經律師確認不應依賴
cli-sheet-level-confirmed = 〔經監管機構確認〕：見於個人資料保護局的說明或新聞，而非法律條文
cli-sheet-levels = 引用的核實程度：{ $levels }；未標示者：已閱讀法律條文。
cli-sheet-verdict = 評定：{ $verdict }
cli-sheet-no-verdict = 尚未評定
cli-sheet-reviewer-note = 審閱人：{ $note }
cli-sheet-answer = 答案：{ $answer }
cli-sheet-why = 原因：{ $help }
cli-sheet-cite = 引用：{ $cite }
cli-sheet-assessor-note = 評估人的備註：{ $note }
cli-sheet-comment = ▸ 意見：{ $comment }
cli-sheet-comments-elsewhere = 對本修訂版本沒有回答的問題的意見
cli-sheet-plan = 行動計劃（{ $n } 項）
cli-sheet-plan-due = ，期限 { $due }

## farol review：副署前
cli-readiness-title = 修訂版本 { $revision } 的審閱（{ $comments } 項意見，{ $verdicts } 項評定）
cli-readiness-opinion = 結論：
cli-readiness-reasons = 理由：
cli-readiness-conditions = 條件：
cli-readiness-attestations = 確認事項：
cli-readiness-due = 覆檢期限：
cli-readiness-no-opinion = 尚未提出
cli-readiness-due-none = 無（不予核准）
cli-readiness-due-default = 副署後 { $months } 個月
cli-readiness-ready = 可以副署：`farol review { $id } --sign`
cli-readiness-give = 副署前須提供：

## farol status
cli-status-latest-revision = 最新修訂版本
cli-status-latest-review = 最新審閱
cli-status-review-due = 覆檢期限
cli-status-not-signed = 尚未簽署：`farol sign { $id }` 會凍結草稿
cli-status-changed = 草稿在修訂版本 { $revision } 之後曾作修改：請再次簽署以提交改動
cli-status-due-none = 尚未設定（由核准設定）
cli-status-awaiting-review = 等待審閱：`farol review { $id }`
cli-status-in-review = 審閱正在進行：`farol review { $id }` 可以查看
cli-status-draft-unreadable = （無法讀取草稿）
cli-status-changed-note = * 草稿在最新修訂版本之後曾作修改
cli-feedback-title = 修訂版本 { $revision } 的審閱 { $review }，由 { $reviewer }（{ $role }）於 { $date } 作出：{ $opinion }
cli-feedback-reasons = 理由：{ $text }
cli-feedback-conditions = 條件：{ $text }
cli-feedback-answered = 已回應：其後已簽署修訂版本 { $revision }。
cli-feedback-to-answer = 如何回應：修改草稿，在有意見的問題的備註中回覆，然後再次簽署。
cli-due-overdue-by = { $date }（已逾期 { $days } 日）
cli-due-in = { $date }（尚有 { $days } 日）

## farol verify：證據包
cli-bundle-title = 證據包 { $bundle }
cli-bundle-manifest = 清單
cli-bundle-bundled-by = 打包人
cli-bundle-listed = 列出 { $n } 個檔案，{ $intact } 個與打包時相同
cli-bundle-changed = { $n } 個被修改
cli-bundle-missing = { $n } 個欠缺
cli-bundle-added = { $n } 個被加入
cli-bundle-no-manifest = 欠缺
cli-bundle-signer = { $name }（{ $role }），{ $at }，密鑰 { $key }
cli-bundle-signed-trusted = { $signer }：已信任為 { $who }
cli-bundle-signed-untrusted = { $signer }：不受信任（密鑰指紋 { $fingerprint }）
cli-bundle-unsigned = 未簽署：沒有人為清單作保證
cli-bundle-no-manifest-to-check = 未檢查：沒有清單
cli-bundle-signature-changed = 無效：{ $file } 在簽署後被修改
cli-bundle-manifest-changed = 無效：{ $file } 在 { $signer } 簽署後被修改
cli-bundle-signer-mismatch = 無效：簽署所用的密鑰並非其所載的密鑰
cli-bundle-signature-damaged = 已損壞：無法讀取 { $file }
cli-bundle-fail-changed = { $n } 個檔案在打包後被修改
cli-bundle-fail-missing = { $n } 個檔案欠缺
cli-bundle-fail-added = { $n } 個檔案在打包後被加入
cli-bundle-fail-other = 清單另有 { $n } 個問題
cli-bundle-fail-signature = 清單的簽署未能通過
cli-bundle-fail-no-record = 沒有可核實的紀錄
cli-bundle-fail-records = { $n } 份紀錄中有 { $failed } 份未通過
cli-bundle-fail-records-check = 紀錄的檢查未能通過
cli-bundle-verified = 已核實：每個檔案都與打包時相同，每份紀錄都通過核實
cli-bundle-verdict = 證據包：{ $verdict }

## 標準錯誤輸出的訊息前綴
cli-warning = 警告：{ $message }
cli-note-removed-temps = 注意：已刪除 { $dir } 中由中斷了的 Farol 留下的 { $n } 個暫存檔案
cli-cannot-read = 無法讀取 { $path }
cli-cannot-write = 無法寫入 { $path }
cli-cannot-write-hint = 無法寫入 { $path }
    提示：請檢查目錄是否存在，以及你是否有寫入權限
cli-saved-to = 已儲存至 { $path }

## farol（不帶命令）及 farol new、answer、demo
cli-home-title = Farol — 按澳門《個人資料保護法》進行個人資料保護影響評估
cli-home-dossier = 卷宗：{ $dossier }
cli-home-hint = 解釋風險評分：`farol score ID`    ·    全部命令：`farol --help`
cli-no-tui-open = 無法開啟「{ $id }」：這個 Farol 在建置時沒有終端介面（cargo 功能 `tui`）
    提示：請使用 `farol answer` 及 `farol score`
cli-no-tui-new = 請用 `--title` 為評估定一個標題（這個 Farol 在建置時沒有終端介面）
cli-new-needs-title = 請用 `--title` 為評估定一個標題
    提示：`farol new --title "指紋考勤上線" [--id ID] [--answers FILE]`
cli-new-invalid-id = 「{ $id }」不能用作評估的識別碼
    提示：識別碼由 1 至 64 個小寫英文字母（a–z）、數字及連字號組成，首尾須為字母或數字，不可有兩個相連的連字號，例如 `zhi-wen-kao-qin-2026`
cli-new-id-taken = 卷宗中已有評估「{ $id }」
    提示：請用 `--id` 另選識別碼，或以 `farol open { $id }` 開啟該評估
cli-new-created = 已建立評估「{ $id }」（{ $questionnaire }）。
cli-new-next = 以 `farol answer { $id } QUESTION VALUE` 回答問題；以 `farol score { $id }` 查看風險。
cli-answers-file-unreadable = { $at }：{ $problem }
    提示：{ $hint }。答案檔案是一個對照表，例如 `{"{"}"sec.mfa": Yes, "inv.volume": Choice("100_1000"){"}"}`
cli-answers-file-bad-answer = { $at }：{ $problem }
    提示：請更正或刪除該答案
cli-answer-no-question = { $problem }
    提示：`farol questionnaire show --list` 會列出所有問題及其識別碼（樣式如 sec.mfa）
cli-answer-removed = { $id }：已刪除答案
cli-answer-not-asked = 注意：按其他答案，這條問題不會被問到，因此其答案不計算在內
cli-demo-exists = 示例已在卷宗中：{ $path }
cli-demo-explore = 以 `farol score { $id }` 瀏覽；以 `farol demo --force` 重設。
cli-demo-wrote = 已將示例評估「{ $id }」寫入 { $path }
cli-demo-see-why = 查看原因：`farol score { $id }`

## farol questionnaire
cli-check-cannot-read = 無法讀取 { $path }：{ $problem }
    提示：請檢查路徑
cli-questionnaire-line = { $id } { $version } — { $title }（{ $questions } 條問題，{ $categories } 個類別）雜湊值 { $fingerprint }

## farol keys、sign
cli-keys-created = 已為 { $name }（{ $role }）建立簽署密鑰 { $id }。
cli-keys-fingerprint = 密鑰指紋  { $fingerprint }
cli-keys-private = 私人密鑰  { $path }（只有你可以讀取；請保留備份）
cli-keys-protected = {"          "}受你的密碼短語保護：一旦忘記便無法恢復
cli-keys-to-be-accepted = 如要讓卷宗接受你的簽署：
cli-keys-trust-own = `farol keys trust { $id }`（在你自己的卷宗中）
cli-keys-show-others = `farol keys show { $id } > key.pub.ron`（交給保管其他卷宗的人）
cli-keys-trusted = 已在 { $dossier } 信任 { $id }（{ $name }，{ $role }）。
cli-keys-check-fingerprint = 請以電話或當面與密鑰的持有人核對這個密鑰指紋。
cli-keys-yours = 你的簽署密鑰（{ $dir }）：
cli-keys-none-yours = 沒有：以 `farol keys new --name "你的姓名"` 建立一個
cli-keys-line-created = { $name }（{ $role }），建立於 { $date }
cli-keys-trusted-here = 這個卷宗信任的密鑰（{ $dir }）：
cli-keys-none-trusted = 沒有：以 `farol keys trust FILE|KEY` 加入密鑰
cli-keys-not-trusted = { $file }：{ $problem }（不受信任）
cli-passphrase-for = { $path } 的密碼短語：{" "}
cli-passphrase-new = 新的密碼短語：{" "}
cli-passphrase-again = 再輸入一次：{" "}
cli-passphrase-env-empty = { $var } 是空的
    提示：請把它設為密碼短語，或取消設定以便詢問
cli-passphrase-no-terminal = 無法詢問密碼短語：沒有終端機
    提示：請在終端機中執行，或只為這個命令設定 FAROL_PASSPHRASE
cli-passphrase-too-short = 密碼短語至少須有 { $n } 個字元
    提示：幾個互不相關的詞語便是好的密碼短語；沒有建立任何東西
cli-passphrase-differ = 兩次輸入的密碼短語不同
    提示：請再執行命令；沒有建立任何東西
cli-signed = 已以 { $name }（{ $role }）身份用 { $key } 簽署 { $id } 的修訂版本 { $revision }。
cli-signed-record = 紀錄
cli-signed-next = 草稿保持不變，可以繼續編輯；下一次 `farol sign` 會產生修訂版本 { $next }。
cli-signed-over-newer = 注意：你的草稿是從修訂版本 { $base } 開始的，而其後已有修訂版本 { $last } 在此簽署（由其他人簽署，經 git 傳來）：修訂版本 { $revision } 接在它之後，內容是你草稿中的答案。可用 `farol diff { $id } { $last } { $revision }` 查看改動了甚麼。
cli-signed-untrusted-note = 注意：這個卷宗尚未信任 { $key }，因此在你執行以下命令前 `farol verify` 會失敗：
      `farol keys trust { $key }`

## farol diff
cli-diff-not-a-revision = 「{ $given }」不是修訂版本
    提示：請提供修訂版本號碼（1、2、…）或 `draft`
cli-diff-nothing-signed = 「{ $id }」沒有已簽署的修訂版本可供比較
    提示：以 `farol sign { $id }` 簽署
cli-diff-does-not-verify = 警告：{ $file } 未能通過核實（{ $problem }）；在依賴這份比較前，請執行 `farol verify { $file }`
cli-diff-does-not-verify-see = 警告：{ $file } 未能通過核實（見 `farol verify`）；在依賴這份比較前，請執行 `farol verify { $file }`
cli-diff-reading-older = 讀取較舊的修訂版本時
cli-diff-reading-newer = 讀取較新的修訂版本時

## farol review
cli-review-superseded = 注意：已儲存的審閱針對修訂版本 { $old }，但最新的是修訂版本 { $latest }；這是一份新的審閱（儲存時，舊的會保留為 { $file }）
cli-review-not-a-verdict = 「{ $given }」不是評定
    提示：請使用 `acceptable`、`to-improve` 或 `to-correct`，例如 `--verdict { $section } to-correct`
cli-review-note-without-verdict = 部分「{ $section }」沒有評定可加備註
    提示：請一併提供評定：`--verdict { $section } to-improve --note { $section } "…"`
cli-review-not-an-attestation = 「{ $given }」不是確認事項
    提示：請使用 `description`、`risks`、`plan` 或 `all`
cli-review-not-an-opinion = 「{ $given }」不是結論；請使用 `approve`、`approve-with-conditions` 或 `reject`
cli-review-saved = 已將「{ $id }」的審閱儲存於 { $path }
cli-countersigned = 已副署「{ $id }」修訂版本 { $revision } 的審閱 { $review }：{ $opinion }，以 { $name }（{ $role }）身份用 { $key } 副署。
cli-countersigned-next = 評估人重新開啟草稿時會看到審閱（`farol status { $id }`）；下一次 `farol sign` 即為回應。
cli-countersigned-untrusted-note = 注意：這個卷宗尚未信任 { $key } 作為{ $role }，因此在你執行以下命令前 `farol verify` 會失敗：
      `farol keys trust { $key }`

## farol evidence
cli-evidence-wrote = 已寫入證據包 { $path }（{ $assessments } 項評估，{ $revisions } 個修訂版本，{ $reviews } 份審閱，{ $reports } 份報告；{ $files } 個檔案，{ $kb } KB）。
cli-evidence-assessment = 修訂版本 { $revision } · sha256 { $sha256 }
cli-evidence-records = 紀錄
cli-evidence-signed-by = 由 { $who } 簽署
cli-evidence-not-signed = 未簽署：你沒有簽署密鑰（以 `farol keys new` 建立）
cli-evidence-records-line = { $verified } 個已核實，{ $failed } 個失敗
cli-evidence-records-line-failed = { $verified } 個已核實，{ $failed } 個失敗（見證據包內的 VERIFICATION.txt）
cli-evidence-give-fingerprints = 請經另一途徑（電話、紙本、當面）把以下密鑰指紋交給檢查人員；
    他們以此命令檢查證據包：`farol verify { $path } --trust FINGERPRINT …`
cli-evidence-some-fail = 警告：有些紀錄未能通過核實；證據包按原樣保存這些紀錄，並加以說明

## farol export、import
cli-export-plan-needs-csv = `--plan` 須與 `--format csv` 一併使用
    提示：JSON 匯出已包含行動計劃；如只要計劃，請執行 `farol export { $id } --format csv --plan`
cli-wrote-bytes = 已寫入 { $path }（{ $n } 位元組）。
cli-import-cannot-read-stdin = 無法讀取標準輸入
cli-import-stdin = （標準輸入）
cli-import-cannot-read = 無法讀取 { $path }
    提示：請檢查路徑；請提供由 `farol export ID --format json` 寫出的檔案
cli-import-counts = { $answers } 個答案，{ $notes } 則備註，{ $plan } 項計劃，{ $attachments } 個附件
cli-import-imported = 已從 { $from } 匯入「{ $id }」（{ $title }）：{ $counts }（{ $questionnaire }）。
cli-import-replaced = 已從 { $from } 取代「{ $id }」（{ $title }）的草稿：{ $counts }（{ $questionnaire }）。
cli-import-draft = 草稿  { $path }
cli-import-revisions = 「{ $id }」有 { $n } 個已簽署的修訂版本；下一次 `farol sign { $id }` 會產生修訂版本 { $next }。
cli-import-next = 以 `farol open { $id }` 開啟，或以 `farol score { $id }` 查看其風險。
cli-import-missing-attachment = 注意：附件 { $name }（{ $sha256 }）不在這個卷宗中；請把它複製到 { $path }

## farol report
cli-report-bad-revision = `--revision { $given }`：應為修訂版本號碼（1、2、…）、`latest` 或 `draft`
    提示：`farol verify` 會列出修訂版本
cli-report-cannot = 無法為「{ $id }」製作報告
cli-report-wrote-revision = 已寫入 { $path }（{ $pages } 頁，{ $kb } KB）：已簽署的修訂版本 { $revision }。
cli-report-wrote-draft = 已寫入 { $path }（{ $pages } 頁，{ $kb } KB）：未簽署的草稿，按草稿製作；以 `farol sign { $id }` 簽署。
cli-report-draft-changed = 注意：草稿在修訂版本 { $revision } 簽署後曾作修改；如要該紀錄的報告，請執行
      `farol report { $id } --revision { $revision }`
cli-report-missing-glyphs = 警告：報告的字型無法顯示 { $n } 個字元，改以其編碼顯示：{ $chars }
cli-report-overflows = 警告：有些文字超出頁面（這是版面的錯誤，請報告）：

## farol --help：命令及其選項
cli-help-usage = 用法：
cli-help-commands = 命令：
cli-help-arguments = 參數：
cli-help-options = 選項：
cli-help-flag = 顯示說明
cli-help-flag-long = 顯示說明（`-h` 顯示摘要）
cli-help-flag-short = 顯示說明（`--help` 顯示更多）
cli-version-flag = 顯示版本
cli-help-command = 顯示本說明或指定命令的說明
cli-about-farol = 按澳門《個人資料保護法》（第8/2005號法律）進行個人資料保護影響評估
cli-about-farol-long =
    Farol 引導你按澳門《個人資料保護法》（第8/2005號法律）進行個人資料保護影響評估（PIA），為每個個人資料類別評定風險並加以解釋。
    {""}
    評估存放在卷宗目錄中：`--dossier DIR`，或 `FAROL_DOSSIER`，或每名使用者的預設目錄。
    Farol 從不連接網絡。
cli-arg-dossier = 存放評估的卷宗目錄（亦可用 `FAROL_DOSSIER`）
cli-arg-lang = 畫面、訊息、報告及問卷文字的語言：`en`、`zh-Hant` 或 `pt`（亦可用 `FAROL_LANG`；否則為在終端介面中選擇的語言，再否則為系統地區設定）
cli-about-new = 開始新的評估：在終端介面中填寫表格，或以 `--title` 在無介面下建立
cli-arg-new-title = 簡短的標題，例如「指紋考勤上線」。如不提供，終端介面會詢問
cli-arg-new-id = 評估的識別碼：小寫英文字母、數字及中間的連字號，例如 `zhi-wen-kao-qin-2026`（預設：由標題產生，中文轉為拼音）
cli-arg-new-questionnaire = 內置問卷的識別碼或問卷檔案；- 表示從標準輸入讀取（預設：`macau-pdpa`）
cli-arg-new-answers = 以此 RON 檔案中的答案開始（`{"{"}"question.id": Yes, …{"}"}`）；- 表示從標準輸入讀取
cli-arg-new-organisation = 負責處理個人資料的實體（機構）
cli-arg-new-system = 被評估的系統
cli-arg-new-vendor = 系統的供應商
cli-arg-new-assessor = 進行評估的人
cli-about-open = 在終端介面中繼續一項評估，回到你停下的問題
cli-arg-open-id = 評估的識別碼（見 `farol list`）
cli-about-answer = 回答草稿中的一條問題（供腳本使用；通常使用終端介面）
cli-arg-answer-id = 評估的識別碼（見 `farol list`）
cli-arg-answer-question = 問題的識別碼，例如 `sec.mfa`
cli-arg-answer-value = 答案：`yes`/`no`/`unsure`、選項識別碼、以逗號分隔的多個識別碼、文字、數字、日期 YYYY-MM-DD，或就表格而言以 `"column=value; column=a,b"` 表示的一行（附加於後）
cli-arg-answer-clear = 改為刪除答案
cli-arg-answer-note = 與答案一併保存的備註
cli-about-list = 列出卷宗中的評估
cli-arg-list-json = 機器可讀的輸出（JSON）
cli-about-demo = 寫入一項已填寫的示例評估以供瀏覽
cli-arg-demo-force = 如卷宗中已有示例，將之取代
cli-about-score = 為草稿或答案檔案評分：每個資料類別的風險及其原因
cli-arg-score-target = 評估的識別碼、草稿檔案或答案檔案；- 表示從標準輸入讀取草稿或答案
cli-arg-score-questionnaire = 答案檔案所用的問卷：內置識別碼或檔案；- 表示從標準輸入讀取（預設：`macau-pdpa`）
cli-arg-score-json = 機器可讀的輸出（JSON）；相同的輸入總是得出相同的位元組
cli-about-keys = 建立、顯示、信任及列出簽署密鑰
cli-about-keys-new = 建立一對簽署密鑰；私人密鑰只有你可以讀取
cli-arg-keys-new-name = 你的姓名，會出現在你簽署的每份紀錄上
cli-arg-keys-new-role = 你簽署時的角色：`assessor`（評估人）、`reviewer`（審閱人）或 `approver`（核准人）（預設：`assessor`）
cli-arg-keys-new-passphrase = 以密碼短語保護私人密鑰（在終端機中詢問兩次，或取自 `FAROL_PASSPHRASE`）；其後每次簽署都會詢問
cli-about-keys-show = 顯示公開密鑰及其密鑰指紋，作為他人可信任的檔案
cli-arg-keys-show-id = 密鑰識別碼（`farol:…`）或持有人姓名；如省略，則為唯一的密鑰
cli-about-keys-trust = 在這個卷宗中信任一個公開密鑰：其簽署將可通過核實
cli-arg-keys-trust-key = 由 `farol keys show` 產生的檔案（`-` 為標準輸入）、SPKI PEM 檔案、64 個十六進位數字，或你自己密鑰的識別碼
cli-arg-keys-trust-name = 密鑰的持有人（檔案有載明時取自檔案）
cli-arg-keys-trust-role = 其簽署時的角色（檔案有載明時取自檔案）
cli-about-keys-list = 列出你的簽署密鑰及這個卷宗信任的密鑰
cli-about-sign = 將草稿凍結為下一個已簽署的修訂版本
cli-arg-sign-id = 評估的識別碼（見 `farol list`）
cli-arg-sign-key = 用以簽署的密鑰：識別碼（`farol:…`）或持有人姓名；如你有多個密鑰則必須提供
cli-about-verify = 檢查簽署、信任、修訂版本鏈及所存的風險；只有全部通過核實才以 0 結束
cli-arg-verify-paths = 紀錄檔案、評估目錄、卷宗，或一個證據包（其目錄或 zip 檔案）；`-` 從標準輸入讀取一個紀錄、證據包 zip 檔案或報告 PDF（預設：卷宗）
cli-arg-verify-trust = 只信任這個密鑰：由 `farol keys show` 寫出的公開密鑰檔案，或你經其他途徑向持有人取得的完整 64 位十六進位密鑰指紋；- 表示從標準輸入讀取密鑰檔案。可重複使用。如不提供，則使用你自己卷宗（`--dossier` 或 `FAROL_DOSSIER`）所信任的密鑰
cli-arg-verify-trust-bundle-keys = 亦不經檢查信任隨證據包（或另一卷宗）而來的密鑰。只適用於你已親自比對密鑰指紋的證據包
cli-arg-verify-accept-unanchored = 接受在 Farol 開始記錄狀態摘要之前簽署的評估（及沒有索引的卷宗）：其最新修訂版本或審閱被刪除時無法察覺，會以注意事項報告而不會判為失敗
cli-arg-verify-json = 機器可讀的輸出（JSON）
cli-about-diff = 兩個修訂版本之間的改動：答案、風險、行動計劃
cli-arg-diff-id = 評估的識別碼（見 `farol list`）
cli-arg-diff-rev-a = 較舊的修訂版本：號碼或 `draft`（預設：REV_B 的前一個）
cli-arg-diff-rev-b = 較新的修訂版本：號碼或 `draft`（預設：最新的一個）
cli-arg-diff-json = 機器可讀的輸出（JSON）
cli-about-review = 審閱已簽署的修訂版本：提出意見、作出評定及整體結論、確認、副署（在終端機中不帶選項時：全畫面審閱模式）
cli-arg-review-id = 評估的識別碼（見 `farol list`）
cli-arg-review-comment = 對一條問題提出意見（可重複）；空白的 TEXT 會刪除該意見
cli-arg-review-verdict = 對一個部分的評定：`acceptable`、`to-improve` 或 `to-correct`（可重複）
cli-arg-review-note = 審閱人對一個部分的評定所加的備註（可重複）
cli-arg-review-opinion = 整體結論：`approve`、`approve-with-conditions` 或 `reject`
cli-arg-review-conditions = 附條件核准的條件，或不予核准的理由
cli-arg-review-attest = 確認：`description`（描述與實際相符）、`risks`（已理解風險）、`plan`（接受並會執行行動計劃）或 `all`；可重複或以逗號分隔
cli-arg-review-unattest = 撤回確認（`description`、`risks`、`plan` 或 `all`）
cli-arg-review-due = 評估須再次覆檢的期限（預設：副署後六個月）
cli-arg-review-sign = 副署審閱：審閱成為已簽署的紀錄，只寫入一次
cli-arg-review-key = 用以副署的密鑰：識別碼（`farol:…`）或持有人姓名；預設為你唯一的審閱人或核准人密鑰
cli-arg-review-json = 機器可讀的輸出（JSON）：審閱表及目前的審閱
cli-about-status = 各評估的狀況：草稿、已簽署、審閱中、已核准、不予核准；覆檢期限
cli-arg-status-id = 一項評估（預設：卷宗中的每項評估）
cli-arg-status-json = 機器可讀的輸出（JSON）
cli-about-report = 為合規檔案寫出 PDF 報告
cli-arg-report-id = 評估的識別碼（見 `farol list`）
cli-arg-report-revision = 報告的對象：修訂版本號碼、`latest` 或 `draft`。預設：如草稿在簽署後沒有改動，則為最新的已簽署修訂版本，否則為草稿（每頁標示「未簽署的草稿」）
cli-arg-report-output = PDF 的寫入位置（預設：目前目錄中的 `ID-rNNNN.pdf` 或 `ID-draft.pdf`）
cli-about-evidence = 為檢查打包已簽署的紀錄、報告、密鑰及已簽署的清單
cli-after-evidence = 證據包包含各評估每個已簽署的修訂版本及審閱、其 PDF 報告、受信任的公開密鑰、所回答的問卷版本、核實報告，以及一份以你的密鑰簽署的 SHA-256 雜湊清單。草稿不包括在內：草稿未經簽署。請經另一途徑把你的密鑰指紋交給檢查人員；他們可在任何地方以 `farol verify FILE.zip --trust FINGERPRINT` 檢查證據包，或按證據包內 README.txt 的說明只用 OpenSSL 檢查。
cli-arg-evidence-since = 只包括在 DATE（YYYY-MM-DD，UTC）或之後簽署過修訂版本或審閱的評估。每項評估連同其完整歷史，因此其修訂版本鏈仍可通過核實
cli-arg-evidence-output = 寫入位置：`FILE.zip`，或不存在或空的目錄，或 `-` 把 zip 寫到標準輸出（預設：目前目錄中的 `evidence-YYYY-MM-DD.zip`）。絕不取代任何東西
cli-arg-evidence-key = 簽署清單的密鑰：識別碼（`farol:…`）或持有人姓名；如你有多個密鑰則必須提供。沒有任何密鑰時，清單不經簽署寫出
cli-about-export = 將草稿寫成 JSON（以便在別處匯入）或 CSV（答案或行動計劃）
cli-arg-export-id = 評估的識別碼（見 `farol list`）
cli-arg-export-format = `json`（整份草稿，以便在別處匯入）或 `csv`（答案，或配合 `--plan` 為行動計劃）；預設：`json`
cli-arg-export-plan = 配合 `--format csv`：以行動計劃代替答案
cli-arg-export-output = 寫入 FILE 而非標準輸出
cli-about-import = 由 JSON 匯出檔案建立草稿
cli-arg-import-file = 由 `farol export ID --format json` 寫出的檔案（`-` 表示標準輸入）
cli-arg-import-id = 以此識別碼匯入，而非檔案中的識別碼
cli-arg-import-force = 取代已有此識別碼的評估的草稿
cli-about-questionnaire = 處理問卷
cli-about-questionnaire-check = 核實問卷檔案；列出每個問題及其檔案、行及列
cli-arg-questionnaire-check-file = 問卷檔案（.ron）；`-` 為標準輸入
cli-arg-questionnaire-check-json = 機器可讀的輸出（JSON）
cli-about-questionnaire-list = 列出內置問卷

## clap 的用法錯誤（不認識的選項、欠缺的參數…）
cli-clap-unknown-argument = 不認識的參數「{ $arg }」
cli-clap-invalid-subcommand = 不認識的命令「{ $name }」
cli-clap-value-required = 「{ $arg }」需要一個值，但沒有提供
cli-clap-invalid-value = 「{ $arg }」的值「{ $value }」無效
cli-clap-possible-values = 可用的值：{ $values }
cli-clap-validation = 「{ $arg }」的值「{ $value }」無效：{ $reason }
cli-clap-missing-required = 沒有提供以下必需的參數：{ $args }
cli-clap-missing-subcommand = 「{ $name }」需要一個子命令，但沒有提供
cli-clap-too-many-values = 「{ $arg }」有多餘的值「{ $value }」
cli-clap-wrong-number = 「{ $arg }」的值數目不對：提供了 { $actual } 個
cli-clap-conflict = 參數「{ $arg }」不能與「{ $other }」一併使用
cli-clap-suggest = 提示：有相近的：「{ $suggestion }」
cli-clap-more-info = 如需更多資訊，請使用 `--help`。
cli-arg-answer-row = 用於表格：修改第 N 行（由 1 起計），而非新增一行；所給的欄位取代該行原有的欄位，其餘保留（與 --clear 同用：刪除該行）
cli-answer-no-row = 「{ $id }」沒有第 { $row } 行：其表格共有 { $rows } 行
    {"  "}提示：`farol score` 及報告會列出各行；不用 --row 即可新增一行
cli-answer-row-not-table = --row 只用於表格問題，而「{ $id }」不是表格問題
cli-no-dossier = { $path } 沒有卷宗
    {"  "}提示：請檢查路徑（--dossier、FAROL_DOSSIER）；`farol new` 或 `farol demo` 會在該處建立卷宗
cli-cannot-write-stdout = 無法寫出輸出內容

## Forks
cli-about-completions = 輸出某個命令列環境（shell）的自動補全腳本，安裝到它讀取的位置
cli-about-man = 輸出說明手冊頁（roff 格式），例如 `farol man > farol.1 && man -l farol.1`
cli-arg-completions-shell = 命令列環境類型：`bash`、`zsh`、`fish`、`elvish` 或 `powershell`
cli-about-questionnaire-show = 列出內置問卷的所有問題及其識別碼，或完整顯示一條問題
cli-about-questionnaire-export = 逐位元組寫出內置問卷檔案，以便修改或檢查
cli-arg-questionnaire-show-question = 問題識別碼，例如 sec.mfa；不提供則列出所有問題
cli-arg-questionnaire-show-list = 列出所有問題（與不提供問題相同）
cli-arg-questionnaire-export-id = 問卷識別碼（預設：macau-pdpa）
cli-arg-questionnaire-export-output = 要寫入的檔案；- 或不提供則寫到標準輸出
cli-questionnaire-unknown = 沒有名為「{ $id }」的內置問卷；內置問卷為：{ $known }
cli-questionnaire-no-question = 「{ $id }」不是內置問卷的問題；`farol questionnaire show --list` 會列出所有問題及其識別碼
cli-questionnaire-show-line = { $id }  [{ $section }]  { $prompt }
cli-questionnaire-show-section = 部分：{ $section }
cli-questionnaire-show-one-of = 答案：從 { $values } 中選一項
cli-questionnaire-show-any-of = 答案：從 { $values } 中選任意多項（以逗號分隔）
cli-questionnaire-show-columns = 答案：多行，欄位為 { $values }（`farol answer ID QUESTION "column=value; …"` 可加一行）
cli-questionnaire-show-text = 答案：文字
cli-questionnaire-show-number = 答案：整數（最少 { $min }，最多 { $max }）
cli-questionnaire-show-date = 答案：日期，格式為 YYYY-MM-DD
cli-questionnaire-show-conditional = 只在較早的答案使其相關時才會提問
cli-questionnaire-show-why = 為何重要：{ $text }
cli-questionnaire-show-example = 例子：{ $text }
cli-questionnaire-show-cite = 引用：{ $cite }
cli-questionnaire-export-failed = 無法把問卷寫入 { $path }：請檢查其目錄是否存在，以及你是否有寫入權限
cli-questionnaire-exported = 已寫入 { $path }（問卷指紋 { $fingerprint }）；修改後可用 `farol questionnaire check { $path }` 檢查
cli-arg-keys-list-json = 機器可讀的輸出（JSON，附結構版本號）
cli-about-resolve = 解決分叉：簽署一個接續其中一個最新修訂版本並合併其餘的修訂版本
cli-arg-resolve-keep = 簽署該最新修訂版本的內容（N-<hash>，如 `farol verify` 所列），而非草稿的內容；草稿會變為該內容
cli-resolve-keep-draft-changed = 你的「{ $id }」草稿含有尚未簽署的修改，--keep 會取代這些修改：請執行 `farol resolve { $id }`，把你的草稿簽署為結束分叉的修訂版本；或先以 `farol sign { $id }` 簽署，然後再解決分叉
cli-resolve-bad-keep = 「{ $given }」並非任何修訂版本：請按 `farol verify` 所列的最新修訂版本，以 N-<hash> 指明
cli-resolve-keep-not-a-tip = 「{ $given }」並非該分叉的最新修訂版本之一：請從 { $tips } 中選擇
cli-resolved = 已簽署 { $id } 的修訂版本 { $revision }（{ $file }）：它合併了其餘 { $count } 個最新修訂版本：{ $merged }。分叉已解決；所有修訂版本均保留作證據。
cli-signed-forked = 警告：「{ $id }」出現分叉：{ $file } 並非接續從另一複本傳來的 { $others }（{ $count } 個）。兩者均獲保留，但在你執行 `farol resolve { $id }` 前，`farol verify` 會失敗。
cli-forked-warning = 注意：「{ $id }」出現分叉：其最新的修訂版本為 { $tips }；現使用 { $latest }。`farol verify` 會列明分叉；`farol resolve { $id }` 可將其解決。
cli-after-farol =
    環境變數：
    {"  "}`FAROL_DOSSIER`     卷宗目錄，同 `--dossier`
    {"  "}`FAROL_LANG`        語言，同 `--lang`：`en`、`zh-Hant` 或 `pt`
    {"  "}`FAROL_KEYS`        你的私人簽署密鑰所在目錄
    {"                      "}（預設：Farol 設定目錄中的 `keys/`）
    {"  "}`FAROL_PASSPHRASE`  受密碼短語保護的密鑰的密碼短語，供腳本使用
    {"                      "}（否則在終端中詢問）
    {"  "}`FAROL_CONFIG_DIR`  Farol 保存設定的目錄
    {"                      "}（預設：Linux 上為 `~/.config/farol`）
    {"  "}`FAROL_THEME`       終端介面的顏色：`dark`、`light` 或 `auto`（預設：`auto`）
    {"  "}`NO_COLOR`          設為任何值：終端介面不使用顏色
cli-arg-json = 機器可讀的輸出（見 README 的「JSON output」一節）
cli-json-not-with-stdout = `--json` 與 `-o -` 都會寫到標準輸出：請用 `-o FILE` 把 PDF 寫入檔案，或不用 `--json`
cli-stdin-once = 標準輸入（`-`）只可指定一次
cli-stdin-two-options = { $first } 與 { $second } 都要求讀取標準輸入（-），但標準輸入只能讀取一次：請以檔案提供其中之一
cli-json-not-with-stdout-zip = `--json` 與 `-o -` 都會寫到標準輸出：請用 `-o FILE.zip` 把證據包寫入檔案，或不用 `--json`
cli-progress-reports = 正在製作報告：
cli-progress-verify = 已檢查的簽署檔案：
