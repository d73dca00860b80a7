# `farol verify` 的核實結果：已簽署的紀錄有何問題、在哪裏、應如何處理。
# $kind 為 "revision"（評估的已簽署修訂版本）或 "review"（已副署的審閱）。
# 檔案名稱與 `反引號` 內的指令保持原樣。
# 用語：修訂版本、審閱、簽署、密鑰、密鑰指紋、受信任、卷宗、評估、備份、
# 狀態摘要（head：簽署時列明評估全部內容的已簽署檔案）、索引、草稿、問卷。

## 簽署人的角色
verify-role-assessor = 評估人
verify-role-reviewer = 審閱人
verify-role-approver = 核准人

## 受信任密鑰的來源
verify-source-trust-flag = 以 `--trust` 指定的密鑰
verify-source-own-dossier = 你的卷宗 { $dossier } 的受信任密鑰
verify-source-dossier = 卷宗 { $dossier } 的受信任密鑰
verify-source-and-bundle-keys = { $source }，以及隨附的密鑰（`--trust-bundle-keys`）
verify-key-line = { $key } { $name }（{ $role }），密鑰指紋 { $fingerprint }
verify-trusted-key-damaged = { $file }：{ $problem }；在修正該檔案前，此密鑰不獲信任（`farol keys trust` 會重寫該檔案）
verify-trust-unknown-fingerprint = `--trust` { $fingerprint }：受核實的內容中沒有附帶此密鑰指紋的密鑰，因此這裏沒有任何內容可由它簽署：密鑰已被替換，或該密鑰指紋並非屬於此證據包；請再向密鑰持有人確認
verify-trust-name-from-files = `--trust` { $fingerprint }：此密鑰的姓名及角色（{ $name }，{ $role }）取自受核實的檔案本身；請向提供密鑰指紋的人確認

## 核實的範圍
verify-nothing-signed = 在 { $paths } 中找不到已簽署的紀錄；請先以 `farol sign ID` 簽署草稿
verify-revisions-removed = 「{ $id }」：其草稿指明修訂版本 { $n } 已簽署，但 { $dir } 內沒有任何修訂版本：修訂版本已被刪除；請從備份還原
verify-reviews-without-revision = 「{ $id }」有已簽署的審閱，卻沒有已簽署的修訂版本：其修訂版本已被刪除；請從備份還原
verify-not-signed-yet = 「{ $id }」尚未有已簽署的修訂版本（請以 `farol sign { $id }` 簽署）
verify-no-review-in-dir = { $dir } 內沒有已簽署的審閱；請先以 `farol review ID --sign` 副署一份審閱
verify-no-revision-in-dir = { $dir } 內沒有已簽署的修訂版本；請先以 `farol sign ID` 簽署草稿
verify-nothing-to-verify = 「{ $id }」沒有可核實的已簽署修訂版本；請先以 `farol sign { $id }` 簽署
verify-zip-outside-bundle = { $name } 位於壓縮檔內，但在證據包資料夾之外：它是在打包後加入的

## 簽署與信任
verify-cannot-read = 無法讀取 { $file }：{ $error }；請確認檔案存在及你有權讀取
verify-signature-mismatch = 簽署與檔案內容不符：紀錄在簽署後被更改；請從備份還原
verify-signer-key-mismatch = { $kind ->
    [review] 此審閱
   *[other] 此紀錄
}列明簽署人的密鑰為 { $named }，但實際以 { $used } 簽署；這並非 { $name } 所簽署的內容
verify-review-by-assessor = 此審閱由 { $name } 以評估人身份簽署；審閱須由審閱人或核准人副署
verify-key-untrusted = 以 { $key } 簽署，此密鑰在此不獲信任（其聲稱屬於 { $name }，{ $role }）
    {"  "}提示：如密鑰持有人確認密鑰指紋為 { $fingerprint }，請加上 `--trust { $fingerprint }`，或在你的卷宗中以 `farol keys trust { $hex } --name "{ $name }" --role { $arg }` 信任此密鑰
