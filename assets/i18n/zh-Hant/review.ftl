# 審閱用語：評估所處的階段、審閱人的評定、意見及結論、核准前的聲明，以及副署前尚欠的事項。

## 評估所處的階段
review-state-draft = 草稿
review-state-signed = 已簽署
review-state-in-review = 審閱中
review-state-approved = 已核准
review-state-approved-with-conditions = 附條件核准
review-state-rejected = 不予核准
review-due-overdue = { $date } 已逾期

## 審閱人對各部分的評定及整體結論
review-verdict-acceptable = 可接受
review-verdict-to-improve = 有待改善
review-verdict-to-correct = 須予更正
review-opinion-approve = 核准
review-opinion-approve-with-conditions = 附條件核准
review-opinion-reject = 不予核准

## 審閱人在核准前所作的聲明
review-attest-description = 對處理的描述與實際情況相符
review-attest-risks = 已理解有關風險
review-attest-plan = 接受行動計劃並將付諸實行

## 副署前尚欠的事項
review-missing-opinion = 整體結論：核准、附條件核准或不予核准
review-missing-conditions = 以文字寫明的核准條件
review-missing-attest-description = 聲明對處理的描述與實際情況相符
review-missing-attest-risks = 聲明已理解有關風險
review-missing-attest-plan = 聲明接受行動計劃並將付諸實行
review-missing-approval-leaves-corrections = 核准時不得留有須予更正的部分（{ $sections }）：請選擇不予核准，或更改評定
review-missing-reasons = 不予核准的理由
