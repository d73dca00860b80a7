# Farol 的錯誤訊息。顯示為「錯誤：訊息」，提示在下一行。
# 詞語：dossier 卷宗；assessment 評估；draft 草稿；revision 修訂版本；review 審閱；
# sign 簽署；countersign 副署；signing key 簽署密鑰；evidence bundle 證據包。

## 版面

err-with-hint =
    { $message }
    {"  "}提示：{ $hint }
err-at = { $at }：{ $message }
err-error = 錯誤：{ $message }
err-caused-by = {"  "}原因：{ $message }
err-bug-hint = 這是 Farol 的程式錯誤，請向開發者報告

## 讀寫檔案

err-io-read = 無法讀取 { $path }：{ $source }
err-io-write = 無法寫入 { $path }：{ $source }
err-io-create = 無法建立 { $path }：{ $source }
err-io-move-aside = 無法將 { $path } 移到一旁：{ $source }
err-io-temp-dir-in = 無法在 { $path } 內建立暫存目錄：{ $source }
err-io-temp-dir-unpack = 無法建立暫存目錄以解壓 { $path }：{ $source }
err-io-unpack-into = 無法解壓到 { $path }：{ $source }
err-io-signed-cannot-remove = 審閱已簽署，但無法刪除 { $path }：{ $source }

err-os-not-found = 找不到該檔案或目錄
err-os-permission-denied = 沒有存取權限
err-os-disk-full = 磁碟已滿
err-os-already-exists = 檔案已存在

## 訊息中的固定語句

err-phrase-read-dossier = 請確認你有權讀取卷宗
err-phrase-dossier-read = 請確認卷宗存在，而且你有權讀取
err-phrase-dossier-write = 請確認卷宗存在，而且你有權寫入
err-phrase-dir-write = 請確認目錄存在，而且你有權寫入
err-phrase-file-read = 請確認檔案存在，而且你有權讀取
err-phrase-key-dir-read = 請確認你有權讀取密鑰目錄
err-phrase-key-dir-write = 請確認你有權寫入密鑰目錄，或將 FAROL_KEYS 設為另一個目錄
err-phrase-key-dir-create = 請確認可以建立該目錄，或將 FAROL_KEYS 設為另一個目錄
err-phrase-key-file-exists = 請確認密鑰檔案存在；`farol keys list` 會列出你的密鑰
err-phrase-assessment-dir-write = 請確認你有權寫入該評估的目錄
err-phrase-path-read = 請檢查路徑，並確認你有權讀取該檔案
err-phrase-path-records = 請檢查路徑：應指定修訂版本檔案、評估目錄或卷宗
err-phrase-path-reviews = 請檢查路徑；對該評估執行 `farol verify` 會列出它的審閱
err-phrase-path-revisions = 請檢查路徑；對該評估執行 `farol verify` 會列出它的修訂版本
err-phrase-remove-tmp-dirs = 請刪除中斷的執行留在那裡的 .*.tmp 目錄
err-phrase-remove-by-hand = 請手動刪除該檔案：已簽署的審閱是完整的
err-phrase-set-tmpdir = 請將 TMPDIR 設為你有權寫入的目錄
err-phrase-disk-full-nothing-written = 磁碟已滿：請騰出一些空間後再做一次；沒有寫入任何內容
err-phrase-zip-bug = 這是 Farol 的程式錯誤；在修正之前，請用 -o DIR 將證據包寫成目錄
err-phrase-zip-damaged = 檔案已損壞或不是 zip 檔案；請再索取一次證據包
err-phrase-give-bundle = 請指定 `farol evidence` 寫出的 zip 檔案，或其解壓後的目錄
err-phrase-sign-first = 請先用 `farol sign ID` 簽署一項評估；草稿沒有簽署，不會放入證據包
err-phrase-earlier-since = 請指定較早的 --since 日期，或不指定，以包含所有已簽署的評估
err-phrase-record-damaged = 檔案已損壞，或不是 Farol 的修訂版本；請從備份還原
err-phrase-review-damaged = 檔案已損壞，或不是 Farol 的審閱；請從備份還原
err-phrase-give-revision = 請指定已簽署的修訂版本檔案，即 `…/assessments/ID/revisions/NNNN.ron`
err-phrase-give-review = 請指定已簽署的審閱檔案，即 `…/assessments/ID/reviews/NNNN.ron`
err-phrase-verify-newer = 請用較新版本的 Farol 核實
err-phrase-read-newer = 請用較新版本的 Farol 讀取
err-phrase-key-file-describes = 這個檔案描述一把簽署密鑰；請從備份還原，或用 `farol keys new` 建立新密鑰
err-phrase-key-files-mixed = 密鑰檔案被混淆或修改過；請從備份還原兩個檔案
err-phrase-key-restore = 請從備份還原密鑰，或用 `farol keys new` 建立新密鑰
err-phrase-record-edited = 已簽署的修訂版本不得修改；請從備份還原
err-phrase-record-restore = 請從備份還原修訂版本；草稿用 `farol sign ID` 簽署
err-phrase-review-copied = 它是從另一項評估複製過來的；請把它移回原處或刪除。檔案沒有被更改。
err-phrase-not-utf8 = 這不是 UTF-8 文字
err-phrase-not-record = 這不是 Farol 的修訂版本（不是以 `Record(` 開頭）
err-phrase-not-review = 這不是 Farol 的審閱（不是以 `Review(` 開頭）
err-phrase-lock-reappearing = 鎖定檔案不斷重新出現
err-phrase-too-many-leftovers = 遺留的暫存目錄太多
err-phrase-some-space = 一些空間