verify-signer-name-mismatch = 以 { $name }（{ $role }）的名義簽署，但密鑰 { $key } 是作為 { $trusted } 的密鑰而獲信任（密鑰指紋 { $fingerprint }）：這是以一人的密鑰冒他人之名所作的簽署；切勿依賴
verify-signer-role-mismatch = 以{ $role }身份簽署，但密鑰 { $key } 只獲信任為{ $trusted }
verify-file-key-mismatch = 檔案列明的密鑰為 { $named }，但實際以 { $used } 簽署：這並非 { $name } 所簽署的內容
verify-file-key-untrusted = 由 { $name }（{ $role }）以 { $key } 簽署，此密鑰在此不獲信任
    {"  "}提示：如密鑰持有人確認密鑰指紋為 { $fingerprint }，請加上 `--trust { $fingerprint }`

## 修訂版本及審閱的鏈
verify-chain-not-checked = 未核實{ $kind ->
    [review] 審閱鏈
   *[other] 修訂版本鏈
}：檔案不在評估的 { $dir } 目錄內
verify-chain-unreadable = { $kind ->
    [review] 無法核實審閱鏈：無法讀取該審閱
   *[other] 無法核實修訂版本鏈：無法讀取該紀錄
}
verify-chain-other-assessment = { $file } 是評估「{ $other }」的{ $kind ->
    [review] 審閱
   *[other] 修訂版本
}，而非「{ $id }」的：它是從另一份評估調換過來的
verify-chain-copy = { $kind ->
    [review] { $file } 是 { $other }（審閱 { $n }）的副本：重複的審閱
   *[other] { $file } 是 { $other }（修訂版本 { $n }）的副本：重複的修訂版本
}
verify-chain-same-number = { $kind ->
    [review] { $file } 與 { $other } 同樣載有審閱 { $n }：重複或被調換的審閱
   *[other] { $file } 與 { $other } 同樣載有修訂版本 { $n }：重複或被調換的修訂版本
}
verify-chain-renamed = { $kind ->
    [review] { $file } 載有的是審閱 { $n }，而非 { $place }：審閱檔案被改名或調換次序
   *[other] { $file } 載有的是修訂版本 { $n }，而非 { $place }：修訂版本檔案被改名或調換次序
}
verify-chain-first-names-previous = { $kind ->
    [review] { $file } 是審閱 1，卻指明有上一份審閱：較早的審閱已被刪除，或它是從另一條鏈取來的
   *[other] { $file } 是修訂版本 1，卻指明有上一個修訂版本：較早的修訂版本已被刪除，或它是從另一條鏈取來的
}
verify-chain-no-previous = { $kind ->
    [review] { $file } 是審閱 { $n }，卻沒有指明上一份審閱
   *[other] { $file } 是修訂版本 { $n }，卻沒有指明上一個修訂版本
}
verify-chain-gap = { $kind ->
    [review] 缺少審閱 { $from }至{ $to }（檔案由 { $before } 直接跳至 { $file }）
   *[other] 缺少修訂版本 { $from }至{ $to }（檔案由 { $before } 直接跳至 { $file }）
}
verify-chain-one-missing = { $kind ->
    [review] 缺少審閱 { $n }（檔案由 { $before } 直接跳至 { $file }）
   *[other] 缺少修訂版本 { $n }（檔案由 { $before } 直接跳至 { $file }）
}
verify-chain-first-ones-missing = { $kind ->
    [review] 缺少審閱 1至{ $to }
   *[other] 缺少修訂版本 1至{ $to }
}
verify-chain-first-missing = { $kind ->
    [review] 缺少審閱 1
   *[other] 缺少修訂版本 1
}
verify-chain-reordered = { $kind ->
    [review] { $file } 接續的是 { $follows }，而非 { $prior }：審閱的次序被調換
   *[other] { $file } 接續的是 { $follows }，而非 { $prior }：修訂版本的次序被調換
}
verify-chain-prior-changed = { $kind ->
    [review] { $file } 並非接續 { $prior }：{ $prior } 在審閱 { $n } 簽署後被替換或更改
   *[other] { $file } 並非接續 { $prior }：{ $prior } 在修訂版本 { $n } 簽署後被替換或更改
}
verify-answered-review-missing = { $file } 回應審閱 { $n }（{ $shown }），但該審閱已不存在：審閱已被刪除；請從備份還原
verify-answered-review-differs = { $file } 回應審閱 { $n }，但 { $shown } 並非它所回應的審閱（其 SHA-256 不同）：審閱已被替換或更改；請從備份還原
verify-judged-missing = { $file } 審閱的是「{ $id }」的修訂版本 { $n }，但 { $revision } 已不存在：修訂版本在審閱後被刪除；請從備份還原
verify-judged-missing-unnamed = { $file } 審閱的是「{ $id }」的修訂版本 { $n }，但其修訂版本檔案已不存在：修訂版本在審閱後被刪除；請從備份還原
verify-judged-differs = { $file } 審閱的是修訂版本 { $n }，但 { $revision } 並非其審閱的檔案（其 SHA-256 不同）：修訂版本在審閱後被替換或更改；請從備份還原
verify-self-review = { $file } 以簽署其所審閱的修訂版本 { $n } 的同一密鑰副署（{ $name }，{ $key }）：同一人不得既簽署又審閱
    {"  "}提示：請由另一名審閱人副署；如確須由同一人兼任，請在卷宗的 policy.ron 中寫明：`Policy(allow_self_review: true)`

