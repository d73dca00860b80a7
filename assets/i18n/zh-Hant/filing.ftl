# 向個人資料保護局提交的文件（`farol filing`）：通知（第二十一條）或許可申請（第二十二條、
# 第二十條第二款）須載明的第二十三條(一)至(十)項內容，逐項排列，以便抄錄到個人資料保護局的表格。
# `反引號` 內為問題編號，保持原樣。

## 共用部分
filing-sep = 、
filing-cite-sep = ；
# 第二十三條的一項；$n 為中文數字。
filing-item-mark = ({ $n })項
filing-item-heading = 第二十三條({ $n })項：{ $title }
filing-field = { $label }：{ $value }
filing-row = { $n }.
filing-question-answer = { $question }答：{ $answer }
filing-reason = 原因：{ $because }（{ $cites }）
filing-item-cite = 法例：{ $cites }

## 文件開頭
filing-title = 向個人資料保護局提交的文件：{ $title }
filing-assessment = 評估：{ $id }
filing-signed = 根據已簽署的修訂版本 { $revision } 編製，由 { $signer } 於 { $at } 簽署。
filing-sha256 = 已簽署版本檔案的 SHA-256：{ $sha256 }
filing-not-signed = 未簽署：此為根據草稿編製的預覽。提交前請先簽署評估（`farol sign`），並根據已簽署的版本編製文件。
filing-not-signed-mark = 【未簽署：草稿預覽】
filing-questionnaire = 問卷：{ $id } { $version }
filing-forms-summary = 表格共 { $n } 份，每個目的一份（許可申請：{ $authorise } 份；通知：{ $notify } 份）。
filing-complete = 完整：第二十三條的每一項均已按答案填妥。
filing-incomplete = 未完成：提交前尚有 { $n } 處須補充（列於各項之下及文件末尾）。
filing-incomplete-mark = 【未完成：見須補充之處】
filing-how-to = 請以中文或葡文提交，以下每個目的一份表格。須取得許可的目的，須在開始處理前以個人資料保護局的許可申請表格提交；其他目的須在開始處理後8日內作出通知。請將每一項抄錄到表格，提交前逐項核對。

## 表格
filing-form-heading = 第 { $n } 份表格（共 { $total } 份）：{ $purpose }
filing-decision-notify = 判斷：向個人資料保護局作出通知（第二十一條）
filing-decision-authorise = 判斷：開始前須向個人資料保護局申請許可（第二十二條、第二十條第二款）

## 須補充之處
filing-gap-line = ！{ $text }
filing-gap-missing = { $mark }{ $missing }
filing-gap-answer = { $mark }未有提供「{ $what }」：請回答 `{ $question }`
filing-gap-answer-first = { $mark }未有提供「{ $what }」：請先回答 `{ $first }`，再回答 `{ $question }`
filing-gap-purpose-cell = { $mark }未有就「{ $purpose }」提供「{ $what }」：請回答 `{ $question }`
filing-gap-row-cell = { $mark }第 { $row } 行（「{ $name }」）未有提供「{ $what }」：請回答 `{ $question }`
filing-gap-no-purposes = { $mark }未有列出任何目的：請回答 `{ $question }`
filing-gap-no-rows = { $mark }`{ $question }` 中沒有任何內容涉及「{ $purpose }」：請回答 `{ $question }`
filing-gaps-heading = 提交前尚有 { $n } 處須補充
filing-gaps-none = 沒有須補充之處：每一項均已填妥。

## 轉移
filing-transfers-heading = 須另行提交的澳門以外轉移
filing-transfers-none = 沒有任何轉移以同意或法律列明的必要情況（第二十條第一款）或大灣區標準合同為依據。須取得個人資料保護局許可的轉移已列於上述表格的(九)項。
filing-transfer-notified = 轉移通知（第二十條第一款），流向 { $row }：{ $name }
filing-transfer-gba = 大灣區（內地、澳門）標準合同，流向 { $row }：{ $name }
filing-transfer-gba-draft = 草稿，須向個人資料保護局確認：大灣區標準合同是否符合第十九條及第二十條對此轉移的要求，由個人資料保護局確認。以下為備案所需的資料：雙方、資料、目的，以及簡化個人信息保護影響評估的要點。
filing-transfer-state = 依據：{ $state }
filing-transfer-purposes = 所服務的目的：{ $purposes }
filing-translation-note = 本文件中 Farol 自身的文字為 Farol 的翻譯；第8/2005號法律的正式文本為中文及葡文文本。

## 指令
filing-bad-revision = 「{ $given }」不是版本：請提供數字、`latest` 或 `draft`
filing-cannot = 無法編製「{ $id }」的提交文件
filing-refused = 「{ $id }」的修訂版本 { $revision } 未能通過核實：不會用於提交。
filing-refused-hint = 請以 `farol verify { $id }` 檢查；簽署後被更改的版本不能用於提交。
filing-draft-changed = 注意：「{ $id }」的草稿自修訂版本 { $revision }（本文件所根據的修訂版本）以來已有更改：如要提交有關更改，請先簽署（`farol sign { $id }`），或以 `--revision draft` 預覽
filing-wrote = 已將「{ $id }」的提交文件寫入 { $path }。