err-phrase-ron-eof = 檔案意外結束
err-phrase-ron-comma = 此處應有逗號
err-phrase-ron-close-paren = 此處應有右括號 `)`
err-phrase-ron-close-bracket = 此處應有右方括號 `]`
err-phrase-ron-close-brace = 此處應有右大括號 `{"}"}`
err-phrase-ron-open-paren = 此處應有左括號 `(`
err-phrase-ron-open-bracket = 此處應有左方括號 `[`
err-phrase-ron-string = 此處應為文字（字串）
err-phrase-ron-string-end = 此處應為字串的結尾
err-phrase-ron-integer = 此處應為整數
err-phrase-ron-boolean = 此處應為布林值（`true` 或 `false`）
err-phrase-ron-identifier = 此處應為識別名稱
err-phrase-ron-colon = 此處應有冒號
err-phrase-ron-trailing = 結尾之後還有多餘的字元
err-phrase-ron-missing-field-in = { $within } 缺少欄位 { $field }
err-phrase-ron-missing-field = 缺少欄位 { $field }
err-phrase-ron-duplicate-field-in = { $within } 中的欄位 { $field } 重複出現
err-phrase-ron-unexpected-char = 此處不應出現字元 { $char }
err-phrase-hint-eof = 檔案過早結束：可能被截斷了；請從備份還原，或補上未閉合的括號
err-phrase-hint-comma = 請在各項之間加上逗號
err-phrase-hint-quotes = 請將文字寫在雙引號之間
err-phrase-hint-format = 請修正該位置的文字；格式說明見 questionnaires/FORMAT.md
err-phrase-kind-yes-no = `Yes`、`No` 或 `Unsure`
err-phrase-kind-a-choice = 一個 `Choice`
err-phrase-kind-a-number = 一個 `Number`
err-phrase-kind-a-date = 一個 `Date`
err-phrase-typed-yes-no = `yes`、`no` 或 `unsure`
err-phrase-typed-number = 整數
err-phrase-typed-date = 日期（格式為 YYYY-MM-DD）
err-phrase-typed-row = 一行資料（格式為 `column=value; column=value`）
err-phrase-add-field = 請加上欄位 `{ $field }`
err-phrase-rename-field = 請刪除該欄位或更改其名稱；此處可用的欄位：{ $allowed }
err-phrase-use-one-of = 請使用以下其中之一：{ $allowed }
err-phrase-write-once = `{ $field }` 只可寫一次
err-phrase-write-struct = 此處應寫 `{ $name }(`
err-phrase-review-tampered = 審閱在簽署後被更改或損壞（已簽署的審閱永不修改）；請從備份還原
err-phrase-record-tampered = 修訂版本在簽署後被更改或損壞（已簽署的修訂版本永不修改）；請從備份還原
err-phrase-no-signature = 沒有簽署：檔案不是以 `// -- farol signature` 簽署部分結尾，可能被截斷了，或不是已簽署的修訂版本
err-phrase-key-needs-name = 密鑰須寫明其持有人的姓名
err-phrase-public-key-length = 公開密鑰的長度不正確
err-phrase-question-ids = 問題識別碼的形式如 sec.mfa；`farol review ID` 會列出每條問題及其識別碼
err-phrase-known-keys = 現有密鑰：{ $known }
err-phrase-several-keys = 「{ $id }」符合多把密鑰；請寫出識別碼的更多字元：{ $known }
err-phrase-whose-key = 「{ $source }」沒有說明密鑰屬於誰
err-phrase-holds-no = 其中沒有 { $file }
err-phrase-no-signed-assessment = 卷宗 { $dossier } 沒有已簽署的評估
err-phrase-nothing-since = 沒有評估在 { $since } 或之後簽署過修訂版本或審閱
err-phrase-zip-build = 無法建立 zip 檔案：{ $why }
err-phrase-not-ed25519 = 不是 PKCS#8 PEM 格式的 Ed25519 私人密鑰（{ $why }）
err-phrase-key-mismatch = 這把私人密鑰與其描述 { $file } 不相符
err-phrase-signed-since = 其後已簽署修訂版本 { $revision }
err-phrase-revision-gone = 修訂版本 { $revision } 已不在卷宗中（最新的是 { $latest }）
err-phrase-revision-replaced = revisions/{ $file } 已不是被審閱的那個檔案（其 SHA-256 不同）：它被取代或更改了
err-phrase-newer-record = 這個修訂版本由較新版本的 Farol 寫成（格式版本 { $found }；本版本最多只能讀取 { $supported }）
err-phrase-newer-review = 這份審閱由較新版本的 Farol 寫成（格式版本 { $found }；本版本最多只能讀取 { $supported }）
err-phrase-review-of-other = 這份審閱屬於評估「{ $other }」，而不是「{ $id }」
err-phrase-public-key-line = 第 { $line } 行：公開密鑰行已損壞（應為 `{ $prefix }` 加 64 個小寫十六進位數字）
err-phrase-signature-line = 第 { $line } 行：簽署行已損壞（應為 `{ $prefix }` 加 128 個小寫十六進位數字）
err-phrase-lost-newline = 第 { $line } 行：簽署行失去了最後的換行符（檔案被截斷或修改過）
err-phrase-text-after = 第 { $line } 行：簽署之後還有文字，而這些文字沒有人簽署
err-phrase-bad-public-key = 第 { $line } 行：公開密鑰不是有效的 Ed25519 密鑰
err-phrase-bad-signature = 第 { $line } 行：簽署格式不正確
err-phrase-no-revision-yet = 「{ $id }」尚未有已簽署的修訂版本：請用 `farol sign { $id }` 簽署
err-phrase-revisions-are = 其修訂版本為 { $revisions }
err-phrase-did-you-mean-one-of = 你是否指以下其中之一：{ $ids }？
err-phrase-line-column = 第 { $line } 行第 { $column } 列：{ $why }
err-phrase-json-eof = 檔案過早結束：它被截斷了；請重新匯出草稿
err-phrase-json-syntax = 該位置不是有效的 JSON（缺少逗號、引號或括號？）；請在該處修正，或重新匯出草稿
err-phrase-json-data = 該處有欄位的名稱或值不正確；匯出檔案的欄位應與 `farol export ID --format json` 寫出的相同
err-phrase-json-io = 請確認檔案可以讀取
err-phrase-attest-description = 對處理的描述與實際情況相符
err-phrase-attest-risks = 已理解有關風險
err-phrase-attest-plan = 接受行動計劃並會付諸實行
err-phrase-cell-date = 應為日期，即 `Text("YYYY-MM-DD")`
err-phrase-cell-text = 應為 `Text("…")`
err-phrase-cell-choice = 應為一個 `Choice("…")`
err-phrase-cell-choices = 應為 `Choices(["…"])`
err-phrase-cell-not-date = 「{ $date }」不是以 YYYY-MM-DD 寫成的日期，例如 2026-11-02
err-phrase-cell-no-choice = 沒有選項「{ $choice }」；可選：{ $allowed }