## 草稿的錨點：草稿最後簽署成的修訂版本
verify-anchor-draft-unreadable = 無法以草稿核對最新的修訂版本，因為草稿無法讀取：{ $error }
verify-anchor-missing = { $draft } 指明為最新已簽署的修訂版本 { $n }（{ $shown }）已不存在：最新的修訂版本已被刪除；請從備份還原
verify-anchor-differs = { $file } 並非由此草稿簽署而成的修訂版本（其 SHA-256 與 { $draft } 所記錄的不同）：它已被替換；請從備份還原
verify-anchor-older-draft = { $draft } 最後簽署為修訂版本 { $n }，其後已簽署修訂版本 { $newest }：如卷宗與他人共用（git），草稿若無自己的修改，下次開啟時會跟隨該版本；如沒有其他人在此卷宗簽署，草稿可能是從較舊的副本還原的

## 狀態摘要與卷宗索引（完整性）
verify-signed-file-changed = { $file }：簽署與檔案不符：檔案在簽署後被更改；請從備份還原
verify-signed-file-unreadable = { $file }：簽署有效，但檔案無法讀取（{ $error }）；它可能由較新版本的 Farol 寫成
verify-no-heads = 「{ $id }」沒有狀態摘要（assessments/{ $id }/heads/）：它是在 Farol 開始記錄狀態摘要前簽署的，或其狀態摘要已被刪除，因此無法察覺其最新修訂版本或審閱被刪除
    {"  "}提示：請重新簽署（`farol sign { $id }`），以寫入列明其全部內容的狀態摘要；或加上 `--accept-unanchored`，略過此項核實而核實其餘部分
