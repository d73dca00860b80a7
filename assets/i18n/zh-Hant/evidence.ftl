# 證據包的 README.txt 及 VERIFICATION.txt 的開頭（src/evidence/readme.rs），供從未聽過
# Farol 的核實人員閱讀。指令、檔案名稱、密鑰指紋及雜湊值不作翻譯。

evidence-readme-title = 證據包：個人資料保護影響評估
evidence-readme-intro = 本資料夾載有依據澳門《個人資料保護法》（第8/2005號法律）進行的 { $n } 項個人資料保護影響評估的已簽署紀錄，以及核實這些紀錄所需的一切。本證據包於 { $date } { $time }（UTC）以 Farol { $version } 製作。
evidence-readme-signed-by = 簽署人：{ $who }。
evidence-readme-not-signed = 本證據包未經簽署：製作人沒有簽署密鑰。
evidence-readme-since = 本證據包只載有在 { $date } 或之後簽署或審閱的評估，每項評估連同其完整歷史。
evidence-readme-chain = 紀錄均經簽署：簽署後任何人作出的任何修改都會被發現。評估的每個修訂版本都指明其前一個修訂版本，因此刪除或調換修訂版本亦會被發現。
evidence-readme-language = 本說明以{ $language }（{ $tag }）撰寫。Farol 的英文文本是其作者撰寫的參考文本；Farol 本身的問題和訊息的中文及葡文文本是 Farol 的翻譯。《個人資料保護法》（第8/2005號法律）的正式文本是其中文及葡文文本。紀錄本身按填寫時的原文載有答案。

evidence-readme-here = 內容
evidence-here-revisions = 每項評估的已簽署修訂版本，由舊至新（可閱讀的文字）
evidence-here-reviews = 已簽署的審閱及核准（如有）
evidence-here-reports = 每項評估最新修訂版本的報告，供閱讀
evidence-here-heads = 已簽署的狀態摘要：以 SHA-256 指明最新修訂版本及每份審閱
evidence-here-keys = 機構聲明信任的公開密鑰（.pub.ron，以及供 OpenSSL 使用的 .pub.pem）
evidence-here-questionnaires = 各評估所回答的問卷的確切版本
evidence-here-verification = 製作證據包時下述核實的結果
evidence-here-json = 同上，供程式使用
evidence-here-manifest = 所有其他檔案的 SHA-256 雜湊值
evidence-here-signature = 證據包的製作人：對清單的簽署

evidence-readme-assessments = 評估
evidence-title-unreadable = （標題無法讀取）
evidence-assessment = { $id }：{ $title }
evidence-assessment-org = { $id }：{ $title }（{ $organisation }）
evidence-revisions = { $n ->
    [1] 修訂版本 1
   *[other] 修訂版本 1 至 { $latest }
}
evidence-revisions-signed = { $n ->
    [1] 修訂版本 1
   *[other] 修訂版本 1 至 { $latest }
}，最新版本由 { $signer } 於 { $date } 簽署
evidence-reviews = { $n } 份審閱
evidence-latest-sha = 最新修訂版本的 SHA-256 { $sha }
evidence-report = 報告 { $file }