## 問卷、鎖定、政策、設定

err-load-io-hint = 請檢查路徑，並確認你有權讀取該檔案
err-lock-held = 評估「{ $id }」已在另一個 Farol 中開啟（程序 { $pid }）
err-lock-held-review = 「{ $id }」的審閱已在另一個 Farol 中開啟（程序 { $pid }）
err-lock-held-hint = 請切換到該視窗，或先將它關閉。如果該程序已不存在，請刪除 { $path }
err-lock-busy = 評估「{ $id }」正被另一個 Farol 指令修改；已等候 { $waited } 秒仍未完成
err-lock-busy-review = 「{ $id }」的審閱正被另一個 Farol 指令修改；已等候 { $waited } 秒仍未完成
err-lock-busy-hint = 沒有寫入任何內容；請稍後再試。如果問題持續，表示有一個 farol 程序在修改 { $path } 時停住了：請用 `ps` 找出並結束它
err-lock-io = 無法鎖定 { $path }：{ $source }
err-lock-io-hint = 請確認你有權寫入卷宗目錄
lock-other-host = 注意：「{ $id }」曾在另一部電腦上被鎖定（{ $host }，使用者 { $user }，自 { $since } 起）。鎖只在取得它的電腦上有效，因此已在此接管。每個人編輯自己的草稿：在那部電腦上編輯的內容，要在簽署、提交（commit）並拉取（pull）後才會來到此卷宗。
err-policy-io-hint = 請確認你有權讀取卷宗
err-policy-parse-hint = 政策檔案的內容應為 `Policy(allow_self_review: true)`；如要拒絕自我審閱，請刪除該檔案
err-settings-no-home = 找不到用來儲存設定的主目錄：請設定 { $env }