verify-no-heads-accepted = 「{ $id }」沒有狀態摘要（assessments/{ $id }/heads/）：它是在 Farol 開始記錄狀態摘要前簽署的，或其狀態摘要已被刪除，因此無法察覺其最新修訂版本或審閱被刪除（已因 `--accept-unanchored` 而接受）
verify-head-first-missing = { $file }：缺少狀態摘要 { $n }（狀態摘要並非由第一個開始，而是由 { $after } 開始）：有狀態摘要被刪除；請從備份還原
verify-head-missing = { $file }：缺少狀態摘要 { $n }（狀態摘要由 { $before } 直接跳至 { $after }）：有狀態摘要被刪除；請從備份還原
verify-head-replaced = { $file } 並非接續 { $prior }：有狀態摘要被替換；請從備份還原狀態摘要
verify-head-elsewhere = { $file } 是「{ $other }」的狀態摘要 { $number }，而非「{ $id }」的狀態摘要 { $n }：它是從別處複製或被改名的；請從備份還原狀態摘要
verify-head-names-missing = { $kind ->
    [review] { $head } 所列明的審閱 { $n }（{ $shown }）已不存在：它在簽署後被刪除；請從備份還原
   *[other] { $head } 所列明的修訂版本 { $n }（{ $shown }）已不存在：它在簽署後被刪除；請從備份還原
}
verify-head-summary-differs = { $head } 的摘要與其所列明的修訂版本及審閱不符（{ $fields }）：該記錄是偽造的；請勿刪除任何檔案，並詢問簽署者
verify-head-names-differs = { $kind ->
    [review] { $shown } 並非 { $head } 所列明的審閱（其 SHA-256 不同）：它已被替換；請從備份還原
   *[other] { $shown } 並非 { $head } 所列明的修訂版本（其 SHA-256 不同）：它已被替換；請從備份還原
}
verify-revision-not-in-head = 修訂版本 { $n }（{ $shown }）未列於最新的狀態摘要 { $head }：簽署該修訂版本時寫入的狀態摘要已被刪除，或該修訂版本是人手加入的；請從備份還原狀態摘要
verify-review-not-in-head = 審閱 { $n }（{ $shown }）未列於最新的狀態摘要 { $head }：副署該審閱時寫入的狀態摘要已被刪除，或該審閱是人手加入的；請從備份還原狀態摘要
verify-no-index = 卷宗沒有索引（index/）：它是在 Farol 開始記錄索引前簽署的，或索引已被刪除，因此無法察覺整份評估被刪除
    {"  "}提示：下一次 `farol sign` 會寫入索引；或加上 `--accept-unanchored`，略過此項核實而核實其餘部分
verify-no-index-accepted = 卷宗沒有索引（index/）：它是在 Farol 開始記錄索引前簽署的，或索引已被刪除，因此無法察覺整份評估被刪除（已因 `--accept-unanchored` 而接受）
verify-index-missing = { $file }：缺少此簽署人的索引 { $n }：有索引被刪除；請從備份還原
verify-index-replaced = { $file } 並非接續其前一個索引：有索引被替換；請從備份還原
verify-index-elsewhere = { $file } 是 { $key } 的索引 { $n }：它被改名，或是從另一名簽署人的目錄複製過來的
verify-index-bad-name = { $index } 列明的評估「{ $id }」並非一個單純的名稱
verify-index-assessment-missing = { $index } 所列明的評估「{ $id }」已不在卷宗內：它已被刪除；請從備份還原 assessments/{ $id }
verify-index-view-broken = { $file } 建基於較早的完整索引，但該鏈中的索引 { $missing } 已遺失或被更改：無法核對其所列的評估；請從備份或 git 還原
verify-index-head-missing = { $index } 所列明的「{ $id }」狀態摘要 { $n }（{ $shown }）已不存在：「{ $id }」最新的已簽署狀態已被刪除或回退；請從備份還原
verify-index-head-differs = { $shown } 並非 { $index } 所列明的狀態摘要（其 SHA-256 不同）：它已被替換；請從備份還原

## 簽署前及 `farol status` 的快速核實
verify-quick-head-missing = { $index } 所列明的 { $head } 已不存在（最新的已簽署狀態已被刪除或回退）
verify-quick-head-bad = { $head } 未能通過核實：請對該評估執行 `farol verify`
verify-quick-file-replaced = { $file } 並非 { $head } 所列明的檔案（它已被替換）
verify-quick-file-missing = { $head } 所列明的 { $file } 已不存在（它已被刪除）