evidence-readme-check = 如何核實
evidence-readme-trust-first = 只有當密鑰確實屬於簽署人時，簽署才能證明誰人簽署；而本資料夾中的密鑰是隨證據包一同提供的：任何偽造紀錄的人也可以替換這些密鑰。因此，請先透過其他途徑（電話、親身、紙本）向機構取得各簽署人的密鑰指紋，再與以下隨證據包提供的密鑰比對：
evidence-no-trusted = （無：機構不信任任何密鑰，因此沒有紀錄能通過核實）
evidence-trusted-key = { $name }（{ $role }），{ $id }
evidence-fingerprint = 密鑰指紋 { $fingerprint }
evidence-role-assessor = 評估人
evidence-role-reviewer = 審閱人
evidence-role-approver = 核准人
evidence-step-farol = 使用 Farol，在任何電腦上、無須連接網絡，提供每個另行取得的密鑰指紋：
evidence-or-zip = （或其原來的壓縮檔）
evidence-step-farol-what = 它會核實：自製作證據包以來沒有檔案被修改、刪除或加入，且檔案清單由受信任的密鑰簽署；每份紀錄的簽署、其簽署人的姓名及角色與受信任密鑰相符、其在歷史中的位置、指明最新修訂版本及每份審閱的狀態摘要，以及風險數值；並核實每份 PDF 報告確是其所指紀錄的報告。最後顯示 VERIFIED（已核實）或 NOT VERIFIED（未能核實），列出每個未通過的檔案；只有全部通過時才以狀態 0 結束。不提供 --trust 時，它不會信任證據包內的任何密鑰（只信任你自己的 Farol 資料夾中的密鑰），並會加以說明。
evidence-step-openssl = 只使用 OpenSSL（3.0 或以上版本），在本資料夾內操作。首先核實每個密鑰指紋（K 是其在 { $dir } 中的 .pub.pem 檔案）：
evidence-step-openssl-file = 然後核實已簽署的檔案 F（修訂版本、審閱、狀態摘要或 { $signature }）：被簽署的位元組是其「{ $marker }」一行以上的所有行，簽署是該行之下第二行的十六進位數值：
evidence-step-openssl-read = 它會顯示「{ $ok }」。請閱讀 { $file }：其中載有簽署人及其密鑰指紋（必須與你所取得的相同），以及其所簽署的內容。對於 { $signature }，請將其所載的 { $field } 與 `{ $command }` 的結果比對，然後以下列指令核實每個檔案：
evidence-step-openssl-links = OpenSSL 顯示每個檔案由誰簽署及未被修改；檔案之間的連結（每個修訂版本指明前一個修訂版本，狀態摘要指明最新修訂版本及每份審閱）是寫在檔案中的 SHA-256，可用 sha256sum 比對；風險數值只由 { $command } 重新核實。
evidence-readme-result = 製作證據包時，{ $n } 份紀錄中有 { $verified } 份通過核實。
evidence-readme-result-failed = 製作證據包時，{ $n } 份紀錄中有 { $verified } 份通過核實：未通過的項目見 VERIFICATION.txt。

evidence-verification-head = 本證據包內紀錄的核實結果，為製作證據包時（{ $at }）由 Farol { $version } 核實的狀況。你可以在任何電腦上自行再次核實：

## 製作證據包時的警告（farol evidence 顯示）
evidence-no-report-unreadable = 沒有「{ $id }」的報告：其最新修訂版本（{ $file }）無法讀取為紀錄
evidence-no-report-unsigned = 沒有「{ $id }」的報告：其最新修訂版本（{ $file }）沒有有效的簽署
evidence-no-report-questionnaire = 沒有「{ $id }」的報告：其最新修訂版本（{ $file }）所回答的問卷不在卷宗中
evidence-report-missing-glyphs = 「{ $id }」的報告無法顯示 { $n } 個字元，已改以其代碼顯示：{ $list }

## The DSPDP filing pack in a bundle (issue 14)
evidence-here-filing = 每項評估最新修訂版本向個人資料保護局提交的文件，以本文件包的語言編製的文本：每個目的的判斷（通知或許可申請）、須填入個人資料保護局表格的第二十三條各項內容，以及尚待填補的缺漏。文件註明其所據的修訂版本及該版本的 SHA-256。
# $status: evidence-filing-complete or evidence-filing-gaps.
evidence-filing = 提交文件 { $file }（{ $status }）
evidence-filing-complete = 齊全
evidence-filing-gaps = 不齊全：{ $n } 個缺漏
# A duty of filing (the notification, the prior authorisation) and its state, as recorded.
evidence-filing-duty = { $duty }：{ $state }
evidence-filing-not-recorded = 此修訂版本未有記錄提交：未有提供通知或許可的提交日期，亦未有個人資料保護局的編號。