## 審閱

err-review-incomplete = 「{ $id }」：其簽署紀錄不完整，因此無法判斷其狀態：{ $problems }
err-review-incomplete-hint = 請執行 `farol verify { $dir }` 查看詳情，並從備份還原檔案
err-review-newer-schema = { $at }：這份審閱由較新版本的 Farol 寫成（結構版本 { $found }；本版本最多只能讀取 { $supported }）
err-review-newer-schema-hint = 請用較新版本的 Farol 開啟。檔案沒有被更改。
err-review-not-signed = 「{ $id }」沒有已簽署的修訂版本可供審閱
err-review-not-signed-hint = 評估人須先用 `farol sign { $id }` 簽署草稿
# $reason 說明之後有何改變，例如「其後已簽署修訂版本 3」（目前為英文）。
err-review-outdated = 這份審閱評的是「{ $id }」的修訂版本 { $judged }，但 { $reason }
err-review-outdated-hint = 請執行 `farol review { $id }` 審閱修訂版本 { $latest }；儲存新審閱時，修訂版本 { $judged } 的審閱會另行保留
err-review-broken-revisions =
    「{ $id }」的修訂版本未能通過核實，因此不能核准或不予核准：
    { $problems }
err-review-broken-revisions-hint = 請執行 `farol verify { $dir }` 查看詳情，並請評估人從備份還原修訂版本
err-review-broken-chain =
    「{ $id }」的審閱未能通過核實，因此新的審閱不能與之相連：
    { $problems }
err-review-broken-chain-hint = 請執行 `farol verify { $dir }` 查看詳情，並從備份還原審閱
err-review-no-opinion = 「{ $id }」的審閱沒有整體結論
err-review-no-opinion-hint = 請選擇其一：`farol review { $id } --opinion approve|approve-with-conditions|reject`
err-review-no-conditions = 附條件核准必須寫明條件
err-review-no-conditions-hint = 請寫下條件：`farol review { $id } --conditions "…"`
err-review-no-reason = 不予核准必須說明理由：目前沒有理由、意見，也沒有標明須改善或須更正的部分
err-review-no-reason-hint = 請用 `farol review { $id } --conditions "…"` 說明理由，用 --comment 對問題提出意見，或用 --verdict 標明部分
err-review-not-attested = 核准須作出全部聲明；尚未作出：{ $missing }
err-review-not-attested-hint = 請逐項核對後作出聲明，例如 `farol review { $id } --attest all`，或不予核准
err-review-to-correct-approved = 審閱核准「{ $id }」，但標明 { $sections } 須更正
err-review-to-correct-approved-hint = 請選擇不予核准（並說明須更正甚麼），或在該部分改妥後更改評定
err-review-not-judged = 審閱核准「{ $id }」，但沒有就 { $sections } 作出評定
err-review-not-judged-hint = 請先評定每一部分（`--verdict SECTION acceptable`、`to-improve` 或 `to-correct`），或不予核准
err-review-self-review = 「{ $id }」的修訂版本 { $revision } 由 { $name } 以同一把密鑰（{ $key }）簽署：簽署人不能副署對其作出的審閱
err-review-self-review-hint = 請另一位審閱人或核准人副署；如必須由同一人兼任，請在卷宗的 policy.ron 中寫明：`Policy(allow_self_review: true)`
err-review-unknown-question = 審閱對「{ $question }」提出意見，但它不是 { $questionnaire } 的問題
err-review-unknown-section = 審閱對「{ $section }」作出評定，但它不是 { $questionnaire } 的部分
err-review-unknown-section-hint = 各部分為：{ $known }
err-review-assessor-key = { $key }（{ $name }）是評估人的密鑰；審閱須由審閱人或核准人副署
err-review-assessor-key-hint = 請用 `farol keys new --name "{ $name }" --role reviewer` 建立審閱人密鑰，讓卷宗信任它（`farol keys trust`），並以 --key 簽署
err-review-due-too-early = 下次覆檢期限為 { $due }，並不在今天（{ $today }）之後
err-review-due-too-early-hint = 請以 --due YYYY-MM-DD 指定較後的日期，或不指定，即由今天起計六個月
err-review-exists = { $path } 已存在：已簽署的審閱永不覆寫
err-review-exists-hint = 同一時間有另一份審閱已副署；請再執行一次 `farol review`