## 以已儲存的答案重新計算風險
verify-questionnaire-not-sha = 紀錄所列明的問卷雜湊值「{ $fp }」並非 SHA-256
verify-risk-not-recomputed = 無法重新計算風險：{ $why }
verify-risk-language-unknown = 紀錄聲稱以「{ $language }」寫成，但 { $questionnaire } { $version } 並無此語言
verify-risk-unknown-question = 「{ $id }」的答案所屬的問題，{ $questionnaire } { $version } 並無此問題
verify-risk-prompt-differs = 為「{ $id }」記錄的問題文字與 { $questionnaire } { $version } 不同
verify-risk-category-differs = 已儲存的資料類別「{ $id }」風險與重新計算的結果不同：{ $what }
verify-risk-more-categories = …另有 { $n } 個類別不同
verify-risk-overall-differs = 已儲存的整體風險（剩餘風險：{ $stored }）與重新計算的結果（剩餘風險：{ $now }）不同
verify-risk-obligations-differ = 已儲存的法律義務與重新計算的結果不同
verify-risk-actions-differ = 已儲存的建議行動與重新計算的結果不同
verify-risk-legal-differs = 已儲存的初步評估結論、跨境轉移狀態、通知或申請許可的決定，或通知內容，與重新計算的結果不同
verify-risk-scope-differs = 已儲存的範圍或進度與重新計算的結果不同
verify-risk-differs = 已儲存的風險並非已儲存的答案按 { $questionnaire } { $version } 計算所得：數值曾被修改，或此 Farol 的計分方式與簽署時所用的不同
verify-risk-stored-not-in-scope = 已儲存為有處理，但答案並不使其納入範圍
verify-risk-in-scope-not-stored = 答案使其納入範圍，但並未儲存
verify-risk-figure = { $level }（{ $halves } 個半級）
verify-risk-severity-differs = { $stage ->
    [inherent] 固有嚴重程度已儲存為{ $stored }，重新計算則為{ $now }
   *[other] 剩餘嚴重程度已儲存為{ $stored }，重新計算則為{ $now }
}
verify-risk-likelihood-differs = { $stage ->
    [inherent] 固有可能性已儲存為{ $stored }，重新計算則為{ $now }
   *[other] 剩餘可能性已儲存為{ $stored }，重新計算則為{ $now }
}
verify-risk-level-differs = { $stage ->
    [inherent] 固有風險等級已儲存為{ $stored }，重新計算則為{ $now }
   *[other] 剩餘風險等級已儲存為{ $stored }，重新計算則為{ $now }
}
verify-risk-name-differs = 其名稱或敏感性
verify-list-separator = ；