## `farol questionnaire check`：第二十三條的對應
filing-check-item-absent = `notification`（通知的內容）沒有「{ $item }」項：第二十三條列出(一)至(十)項
filing-check-item-absent-hint = 加入 Item(id: "{ $item }", …)，連同其標題、`complete`、`missing` 及 `fill`
filing-check-item-unknown = { $owner }不是第二十三條(一)至(十)項之一
filing-check-item-unknown-hint = 以 a 至 j 其中一個字母作為其識別碼
filing-check-unmapped = { $owner }沒有說明由甚麼填寫
filing-check-unmapped-hint = 加入 `fill: [...]`：`Answer(question: …)`、`Answers(questions: [...])` 或 `Rows(question: …, columns: [...])`
filing-check-no-questions = { $owner }：Answers 來源沒有列出任何問題
filing-check-no-columns = { $owner }：Rows 來源沒有顯示任何欄
filing-check-no-columns-hint = 在 `columns` 中列出要顯示的欄
filing-check-required-hidden = { $owner }：必填欄「{ $column }」不在顯示的欄之中
filing-check-required-hidden-hint = 將其加入 `columns`，使必填的內容亦會顯示
filing-check-own-not-purposes = { $owner }：`purpose: Own` 須用於目的問題，而不是「{ $question }」
filing-check-own-not-purposes-hint = 用於 `filing.purposes` 所指的問題，或改用 Carries("column")
filing-cli-about = 向個人資料保護局提交的文件：每個目的的判斷及第二十三條的內容，以文字列出，以便抄錄到個人資料保護局的表格，或以 PDF 輸出
filing-cli-arg-id = 評估的識別碼（見 `farol list`）
filing-cli-arg-revision = 提交哪一版：版本號碼、`latest` 或 `draft`（標示為未簽署）。預設：最新的已簽署版本；如尚未簽署，則為草稿
filing-cli-arg-output = 文件寫入的位置；`-` 為標準輸出（預設）。檔案名稱以 `.pdf` 結尾時，文件以 PDF 輸出，語言依 `--lang`：請以中文（`zh-Hant`）或葡文（`pt`）提交；英文版標示為工作副本

## The pack as a PDF (`farol filing ID -o FILE.pdf`)
filing-pdf-banner = 向個人資料保護局提交的文件
filing-pdf-header-left = 個人資料保護局申報文件 · { $id }
filing-pdf-header-signed = 修訂版本 { $n } · SHA-256 { $sha }…
filing-pdf-not-signed-mark = 未簽署——草稿預覽
filing-pdf-incomplete-mark = 未完成——提交前尚有 { $n } 處須補充
filing-pdf-working-copy = 工作副本——請以中文或葡文提交
filing-pdf-working-copy-box = 英文工作副本：個人資料保護局接受以中文或葡文提交的文件。請以 `--lang zh-Hant` 或 `--lang pt` 編製提交用的文件。
filing-pdf-signed-box = 根據評估的已簽署版本編製，該版本及其 SHA-256 列於下方。
filing-pdf-controller = 負責處理個人資料的實體及其代表
filing-pdf-controller-none = 問卷未列出第二十三條(一)項：見各表格。
filing-pdf-what = 本文件根據的資料
filing-pdf-label-assessment = 評估
filing-pdf-label-questionnaire = 問卷
filing-pdf-label-revision = 提交的版本
filing-pdf-revision-value = 修訂版本 { $n }，由 { $signer } 於 { $at } 簽署
filing-pdf-label-sha256 = 版本檔案的 SHA-256
filing-pdf-forms = 本文件的表格，每個目的一份
filing-pdf-col-form = 表格
filing-pdf-col-purpose = 目的
filing-pdf-col-decision = 判斷
filing-pdf-col-gaps = 須補充
filing-pdf-gaps-none-short = 無
filing-pdf-notify-short = 通知（第二十一條）
filing-pdf-authorise-short = 許可申請（第二十二條、第二十條第二款）
filing-pdf-col-no = 序號
filing-pdf-col-question = 問題
filing-pdf-col-answer = 答覆
filing-pdf-label-basis = 依據
filing-pdf-label-purposes = 所服務的目的
filing-check-no-duty = 沒有義務標示為 `files: Some({ $procedure })`：提交文件及證據包無法說明是否已記錄這項提交
filing-check-no-duty-hint = 請在該項提交所履行的義務中加上 `files: Some({ $procedure })`
filing-cli-arg-json = 供程式讀取的輸出：以 JSON 輸出提交文件，各語言相同

## 提交文件 PDF 的元數據
filing-pdf-subject = 按第8/2005號法律向個人資料保護局作出的通知及許可申請，來自評估 { $id }，{ $revision ->
    [0] 未簽署的草稿
   *[other] 已簽署的修訂版本 { $revision }
}