## 匯出與匯入

err-exchange-not-export = { $file }：這不是 Farol 的匯出檔案（沒有 `farol_export` 欄位）
err-exchange-not-export-hint = 請指定由 `farol export ID --format json` 寫出的檔案
err-exchange-newer-format = { $at }：這份匯出檔案由較新版本的 Farol 寫成（格式版本 { $found }；本版本最多只能讀取 { $supported }）
err-exchange-newer-schema = { $at }：草稿由較新版本的 Farol 寫成（結構版本 { $found }；本版本最多只能讀取 { $supported }）
err-exchange-newer-hint = 請用較新版本的 Farol 匯入
err-exchange-questionnaire-mismatch = { $at }：匯出檔案指明的問卷是 { $top }，但其草稿回答的是 { $inner }
err-exchange-questionnaire-mismatch-hint = 兩者必須一致；請用 `farol export ID` 重新匯出草稿
err-exchange-bad-answer-hint = 請在檔案中更正或刪除該答案，或重新匯出草稿
err-exchange-bad-id-empty = 「{ $id }」不能作為評估識別碼：它是空白的
err-exchange-bad-id-long = 「{ $id }」不能作為評估識別碼：它超過 100 個字元
err-exchange-bad-id-dot = 「{ $id }」不能作為評估識別碼：它以句點開頭
err-exchange-bad-id-characters = 「{ $id }」不能作為評估識別碼：它含有字母、數字、「-」、「_」和「.」以外的字元
err-exchange-bad-id-hint = 請使用字母、數字、連字號、句點和底線，例如 `--id clinic-portal-copy`
err-exchange-exists = 卷宗 { $dossier } 已有評估「{ $id }」
err-exchange-exists-hint = 請用 --id NEWID 以另一個識別碼匯入，或用 --force 取代其草稿
err-exchange-csv = 無法寫出 CSV：{ $why }
err-exchange-csv-hint = 這是 Farol 的程式錯誤；在修正之前，請匯出為 JSON

## 簽署密鑰