## 報告文字：每份紀錄一個表，然後是受信任密鑰及總結
verify-trusted-as = { $name }（{ $role }）
verify-row-verified = 已通過核實
verify-row-failed = 未通過
# 表格標籤：最多 10 欄寬（每個中文字佔 2 欄）。
verify-label-record = 紀錄
verify-label-review = 審閱
verify-label-signer = 簽署人
verify-label-key = 密鑰
verify-label-signature = 簽署
verify-label-trust = 信任
verify-label-chain = 鏈
verify-label-risk = 風險
verify-label-judges = 審閱對象
verify-what-review = { $id }，修訂版本 { $n } 的審閱 { $number }：{ $opinion }
verify-what-review-due = { $id }，修訂版本 { $n } 的審閱 { $number }：{ $opinion }，覆檢期限 { $due }
verify-what-revision = { $id }，修訂版本 { $n }
verify-what-unreadable = （無法讀取）
verify-signer-line = { $name }（{ $role }），{ $at }
verify-signature-valid = 有效
verify-signature-invalid = 無效：檔案在簽署後被更改
verify-signature-signer-mismatch = 無效：簽署所用的密鑰並非紀錄所列明的密鑰
verify-signature-missing = 缺少：沒有簽署部分
verify-signature-malformed = 已損壞：無法讀取簽署部分
verify-signature-unreadable = 未核實：無法讀取檔案
verify-trust-trusted = 受信任
verify-trust-trusted-as = 受信任，身份為 { $trusted }
verify-trust-untrusted = 不受信任：不在受信任的密鑰之列
verify-trust-role-mismatch = 角色不符：受信任的身份為 { $trusted }
verify-trust-role-mismatch-unknown = 角色不符：以另一角色受信任
verify-trust-name-mismatch = 姓名不符：此密鑰受信任的身份為 { $trusted }
verify-trust-name-mismatch-unknown = 姓名不符：此密鑰屬於另一人
verify-trust-unknown = 未核實：沒有可讀取的密鑰
verify-chain-ok-first = { $kind ->
    [review] 正常：第一份審閱
   *[other] 正常：第一個修訂版本
}
verify-chain-ok-follows = { $kind ->
    [review] 正常：接續審閱 { $n }
   *[other] 正常：接續修訂版本 { $n }
}
verify-chain-ok = 正常
verify-chain-broken = 已斷裂
verify-chain-not-in-dir = { $kind ->
    [review] 未核實（不在 reviews 目錄內）
   *[other] 未核實（不在 revisions 目錄內）
}
verify-judged-not-checked = 未核實
verify-judged-the-revision = 該修訂版本
verify-judged-ok = 正常：{ $file } 就是被審閱的檔案（SHA-256 相同）
verify-judged-status-missing = 缺少：{ $file } 不在卷宗內
verify-judged-status-differs = 不符：{ $file } 在審閱後被替換
verify-judged-unreadable = 未核實：無法讀取該審閱
verify-risk-ok = 正常：與按答案重新計算的風險相同
verify-risk-status-differs = 與按答案重新計算的風險不同
verify-risk-not-checked = 未核實
verify-risk-not-applicable = 不適用
verify-trusted-keys-from = 受信任的密鑰（來源：{ $source }）：
verify-trusted-keys-none = 沒有：任何簽署均無法通過核實（請加上 `--trust FILE|FINGERPRINT`）
verify-came-with = 不受信任的密鑰：以下密鑰隨證據包附上：請與你經其他途徑取得的密鑰指紋比對
verify-came-with-then = （然後對每個已確認的密鑰加上 `--trust FINGERPRINT`；`--trust-bundle-keys` 會不經核對而信任全部密鑰）
verify-failed-signatures = { $n } 份紀錄的簽署有誤或缺少
verify-failed-untrusted = { $n } 份紀錄並非由受信任的密鑰簽署
verify-failed-chain = { $n } 份紀錄的鏈已斷裂
verify-failed-risk-differs = { $n } 份紀錄的風險不符
verify-failed-risk-not-checked = { $n } 份紀錄的風險未核實
verify-failed-judged = { $n } 份審閱所針對的修訂版本缺少或被替換
verify-list-comma = 、
verify-verdict-passed = 全部通過核實
verify-verdict-failed = 未通過核實
verify-verdict-failed-because = 未通過核實：{ $failures }
verify-summary = { $n } 份紀錄：{ $verified } 份通過，{ $failed } 份未通過 — { $verdict }
verify-summary-with-reviews = { $n } 份紀錄（{ $revisions } 個修訂版本，{ $reviews } 份審閱）：{ $verified } 份通過，{ $failed } 份未通過 — { $verdict }

## 自此副本上次驗證以來新到的內容（git pull 之後）
verify-arrived-first = 此卷宗副本中沒有較早的 `farol verify` 可作比較：從現在起，每次驗證都會先說明自上一次以來新到的內容。
verify-arrived-nothing = 自此處上次驗證（{ $since }）以來沒有新內容。
verify-arrived-head = 自此處上次驗證（{ $since }）以來新到：
verify-arrived-assessment = 新評估 { $id }
verify-arrived-record = { $id } 的{ $kind ->
    [review] 第 { $n } 份審閱
   *[other] 第 { $n } 個修訂版本
}，由 { $signer }（{ $role }）簽署：{ $verified ->
    [yes] 驗證通過
   *[other] 驗證不通過（見下文）
}
verify-arrived-key = { $name }（{ $role }）的受信任密鑰，密鑰指紋 { $fingerprint }
## Forks: two signed files that follow the same one

verify-name-mismatch = { $file }：檔名表示其 SHA-256 以 { $named } 開頭，但其內容的 SHA-256 以 { $actual } 開頭：檔案在簽署後被改名或修改；請從備份或 git 還原
verify-merge-missing = { $file } 合併了一個不存在的檔案（SHA-256 { $sha }…）：它所保留的分叉修訂版本已被刪除；請從備份或 git 還原
verify-fork-file = { $file }（由 { $signer } 於 { $at } 簽署）
verify-fork-base-none = 無（兩者皆為第一個）
verify-fork-unresolved = 「{ $id }」出現分叉：有兩個修訂版本接續 { $base }：{ $files }。兩者均獲保留；其最新的修訂版本為 { $tips }。請以 `farol resolve { $id }` 解決（將草稿簽署為接續其中一個並合併其餘的修訂版本），或以 `farol resolve { $id } --keep N-<hash>` 簽署其中一方的內容
verify-fork-resolved = { $kind ->
    [review] 「{ $id }」的審閱在 { $base } 之後分叉（{ $files }）；{ $by } 已將其合併
   *[other] 「{ $id }」在 { $base } 之後分叉（{ $files }）；該分叉已由 { $by } 解決
}
verify-fork-reviews = 「{ $id }」的審閱在 { $base } 之後分叉（{ $files }）：兩位審閱人同時加簽；兩者均有效，下一個審閱會將其合併
verify-fork-heads = 「{ $id }」的最新狀態摘要為 { $heads }（在兩個複本中同時簽署）：它們合起來列明已簽署的內容；下一次簽署會將其合併

## farol verify 報告.pdf
verify-pdf-heading = 報告 PDF { $file }
verify-pdf-carries = 附帶已簽署的紀錄 { $name }（SHA-256 { $sha }）
verify-pdf-pages-same = 其頁面與 Farol 按該紀錄寫出的完全相同（{ $langs }）
verify-pdf-unreadable = { $file } 不是可讀取的 PDF（{ $error }），無法核實
verify-pdf-no-record = { $file } 沒有附帶已簽署的紀錄，因此無法核實：它是草稿的報告，或並非由 Farol 連同其紀錄寫出。請在卷宗中以 `farol verify` 核實紀錄本身
verify-pdf-sha-differs = PDF 所指的紀錄 SHA-256 為 { $named }，但其附帶的紀錄為 { $carried }：附件被調換或 PDF 被修改
verify-pdf-sha-missing = PDF 沒有指明其所載紀錄的 SHA-256
verify-pdf-pages-differ = 其頁面與 Farol 按所附紀錄寫出的不同（{ $langs }）：PDF 在寫出後被修改，或由另一版本的 Farol 寫出（本版本為 { $version }）。請以 `farol report` 重新寫出報告
verify-pdf-pages-unknown = 未將頁面與紀錄比較：PDF 沒有說明它是甚麼文件或以何種語言寫成
verify-pdf-carries-review = 附帶已簽署的審閱 { $name }（SHA-256 { $sha }）
verify-pdf-not-a-review = { $file } 在其紀錄旁附帶的 { $name } 並非已簽署的審閱：PDF 曾被修改
verify-pdf-review-of-another = { $name } 審閱的是修訂版本 { $n }（SHA-256 { $sha }），而非本 PDF 附帶的紀錄：它是在 PDF 寫出後被放入的
verify-pdf-reviews-count = 報告載有其紀錄的 { $shown } 份已簽署審閱，但所附帶的審閱中只有 { $carried } 份審閱該紀錄：有審閱被移除、被換成另一紀錄的審閱或被修改
verify-pdf-pages-not = 未將頁面與紀錄比較：{ $error }
verify-pdf-passed = 已核實：{ $file } 附帶經簽署且受信任的紀錄，並如實載有該紀錄。
verify-pdf-failed = 未能核實：{ $file }