err-key-exposed = 其他使用者可以讀取 { $path }（權限 { $mode }）；私人密鑰只應由其持有人讀取
err-key-exposed-hint = 請執行 `chmod 600 { $path }`；如其他人可能已複製它，請用 `farol keys new` 建立新密鑰
err-key-exposed-dir = 密鑰目錄 { $path } 對其他使用者開放（權限 { $mode }）
err-key-chmod-dir-hint = 請執行 `chmod 700 { $path }`
err-key-writable-dir = 其他使用者可以寫入密鑰目錄 { $path }（權限 { $mode }）：任何人都可以用自己的密鑰替換你的密鑰，因此不會用它簽署任何內容
err-key-writable-dir-hint = 請執行 `chmod 700 { $path }`，然後用 `farol keys list` 確認其中的密鑰都是你的
err-key-needs-passphrase = { $path } 受密碼保護，但沒有終端機可以詢問密碼
err-key-needs-passphrase-hint = 請在終端機中執行該指令，或只為該指令設定 { $env }
err-key-wrong-passphrase = { $path } 的密碼錯誤（或檔案已損壞）
err-key-wrong-passphrase-hint = 請再試一次；忘記的密碼無法找回：請用 `farol keys new` 建立新密鑰，並讓卷宗信任它
err-key-no-keys = { $dir } 中沒有簽署密鑰
err-key-no-keys-hint = 請用 `farol keys new --name "Your Name" --role assessor` 建立一把
err-key-which-key = { $dir } 中有 { $count } 把簽署密鑰；請指明用哪一把簽署
err-key-which-key-hint = 請以 --key 指定其中之一：{ $known }
err-key-unknown-key = { $dir } 中沒有簽署密鑰「{ $id }」
err-key-bad-role = 「{ $role }」不是一個角色
err-key-bad-role-hint = 請使用 `assessor`（評估人）、`reviewer`（審閱人）或 `approver`（核准人）
err-key-no-name-hint = 請指明密鑰持有人的姓名，例如 `--name "Ana Lei"`
err-key-not-a-key = 無法從「{ $given }」讀取公開密鑰
err-key-not-a-key-hint = 請指定由 `farol keys show` 寫出的檔案（…pub.ron）、SPKI PEM 檔案（`BEGIN PUBLIC KEY`）、64 個十六進位數字，或你自己其中一把密鑰的編號（farol:…）
err-key-no-role = 要信任的密鑰沒有說明其角色
err-key-no-role-hint = 請加上 `--role assessor`、`--role reviewer` 或 `--role approver`
err-key-random = 系統的隨機數產生器失效：{ $why }
err-key-random-hint = 請再試一次；如問題持續，表示作業系統無法提供隨機數
err-key-encode = 無法將新密鑰編碼為 PKCS#8：{ $why }
err-key-no-home = 找不到這位使用者的設定檔目錄
err-key-no-home-hint = 請將 { $env } 設為存放你的簽署密鑰的目錄
err-key-trust-without-name = --trust { $spec }：檔案載有密鑰，但沒有說明屬於誰、以甚麼角色使用
err-key-trust-without-name-hint = 請指定 `farol keys show` 寫出的檔案（其中寫明持有人和角色），或完整的密鑰指紋
err-key-unknown-fingerprint = --trust { $fingerprint }：要核實的內容中沒有附帶這個密鑰指紋的密鑰，你的卷宗中也沒有，因此不知道其持有人和角色
err-key-unknown-fingerprint-hint = 請指定 `farol keys show` 寫出的密鑰檔案（`--trust FILE`）
err-key-not-trust-spec = --trust { $spec }：既不是密鑰檔案，也不是完整的密鑰指紋
err-key-not-trust-spec-hint = 請指定由 `farol keys show` 寫出的檔案，或從密鑰持有人取得的 64 位十六進位密鑰指紋

## 已簽署的修訂版本

err-record-exists = { $path } 已存在：已簽署的修訂版本永不覆寫
err-record-exists-hint = 同一時間有另一次簽署；請再執行一次 `farol sign`，以產生下一個修訂版本
err-record-broken-chain =
    「{ $id }」的修訂版本未能通過核實，因此新的修訂版本不能與之相連：
    { $problems }
err-record-broken-chain-hint = 請執行 `farol verify { $dir }` 查看詳情，並從備份還原修訂版本
err-record-incomplete =
    「{ $id }」的簽署紀錄不完整，因此不會在其上簽署新內容（否則會掩蓋有檔案被刪除）：
    { $problems }
err-record-incomplete-hint = 請執行 `farol verify { $dir }` 查看詳情，並從備份還原缺失的檔案
err-record-not-records = { $path } 不是修訂版本、評估或卷宗
err-record-not-records-hint = 請指定修訂版本檔案（`…/revisions/0001.ron`）、評估目錄（`…/assessments/ID`）或卷宗目錄
err-record-no-revision = 「{ $id }」沒有修訂版本 { $revision }
err-record-no-revision-yet = 「{ $id }」尚未有修訂版本

## 卷宗及其草稿

err-dossier-io-hint = 請確認卷宗目錄存在，而且你有權寫入（以 --dossier DIR 或 FAROL_DOSSIER 設定）
err-dossier-not-found = 卷宗 { $dossier } 中沒有評估「{ $id }」
err-dossier-not-found-did-you-mean = `farol list` 會列出各項評估；你是否指「{ $close }」？
err-dossier-not-found-empty = `farol list` 會列出各項評估；卷宗是空的：請用 `farol new --title …` 或 `farol demo` 開始
err-dossier-not-found-known = `farol list` 會列出各項評估；現有：{ $known }
err-dossier-unchanged-hint = { $hint }。檔案沒有被更改。
err-dossier-newer-schema = { $at }：這份草稿由較新版本的 Farol 寫成（結構版本 { $found }；本版本最多只能讀取 { $supported }）
err-dossier-newer-schema-hint = 請用較新版本的 Farol 開啟。檔案沒有被更改。
err-dossier-bad-answer-hint = 請在檔案中更正或刪除該答案。檔案沒有被更改。
err-dossier-missing-questionnaire = 這份草稿所回答的問卷（{ $id } { $version }，雜湊值 { $short }）不在卷宗中，也沒有內置於這個 Farol
err-dossier-missing-questionnaire-hint = 請將問卷檔案複製到 { $dir }
err-dossier-unknown-questionnaire = 沒有問卷「{ $name }」
err-dossier-unknown-questionnaire-hint = 請指定內置問卷（macau-pdpa）或 .ron 檔案的路徑
err-dossier-invalid-questionnaire = 問卷 { $file } 有 { $errors } 個錯誤；請執行 `farol questionnaire check { $file }` 查看
err-dossier-disk-full = 磁碟已滿：無法寫入 { $path }
err-dossier-disk-full-hint = 請在該磁碟騰出一些空間後再做一次；磁碟上的草稿維持原狀
err-dossier-changed-on-disk = { $path } 在讀取後已被另一個 Farol 指令更改
err-dossier-changed-on-disk-hint = 沒有寫入任何內容；現在會重新讀取：請檢查一遍後再試
err-dossier-rebuild = 「{ $id }」在這部電腦上沒有草稿，而用來建立草稿的最新已簽署修訂版本無法讀取：

## 答案

err-answer-unknown-question = 「{ $id }」不是這份問卷的問題{ $suggestion }
err-answer-did-you-mean = （是否指「{ $id }」？）
err-answer-wrong-kind = 問題「{ $question }」應以 { $expected } 回答，而不是 { $got }
err-answer-unknown-choice = 問題「{ $question }」沒有選項「{ $choice }」；可選：{ $allowed }
err-answer-one-choice = 問題「{ $question }」只接受一個選項，不能多選
err-answer-out-of-range = 問題「{ $question }」：{ $value } 超出範圍（{ $range }）
err-answer-unknown-column = 問題「{ $question }」沒有欄「{ $column }」；各欄：{ $allowed }
err-answer-bad-cell = 問題「{ $question }」，欄「{ $column }」：{ $problem }
err-answer-unreadable = 問題「{ $question }」：無法將「{ $value }」讀作 { $expected }

## 證據包

err-evidence-nothing = 沒有可以放入證據包的內容：{ $why }
err-evidence-exists = { $path } 已存在
err-evidence-exists-not-empty = { $path } 已存在，而且不是空的
err-evidence-exists-not-dir = { $path } 已存在，而且不是目錄
err-evidence-exists-filled = { $path } 已存在，並在寫出證據包期間被寫入了內容
err-evidence-exists-hint = 證據包永不取代任何內容；請用 -o 指定另一個輸出位置，或將舊的移走
err-evidence-bad-name = { $path }：名稱 { $name } 不能列入清單（其中有換行符或反斜線）
err-evidence-bad-name-hint = 請將它改名，只用字母、數字和連字號
err-evidence-disk-full = 磁碟已滿：無法將 { $what } 解壓到 { $path }
err-evidence-disk-full-hint = 請在該磁碟騰出 { $need }，或將 TMPDIR 指向有足夠空間的磁碟，然後再執行指令；證據包的內容一概沒有保留
err-evidence-not-bundle = { $path } 不是證據包：{ $why }

err-record-not-forked = 「{ $id }」沒有分叉：它只有一個最新修訂版本，因此無需解決
err-record-not-forked-hint = 請以 `farol sign { $id }` 簽署草稿
err-record-ambiguous = 「{ $id }」的修訂版本 { $revision } 有 { $count } 個檔案（分叉）：{ $choices }
err-record-ambiguous-hint = 請以雜湊值的開頭指明其中一個，例如 `{ $first }`；`farol verify` 會列明分叉，`farol resolve { $id }` 可將其解決
